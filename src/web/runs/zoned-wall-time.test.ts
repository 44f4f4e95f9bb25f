import { describe, expect, it } from 'vitest';
import { zonedWallTimeToIso } from './zoned-wall-time';

describe('zonedWallTimeToIso', () => {
  it('reads the typed time in the agency zone', () => {
    expect(zonedWallTimeToIso('2026-11-24T09:00', 'Asia/Makassar')).toBe('2026-11-24T01:00:00.000Z');
    expect(zonedWallTimeToIso('2026-11-24T09:00', 'Asia/Jakarta')).toBe('2026-11-24T02:00:00.000Z');
    expect(zonedWallTimeToIso('2026-11-24T07:30', 'Asia/Jayapura')).toBe('2026-11-23T22:30:00.000Z');
  });

  it('gives null for an incomplete value', () => {
    expect(zonedWallTimeToIso('2026-11-24', 'Asia/Jakarta')).toBeNull();
  });
});
