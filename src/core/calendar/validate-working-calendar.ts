import { type FieldError, fieldError, invalid } from '../errors';
import { clockTimeToMinutes } from './clock-time';
import { dateToDayNumber, WEEKDAYS } from './local-time';
import { isTimeZoneCode } from './time-zones';
import type { DaySchedule, WeekSchedule, WorkingCalendar } from './working-calendar';

const HOLIDAY_KINDS = ['libur_nasional', 'cuti_bersama', 'libur_daerah'];
const HOLIDAY_SOURCES = ['skb', 'date_holidays', 'admin'];

function isDate(text: string): boolean {
  try {
    dateToDayNumber(text);
    return true;
  } catch {
    return false;
  }
}

function checkDay(schedule: DaySchedule, field: string, errors: FieldError[]): void {
  const start = clockTimeToMinutes(schedule.start);
  const end = clockTimeToMinutes(schedule.end);
  if (start === null)
    errors.push(fieldError(`${field}.start`, 'Jam masuk harus JJ:MM.', 'Start must be HH:MM.'));
  if (end === null) errors.push(fieldError(`${field}.end`, 'Jam pulang harus JJ:MM.', 'End must be HH:MM.'));
  if (start !== null && end !== null && end <= start) {
    errors.push(
      fieldError(`${field}.end`, 'Jam pulang harus setelah jam masuk.', 'End must be after start.'),
    );
  }
  let previousEnd = start ?? 0;
  schedule.breaks.forEach((range, index) => {
    const breakField = `${field}.breaks.${index}`;
    const breakStart = clockTimeToMinutes(range.start);
    const breakEnd = clockTimeToMinutes(range.end);
    if (breakStart === null || breakEnd === null || breakEnd <= breakStart) {
      errors.push(
        fieldError(
          breakField,
          'Istirahat harus JJ:MM–JJ:MM dengan akhir setelah mulai.',
          'A break must be HH:MM–HH:MM ending after it starts.',
        ),
      );
      return;
    }
    if (breakStart < previousEnd || (end !== null && breakEnd > end)) {
      errors.push(
        fieldError(
          breakField,
          'Istirahat harus di dalam jam kerja, berurutan dan tidak bertumpuk.',
          'Breaks must lie within working hours, in order and without overlap.',
        ),
      );
    }
    previousEnd = breakEnd;
  });
}

function checkWeek(week: WeekSchedule, field: string, errors: FieldError[]): void {
  for (const weekday of WEEKDAYS) {
    const schedule = week[weekday];
    if (schedule === undefined) {
      errors.push(fieldError(`${field}.${weekday}`, 'Hari ini belum diatur.', 'This day is missing.'));
    } else if (schedule !== null) {
      checkDay(schedule, `${field}.${weekday}`, errors);
    }
  }
}

/**
 * Everything wrong with a calendar an administrator edited, as field errors (empty when valid):
 * the zone, `HH:MM` times, breaks inside the day and in order, holiday dates/kinds/sources, one
 * holiday per date, override ranges with `from` ≤ `to`.
 */
export function validateWorkingCalendar(calendar: WorkingCalendar): FieldError[] {
  const errors: FieldError[] = [];
  if (!isTimeZoneCode(calendar.timeZone)) {
    errors.push(
      fieldError(
        'timeZone',
        'Zona waktu harus Asia/Jakarta, Asia/Makassar atau Asia/Jayapura.',
        'Time zone must be Asia/Jakarta, Asia/Makassar or Asia/Jayapura.',
      ),
    );
  }
  checkWeek(calendar.week, 'week', errors);
  const seen = new Set<string>();
  calendar.holidays.forEach((holiday, index) => {
    const field = `holidays.${index}`;
    if (!isDate(holiday.date)) {
      errors.push(fieldError(`${field}.date`, 'Tanggal harus TTTT-BB-HH.', 'Date must be YYYY-MM-DD.'));
    } else if (seen.has(holiday.date)) {
      errors.push(
        fieldError(
          `${field}.date`,
          `Tanggal ${holiday.date} tercatat dua kali.`,
          `${holiday.date} is listed twice.`,
        ),
      );
    }
    seen.add(holiday.date);
    if (!HOLIDAY_KINDS.includes(holiday.kind)) {
      errors.push(fieldError(`${field}.kind`, 'Jenis hari libur tidak dikenal.', 'Unknown holiday kind.'));
    }
    if (!HOLIDAY_SOURCES.includes(holiday.source)) {
      errors.push(
        fieldError(`${field}.source`, 'Sumber hari libur tidak dikenal.', 'Unknown holiday source.'),
      );
    }
    if (holiday.name.trim() === '') {
      errors.push(fieldError(`${field}.name`, 'Nama hari libur wajib diisi.', 'Holiday name is required.'));
    }
  });
  calendar.overrides.forEach((override, index) => {
    const field = `overrides.${index}`;
    if (!isDate(override.from)) {
      errors.push(fieldError(`${field}.from`, 'Tanggal awal harus TTTT-BB-HH.', 'From must be YYYY-MM-DD.'));
    }
    if (!isDate(override.to) || override.to < override.from) {
      errors.push(
        fieldError(
          `${field}.to`,
          'Tanggal akhir harus TTTT-BB-HH dan tidak sebelum tanggal awal.',
          'To must be YYYY-MM-DD, not before from.',
        ),
      );
    }
    checkWeek(override.schedule, `${field}.schedule`, errors);
  });
  return errors;
}

/** Throws `VALIDATION_FAILED` with every field at fault when the calendar is not valid. */
export function assertValidWorkingCalendar(calendar: WorkingCalendar): void {
  const errors = validateWorkingCalendar(calendar);
  if (errors.length > 0) throw invalid(errors);
}
