import type { Db } from '../../db/database';
import { newId } from '../context';

/**
 * The demo agencies' default letter-number patterns: DESDM keeps the local pattern of its published
 * SOP (`K. 075 / 11 / DESDM/2023`), BPKPD numbers the Permendagri 83/2022 way (classification /
 * sequence / unit), DPMPTSP keeps its SOP's `503 / 02 /DPM PTSP` with the year.
 */
const DEMO_PATTERNS: Record<
  string,
  { name: string; pattern: string; classification: string | null; unit: string | null }
> = {
  'desdm-kaltim': {
    name: 'Naskah dinas DESDM',
    pattern: 'K. 075 / {urut} / DESDM/{tahun}',
    classification: null,
    unit: null,
  },
  'bpkpd-jambi': {
    name: 'Naskah dinas (Permendagri 83/2022)',
    pattern: '{klasifikasi}/{urut}/{unit}',
    classification: '000.8.3.3',
    unit: 'BPKPD',
  },
  'dpmptsp-tanjabbar': {
    name: 'Naskah dinas DPM PTSP',
    pattern: '503/{urut}/DPM PTSP/{tahun}',
    classification: null,
    unit: null,
  },
};

/** Gives a demo agency its default pattern (nothing for agencies without one). */
export async function seedDemoLetterPattern(db: Db, agencyCode: string, agencyId: string, now: Date) {
  const demo = DEMO_PATTERNS[agencyCode];
  if (!demo) return;
  await db
    .insertInto('letter_number_pattern')
    .values({
      id: newId(),
      agency_id: agencyId,
      name: demo.name,
      pattern: demo.pattern,
      classification_code: demo.classification,
      unit_code: demo.unit,
      sequence_per_classification: 0,
      is_default: 1,
      created_at: now.toISOString(),
    })
    .execute();
}
