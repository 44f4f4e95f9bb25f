import { describe, expect, it } from 'vitest';
import { addWorkingTime } from './add-working-time';
import { fromLocal } from './local-time';
import { suggestedHolidays } from './suggested-holidays';
import { createWorkingCalendar, ramadanWeekSchedule, type WorkingCalendar } from './working-calendar';
import { workingMinutesBetween } from './working-minutes-between';

function aCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return createWorkingCalendar({ timeZone: 'Asia/Jakarta', holidays: suggestedHolidays(2026), ...overrides });
}

const between = (from: string, to: string, calendar = aCalendar()) =>
  workingMinutesBetween(fromLocal(from, calendar.timeZone), fromLocal(to, calendar.timeZone), calendar);

describe('workingMinutesBetween', () => {
  it.each([
    ['a whole ordinary week', '2026-04-06 00:00', '2026-04-13 00:00', 2250],
    ['Friday afternoon to Monday morning', '2026-03-13 15:00', '2026-03-16 08:30', 150],
    ['inside a break', '2026-04-06 12:10', '2026-04-06 12:50', 0],
    ['across a break', '2026-04-06 11:30', '2026-04-06 13:30', 60],
    ['Friday 14:00 to Tuesday 14:00 over 17 August', '2026-08-14 14:00', '2026-08-18 14:00', 480],
    ['the Idul Fitri block', '2026-03-17 00:00', '2026-03-25 23:59', 900],
    ['backwards', '2026-04-07 10:00', '2026-04-06 10:00', 0],
  ])('%s: %d minutes', (_case, from, to, minutes) => {
    expect(between(from, to)).toBe(minutes);
  });

  it('counts cuti bersama when it is a working day', () => {
    // Tue 17, Wed 18, Fri 20, Mon 23, Tue 24, Wed 25 (Nyepi on Thu 19 and the weekend stay off).
    expect(between('2026-03-17 00:00', '2026-03-25 23:59', aCalendar({ cutiBersamaIsDayOff: false }))).toBe(
      2700,
    );
  });

  it('counts seconds as fractions of a minute', () => {
    expect(between('2026-04-06 10:00:00', '2026-04-06 10:00:30')).toBe(0.5);
  });

  it('counts the Ramadan hours inside the override', () => {
    const ramadan = aCalendar({
      overrides: [{ from: '2026-02-19', to: '2026-03-19', schedule: ramadanWeekSchedule() }],
    });
    expect(between('2026-03-02 00:00', '2026-03-09 00:00', ramadan)).toBe(1950);
  });

  it('measures exactly the working time addWorkingTime added', () => {
    const calendar = aCalendar();
    const start = fromLocal('2026-03-16 13:00', 'Asia/Jakarta');
    const dueAt = addWorkingTime(start, { amount: 32, unit: 'hour' }, calendar);
    expect(workingMinutesBetween(start, dueAt, calendar)).toBe(1920);
  });
});
