import { headGap, type MissingDataOptions, realisationGaps } from './find-missing-lkjip-data';
import type { MissingData } from './missing-data';
import type { PemantauanData } from './pemantauan-data';

const QUARTER = ['I', 'II', 'III', 'IV'];

/**
 * Everything a quarterly monitoring report needs and the data lacks: no Renstra, no Perjanjian
 * Kinerja or indicators for the year, an indicator without realisation up to the quarter (every
 * quarter of a cumulative one; the quarter itself when it has a target) or not yet verified, no
 * budget, nobody to sign on the date.
 */
export function findMissingPemantauanData(
  data: PemantauanData,
  options: MissingDataOptions = {},
): MissingData[] {
  const missing: MissingData[] = [];
  const { year, quarter } = data;
  if (!data.renstra)
    missing.push({
      what: {
        id: `Belum ada Rencana Strategis (Renstra) yang mencakup tahun ${year}.`,
        en: `No strategic plan (Renstra) covers ${year}.`,
      },
      where: 'Renstra',
    });
  if (data.agreementCount === 0)
    missing.push({
      what: {
        id: `Belum ada Perjanjian Kinerja tahun ${year}.`,
        en: `No ${year} performance agreement (PK) has been entered.`,
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
    missing.push(...realisationGaps(indicator, year, options.requireVerified ?? true, quarter));
  if (data.budget.length === 0)
    missing.push({
      what: {
        id: `Anggaran (pagu, anggaran kas dan realisasi) tahun ${year} belum diisi.`,
        en: `The ${year} budget (ceiling, cash plan and realisation) has not been entered.`,
      },
      where: `Anggaran ${year}`,
    });
  missing.push(
    ...headGap(data.signer?.official ?? null, data.date, {
      id: 'penanda tangan laporan (Sekretaris)',
      en: 'report signatory (Secretary)',
    }),
  );
  return missing;
}

/** "Triwulan III". */
export function quarterTitle(quarter: number): string {
  return `Triwulan ${QUARTER[quarter - 1] ?? quarter}`;
}
