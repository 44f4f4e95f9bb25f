import { describe, expect, it } from 'vitest';
import { formatLocal } from './local-time';
import { workDurationInMinutes, workingDayMinutes } from './work-duration-in-minutes';
import {
  createWorkingCalendar,
  defaultWeekSchedule,
  ramadanWeekSchedule,
  type WeekSchedule,
} from './working-calendar';
import { daySpansInMinutes, workingPeriodsOn } from './working-periods';

function minutesPerDay(week: WeekSchedule): Record<string, number> {
  return Object.fromEntries(
    Object.entries(week).map(([weekday, schedule]) => [
      weekday,
      schedule ? daySpansInMinutes(schedule, weekday).reduce((sum, [start, end]) => sum + end - start, 0) : 0,
    ]),
  );
}

describe('week schedules', () => {
  it('gives 7.5 hours a day and 37.5 a week under Perpres 21/2023', () => {
    const minutes = minutesPerDay(defaultWeekSchedule());
    expect(minutes).toEqual({
      monday: 450,
      tuesday: 450,
      wednesday: 450,
      thursday: 450,
      friday: 450,
      saturday: 0,
      sunday: 0,
    });
    expect(Object.values(minutes).reduce((a, b) => a + b, 0)).toBe(37.5 * 60);
  });

  it('gives 32.5 hours a week from 08:00 during Ramadan', () => {
    const week = ramadanWeekSchedule();
    const minutes = minutesPerDay(week);
    expect(minutes).toEqual({
      monday: 390,
      tuesday: 390,
      wednesday: 390,
      thursday: 390,
      friday: 390,
      saturday: 0,
      sunday: 0,
    });
    expect(Object.values(minutes).reduce((a, b) => a + b, 0)).toBe(32.5 * 60);
    expect(week.monday?.start).toBe('08:00');
    expect(week.friday?.start).toBe('08:00');
  });

  it('returns a fresh schedule each call', () => {
    const first = defaultWeekSchedule();
    first.monday = null;
    expect(defaultWeekSchedule().monday).not.toBeNull();
  });
});

describe('workDurationInMinutes', () => {
  const calendar = createWorkingCalendar({ timeZone: 'Asia/Jakarta' });

  it.each([
    [{ amount: 15, unit: 'minute' } as const, 15],
    [{ amount: 1.5, unit: 'hour' } as const, 90],
    [{ amount: 32, unit: 'hour' } as const, 1920],
    [{ amount: 1, unit: 'day' } as const, 450],
    [{ amount: 2, unit: 'day' } as const, 900],
  ])('%j is %d working minutes', (duration, minutes) => {
    expect(workDurationInMinutes(duration, calendar)).toBe(minutes);
  });

  it('takes a day as the mean working day of the week', () => {
    expect(workingDayMinutes({ week: ramadanWeekSchedule() })).toBe(390);
    const fourDays = { ...defaultWeekSchedule(), friday: null };
    expect(workingDayMinutes({ week: fourDays })).toBe(450);
  });

  it('refuses a negative duration', () => {
    expect(() => workDurationInMinutes({ amount: -2, unit: 'hour' }, calendar)).toThrow(
      expect.objectContaining({ code: 'WORK_DURATION_INVALID' }),
    );
  });
});

describe('workingPeriodsOn', () => {
  const calendar = createWorkingCalendar({ timeZone: 'Asia/Makassar' });
  const show = (date: string) =>
    workingPeriodsOn(date, calendar).map(
      ({ start, end }) => `${formatLocal(start, 'Asia/Makassar')}–${formatLocal(end, 'Asia/Makassar')}`,
    );

  it('splits a Friday around its 90-minute break', () => {
    expect(show('2026-04-10')).toEqual([
      '2026-04-10 07:30 WITA–2026-04-10 11:30 WITA',
      '2026-04-10 13:00 WITA–2026-04-10 16:30 WITA',
    ]);
  });

  it('has none on a Saturday', () => {
    expect(show('2026-04-11')).toEqual([]);
  });
});
