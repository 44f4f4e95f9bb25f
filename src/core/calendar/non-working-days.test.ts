import { describe, expect, it } from 'vitest';
import { SKB_2026_DECREE } from './holidays-2026';
import { isWorkingDay } from './is-working-day';
import { nonWorkingDays } from './non-working-days';
import { suggestedHolidays } from './suggested-holidays';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar';

function aCalendar(overrides: Partial<WorkingCalendar> = {}): WorkingCalendar {
  return createWorkingCalendar({ timeZone: 'Asia/Jakarta', holidays: suggestedHolidays(2026), ...overrides });
}

describe('isWorkingDay', () => {
  it.each([
    ['2026-08-17', false, 'Proklamasi, a Monday'],
    ['2026-08-18', true, 'an ordinary Tuesday'],
    ['2026-03-14', false, 'a Saturday'],
    ['2026-03-20', false, 'cuti bersama Idul Fitri'],
    ['2026-03-19', false, 'Nyepi'],
  ])('%s is %s (%s)', (date, expected) => {
    expect(isWorkingDay(date, aCalendar())).toBe(expected);
  });

  it('opens cuti bersama days when they are not days off', () => {
    const open = aCalendar({ cutiBersamaIsDayOff: false });
    expect(isWorkingDay('2026-03-20', open)).toBe(true);
    expect(isWorkingDay('2026-03-21', open)).toBe(false);
    expect(isWorkingDay('2026-03-19', open)).toBe(false);
  });

  it('closes on a regional holiday entered by an administrator', () => {
    const calendar = aCalendar();
    calendar.holidays.push({
      date: '2026-04-01',
      kind: 'libur_daerah',
      name: 'Hari jadi kota',
      source: 'admin',
    });
    expect(isWorkingDay('2026-04-01', calendar)).toBe(false);
  });

  it('reads an instant in the agency zone', () => {
    // 16:30Z on 17 August is 23:30 Monday WIB (a holiday) but 01:30 Tuesday WIT.
    const instant = new Date('2026-08-17T16:30:00Z');
    expect(isWorkingDay(instant, aCalendar())).toBe(false);
    expect(isWorkingDay(instant, aCalendar({ timeZone: 'Asia/Jayapura' }))).toBe(true);
  });
});

describe('nonWorkingDays', () => {
  // 2026 has 52 Saturdays and 52 Sundays; 13 national holidays and all 8 cuti bersama fall on weekdays.
  it('lists weekends and weekday holidays of 2026', () => {
    expect(nonWorkingDays(2026, aCalendar())).toHaveLength(104 + 13 + 8);
    expect(nonWorkingDays(2026, aCalendar({ cutiBersamaIsDayOff: false }))).toHaveLength(104 + 13);
  });

  it('describes each day with its kind, name and decree', () => {
    const days = new Map(nonWorkingDays(2026, aCalendar()).map((day) => [day.date, day]));
    expect(days.get('2026-08-17')).toMatchObject({
      weekday: 'monday',
      weekend: false,
      kind: 'libur_nasional',
      name: 'Proklamasi Kemerdekaan Republik Indonesia',
      decree: SKB_2026_DECREE,
    });
    expect(days.get('2026-03-21')).toMatchObject({
      weekday: 'saturday',
      weekend: true,
      kind: 'libur_nasional',
      name: 'Idul Fitri 1447 Hijriah',
    });
    expect(days.get('2026-03-20')).toMatchObject({ weekday: 'friday', weekend: false, kind: 'cuti_bersama' });
    expect(days.get('2026-03-14')).toEqual({
      date: '2026-03-14',
      weekday: 'saturday',
      kind: 'weekend',
      name: 'Sabtu',
      weekend: true,
      holidays: [],
    });
    expect(days.has('2026-03-17')).toBe(false);
  });

  it('leaves cuti bersama out when it is a working day', () => {
    const dates = nonWorkingDays(2026, aCalendar({ cutiBersamaIsDayOff: false })).map((day) => day.date);
    expect(dates).not.toContain('2026-03-20');
    expect(dates).toContain('2026-03-19');
  });
});
