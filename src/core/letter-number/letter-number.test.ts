import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import {
  checkClassificationCode,
  checkUnitCode,
  formatLetterNumber,
  parseLetterPattern,
  readLetterPattern,
  romanMonth,
} from './index';

const number = (
  pattern: string,
  values: { sequence: number; classificationCode?: string; unitCode?: string; localDate: string },
) =>
  formatLetterNumber(parseLetterPattern(pattern), {
    classificationCode: values.classificationCode ?? null,
    unitCode: values.unitCode ?? null,
    sequence: values.sequence,
    localDate: values.localDate,
  });

function failure(pattern: string) {
  const result = readLetterPattern(pattern);
  if (!('error' in result)) throw new Error(`"${pattern}" was accepted`);
  return result.error;
}

describe('letter-number patterns', () => {
  it('writes the seeds’ and Permendagri 83/2022 numbers', () => {
    expect(number('K. 075 / {urut} / DESDM/{tahun}', { sequence: 12, localDate: '2026-03-02' })).toBe(
      'K. 075 / 12 / DESDM/2026',
    );
    expect(
      number('{klasifikasi}/{urut}/{unit}', {
        sequence: 15,
        classificationCode: '000.8.3.3',
        unitCode: 'OR',
        localDate: '2026-03-02',
      }),
    ).toBe('000.8.3.3/15/OR');
    expect(
      number('045/{urut}/DISDIK/{bulan_romawi}/{tahun}', { sequence: 123, localDate: '2025-07-14' }),
    ).toBe('045/123/DISDIK/VII/2025');
  });

  it('pads {urut:n}, writes {bulan} with two digits and every Roman month', () => {
    expect(number('{urut:3}/{bulan}/{tahun}', { sequence: 7, localDate: '2026-01-31' })).toBe('007/01/2026');
    expect(number('{urut:3}', { sequence: 1234, localDate: '2026-01-31' })).toBe('1234');
    expect(Array.from({ length: 12 }, (_, i) => romanMonth(i + 1)).join(' ')).toBe(
      'I II III IV V VI VII VIII IX X XI XII',
    );
    expect(number('{urut}/{bulan_romawi}', { sequence: 1, localDate: '2026-12-31' })).toBe('1/XII');
  });

  it('keeps literal text, spaces inside it and tolerates spaces inside braces', () => {
    const parsed = parseLetterPattern('  503 / { urut } /DPM PTSP/{tahun} ');
    expect(parsed.source).toBe('503 / { urut } /DPM PTSP/{tahun}');
    expect(parsed.parts).toEqual([
      { kind: 'text', text: '503 / ' },
      { kind: 'urut', pad: 0 },
      { kind: 'text', text: ' /DPM PTSP/' },
      { kind: 'tahun' },
    ]);
    expect(parsed).toMatchObject({ usesClassification: false, usesUnit: false });
  });

  it('refuses a pattern without {urut}, naming the field', () => {
    const error = failure('K. 075 / DESDM/{tahun}');
    expect(error.field).toBe('pattern');
    expect(error.message.id).toContain('{urut}');
    expect(error.message.en).toContain('must contain {urut}');
  });

  it('refuses {urut} twice, an unknown token and a bad padding', () => {
    expect(failure('{urut}/{urut}').message.en).toContain('only once');
    const unknown = failure('{urut}/{nomor}/{tahun}');
    expect(unknown.message.id).toContain('{nomor} tidak dikenal');
    expect(unknown.message.en).toContain('{nomor} is not a known token');
    expect(failure('{urut:0}').message.en).toContain('{urut:0}');
    expect(failure('{urut:99}').message.en).toContain('{urut:99}');
    expect(failure('{URUT}').message.en).toContain('{URUT}');
  });

  it('refuses unbalanced braces, saying where', () => {
    expect(failure('{urut/{tahun}').message.en).toBe(
      'Number pattern: the "{" at position 1 is not closed by "}".',
    );
    expect(failure('{urut}/tahun}').message.id).toBe(
      'Pola nomor: kurung kurawal "}" pada posisi 13 tidak punya pasangan "{".',
    );
    expect(failure('{urut}/{tahun').message.en).toContain('position 8');
  });

  it('refuses an empty or overlong pattern', () => {
    expect(failure('   ').message.en).toBe('The number pattern is required.');
    expect(failure(`{urut}${'x'.repeat(200)}`).message.en).toContain('at most 200');
  });

  it('throws VALIDATION_FAILED naming the field from parseLetterPattern', () => {
    try {
      parseLetterPattern('{tahun}', 'patterns.0.pattern');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('VALIDATION_FAILED');
      expect((error as DomainError).fields[0]!.field).toBe('patterns.0.pattern');
    }
  });

  it('asks for the classification or unit code the pattern writes', () => {
    const pattern = parseLetterPattern('{klasifikasi}/{urut}/{unit}');
    try {
      formatLetterNumber(pattern, {
        sequence: 1,
        classificationCode: null,
        unitCode: null,
        localDate: '2026-01-01',
      });
      expect.unreachable();
    } catch (error) {
      expect((error as DomainError).fields.map((f) => f.field)).toEqual(['classificationCode', 'unitCode']);
    }
  });

  it('checks classification and unit codes', () => {
    expect(checkClassificationCode('000.8.3.3')).toBeNull();
    expect(checkClassificationCode('045')).toBeNull();
    expect(checkClassificationCode('000/8')?.field).toBe('classificationCode');
    expect(checkClassificationCode('000..8')).not.toBeNull();
    expect(checkUnitCode('DPM PTSP')).toBeNull();
    expect(checkUnitCode('BPKPD-1.3')).toBeNull();
    expect(checkUnitCode('OR/2', 'x')?.field).toBe('x');
  });
});
