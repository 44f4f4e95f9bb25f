import { describeFormula, PERMENDAGRI_86_2017, resolveIndicatorSettings } from '../achievement';
import { actingTitle } from './agency-identity';
import { formatDateId } from './format-date-id';
import { budgetTotal, formatValueWithUnit, isMet, percentText } from './indicator-figures';
import type { LkjipData } from './lkjip-data';
import {
  type LkjipFacts,
  lkjipFacts,
  type ProgramFacts,
  programFacts,
  type SasaranFacts,
} from './lkjip-facts';
import { carriedOver, type Narrative, prompt } from './narrative';
import {
  achievementPhrase,
  countOf,
  efficiencySentence,
  finalTargetSentence,
  indicatorYearSentence,
  joinId,
  nodeLabel,
  rupiah,
  titleCase,
  trendSentence,
} from './narrative-phrases';

/** Where a narrative section's first text comes from. */
export type NarrativeSource = 'numbers' | 'people' | 'mixed';

export interface NarrativeSection {
  key: string;
  /** The section's title as the document prints it (for review screens and comments). */
  title: string;
  source: NarrativeSource;
}

const LEVEL_NAMES: Record<string, string> = {
  jpt_pratama: 'pejabat pimpinan tinggi pratama',
  administrator: 'pejabat administrator',
  pengawas: 'pejabat pengawas',
  fungsional: 'pejabat fungsional',
  pelaksana: 'pelaksana',
};

/** The LKjIP's seven analyses per sasaran (domain.md §2), in the order the report prints them. */
export const LKJIP_ANALYSES: readonly { n: number; title: string; source: NarrativeSource }[] = [
  { n: 1, title: 'Perbandingan target dan realisasi kinerja tahun ini', source: 'numbers' },
  {
    n: 2,
    title: 'Perbandingan realisasi kinerja tahun ini dengan tahun-tahun sebelumnya',
    source: 'numbers',
  },
  { n: 3, title: 'Perbandingan realisasi kinerja dengan target akhir Renstra', source: 'numbers' },
  { n: 4, title: 'Perbandingan realisasi kinerja dengan standar nasional', source: 'numbers' },
  { n: 5, title: 'Analisis penyebab keberhasilan/kegagalan dan alternatif solusi', source: 'people' },
  { n: 6, title: 'Analisis efisiensi penggunaan sumber daya', source: 'numbers' },
  { n: 7, title: 'Program/kegiatan yang menunjang keberhasilan atau kegagalan', source: 'mixed' },
];

/**
 * The narrative sections of an LKjIP for this data, in document order: fixed keys (`kata_pengantar`,
 * `ikhtisar`, `bab1.*`, `bab2.*`, `bab3.*`, `bab4.*`) and per sasaran `sasaran.<code>.analisis.1` … `.7`.
 */
export function describeLkjipNarrative(data: LkjipData): NarrativeSection[] {
  const facts = lkjipFacts(data);
  return [
    { key: 'kata_pengantar', title: 'Kata Pengantar', source: 'people' },
    { key: 'ikhtisar', title: 'Ikhtisar Eksekutif', source: 'numbers' },
    { key: 'bab1.latar_belakang', title: 'Latar Belakang', source: 'numbers' },
    { key: 'bab1.tugas_fungsi', title: 'Tugas dan Fungsi', source: 'people' },
    { key: 'bab1.struktur', title: 'Struktur Organisasi', source: 'numbers' },
    { key: 'bab1.pegawai', title: 'Sumber Daya Manusia', source: 'numbers' },
    { key: 'bab1.isu_strategis', title: 'Isu Strategis', source: 'people' },
    { key: 'bab1.sistematika', title: 'Sistematika Penyajian', source: 'numbers' },
    { key: 'bab2.renstra', title: 'Rencana Strategis', source: 'numbers' },
    { key: 'bab2.pk', title: `Perjanjian Kinerja Tahun ${data.year}`, source: 'numbers' },
    { key: 'bab3.pengukuran', title: 'Metode Pengukuran Capaian Kinerja', source: 'numbers' },
    ...facts.sasaran.flatMap((s) =>
      LKJIP_ANALYSES.map((a) => ({
        key: `sasaran.${s.sasaran.code}.analisis.${a.n}`,
        title: `Sasaran ${s.sasaran.code}: ${a.title}`,
        source: a.source,
      })),
    ),
    { key: 'bab3.anggaran', title: 'Realisasi Anggaran', source: 'numbers' },
    { key: 'bab4.kesimpulan', title: 'Kesimpulan', source: 'numbers' },
    { key: 'bab4.langkah', title: 'Langkah Perbaikan ke Depan', source: 'people' },
  ];
}

/**
 * The first text of every narrative section of an LKjIP. What the numbers say is drafted (met or
 * not per indicator, the trend against earlier years, the distance to the Renstra final target,
 * absorption against achievement); what only people know (causes and actions, tugas dan fungsi,
 * isu strategis, kata pengantar, next steps) starts from `previous` — last year's final text, by the
 * same keys — or, without it, a bracketed prompt a reviewer cannot miss ("[Uraikan …]").
 */
export function draftLkjipNarrative(data: LkjipData, previous?: Narrative): Narrative {
  const facts = lkjipFacts(data);
  const out: Narrative = {
    kata_pengantar: carriedOver(
      previous,
      'kata_pengantar',
      `Tuliskan kata pengantar Kepala ${data.agency.name} atas Laporan Kinerja Tahun ${data.year}`,
    ),
    ikhtisar: ikhtisar(data, facts),
    'bab1.latar_belakang': [
      'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah mewajibkan setiap instansi pemerintah menyusun laporan kinerja sebagai pertanggungjawaban atas pelaksanaan tugas dan fungsi serta penggunaan anggaran. Penyusunannya mengikuti Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 53 Tahun 2014.',
      `Laporan ini menyajikan capaian kinerja ${data.agency.name} tahun ${data.year} terhadap Perjanjian Kinerja Tahun ${data.year}, analisis atas capaian tersebut, serta realisasi anggaran yang mendukungnya.`,
    ].join('\n\n'),
    'bab1.tugas_fungsi': carriedOver(
      previous,
      'bab1.tugas_fungsi',
      'Uraikan kedudukan, tugas dan fungsi instansi sesuai peraturan kepala daerah tentang kedudukan, susunan organisasi, tugas dan fungsi serta tata kerja',
    ),
    'bab1.struktur': structure(data),
    'bab1.pegawai': staff(data),
    'bab1.isu_strategis': carriedOver(
      previous,
      'bab1.isu_strategis',
      `Uraikan isu strategis yang dihadapi instansi pada tahun ${data.year}: permasalahan utama, tantangan dan peluang`,
    ),
    'bab1.sistematika': [
      'Laporan ini disusun dengan sistematika sebagai berikut:',
      [
        '- Bab I Pendahuluan: latar belakang, tugas dan fungsi, struktur organisasi, sumber daya manusia dan isu strategis.',
        '- Bab II Perencanaan Kinerja: ringkasan Rencana Strategis dan Perjanjian Kinerja tahun berjalan.',
        '- Bab III Akuntabilitas Kinerja: capaian kinerja per sasaran beserta analisisnya, dan realisasi anggaran.',
        '- Bab IV Penutup: kesimpulan dan langkah perbaikan ke depan.',
        '- Lampiran: Perjanjian Kinerja.',
      ].join('\n'),
    ].join('\n\n'),
    'bab2.renstra': renstraText(data),
    'bab2.pk': pkText(data),
    'bab3.pengukuran': methodText(data),
    'bab3.anggaran': budgetText(data, facts),
    'bab4.kesimpulan': conclusion(data, facts),
    'bab4.langkah': carriedOver(
      previous,
      'bab4.langkah',
      `Uraikan langkah yang akan dilakukan pada tahun ${data.year + 1} untuk meningkatkan capaian kinerja, terutama pada indikator yang belum mencapai target`,
    ),
  };
  for (const s of facts.sasaran) Object.assign(out, analyses(data, s, previous));
  return out;
}

function ikhtisar(data: LkjipData, facts: LkjipFacts): string {
  const all = facts.sasaran.flatMap((s) => s.indicators);
  const met = all.filter((f) => isMet(f.figures.achievement) === true);
  const notMet = all.filter((f) => isMet(f.figures.achievement) === false);
  const unknown = all.filter((f) => isMet(f.figures.achievement) === null);
  const renstra = data.renstra
    ? `, tahun ke-${data.year - data.renstra.startYear + 1} pelaksanaan Rencana Strategis ${data.renstra.startYear}–${data.renstra.endYear}`
    : '';
  const parts = [
    `Laporan Kinerja Instansi Pemerintah (LKjIP) ${data.agency.name} Tahun ${data.year} menyajikan capaian ${all.length} indikator kinerja pada ${facts.sasaran.length} sasaran sebagaimana ditetapkan dalam Perjanjian Kinerja Tahun ${data.year}${renstra}.`,
    `Rata-rata capaian kinerja tahun ${data.year} sebesar ${achievementPhrase(facts.agency)}. ${countOf(
      met.length,
      all.length,
      'indikator',
      'mencapai atau melampaui target',
    ).replace(
      /\.$/,
      notMet.length > 0 && met.length > 0 ? `, sedangkan ${notMet.length} indikator lainnya belum.` : '.',
    )}${unknown.length > 0 ? ` Capaian ${unknown.length} indikator tidak dapat dihitung.` : ''}`,
    facts.sasaran
      .map(
        (s) => `- Sasaran ${s.sasaran.code} ${s.sasaran.name}: capaian ${achievementPhrase(s.achievement)}.`,
      )
      .join('\n'),
  ];
  if (notMet.length > 0)
    parts.push(
      `Indikator yang belum mencapai target: ${joinId(
        notMet.map((f) => `${f.indicator.name} (${percentText(f.figures.achievement)}%)`),
      )}.`,
    );
  if (facts.budget)
    parts.push(
      `Dari sisi anggaran, realisasi belanja sebesar ${rupiah(facts.budget.realisation)} dari pagu ${rupiah(facts.budget.pagu)}, atau serapan ${percentText(facts.budget.absorption)}%.`,
    );
  return parts.join('\n\n');
}

function structure(data: LkjipData): string {
  // The organisation comes in tree order: a depth-1 unit is followed by its depth-2 units.
  const lines: string[] = [];
  for (const [k, unit] of data.organisation.entries()) {
    if (unit.depth !== 1) continue;
    const children: string[] = [];
    for (const next of data.organisation.slice(k + 1)) {
      if (next.depth <= 1) break;
      if (next.depth === 2) children.push(next.name);
    }
    lines.push(`- ${unit.name}${children.length > 0 ? `, yang membawahi ${joinId(children)}` : ''};`);
  }
  const head = data.head?.positionTitle ?? data.organisation.find((u) => u.depth === 0)?.name ?? 'Kepala';
  const table = `Unit kerja dan pejabat yang memangku jabatan pada tanggal ${formatDateId(data.date)} disajikan pada Tabel 1.1.`;
  if (lines.length === 0) return `Organisasi ${data.agency.name} dipimpin oleh ${head}. ${table}`;
  lines[lines.length - 1] = lines[lines.length - 1]!.replace(/;$/, '.');
  return [
    `Organisasi ${data.agency.name} dipimpin oleh ${head}, dengan unit kerja:`,
    lines.join('\n'),
    table,
  ].join('\n\n');
}

function staff(data: LkjipData): string {
  if (data.staff.total === 0)
    return `Belum ada pegawai yang tercatat memangku jabatan pada tanggal ${formatDateId(data.date)}.`;
  const levels = data.staff.byLevel
    .filter((l) => l.count > 0)
    .map((l) => `${l.count} ${LEVEL_NAMES[l.level] ?? l.level}`);
  return `Pada tanggal ${formatDateId(data.date)}, ${data.agency.name} didukung oleh ${data.staff.total} pegawai yang tercatat memangku jabatan, terdiri atas ${joinId(levels)}. Komposisi pegawai menurut jenjang jabatan dan golongan disajikan pada Tabel 1.2 dan Tabel 1.3.`;
}

function renstraText(data: LkjipData): string {
  const r = data.renstra;
  if (!r) return `Belum ada Rencana Strategis yang mencakup tahun ${data.year}.`;
  const sasaran = r.tujuan.flatMap((t) => t.sasaran);
  const indicators = sasaran.reduce((n, s) => n + s.indicators.length, 0);
  const visi = r.visi ? ` yang mengacu pada visi daerah "${r.visi}"` : '';
  return `Rencana Strategis (Renstra) ${data.agency.name} Tahun ${r.startYear}–${r.endYear}${visi} menetapkan ${r.tujuan.length} tujuan dan ${sasaran.length} sasaran strategis dengan ${indicators} indikator kinerja sasaran. Tujuan, sasaran, indikator, kondisi awal dan target tahunannya disajikan pada Tabel 2.1.`;
}

function pkText(data: LkjipData): string {
  const pk = data.agreement;
  if (!pk) return `Perjanjian Kinerja Tahun ${data.year} Kepala ${data.agency.name} belum tercatat.`;
  const number = pk.number ? ` Nomor ${pk.number}` : '';
  return `Perjanjian Kinerja Tahun ${data.year}${number} ditandatangani pada tanggal ${formatDateId(pk.date)} oleh ${actingTitle(pk.firstParty)} selaku pihak pertama dan ${actingTitle(pk.secondParty)} selaku pihak kedua. Perjanjian ini memuat ${pk.indicators.length} indikator kinerja beserta targetnya (Tabel 2.2) dan anggaran program yang mendukungnya (Tabel 2.3).${
    data.indicators.length > pk.indicators.length
      ? ` Bab III juga mengukur indikator pada Perjanjian Kinerja pejabat administrator yang diturunkan (cascading) dari perjanjian ini, sehingga seluruhnya berjumlah ${data.indicators.length} indikator.`
      : ''
  }`;
}

function methodText(data: LkjipData): string {
  const formulas = new Map<string, string>();
  for (const i of data.indicators) {
    const f = describeFormula(
      resolveIndicatorSettings({ polarity: i.polarity, negativeFormula: i.negativeFormula }),
    );
    const label =
      f.code === 'positive'
        ? 'indikator yang makin tinggi makin baik'
        : f.code === 'negative_a' || f.code === 'negative_b'
          ? 'indikator yang makin rendah makin baik'
          : f.code === 'range'
            ? 'indikator dengan target berupa rentang'
            : 'indikator kualitatif';
    formulas.set(
      f.code,
      `- ${label}: ${f.text_id}${f.code === 'negative_a' ? ', tidak kurang dari 0' : ''};`,
    );
  }
  return [
    `Capaian kinerja diukur dengan membandingkan realisasi terhadap target setiap indikator pada Perjanjian Kinerja Tahun ${data.year}. Persentase capaian dihitung dengan rumus:`,
    [...formulas.values()].join('\n').replace(/;$/, '.'),
    'Realisasi indikator kumulatif adalah jumlah realisasi triwulan I sampai IV; indikator lain memakai nilai pada akhir periode. Capaian sasaran adalah rata-rata capaian indikatornya dan capaian instansi adalah rata-rata capaian sasaran; indikator yang capaiannya tidak dapat dihitung tidak diikutkan dalam rata-rata. Persentase ditulis dengan dua desimal dan tidak dibatasi nilai maksimum.',
    `Kategori capaian mengikuti Permendagri Nomor 86 Tahun 2017. ${PERMENDAGRI_86_2017.note.id}`,
  ].join('\n\n');
}

function analyses(data: LkjipData, s: SasaranFacts, previous: Narrative | undefined): Narrative {
  const key = (n: number) => `sasaran.${s.sasaran.code}.analisis.${n}`;
  const code = s.sasaran.code;
  const met = s.indicators.filter((f) => isMet(f.figures.achievement) === true).length;
  const endYear = data.renstra?.endYear ?? data.year;

  const a1 = [
    `Sasaran ${code} "${s.sasaran.name}" diukur dengan ${s.indicators.length} indikator kinerja, dengan rata-rata capaian ${achievementPhrase(s.achievement)} pada tahun ${data.year}. ${countOf(met, s.indicators.length, 'indikator', 'mencapai atau melampaui target')}`,
    s.indicators
      .map(
        (f) =>
          `- ${indicatorYearSentence(f.indicator, f.figures.target, f.figures.realisation, f.figures.achievement)}`,
      )
      .join('\n'),
  ].join('\n\n');

  const withTrend = s.indicators.filter((f) => f.comparison && f.comparedWith);
  const partOnly = s.indicators.filter((f) => !withTrend.includes(f) && f.previous.length > 0);
  const none = s.indicators.filter((f) => f.previous.length === 0);
  const a2 = [
    withTrend
      .map(
        (f) =>
          `- ${trendSentence(f.indicator, data.year, f.figures.realisation, f.comparedWith!, f.comparison!)}`,
      )
      .join('\n'),
    partOnly.length > 0
      ? `Data tahun sebelumnya untuk ${joinId(partOnly.map((f) => f.indicator.name))} hanya mencakup sebagian tahun atau tidak berupa angka, sehingga tidak dibandingkan dengan realisasi setahun penuh.`
      : '',
    none.length > 0
      ? `Data realisasi tahun-tahun sebelumnya belum tersedia untuk ${joinId(none.map((f) => f.indicator.name))}, sehingga perbandingan antartahun belum dapat disajikan${
          none.length < s.indicators.length ? ' untuk indikator tersebut' : ''
        }.`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');

  const withFinal = s.indicators.filter((f) => f.finalProgress !== null);
  const a3 = [
    withFinal
      .map(
        (f) =>
          `- ${finalTargetSentence(f.indicator, data.year, endYear, f.figures.realisation, f.finalProgress!)}`,
      )
      .join('\n'),
    withFinal.length < s.indicators.length
      ? `Renstra tidak menetapkan target akhir untuk ${joinId(
          s.indicators.filter((f) => f.finalProgress === null).map((f) => f.indicator.name),
        )}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n\n');

  const standards = s.indicators.filter((f) => f.indicator.nationalStandard !== null);
  const a4 =
    standards.length === 0
      ? 'Belum terdapat standar nasional yang ditetapkan untuk indikator pada sasaran ini, sehingga perbandingan dengan standar nasional tidak disajikan.'
      : standards
          .map((f) => {
            const std = f.indicator.nationalStandard!;
            return `- ${f.indicator.name}: realisasi ${data.year} ${formatValueWithUnit(f.indicator, f.figures.realisation)} dibandingkan standar nasional ${formatValueWithUnit(f.indicator, std.value)} (${std.source}).`;
          })
          .join('\n');

  const notes = s.indicators
    .map((f) => {
      const q = [...f.indicator.quarters].reverse().find((x) => x.obstacles || x.actions);
      if (!q) return null;
      const parts = [
        q.obstacles ? `kendala: ${q.obstacles.trim().replace(/\.$/, '')}` : null,
        q.actions ? `tindak lanjut: ${q.actions.trim().replace(/\.$/, '')}` : null,
      ].filter(Boolean);
      return `- ${f.indicator.name} (TW ${['I', 'II', 'III', 'IV'][q.quarter - 1]}): ${parts.join('; ')}.`;
    })
    .filter((x): x is string => x !== null);
  const notMet = s.indicators.filter((f) => isMet(f.figures.achievement) === false);
  const a5 =
    notes.length > 0
      ? [
          'Kendala dan tindak lanjut yang dilaporkan unit kerja:',
          notes.join('\n'),
          prompt('Lengkapi analisis penyebab keberhasilan atau kegagalan dan alternatif solusinya'),
        ].join('\n\n')
      : carriedOver(
          previous,
          key(5),
          notMet.length > 0
            ? `Uraikan penyebab belum tercapainya target ${joinId(notMet.map((f) => f.indicator.name))}, serta upaya yang telah dan akan dilakukan`
            : `Uraikan faktor yang mendukung tercapainya target Sasaran ${code} dan upaya mempertahankannya`,
        );

  const programs = s.programs;
  let a6: string;
  let a7: string;
  if (programs.length === 0) {
    a6 =
      'Belum ada program dalam anggaran tahun ini yang tercatat mendukung sasaran ini, sehingga efisiensi penggunaan anggaran tidak dapat dihitung.';
    a7 = prompt(`Uraikan program/kegiatan yang menunjang atau menghambat pencapaian Sasaran ${code}`);
  } else {
    const combined = programFacts(budgetTotal(programs.map((p) => p.node)), s.achievement);
    const list = programs
      .map(
        (p) =>
          `${nodeLabel(p.node)} dengan pagu ${rupiah(p.figures.pagu)} dan realisasi ${rupiah(p.figures.realisation)} (serapan ${percentText(p.figures.absorption)}%)`,
      )
      .map((t) => `- ${t}.`)
      .join('\n');
    a6 = [
      `Sasaran ${code} didukung oleh:`,
      list,
      efficiencySentence(s.achievement, combined.figures.absorption, combined.efficiency),
    ].join('\n\n');
    const kegiatan = programs.flatMap((p) => p.node.children).map((k) => programFacts(k, null));
    const lowest = [...kegiatan].sort((a, b) => absorptionOf(a) - absorptionOf(b))[0];
    a7 = [
      kegiatan.length > 0
        ? [
            'Serapan anggaran kegiatan yang mendukung sasaran ini:',
            kegiatan
              .map(
                (k) =>
                  `- Kegiatan ${k.node.code} ${k.node.name}: serapan ${percentText(k.figures.absorption)}%.`,
              )
              .join('\n'),
          ].join('\n\n')
        : '',
      lowest && kegiatan.length > 1
        ? `Serapan terendah terdapat pada kegiatan ${lowest.node.name} (${percentText(lowest.figures.absorption)}%).`
        : '',
      prompt(
        `Uraikan program/kegiatan yang paling menunjang atau menghambat pencapaian Sasaran ${code} dan alasannya`,
      ),
    ]
      .filter(Boolean)
      .join('\n\n');
  }
  return { [key(1)]: a1, [key(2)]: a2, [key(3)]: a3, [key(4)]: a4, [key(5)]: a5, [key(6)]: a6, [key(7)]: a7 };
}

function budgetText(data: LkjipData, facts: LkjipFacts): string {
  if (!facts.budget) return `Anggaran tahun ${data.year} belum tercatat.`;
  const parts = [
    `Pagu anggaran ${data.agency.name} tahun ${data.year} sebesar ${rupiah(facts.budget.pagu)} dengan realisasi ${rupiah(facts.budget.realisation)}, atau serapan ${percentText(facts.budget.absorption)}%. Rincian per program dan kegiatan, beserta capaian sasaran yang didukung dan efisiensinya, disajikan pada tabel berikut.`,
  ];
  const ranked = facts.programs.filter((p) => p.figures.absorption.status === 'ok');
  if (ranked.length > 1) {
    const sorted = [...ranked].sort((a, b) => absorptionOf(b) - absorptionOf(a));
    parts.push(
      `Serapan tertinggi terdapat pada ${titleCase(sorted[0]!.node.name)} (${percentText(sorted[0]!.figures.absorption)}%) dan terendah pada ${titleCase(sorted.at(-1)!.node.name)} (${percentText(sorted.at(-1)!.figures.absorption)}%).`,
    );
  }
  const inefficient = facts.programs.filter(
    (p) => p.efficiency?.status === 'ok' && p.efficiency.reading === 'inefficient',
  );
  if (inefficient.length > 0)
    parts.push(
      `Capaian sasaran lebih rendah daripada serapan anggaran pada ${joinId(inefficient.map((p) => titleCase(p.node.name)))}; program tersebut perlu mendapat perhatian dalam perencanaan tahun berikutnya.`,
    );
  const unlinked = facts.programs.filter((p) => p.achievement === null);
  parts.push(
    `Efisiensi dihitung sebagai selisih persentase capaian sasaran yang didukung program terhadap persentase serapan anggaran program (dalam poin); nilai positif berarti capaian melampaui serapan.${
      unlinked.length > 0
        ? ` ${joinId(unlinked.map((p) => titleCase(p.node.name)))} tidak dikaitkan dengan sasaran tertentu, sehingga efisiensinya tidak dihitung.`
        : ''
    }`,
  );
  return parts.join('\n\n');
}

function conclusion(data: LkjipData, facts: LkjipFacts): string {
  const all = facts.sasaran.flatMap((s) => s.indicators);
  const met = all.filter((f) => isMet(f.figures.achievement) === true);
  const notMet = all.filter((f) => isMet(f.figures.achievement) === false);
  const lines = [
    `1. Rata-rata capaian kinerja ${data.agency.name} tahun ${data.year} sebesar ${achievementPhrase(facts.agency)}.`,
    `2. ${countOf(met.length, all.length, 'indikator kinerja', 'mencapai atau melampaui target')}`,
  ];
  if (notMet.length > 0)
    lines.push(
      `${lines.length + 1}. Indikator yang belum mencapai target: ${joinId(notMet.map((f) => `${f.indicator.name} (${percentText(f.figures.achievement)}%)`))}.`,
    );
  if (facts.budget)
    lines.push(
      `${lines.length + 1}. Serapan anggaran mencapai ${percentText(facts.budget.absorption)}% (${rupiah(facts.budget.realisation)} dari pagu ${rupiah(facts.budget.pagu)}).`,
    );
  return lines.join('\n');
}

/** For ranking only: absorption as a number, not computable ones last when sorting upwards. */
function absorptionOf(p: ProgramFacts): number {
  return p.figures.absorption.status === 'ok' ? Number(p.figures.absorption.raw) : Number.POSITIVE_INFINITY;
}
