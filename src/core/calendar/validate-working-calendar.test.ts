import { describe, expect, it } from 'vitest';
import { suggestedHolidays } from './suggested-holidays';
import { assertValidWorkingCalendar, validateWorkingCalendar } from './validate-working-calendar';
import { createWorkingCalendar, ramadanWeekSchedule, type WorkingCalendar } from './working-calendar';

function aCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return createWorkingCalendar({
    timeZone: 'Asia/Makassar',
    holidays: suggestedHolidays(2026),
    ...overrides,
  });
}

const fieldsOf = (calendar: WorkingCalendar) => validateWorkingCalendar(calendar).map((error) => error.field);

describe('validateWorkingCalendar', () => {
  it('accepts the defaults with the 2026 holidays and a Ramadan override', () => {
    const calendar = aCalendar({
      overrides: [{ from: '2026-02-19', to: '2026-03-19', schedule: ramadanWeekSchedule(), name: 'Ramadan' }],
    });
    expect(validateWorkingCalendar(calendar)).toEqual([]);
    expect(() => assertValidWorkingCalendar(calendar)).not.toThrow();
  });

  it('names a malformed time and a break outside the day', () => {
    const calendar = aCalendar();
    calendar.week.monday = { start: '7.30', end: '16:00', breaks: [] };
    calendar.week.tuesday = { start: '07:30', end: '16:00', breaks: [{ start: '15:30', end: '16:30' }] };
    expect(fieldsOf(calendar)).toEqual(['week.monday.start', 'week.tuesday.breaks.0']);
  });

  it('names an end before a start', () => {
    const calendar = aCalendar();
    calendar.week.friday = { start: '16:30', end: '07:30', breaks: [] };
    expect(fieldsOf(calendar)).toEqual(['week.friday.end']);
  });

  it('names a holiday listed twice and an override that ends before it starts', () => {
    const calendar = aCalendar({
      overrides: [{ from: '2026-03-19', to: '2026-02-19', schedule: ramadanWeekSchedule() }],
    });
    calendar.holidays.push({ date: '2026-08-17', kind: 'libur_daerah', name: 'Duplikat', source: 'admin' });
    expect(fieldsOf(calendar)).toEqual(['holidays.25.date', 'overrides.0.to']);
  });

  it('throws VALIDATION_FAILED with the fields', () => {
    const calendar = aCalendar({ timeZone: 'Europe/Berlin' as never });
    expect(() => assertValidWorkingCalendar(calendar)).toThrow(
      expect.objectContaining({
        code: 'VALIDATION_FAILED',
        fields: [expect.objectContaining({ field: 'timeZone' })],
      }),
    );
  });
});
