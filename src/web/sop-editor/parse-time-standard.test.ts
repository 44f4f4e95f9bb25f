import { describe, expect, it } from 'vitest';
import { parseTimeStandard } from './parse-time-standard';

describe('parseTimeStandard', () => {
  it('reads the units and misspellings of the seed SOPs', () => {
    expect(parseTimeStandard('15 menit')?.duration).toEqual({ amount: 15, unit: 'minute' });
    expect(parseTimeStandard('20 Mnit')?.duration).toEqual({ amount: 20, unit: 'minute' });
    expect(parseTimeStandard('2 Jam')?.duration).toEqual({ amount: 2, unit: 'hour' });
    expect(parseTimeStandard('32 Jam')?.duration).toEqual({ amount: 32, unit: 'hour' });
    expect(parseTimeStandard('1 Hari')?.duration).toEqual({ amount: 1, unit: 'day' });
    expect(parseTimeStandard('1,5 jam')?.duration).toEqual({ amount: 1.5, unit: 'hour' });
  });

  it('keeps the written text and leaves an unreadable time without a duration', () => {
    expect(parseTimeStandard('2 Jam')?.written).toBe('2 Jam');
    expect(parseTimeStandard('sebentar')).toEqual({ written: 'sebentar', duration: null });
    expect(parseTimeStandard('0 menit')).toEqual({ written: '0 menit', duration: null });
    expect(parseTimeStandard('2 minggu')).toEqual({ written: '2 minggu', duration: null });
  });

  it('treats empty text as no time standard', () => {
    expect(parseTimeStandard('')).toBeNull();
    expect(parseTimeStandard('   ')).toBeNull();
  });
});
