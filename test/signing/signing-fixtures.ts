import {
  createDemoCertificateAuthority,
  type DemoCertificateAuthority,
  issueCertificate,
} from '../../src/formats/pdf-signature';
import { renderSopSheetPdf } from '../../src/formats/sop-sheet';
import { seedSop } from '../sop-formats/seed-sops';

/** The test clock's day: certificates below are valid around it. */
export const SIGNING_DAY = new Date('2026-11-23T03:00:00Z');
const DAY_MS = 24 * 3600 * 1000;

let ca: DemoCertificateAuthority | undefined;

/** One private CA per test file (keys take a moment to generate). */
export function testCa(): DemoCertificateAuthority {
  ca ??= createDemoCertificateAuthority({
    commonName: 'Alur Test CA',
    organization: 'Alur Test',
    validFrom: new Date('2025-01-01T00:00:00Z'),
  });
  return ca;
}

/** A PKCS#12 for `name`, valid from a year before the signing day to a year after, unless told. */
export function aCertificate(
  name: string,
  overrides: { passphrase?: string; validFrom?: Date; validTo?: Date; nip?: string } = {},
): Buffer {
  return issueCertificate(testCa(), {
    name,
    nip: overrides.nip ?? null,
    email: null,
    validFrom: overrides.validFrom ?? new Date(SIGNING_DAY.getTime() - 365 * DAY_MS),
    validTo: overrides.validTo ?? new Date(SIGNING_DAY.getTime() + 365 * DAY_MS),
    passphrase: overrides.passphrase ?? 'rahasia-uji-1',
  });
}

let sheet: Buffer | undefined;

/** A real PDF: the standard SOP sheet of a seed SOP, rendered by pdfmake. */
export async function aRealPdf(): Promise<Buffer> {
  sheet ??= await renderSopSheetPdf(seedSop('desdm-kaltim-sakip'));
  return sheet;
}
