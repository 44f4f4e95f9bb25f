import { describe, expect, it } from 'vitest';
import { addWorkingTime } from './add-working-time';
import { formatLocal, fromLocal } from './local-time';
import { nextWorkingMoment } from './next-working-moment';
import { suggestedHolidays } from './suggested-holidays';
import type { TimeZoneCode } from './time-zones';
import { parseWorkDuration } from './work-duration';
import { createWorkingCalendar, ramadanWeekSchedule, type WorkingCalendar } from './working-calendar';

// Test weeks: 2026-04-06 is a Monday with no holiday that week; 2026-03-16 is the Monday before the
// Idul Fitri block (18 cuti bersama, 19 Nyepi, 20 cuti bersama, 21–22 Idul Fitri, 23–24 cuti bersama).

function aCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return createWorkingCalendar({ timeZone: 'Asia/Jakarta', holidays: suggestedHolidays(2026), ...overrides });
}

function due(start: string, duration: string, calendar: WorkingCalendar = aCalendar()): string {
  const parsed = parseWorkDuration(duration);
  if (!parsed) throw new Error(`not a duration: ${duration}`);
  return formatLocal(
    addWorkingTime(fromLocal(start, calendar.timeZone), parsed, calendar),
    calendar.timeZone,
  );
}

describe('addWorkingTime with minutes and hours', () => {
  it.each([
    ['inside the morning', '2026-04-06 10:00', '15 menit', '2026-04-06 10:15 WIB'],
    ['ending exactly at the break', '2026-04-06 10:00', '2 jam', '2026-04-06 12:00 WIB'],
    ['across the Monday break', '2026-04-06 11:00', '2 jam', '2026-04-06 14:00 WIB'],
    ['a fractional hour', '2026-04-06 10:00', '1,5 jam', '2026-04-06 11:30 WIB'],
    ['starting inside the break', '2026-04-06 12:15', '30 menit', '2026-04-06 13:30 WIB'],
    ['starting before opening', '2026-04-06 06:00', '1 jam', '2026-04-06 08:30 WIB'],
    ['starting after closing', '2026-04-06 17:00', '1 jam', '2026-04-07 08:30 WIB'],
    ['starting exactly at closing', '2026-04-06 16:00', '15 menit', '2026-04-07 07:45 WIB'],
    [
      'a whole day of hours ends at closing, not next morning',
      '2026-04-06 07:30',
      '7,5 jam',
      '2026-04-06 16:00 WIB',
    ],
    ['Thursday: the break starts at 12:00', '2026-04-09 11:00', '1 jam', '2026-04-09 12:00 WIB'],
    ['Friday: the 90-minute break from 11:30', '2026-04-10 11:00', '1 jam', '2026-04-10 13:30 WIB'],
    ['Friday closes at 16:30, then the weekend', '2026-04-10 16:00', '1 jam', '2026-04-13 08:00 WIB'],
    ['starting on a Saturday', '2026-04-11 09:00', '30 menit', '2026-04-13 08:00 WIB'],
    ['32 Jam over four and a half days', '2026-04-06 07:30', '32 Jam', '2026-04-10 09:30 WIB'],
    ['32 Jam ending exactly at a closing time', '2026-04-08 14:00', '32 Jam', '2026-04-14 16:00 WIB'],
  ])('%s: %s + %s → %s', (_case, start, duration, expected) => {
    expect(due(start, duration)).toBe(expected);
  });

  it('32 Jam across the Idul Fitri block skips the holidays and, by default, the cuti bersama', () => {
    // Mon 13:00–16:00 = 180, Tue 450, (18–24 March off), Wed 25 450, Thu 26 450 → 1530 of 1920;
    // Fri 27: 07:30–11:30 = 240, then 150 more from 13:00 → 15:30.
    expect(due('2026-03-16 13:00', '32 Jam')).toBe('2026-03-27 15:30 WIB');
  });

  it('32 Jam across the same block when cuti bersama is a working day', () => {
    // Mon 180, Tue 17 450, Wed 18 450, (Thu 19 Nyepi), Fri 20 450 → 1530; Mon 23: 270 by 12:00, 120 from 13:00.
    expect(due('2026-03-16 13:00', '32 Jam', aCalendar({ cutiBersamaIsDayOff: false }))).toBe(
      '2026-03-23 15:00 WIB',
    );
  });
});

describe('addWorkingTime with days', () => {
  it.each([
    ['Monday → Tuesday, same clock time', '2026-04-06 10:00', '1 Hari', '2026-04-07 10:00 WIB'],
    ['Friday → Monday', '2026-04-10 14:00', '1 Hari', '2026-04-13 14:00 WIB'],
    ['Thursday → Friday keeps the clock time', '2026-04-09 14:00', '1 Hari', '2026-04-10 14:00 WIB'],
    ['three days', '2026-04-06 09:00', '3 hari', '2026-04-09 09:00 WIB'],
    [
      'Friday before 17 August (a Monday holiday) → Tuesday',
      '2026-08-14 14:00',
      '1 Hari',
      '2026-08-18 14:00 WIB',
    ],
    [
      'starting on 17 August moves to Tuesday 07:30 first',
      '2026-08-17 09:00',
      '1 Hari',
      '2026-08-19 07:30 WIB',
    ],
    [
      'starting after closing moves to the next opening first',
      '2026-04-06 17:00',
      '1 Hari',
      '2026-04-08 07:30 WIB',
    ],
    [
      'Idul Fitri block: Tuesday 17 → Wednesday 25 March',
      '2026-03-17 10:00',
      '1 Hari',
      '2026-03-25 10:00 WIB',
    ],
    [
      'a fractional day adds the fraction of 450 minutes',
      '2026-04-06 10:00',
      '1,5 hari',
      '2026-04-07 14:45 WIB',
    ],
  ])('%s: %s + %s → %s', (_case, start, duration, expected) => {
    expect(due(start, duration)).toBe(expected);
  });

  it('clamps a clock time that falls in the target day’s break to the start of that break', () => {
    // Thursday 11:45 is working time; Friday 11:45 is inside the 11:30–13:00 Friday break.
    expect(due('2026-04-09 11:45', '1 Hari')).toBe('2026-04-10 11:30 WIB');
  });

  it('clamps a clock time after the target day’s closing to its closing', () => {
    // Friday closes at 16:30, Monday at 16:00.
    expect(due('2026-04-10 16:15', '1 Hari')).toBe('2026-04-13 16:00 WIB');
  });

  it('counts cuti bersama days as working days when the setting says so', () => {
    const open = aCalendar({ cutiBersamaIsDayOff: false });
    expect(due('2026-03-17 10:00', '1 Hari', open)).toBe('2026-03-18 10:00 WIB');
    // Wed 18 is day 1, Thu 19 (Nyepi) is skipped, Fri 20 is day 2.
    expect(due('2026-03-17 10:00', '2 hari', open)).toBe('2026-03-20 10:00 WIB');
  });
});

describe('addWorkingTime in the three time zones', () => {
  const zoned = (timeZone: TimeZoneCode) => aCalendar({ timeZone });

  it('gives different local due times for the same UTC instant', () => {
    // 03:00Z is 10:00 WIB, 11:00 WITA, 12:00 WIT (the WIT start is at the break, so it moves to 13:00).
    const start = new Date('2026-04-06T03:00:00Z');
    const twoHours = { amount: 2, unit: 'hour' } as const;
    const results = (['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const).map((timeZone) => {
      const dueAt = addWorkingTime(start, twoHours, zoned(timeZone));
      return [formatLocal(dueAt, timeZone), dueAt.toISOString()];
    });
    expect(results).toEqual([
      ['2026-04-06 12:00 WIB', '2026-04-06T05:00:00.000Z'],
      ['2026-04-06 14:00 WITA', '2026-04-06T06:00:00.000Z'],
      ['2026-04-06 15:00 WIT', '2026-04-06T06:00:00.000Z'],
    ]);
  });

  it('opens at 07:30 local time in each zone', () => {
    // 23:30Z on Sunday is Monday 06:30 WIB (before opening), 07:30 WITA, 08:30 WIT.
    const start = new Date('2026-04-05T23:30:00Z');
    const oneHour = { amount: 1, unit: 'hour' } as const;
    expect(formatLocal(addWorkingTime(start, oneHour, zoned('Asia/Jakarta')), 'Asia/Jakarta')).toBe(
      '2026-04-06 08:30 WIB',
    );
    expect(formatLocal(addWorkingTime(start, oneHour, zoned('Asia/Makassar')), 'Asia/Makassar')).toBe(
      '2026-04-06 08:30 WITA',
    );
    expect(formatLocal(addWorkingTime(start, oneHour, zoned('Asia/Jayapura')), 'Asia/Jayapura')).toBe(
      '2026-04-06 09:30 WIT',
    );
  });
});

describe('addWorkingTime during Ramadan', () => {
  const ramadan = () =>
    aCalendar({
      overrides: [
        { from: '2026-02-19', to: '2026-03-19', schedule: ramadanWeekSchedule(), name: 'Ramadan 1447 H' },
      ],
    });

  it.each([
    ['the day starts at 08:00', '2026-03-02 07:45', '1 jam', '2026-03-02 09:00 WIB'],
    ['the Monday break is 12:00–12:30', '2026-03-02 11:30', '1 jam', '2026-03-02 13:00 WIB'],
    ['Friday closes at 15:30', '2026-03-06 15:00', '1 jam', '2026-03-09 08:30 WIB'],
    ['a start in the short break moves to 12:30', '2026-03-10 12:10', '1 Hari', '2026-03-11 12:30 WIB'],
    [
      'a clock time before the Ramadan opening clamps to 08:00',
      '2026-02-18 07:45',
      '1 Hari',
      '2026-02-19 08:00 WIB',
    ],
  ])('%s: %s + %s → %s', (_case, start, duration, expected) => {
    expect(due(start, duration, ramadan())).toBe(expected);
  });

  it('leaves days outside the override on the regular hours', () => {
    expect(due('2026-04-06 07:45', '1 jam', ramadan())).toBe('2026-04-06 08:45 WIB');
  });
});

describe('nextWorkingMoment', () => {
  const calendar = aCalendar();
  const next = (text: string) =>
    formatLocal(nextWorkingMoment(fromLocal(text, 'Asia/Jakarta'), calendar), 'Asia/Jakarta');

  it.each([
    ['2026-04-06 10:00', '2026-04-06 10:00 WIB'],
    ['2026-03-13 17:00', '2026-03-16 07:30 WIB'],
    ['2026-04-06 12:15', '2026-04-06 13:00 WIB'],
    ['2026-03-20 10:00', '2026-03-25 07:30 WIB'],
  ])('%s → %s', (start, expected) => {
    expect(next(start)).toBe(expected);
  });
});

describe('addWorkingTime refusals', () => {
  it('treats a zero duration as the next working moment', () => {
    const start = fromLocal('2026-04-11 09:00', 'Asia/Jakarta');
    expect(formatLocal(addWorkingTime(start, { amount: 0, unit: 'hour' }, aCalendar()), 'Asia/Jakarta')).toBe(
      '2026-04-13 07:30 WIB',
    );
  });

  it('rejects a negative duration', () => {
    expect(() =>
      addWorkingTime(new Date('2026-04-06T03:00:00Z'), { amount: -1, unit: 'day' }, aCalendar()),
    ).toThrow(expect.objectContaining({ code: 'WORK_DURATION_INVALID' }));
  });

  it('rejects a calendar without working hours instead of searching forever', () => {
    const closed = aCalendar({
      week: {
        monday: null,
        tuesday: null,
        wednesday: null,
        thursday: null,
        friday: null,
        saturday: null,
        sunday: null,
      },
    });
    expect(() =>
      addWorkingTime(new Date('2026-04-06T03:00:00Z'), { amount: 1, unit: 'hour' }, closed),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR_HAS_NO_WORKING_TIME' }));
    expect(() =>
      addWorkingTime(new Date('2026-04-06T03:00:00Z'), { amount: 1, unit: 'day' }, closed),
    ).toThrow(expect.objectContaining({ code: 'CALENDAR_HAS_NO_WORKING_TIME' }));
  });
});
