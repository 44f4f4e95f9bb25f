import { describe, expect, it } from 'vitest';
import { findConflictingAppointment, isActiveOn, periodsOverlap } from './appointments';
import { isValidIsoDate } from './dates';
import { formatNip, normalizeNip } from './nip';

describe('normalizeNip', () => {
  it('accepts the printed form and strips spaces', () => {
    expect(normalizeNip('19671129 199803 1 003')).toEqual({ nip: '196711291998031003' });
  });
  it.each([
    ['1967112919980310', '18 digit'],
    ['19671329199803 1 003', 'tanggal lahir'],
    ['196713291998031003', 'tanggal lahir'],
    ['196711291998131003', 'bulan pengangkatan'],
    ['196711291998033003', 'jenis kelamin'],
    ['19671129199803100A', '18 digit'],
  ])('rejects %s naming the rule', (input, words) => {
    const result = normalizeNip(input);
    expect('error' in result && result.error.field).toBe('nip');
    expect('error' in result && result.error.message.id).toContain(words);
  });
  it('prints the grouped form', () => {
    expect(formatNip('196711291998031003')).toBe('19671129 199803 1 003');
  });
});

describe('acting appointments', () => {
  const plt = { id: 'a', kind: 'plt' as const, startsOn: '2026-03-01', endsOn: '2026-03-31' };
  it('detects overlapping acting appointments, edges inclusive', () => {
    expect(periodsOverlap(plt, { kind: 'plh', startsOn: '2026-03-31', endsOn: '2026-04-05' })).toBe(true);
    expect(periodsOverlap(plt, { kind: 'plh', startsOn: '2026-04-01', endsOn: null })).toBe(false);
  });
  it('lets an acting official overlap the definitive holder, not another acting one', () => {
    const definitive = { id: 'd', kind: 'definitive' as const, startsOn: '2020-01-01', endsOn: null };
    const candidate = { kind: 'plh' as const, startsOn: '2026-03-10', endsOn: '2026-03-12' };
    expect(findConflictingAppointment(candidate, [definitive])).toBeUndefined();
    expect(findConflictingAppointment(candidate, [definitive, plt])?.id).toBe('a');
  });
  it('knows who is active on a day', () => {
    expect(isActiveOn(plt, '2026-03-15')).toBe(true);
    expect(isActiveOn(plt, '2026-04-01')).toBe(false);
  });
});

describe('isValidIsoDate', () => {
  it.each([
    ['2026-02-28', true],
    ['2028-02-29', true],
    ['2026-02-30', false],
    ['2026-13-01', false],
    ['26-01-01', false],
  ])('%s → %s', (text, ok) => {
    expect(isValidIsoDate(text)).toBe(ok);
  });
});
