import { describe, expect, it } from 'vitest';
import id from '../i18n/runs.id.json';
import { formatWorkingMinutes } from './format-working-minutes';

const t = (key: string, values: Record<string, number>) => {
  const template = (id.duration as Record<string, string>)[key.replace('duration.', '')] ?? key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));
};

describe('formatWorkingMinutes', () => {
  it('writes hours and minutes the way the run page shows them', () => {
    expect(formatWorkingMinutes(80, t)).toBe('1 j 20 m');
    expect(formatWorkingMinutes(120, t)).toBe('2 j');
    expect(formatWorkingMinutes(15, t)).toBe('15 m');
    expect(formatWorkingMinutes(0, t)).toBe('0 m');
    expect(formatWorkingMinutes(1920.4, t)).toBe('32 j');
  });
});
