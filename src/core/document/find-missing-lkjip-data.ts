import { formatDateId } from './format-date-id';
import { periodFigures } from './indicator-figures';
import type { LkjipData } from './lkjip-data';
import type { MissingData } from './missing-data';
import type { IndicatorData, QuarterData } from './performance-data';

const DONE = new Set(['verified', 'locked']);
const QUARTER = ['TW I', 'TW II', 'TW III', 'TW IV'];

export interface MissingDataOptions {
  /**
   * Whether every realisation must be verified (or locked) by the planning unit. Default true: an
   * LKjIP reports verified figures. A first draft for review may be made from submitted ones.
   */
  requireVerified?: boolean;
}

/**
 * Everything an LKjIP of `data.year` needs and the data lacks, in one list, so the caller refuses with
 * all of it rather than produce half a document: no Renstra covering the year, no Perjanjian Kinerja
 * of the head for the year, no indicators, an indicator without its TW IV (or year's) realisation or
 * with realisation not yet verified, no budget, nobody heading the agency on the report's date.
 */
export function findMissingLkjipData(data: LkjipData, options: MissingDataOptions = {}): MissingData[] {
  const missing: MissingData[] = [];
  const year = data.year;
  if (!data.renstra)
    missing.push({
      what: {
        id: `Belum ada Rencana Strategis (Renstra) yang mencakup tahun ${year}.`,
        en: `No strategic plan (Renstra) covers ${year}.`,
      },
      where: 'Renstra',
    });
  if (!data.agreement)
    missing.push({
      what: {
        id: `Perjanjian Kinerja Tahun ${year} kepala instansi belum dibuat.`,
        en: `The head's ${year} performance agreement (PK) has not been entered.`,
      },
      where: `Perjanjian Kinerja ${year}`,
    });
  if (data.indicators.length === 0)
    missing.push({
      what: {
        id: `Belum ada indikator kinerja yang diukur pada tahun ${year}.`,
        en: `No indicators are measured in ${year}.`,
      },
      where: `Indikator ${year}`,
    });
  for (const indicator of data.indicators)
    missing.push(...realisationGaps(indicator, year, options.requireVerified ?? true));
  if (data.budget.length === 0)
    missing.push({
      what: {
        id: `Anggaran (pagu dan realisasi) tahun ${year} belum diisi.`,
        en: `The ${year} budget (ceiling and realisation) has not been entered.`,
      },
      where: `Anggaran ${year}`,
    });
  missing.push(...headGap(data.head, data.date));
  return missing;
}

/** The TW IV (or year's) realisation of an indicator, and its verification. Shared with the quarterly report. */
export function realisationGaps(
  indicator: IndicatorData,
  year: number,
  requireVerified: boolean,
  quarter: 1 | 2 | 3 | 4 = 4,
): MissingData[] {
  const out: MissingData[] = [];
  const place = `${indicator.code} ${QUARTER[quarter - 1]} ${year}`;
  const upTo = indicator.quarters.filter((q) => q.quarter <= quarter);
  const needed = neededQuarters(indicator, upTo, quarter);
  const empty = needed.filter((q) => q.realisation === null || q.realisation.trim() === '');
  if (empty.length > 0)
    out.push({
      what: {
        id: `${indicator.name}: realisasi ${empty.map((q) => QUARTER[q.quarter - 1]).join(', ')} ${year} belum diisi.`,
        en: `${indicator.name}: no realisation for ${empty.map((q) => QUARTER[q.quarter - 1]).join(', ')} ${year}.`,
      },
      where: place,
    });
  else if (periodFigures(indicator, quarter === 4 ? 'year' : quarter)?.realisation === null)
    out.push({
      what: {
        id: `${indicator.name}: belum ada realisasi tahun ${year} sampai ${QUARTER[quarter - 1]}.`,
        en: `${indicator.name}: no ${year} realisation up to ${QUARTER[quarter - 1]}.`,
      },
      where: place,
    });
  if (requireVerified) {
    const unverified = upTo.filter((q) => q.realisation !== null && q.status !== null && !DONE.has(q.status));
    if (unverified.length > 0)
      out.push({
        what: {
          id: `${indicator.name}: realisasi ${unverified.map((q) => QUARTER[q.quarter - 1]).join(', ')} ${year} belum diverifikasi unit perencanaan (status: ${unverified.map((q) => STATUS_ID[q.status!]).join(', ')}).`,
          en: `${indicator.name}: the ${unverified.map((q) => QUARTER[q.quarter - 1]).join(', ')} ${year} realisation is not verified by the planning unit yet (status: ${unverified.map((q) => q.status).join(', ')}).`,
        },
        where: place,
      });
  }
  return out;
}

const STATUS_ID: Record<string, string> = {
  draft: 'draf',
  submitted: 'diajukan',
  returned: 'dikembalikan',
  verified: 'terverifikasi',
  locked: 'dikunci',
};

/**
 * The quarters whose realisation a period needs: every quarter up to it for a cumulative indicator
 * (a gap breaks the sum); for the others, the period's own quarter when it has a target (a semester
 * survey's off quarter needs nothing).
 */
function neededQuarters(indicator: IndicatorData, upTo: QuarterData[], quarter: number): QuarterData[] {
  if (indicator.aggregation === 'cumulative') return upTo;
  const own = upTo.find((q) => q.quarter === quarter);
  return own && own.target !== null ? [own] : [];
}

/** Nobody to sign: the head's position vacant on the date, or no head position at all. */
export function headGap(
  head: { positionTitle: string; name: string | null } | null,
  date: string,
  role: { id: string; en: string } = { id: 'kepala instansi', en: 'head of agency' },
): MissingData[] {
  if (head && head.name !== null) return [];
  return [
    {
      what: {
        id: head
          ? `Tidak ada pejabat (definitif, Plt. atau Plh.) yang memangku jabatan ${head.positionTitle} pada ${formatDateId(date)}.`
          : `Jabatan ${role.id} belum tercatat di struktur organisasi.`,
        en: head
          ? `Nobody (definitive or acting) holds ${head.positionTitle} on ${date}.`
          : `The organisation has no ${role.en} position.`,
      },
      where: head?.positionTitle ?? role.id,
    },
  ];
}
