import type { NarrativeSection } from './draft-lkjip-narrative';
import { quarterTitle } from './find-missing-pemantauan-data';
import { isMet, percentText } from './indicator-figures';
import { carriedOver, type Narrative, prompt } from './narrative';
import {
  achievementPhrase,
  attainmentPhrase,
  countOf,
  indicatorYearSentence,
  joinId,
  rupiah,
  titleCase,
} from './narrative-phrases';
import type { PemantauanData } from './pemantauan-data';
import { pemantauanFacts } from './pemantauan-facts';

/** The narrative sections of a Laporan Pemantauan Kinerja, in document order. */
export function describePemantauanNarrative(_data: PemantauanData): NarrativeSection[] {
  return [
    { key: 'bab1.latar_belakang', title: 'Latar Belakang', source: 'numbers' },
    { key: 'bab1.maksud', title: 'Maksud dan Tujuan', source: 'numbers' },
    { key: 'bab2.capaian', title: 'Capaian Kinerja', source: 'numbers' },
    { key: 'bab3.anggaran', title: 'Realisasi Anggaran', source: 'numbers' },
    { key: 'bab4.kendala', title: 'Kendala dan Tindak Lanjut', source: 'mixed' },
    { key: 'bab5.kesimpulan', title: 'Kesimpulan', source: 'numbers' },
    { key: 'bab5.rekomendasi', title: 'Rekomendasi', source: 'people' },
  ];
}

/**
 * The first text of a quarterly monitoring report: the numbers drafted (achievement to the quarter,
 * met or not, absorption against pagu and cash plan, what the units reported), what only people know
 * (recommendations) from `previous` — the previous report's final text, same keys — or a prompt.
 */
export function draftPemantauanNarrative(data: PemantauanData, previous?: Narrative): Narrative {
  const facts = pemantauanFacts(data);
  const tw = quarterTitle(data.quarter);
  const all = facts.sasaran.flatMap((s) => s.indicators);
  const measured = all.filter((f) => f.figures !== null);
  const met = measured.filter((f) => isMet(f.figures?.achievement) === true);
  const notMet = measured.filter((f) => isMet(f.figures?.achievement) === false);
  const unmeasured = all.filter((f) => f.figures === null);

  const capaian = [
    `Sampai dengan ${tw} tahun ${data.year}, rata-rata capaian kinerja ${data.agency.name} terhadap target Rencana Aksi sebesar ${achievementPhrase(facts.agency)}. ${countOf(met.length, measured.length, 'indikator yang diukur pada triwulan ini', 'mencapai atau melampaui target')}`,
    facts.sasaran
      .map((s) =>
        [
          `Sasaran ${s.sasaran.code} ${s.sasaran.name}: capaian ${achievementPhrase(s.achievement)}.`,
          s.indicators
            .filter((f) => f.figures)
            .map(
              (f) =>
                `- ${indicatorYearSentence(f.indicator, f.figures!.target, f.figures!.realisation, f.figures!.achievement)}`,
            )
            .join('\n'),
        ]
          .filter(Boolean)
          .join('\n\n'),
      )
      .join('\n\n'),
  ];
  if (unmeasured.length > 0)
    capaian.push(
      `${joinId(unmeasured.map((f) => f.indicator.name))} tidak diukur pada ${tw} (tidak ada target maupun realisasi triwulan ini).`,
    );
  if (facts.trend.length > 1)
    capaian.push(
      `Perkembangan capaian rata-rata dari triwulan ke triwulan: ${facts.trend
        .map(
          (t) =>
            `${quarterTitle(t.quarter)} ${t.achievement.status === 'ok' ? `${percentText(t.achievement)}%` : 'tidak dapat dihitung'}`,
        )
        .join('; ')}.`,
    );

  const anggaran = facts.budget
    ? [
        `Sampai dengan ${tw}, realisasi anggaran sebesar ${rupiah(facts.budget.realisation)} dari pagu ${rupiah(facts.budget.pagu)} (serapan ${percentText(facts.budget.absorption)}%), dan ${percentText(facts.budget.againstCashPlan)}% dari anggaran kas sampai triwulan ini sebesar ${rupiah(facts.budget.cashPlan)}.`,
        ...lagging(facts.programs, tw),
      ].join('\n\n')
    : `Anggaran tahun ${data.year} belum tercatat.`;

  const reported = facts.units.flatMap((u) => u.rows.filter((r) => r.obstacles || r.actions));
  const silent = facts.units.flatMap((u) => u.rows.filter((r) => !r.obstacles && !r.actions));
  const kendala = [
    reported.length > 0
      ? `Kendala dan tindak lanjut yang dilaporkan unit kerja untuk ${tw} disajikan pada tabel berikut.`
      : `Belum ada unit kerja yang melaporkan kendala dan tindak lanjut untuk ${tw}.`,
    silent.length > 0
      ? prompt(
          `Uraikan kendala dan tindak lanjut untuk indikator yang belum mencapai target: ${joinId(silent.map((r) => `${r.indicator.name} (${r.indicator.responsibleUnit ?? 'unit belum ditetapkan'})`))}`,
        )
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');

  const kesimpulan = [
    `1. Rata-rata capaian kinerja sampai dengan ${tw} tahun ${data.year} sebesar ${achievementPhrase(facts.agency)}.`,
    `2. ${countOf(met.length, measured.length, 'indikator', 'mencapai atau melampaui target triwulan ini')}`,
    ...(notMet.length > 0
      ? [
          `3. Indikator yang perlu mendapat perhatian: ${joinId(notMet.map((f) => `${f.indicator.name} (${attainmentPhrase(f.figures!.achievement)}, ${percentText(f.figures!.achievement)}%)`))}.`,
        ]
      : []),
    ...(facts.budget
      ? [
          `${notMet.length > 0 ? 4 : 3}. Serapan anggaran ${percentText(facts.budget.absorption)}% terhadap pagu dan ${percentText(facts.budget.againstCashPlan)}% terhadap anggaran kas.`,
        ]
      : []),
  ].join('\n');

  return {
    'bab1.latar_belakang': `Pemantauan kinerja triwulanan dilaksanakan untuk mengetahui kemajuan pencapaian target Perjanjian Kinerja Tahun ${data.year} melalui Rencana Aksi, sebagaimana diatur dalam Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014. Laporan ini menyajikan hasil pemantauan ${data.agency.name} sampai dengan ${tw} tahun ${data.year}.`,
    'bab1.maksud':
      'Laporan ini dimaksudkan sebagai bahan bagi pimpinan untuk menilai kemajuan capaian kinerja dan penyerapan anggaran, serta untuk menetapkan langkah perbaikan agar target akhir tahun tercapai.',
    'bab2.capaian': capaian.join('\n\n'),
    'bab3.anggaran': anggaran,
    'bab4.kendala': kendala,
    'bab5.kesimpulan': kesimpulan,
    'bab5.rekomendasi': carriedOver(
      previous,
      'bab5.rekomendasi',
      `Uraikan rekomendasi dan langkah yang perlu diambil pada triwulan berikutnya agar target tahun ${data.year} tercapai`,
    ),
  };
}

/** Programs whose realisation runs clearly behind their cash plan (below 90% of it). */
function lagging(programs: ReturnType<typeof pemantauanFacts>['programs'], tw: string): string[] {
  const behind = programs.filter(
    (p) => p.figures.againstCashPlan.status === 'ok' && Number(p.figures.againstCashPlan.raw) < 90,
  );
  if (behind.length === 0)
    return [`Realisasi seluruh program sampai ${tw} sekurang-kurangnya 90% dari anggaran kasnya.`];
  return [
    `Realisasi yang tertinggal dari anggaran kas (di bawah 90%) terdapat pada ${joinId(
      behind.map((p) => `${titleCase(p.node.name)} (${percentText(p.figures.againstCashPlan)}%)`),
    )}.`,
  ];
}
