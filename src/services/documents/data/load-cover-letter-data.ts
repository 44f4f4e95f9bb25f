import type { CoverLetterData } from '../../../core/document';
import { quarterTitle } from '../../../core/document';
import type { Actor, ServiceContext } from '../../context';
import { loadAgencyIdentity } from './agency-identity';
import { headPosition, loadOrganisationOn, officialOf } from './officials';

export interface CoverLetterDataInput {
  /** What is sent: a generated report of the period, or any document by its title. */
  attached:
    | { kind: 'lkjip'; year: number }
    | { kind: 'pemantauan'; year: number; quarter: number }
    | { title: string };
  /** The letter's date; default today in the agency's zone. */
  date?: string;
  /** The number issued by the numbering step; absent until then (prints as a blank). */
  number?: string | null;
  /** Default "Penyampaian <what is attached>". */
  subject?: string;
  /** Kepada Yth.; default the head of the region through its Sekretaris Daerah. */
  recipients?: string[];
  /** Default "di <the agency's town>". */
  recipientPlace?: string;
  /** Tembusan; default the region's Inspektur, who reviews the reports. */
  copies?: string[];
  /** Sifat; default "Biasa". */
  nature?: string;
  attachmentCount?: number;
  body?: string | null;
}

/**
 * A surat pengantar for a document: the agency, the head on the letter's date as signer, and the
 * letter's fields with defaults a planning unit would write (recipient: the governor, regent or mayor
 * c.q. the Sekretaris Daerah; copy: the Inspektur). Access as for reading the agency.
 */
export async function loadCoverLetterData(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: CoverLetterDataInput,
): Promise<CoverLetterData> {
  const { identity, today } = await loadAgencyIdentity(ctx, actor, agencyId);
  const date = input.date ?? today;
  const org = await loadOrganisationOn(ctx.db, agencyId, date);
  const head = headPosition(org);
  const attached =
    'title' in input.attached
      ? input.attached.title
      : input.attached.kind === 'lkjip'
        ? `Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun ${input.attached.year}`
        : `Laporan Pemantauan Kinerja ${quarterTitle(input.attached.quarter)} Tahun ${input.attached.year}`;
  const region = identity.regionName;
  const regionHead = /^provinsi\s+/i.test(region)
    ? `Gubernur ${region.replace(/^provinsi\s+/i, '')}`
    : /^kota\s+/i.test(region)
      ? `Wali Kota ${region.replace(/^kota\s+/i, '')}`
      : `Bupati ${region.replace(/^kabupaten\s+/i, '')}`;
  return {
    agency: identity,
    date,
    number: input.number ?? null,
    nature: input.nature ?? 'Biasa',
    attachmentCount: input.attachmentCount ?? 1,
    subject: input.subject ?? `Penyampaian ${attached}`,
    recipients: input.recipients ?? [regionHead, `c.q. Sekretaris Daerah ${region}`],
    recipientPlace: input.recipientPlace ?? `di ${identity.place}`,
    attached,
    body: input.body ?? null,
    signer: head ? officialOf(org, head) : null,
    copies: input.copies ?? [`Inspektur ${region}`],
  };
}
