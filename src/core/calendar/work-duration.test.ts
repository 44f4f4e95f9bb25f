import { describe, expect, it } from 'vitest';
import { formatWorkDuration, parseWorkDuration } from './work-duration';

describe('parseWorkDuration', () => {
  it.each([
    ['15 menit', 15, 'minute'],
    ['15 Menit', 15, 'minute'],
    ['20 Mnit', 20, 'minute'],
    ['2 jam', 2, 'hour'],
    ['2 Jam', 2, 'hour'],
    ['32 Jam', 32, 'hour'],
    ['1 Hari', 1, 'day'],
    ['1,5 jam', 1.5, 'hour'],
  ])('reads %s', (text, amount, unit) => {
    expect(parseWorkDuration(text)).toEqual({ amount, unit });
  });

  it.each(['sebentar', '', '0 jam', 'jam 2', '2 minggu', '-1 hari'])('rejects %j', (text) => {
    expect(parseWorkDuration(text)).toBeNull();
  });

  it('writes durations back in Indonesian', () => {
    expect(formatWorkDuration({ amount: 1.5, unit: 'hour' })).toBe('1,5 jam');
    expect(formatWorkDuration({ amount: 1, unit: 'day' })).toBe('1 hari');
  });
});
