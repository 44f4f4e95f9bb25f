import {
  type AchievementResult,
  type EfficiencyGap,
  type FinalTargetProgress,
  formatNumberId,
  formatRupiahId,
  type NotComputable,
  type RollUpResult,
  type YearComparison,
} from '../achievement';
import { formatDisplay, formatValueWithUnit, percentText } from './indicator-figures';
import type { IndicatorData } from './performance-data';

/**
 * Sentences the narrative drafts share (LKjIP and Laporan Pemantauan Kinerja): sober Indonesian that
 * says what the numbers say and nothing more.
 */

/** "a", "a dan b", "a, b dan c" — or "a; b; dan c" when a name has a comma of its own. */
export function joinId(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  // Names with commas of their own ("Subbagian Perencanaan, Evaluasi dan Pelaporan") need semicolons.
  if (items.some((i) => i.includes(','))) return `${items.slice(0, -1).join('; ')}; dan ${items.at(-1)}`;
  return `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`;
}

/** "80,76% (Tinggi)", or "tidak dapat dihitung". */
export function achievementPhrase(result: AchievementResult | RollUpResult | null | undefined): string {
  if (result?.status !== 'ok') return 'tidak dapat dihitung';
  const category = result.category?.label.id;
  return `${percentText(result)}%${category ? ` (${category})` : ''}`;
}

/** Whether the target is met, in words; for a not-computable figure its reason. */
export function attainmentPhrase(result: AchievementResult): string {
  if (result.status !== 'ok')
    return `capaian tidak dapat dihitung: ${lowerFirst(stripDot(result.reason.id))}`;
  if (result.attainment.code === 'exceeded') return 'melampaui target';
  if (result.attainment.code === 'met') return 'mencapai target';
  return 'belum mencapai target';
}

/** The word for an amount of change in the indicator's unit: "poin" for percentages. */
export function unitWord(indicator: Pick<IndicatorData, 'unitLabel'>): string {
  const u = indicator.unitLabel.trim();
  if (u === '%' || u === '') return 'poin';
  if (u.startsWith('nilai') || u.startsWith('indeks')) return 'poin';
  return u;
}

/** One indicator's year in a sentence: target, realisation, achievement and whether it is met. */
export function indicatorYearSentence(
  indicator: IndicatorData,
  target: string | null,
  realisation: string | boolean | null,
  achievement: AchievementResult,
): string {
  return `${indicator.name}: target ${formatValueWithUnit(indicator, target)}, realisasi ${formatValueWithUnit(indicator, realisation)}, capaian ${achievementPhrase(achievement)}; ${attainmentPhrase(achievement)}.`;
}

/** This year against the latest earlier year, read through the polarity. */
export function trendSentence(
  indicator: IndicatorData,
  year: number,
  realisation: string | boolean | null,
  previous: { year: number; value: string; period: string | null; source: 'history' | 'baseline' },
  comparison: YearComparison,
): string {
  const now = formatValueWithUnit(indicator, realisation);
  const then = `${formatValueWithUnit(indicator, previous.value)} pada tahun ${previous.year}${
    previous.period ? ` (${previous.period})` : ''
  }${previous.source === 'baseline' ? ' (kondisi awal Renstra)' : ''}`;
  if (comparison.status !== 'ok')
    return `${indicator.name}: realisasi ${year} ${now}; perbandingan dengan ${then} tidak dapat dihitung.`;
  if (comparison.direction === 'flat')
    return `${indicator.name}: realisasi ${year} ${now}, sama dengan ${then}.`;
  const change = formatDisplay(comparison.changeDisplay.replace(/^-/, ''));
  const moved = comparison.direction === 'up' ? 'naik' : 'turun';
  const reading =
    comparison.judgement === 'better'
      ? '; kinerja membaik'
      : comparison.judgement === 'worse'
        ? '; kinerja menurun'
        : '';
  return `${indicator.name}: realisasi tahun ${year} sebesar ${now}, ${moved} ${change} ${unitWord(indicator)} dibandingkan ${then}${reading}.`;
}

/** Realisation against the Renstra final target. */
export function finalTargetSentence(
  indicator: IndicatorData,
  year: number,
  endYear: number,
  realisation: string | boolean | null,
  progress: FinalTargetProgress | NotComputable,
): string {
  const final = formatValueWithUnit(indicator, indicator.finalTarget);
  if (progress.status !== 'ok')
    return `${indicator.name}: perbandingan dengan target akhir Renstra (${final}) tidak dapat dihitung: ${lowerFirst(stripDot(progress.reason.id))}.`;
  const now = formatValueWithUnit(indicator, realisation);
  if (progress.reached)
    return `${indicator.name}: realisasi tahun ${year} sebesar ${now} telah mencapai target akhir Renstra tahun ${endYear} sebesar ${final} (${percentText(progress)}%).`;
  const left = endYear - year;
  const remaining =
    progress.remaining === null
      ? ''
      : `; ${indicator.polarity === 'negative' ? 'masih perlu diturunkan' : 'masih diperlukan peningkatan'} ${formatNumberId(progress.remaining, indicator.precision)} ${unitWord(indicator)}${
          left > 0 ? ` dalam ${left} tahun tersisa` : ''
        }`;
  return `${indicator.name}: realisasi tahun ${year} sebesar ${now}, atau ${percentText(progress)}% dari target akhir Renstra tahun ${endYear} sebesar ${final}${remaining}.`;
}

/** Budget of one or more programs and what efficiency (capaian − serapan) says. */
export function efficiencySentence(
  achievement: RollUpResult,
  absorption: { status: string; display?: string },
  efficiency: EfficiencyGap | NotComputable | null,
): string {
  if (efficiency?.status !== 'ok')
    return `Efisiensi (selisih capaian terhadap serapan anggaran) tidak dapat dihitung${
      achievement.status !== 'ok' ? ' karena capaian sasaran tidak dapat dihitung' : ''
    }.`;
  const gap = formatDisplay(efficiency.display);
  const reading =
    efficiency.reading === 'efficient'
      ? 'capaian kinerja melampaui serapan anggaran, sehingga sumber daya digunakan secara efisien'
      : efficiency.reading === 'inefficient'
        ? 'capaian kinerja lebih rendah daripada serapan anggaran, sehingga penggunaan sumber daya belum efisien'
        : 'capaian kinerja sebanding dengan serapan anggaran';
  return `Dengan capaian sasaran ${percentText(achievement)}% dan serapan anggaran ${percentText(absorption)}%, efisiensi (selisih capaian terhadap serapan) sebesar ${gap} poin: ${reading}.`;
}

/** "Sebanyak 2 dari 3 indikator …", with the honest words for none and all. */
export function countOf(n: number, total: number, what: string, verb: string): string {
  if (total === 0) return `Tidak ada ${what}.`;
  if (n === 0) return `Belum ada ${what} yang ${verb}.`;
  if (n === total) return `${collective(total)} ${what} ${verb}.`;
  return `Sebanyak ${n} dari ${total} ${what} ${verb}.`;
}

const COLLECTIVE = [
  '',
  'Satu-satunya',
  'Kedua',
  'Ketiga',
  'Keempat',
  'Kelima',
  'Keenam',
  'Ketujuh',
  'Kedelapan',
  'Kesembilan',
  'Kesepuluh',
];

/** "Ketiga indikator", "Seluruh 12 indikator". */
function collective(n: number): string {
  return COLLECTIVE[n] ?? `Seluruh ${n}`;
}

/**
 * SIPD program names are written in capitals; running text reads better in title case.
 * @example titleCase('PROGRAM PENGELOLAAN MINERAL DAN BATUBARA') // 'Program Pengelolaan Mineral dan Batubara'
 */
export function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const small = new Set(['dan', 'atau', 'di', 'ke', 'dari', 'yang', 'untuk', 'pada', 'dalam', 'serta']);
  return name
    .toLowerCase()
    .split(' ')
    .map((w, k) => (k > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** "Program 3.29.06 Pengelolaan Ketenagalistrikan": the kind once, then code and name. */
export function nodeLabel(node: { kind: string; code: string; name: string }): string {
  const kind = node.kind === 'program' ? 'Program' : node.kind === 'kegiatan' ? 'Kegiatan' : 'Sub Kegiatan';
  const name = titleCase(node.name).replace(new RegExp(`^${kind}\\s+`, 'i'), '');
  return `${kind} ${node.code} ${name}`;
}

/** "Rp27.010.000.000". */
export function rupiah(value: string): string {
  return formatRupiahId(value);
}

export function stripDot(text: string): string {
  return text.replace(/\.\s*$/, '');
}

export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
