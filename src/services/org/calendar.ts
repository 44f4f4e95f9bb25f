import {
  addWorkingTime,
  defaultWeekSchedule,
  formatLocal,
  fromLocal,
  nonWorkingDays,
  parseWorkDuration,
  ramadanWeekSchedule,
  suggestedHolidays,
  type WorkingCalendar,
  workDurationInMinutes,
} from '../../core/calendar';
import { conflict, fieldError, invalid, notFound } from '../../core/errors';
import { isValidIsoDate } from '../../core/org/dates';
import type { Db } from '../../db/database';
import {
  type CalendarSettingsRecord,
  findCalendarSettings,
  type HolidayRecord,
  listHolidays,
  saveCalendarSettings,
} from '../../db/repositories/calendar-repository';
import { findAgency } from '../../db/repositories/org-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { loadAgency } from './load-agency';

export interface HolidayInput {
  date: string;
  kind: HolidayRecord['kind'];
  name: string;
  decree?: string | null;
}

/** Perpres 21/2023 hours, as the calendar screen summarises them. */
const WORKING_HOURS_SUMMARY =
  'Senin–Kamis 07.30–16.00 (istirahat 60 menit), Jumat 07.30–16.30 (istirahat 90 menit)';

export async function getCalendar(ctx: ServiceContext, actor: Actor, agencyId: string, year: number) {
  const agency = await loadAgency(ctx.db, actor, agencyId, 'read');
  return {
    year,
    timeZone: agency.timeZone,
    settings: await findCalendarSettings(ctx.db, agencyId),
    holidays: await listHolidays(ctx.db, agencyId, year),
    workingHours: WORKING_HOURS_SUMMARY,
  };
}

/** The agency's working calendar as the core computes with it: its zone, hours, holidays and settings. */
export async function loadWorkingCalendar(db: Db, agencyId: string): Promise<WorkingCalendar> {
  const agency = await findAgency(db, agencyId);
  if (!agency) throw notFound('agency');
  const settings = await findCalendarSettings(db, agencyId);
  const holidays = await listHolidays(db, agencyId);
  return {
    timeZone: agency.timeZone,
    week: defaultWeekSchedule(),
    holidays: holidays.map((h) => ({
      date: h.date,
      kind: h.kind,
      name: h.name,
      decree: h.decree ?? undefined,
      source: h.source,
    })),
    cutiBersamaIsDayOff: settings.cutiBersamaIsDayOff,
    overrides: settings.ramadan
      ? [{ ...settings.ramadan, schedule: ramadanWeekSchedule(), name: 'Ramadan' }]
      : [],
  };
}

export async function updateCalendarSettings(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  settings: CalendarSettingsRecord,
): Promise<CalendarSettingsRecord> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  if (settings.ramadan) {
    const { from, to } = settings.ramadan;
    if (!isValidIsoDate(from))
      throw invalid([
        fieldError('ramadan.from', 'Tanggal awal Ramadan tidak valid.', 'Invalid Ramadan start.'),
      ]);
    if (!isValidIsoDate(to) || to < from)
      throw invalid([
        fieldError(
          'ramadan.to',
          'Tanggal akhir Ramadan tidak valid.',
          'Invalid Ramadan end (before its start?).',
        ),
      ]);
  }
  await saveCalendarSettings(ctx.db, agencyId, settings);
  return findCalendarSettings(ctx.db, agencyId);
}

export async function addHoliday(ctx: ServiceContext, actor: Actor, agencyId: string, input: HolidayInput) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  checkHolidayDate(input.date);
  const id = newId();
  try {
    await ctx.db
      .insertInto('holiday')
      .values({
        id,
        agency_id: agencyId,
        date: input.date,
        kind: input.kind,
        name: input.name,
        decree: input.decree ?? null,
        source: 'admin',
      })
      .execute();
  } catch (error) {
    throw isUniqueViolation(error) ? dateTaken(input.date) : error;
  }
  return findHoliday(ctx.db, agencyId, id);
}

export async function updateHoliday(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  holidayId: string,
  input: Partial<HolidayInput>,
) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  await findHoliday(ctx.db, agencyId, holidayId);
  if (input.date !== undefined) checkHolidayDate(input.date);
  const set: Record<string, string | null> = { source: 'admin' };
  if (input.date !== undefined) set.date = input.date;
  if (input.kind !== undefined) set.kind = input.kind;
  if (input.name !== undefined) set.name = input.name;
  if (input.decree !== undefined) set.decree = input.decree;
  try {
    await ctx.db.updateTable('holiday').set(set).where('id', '=', holidayId).execute();
  } catch (error) {
    throw isUniqueViolation(error) ? dateTaken(input.date ?? '') : error;
  }
  return findHoliday(ctx.db, agencyId, holidayId);
}

export async function deleteHoliday(ctx: ServiceContext, actor: Actor, agencyId: string, holidayId: string) {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  await findHoliday(ctx.db, agencyId, holidayId);
  await ctx.db.deleteFrom('holiday').where('id', '=', holidayId).execute();
}

/**
 * Fills an agency's holiday table for the given years from the decree where known (the 2026 SKB) and
 * from `date-holidays` otherwise; days already present (an administrator's corrections) are kept.
 */
export async function seedHolidays(db: Db, agencyId: string, years: number[]): Promise<number> {
  let added = 0;
  for (const year of years) {
    const existing = new Set((await listHolidays(db, agencyId, year)).map((h) => h.date));
    for (const h of suggestedHolidays(year)) {
      if (existing.has(h.date)) continue;
      existing.add(h.date);
      await db
        .insertInto('holiday')
        .values({
          id: newId(),
          agency_id: agencyId,
          date: h.date,
          kind: h.kind,
          name: h.name,
          decree: h.decree ?? null,
          source: h.source,
        })
        .execute();
      added++;
    }
  }
  return added;
}

function checkHolidayDate(date: string) {
  if (!isValidIsoDate(date))
    throw invalid([
      fieldError(
        'date',
        `Tanggal ${date} tidak ada di kalender.`,
        `The date ${date} does not exist in the calendar.`,
      ),
    ]);
}

const dateTaken = (date: string) =>
  conflict(
    'HOLIDAY_DATE_TAKEN',
    'date',
    `Tanggal ${date} sudah tercatat sebagai hari libur.`,
    `${date} is already recorded as a holiday.`,
  );

async function findHoliday(db: Db, agencyId: string, holidayId: string): Promise<HolidayRecord> {
  const found = (await listHolidays(db, agencyId)).find((h) => h.id === holidayId);
  if (!found) throw notFound('holiday');
  return found;
}

/**
 * `alur calendar due`: the due time of a time standard ("32 Jam") started at `from` (an ISO date-time;
 * without an offset it is read in the agency's own zone), printed in the agency's zone.
 */
export async function computeDueTime(db: Db, agencyId: string, from: string, durationText: string) {
  const calendar = await loadWorkingCalendar(db, agencyId);
  const duration = parseWorkDuration(durationText);
  if (!duration)
    throw invalid([
      fieldError(
        'duration',
        `Waktu "${durationText}" tidak dapat dibaca (contoh: "15 menit", "2 jam", "1 hari").`,
        `Cannot read the time standard "${durationText}" (e.g. "15 menit", "2 jam", "1 hari").`,
      ),
    ]);
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/.test(from);
  const start = hasOffset ? new Date(from) : fromLocal(from.replace('T', ' '), calendar.timeZone);
  if (Number.isNaN(start.getTime()))
    throw invalid([fieldError('from', `Waktu mulai "${from}" tidak valid.`, `Invalid start "${from}".`)]);
  const due = addWorkingTime(start, duration, calendar);
  return {
    from: formatLocal(start, calendar.timeZone),
    due: formatLocal(due, calendar.timeZone),
    duration: durationText,
    workingMinutes: workDurationInMinutes(duration, calendar),
  };
}

/** `alur calendar days`: weekends and holidays of a year, with their kind and decree. */
export async function listNonWorkingDays(db: Db, agencyId: string, year: number) {
  const calendar = await loadWorkingCalendar(db, agencyId);
  return nonWorkingDays(year, calendar);
}
