import {
  type AchievementResult,
  describeFormula,
  formatNumberId,
  type RollUpResult,
  resolveIndicatorSettings,
} from '../achievement';
import { CHART_BUDGET_COLOR, CHART_VALUE_COLOR, categoryChartColor, categoryFill } from './category-fill';
import type { Block, Cell, ChartSpec, TableCell } from './document-model';
import { budgetFigures, formatDisplay, formatValue, percentText } from './indicator-figures';
import type { LkjipData } from './lkjip-data';
import type { IndicatorFacts, ProgramFacts, SasaranFacts } from './lkjip-facts';
import type { RenstraIndicatorData } from './performance-data';
import { boldCell, centerCell, headerCell, numberCell, TOTAL_FILL, textCell } from './table-cells';

type TableBlock = Extract<Block, { kind: 'table' }>;

const LEVEL_LABELS: Record<string, string> = {
  jpt_pratama: 'Jabatan Pimpinan Tinggi Pratama',
  administrator: 'Jabatan Administrator',
  pengawas: 'Jabatan Pengawas',
  fungsional: 'Jabatan Fungsional',
  pelaksana: 'Jabatan Pelaksana',
};

const ROMAN = ['I', 'II', 'III', 'IV'];

/** The achievement and category cells, tinted with the category's colour. */
function achievementCells(result: AchievementResult | RollUpResult | null): TableCell[] {
  const category = result && result.status === 'ok' ? (result.category ?? null) : null;
  const fill = categoryFill(category);
  return [
    numberCell(percentText(result), fill ? { fill } : {}),
    centerCell(category?.label.id ?? '-', fill ? { fill } : {}),
  ];
}

/** Tabel 1.1: units, their positions and who holds them on the date. */
export function organisationTable(data: LkjipData, caption: string): TableBlock {
  const rows: Cell[][] = [];
  let n = 0;
  for (const unit of data.organisation) {
    if (unit.positions.length === 0) continue;
    n++;
    unit.positions.forEach((p, k) => {
      const holder = p.holder
        ? `${p.holder}${p.acting ? ` (${p.acting === 'plt' ? 'Plt.' : 'Plh.'})` : ''}`
        : '(lowong)';
      rows.push([
        ...(k === 0
          ? [
              centerCell(String(n), { rowSpan: unit.positions.length }),
              textCell(unit.name, { rowSpan: unit.positions.length }),
            ]
          : []),
        textCell(p.title),
        textCell(holder),
      ]);
    });
  }
  return {
    kind: 'table',
    caption,
    columns: [{ width: 6 }, { width: 30 }, { width: 38 }, { width: 26 }],
    header: [[headerCell('No'), headerCell('Unit Kerja'), headerCell('Jabatan'), headerCell('Pejabat')]],
    rows,
    size: 'small',
  };
}

/** Tabel 1.2 and 1.3: staff by level and by golongan, with totals. */
export function staffTables(data: LkjipData, captions: [string, string]): TableBlock[] {
  const total = (count: number): Cell[] => [
    boldCell('Jumlah', 'center', { colSpan: 2, fill: TOTAL_FILL }),
    numberCell(String(count), { bold: true, fill: TOTAL_FILL }),
  ];
  const byLevel = data.staff.byLevel.filter((l) => l.count > 0);
  const byGrade = data.staff.byGrade.filter((g) => g.count > 0);
  return [
    {
      kind: 'table',
      caption: captions[0],
      columns: [{ width: 10 }, { width: 65 }, { width: 25 }],
      header: [[headerCell('No'), headerCell('Jenjang Jabatan'), headerCell('Jumlah (orang)')]],
      rows: [
        ...byLevel.map((l, k) => [
          centerCell(String(k + 1)),
          textCell(LEVEL_LABELS[l.level] ?? l.level),
          numberCell(String(l.count)),
        ]),
        total(data.staff.total),
      ],
    },
    {
      kind: 'table',
      caption: captions[1],
      columns: [{ width: 10 }, { width: 65 }, { width: 25 }],
      header: [[headerCell('No'), headerCell('Golongan'), headerCell('Jumlah (orang)')]],
      rows: [
        ...byGrade.map((g, k) => [
          centerCell(String(k + 1)),
          textCell(g.grade === '-' ? 'Tidak tercatat' : `Golongan ${g.grade}`),
          numberCell(String(g.count)),
        ]),
        total(data.staff.total),
      ],
    },
  ];
}

/** Tabel 2.1: the Renstra's tujuan and sasaran with their indicators, baseline and yearly targets. */
export function renstraTable(data: LkjipData, caption: string): TableBlock | null {
  const r = data.renstra;
  if (!r) return null;
  const years: number[] = [];
  for (let y = r.startYear; y <= r.endYear; y++) years.push(y);
  const width = 6 + 3 + years.length;
  const rows: Cell[][] = [];
  const indicatorRows = (label: string, indicators: RenstraIndicatorData[]) => {
    indicators.forEach((i, k) => {
      rows.push([
        ...(k === 0 ? [textCell(label, { rowSpan: indicators.length })] : []),
        textCell(`${i.name}${i.isIku ? ' (IKU)' : ''}`),
        centerCell(i.unitLabel),
        numberCell(i.baseline ? formatValue(i, i.baseline.value) : '-'),
        ...years.map((y) => {
          const t = i.targets.find((x) => x.year === y);
          return numberCell(t ? formatValue(i, t.value) : '-', y === data.year ? { bold: true } : {});
        }),
      ]);
    });
  };
  for (const t of r.tujuan) {
    rows.push([boldCell(`Tujuan ${t.code}: ${t.name}`, 'left', { colSpan: width - 2, fill: TOTAL_FILL })]);
    if (t.indicators.length > 0) indicatorRows('Indikator tujuan', t.indicators);
    for (const s of t.sasaran)
      if (s.indicators.length > 0) indicatorRows(`${s.code} ${s.name}`, s.indicators);
      else rows.push([textCell(`${s.code} ${s.name}`), textCell('-', { colSpan: width - 3 })]);
  }
  const baselineYear = r.tujuan
    .flatMap((t) => [...t.indicators, ...t.sasaran.flatMap((s) => s.indicators)])
    .find((i) => i.baseline)?.baseline?.year;
  return {
    kind: 'table',
    caption,
    columns: [{ width: 18 }, { width: 26 }, { width: 9 }, { width: 8 }, ...years.map(() => ({ width: 8 }))],
    header: [
      [
        headerCell('Sasaran', { rowSpan: 2 }),
        headerCell('Indikator', { rowSpan: 2 }),
        headerCell('Satuan', { rowSpan: 2 }),
        headerCell(`Kondisi Awal${baselineYear ? ` (${baselineYear})` : ''}`, { rowSpan: 2 }),
        headerCell('Target', { colSpan: years.length }),
      ],
      years.map((y) => headerCell(String(y))),
    ],
    rows,
    size: 'small',
  };
}

/** Tabel 3.1: the achievement of each sasaran and the agency's mean. */
export function sasaranSummaryTable(
  sasaran: SasaranFacts[],
  agency: RollUpResult,
  caption: string,
): TableBlock {
  return {
    kind: 'table',
    caption,
    columns: [{ width: 6 }, { width: 54 }, { width: 12 }, { width: 13 }, { width: 15 }],
    header: [
      [
        headerCell('No'),
        headerCell('Sasaran'),
        headerCell('Jumlah Indikator'),
        headerCell('Capaian (%)'),
        headerCell('Kategori'),
      ],
    ],
    rows: [
      ...sasaran.map((s, k) => [
        centerCell(String(k + 1)),
        textCell(`${s.sasaran.code} ${s.sasaran.name}`),
        centerCell(String(s.indicators.length)),
        ...achievementCells(s.achievement),
      ]),
      [
        boldCell('Rata-rata capaian kinerja instansi', 'left', { colSpan: 3, fill: TOTAL_FILL }),
        ...achievementCells(agency).map((c) => ({ ...c, bold: true })),
      ],
    ],
    note: 'Capaian sasaran adalah rata-rata capaian indikatornya; capaian instansi adalah rata-rata capaian sasaran. Kategori menurut Permendagri 86/2017.',
  };
}

/** Notes under T-1: formulas other than R/T and reasons a figure could not be computed. */
function t1Note(indicators: IndicatorFacts[]): string {
  const notes: string[] = [];
  for (const f of indicators) {
    const i = f.indicator;
    if (i.polarity !== 'positive') {
      const formula = describeFormula(
        resolveIndicatorSettings({ polarity: i.polarity, negativeFormula: i.negativeFormula }),
      );
      notes.push(`${i.code}: capaian = ${formula.text_id}.`);
    }
    if (f.figures.achievement.status !== 'ok') notes.push(`${i.code}: ${f.figures.achievement.reason.id}`);
  }
  notes.push(
    'Capaian = Realisasi / Target × 100 kecuali disebut lain; kategori menurut Permendagri 86/2017.',
  );
  return notes.join(' ');
}

/** T-1: target against realisation of each indicator of a sasaran, with its achievement and category. */
export function t1Table(s: SasaranFacts, caption: string): TableBlock {
  const span = s.indicators.length;
  const rows: Cell[][] = s.indicators.map((f, k) => [
    centerCell(String(k + 1)),
    ...(k === 0 ? [textCell(`${s.sasaran.code} ${s.sasaran.name}`, { rowSpan: span })] : []),
    textCell(`${f.indicator.name} (${f.indicator.code})`),
    centerCell(f.indicator.unitLabel),
    numberCell(formatValue(f.indicator, f.figures.target)),
    numberCell(formatValue(f.indicator, f.figures.realisation)),
    ...achievementCells(f.figures.achievement),
  ]);
  rows.push([
    boldCell(`Capaian Sasaran ${s.sasaran.code}`, 'left', { colSpan: 6, fill: TOTAL_FILL }),
    ...achievementCells(s.achievement).map((c) => ({ ...c, bold: true })),
  ]);
  return {
    kind: 'table',
    caption,
    columns: [
      { width: 5 },
      { width: 17 },
      { width: 27 },
      { width: 9 },
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 12 },
    ],
    header: [
      [
        headerCell('No'),
        headerCell('Sasaran'),
        headerCell('Indikator Kinerja'),
        headerCell('Satuan'),
        headerCell('Target'),
        headerCell('Realisasi'),
        headerCell('Capaian (%)'),
        headerCell('Kategori'),
      ],
    ],
    rows,
    note: t1Note(s.indicators),
    size: 'small',
  };
}

/** The chart beside T-1: each indicator's achievement against the 100% line. */
export function sasaranChart(s: SasaranFacts, year: number): ChartSpec {
  return {
    kind: 'bar',
    title: `Capaian Indikator Sasaran ${s.sasaran.code} Tahun ${year}`,
    categories: s.indicators.map((f) => f.indicator.code),
    series: [
      {
        name: 'Capaian (%)',
        kind: 'bar',
        values: s.indicators.map((f) =>
          f.figures.achievement.status === 'ok' ? Number(f.figures.achievement.display) : null,
        ),
        color: s.achievement.status === 'ok' ? categoryChartColor(s.achievement.category) : CHART_VALUE_COLOR,
      },
    ],
    yAxisName: '%',
    markLine: { value: 100, label: 'Target (100%)' },
  };
}

/** The years T-2 shows: the latest four earlier years any indicator of the sasaran has a value for. */
export function t2Years(s: SasaranFacts): number[] {
  const years = new Set<number>();
  for (const f of s.indicators) for (const p of f.previous) years.add(p.year);
  return [...years].sort((a, b) => a - b).slice(-4);
}

/** T-2: this year's realisation beside earlier years'; null when no earlier year has data. */
export function t2Table(s: SasaranFacts, year: number, caption: string): TableBlock | null {
  const years = t2Years(s);
  if (years.length === 0) return null;
  const partial: string[] = [];
  let baselineUsed = false;
  const rows: Cell[][] = s.indicators.map((f, k) => {
    const judgement =
      f.comparison?.status === 'ok'
        ? f.comparison.judgement === 'better'
          ? 'Membaik'
          : f.comparison.judgement === 'worse'
            ? 'Menurun'
            : f.comparison.judgement === 'same'
              ? 'Tetap'
              : '-'
        : '-';
    return [
      centerCell(String(k + 1)),
      textCell(f.indicator.name),
      centerCell(f.indicator.unitLabel),
      ...years.map((y) => {
        const p = f.previous.find((x) => x.year === y);
        if (!p) return numberCell('-');
        let mark = '';
        if (p.period) {
          mark += '*';
          partial.push(`${f.indicator.code} ${y}: ${p.period}`);
        }
        if (p.source === 'baseline') {
          mark += '**';
          baselineUsed = true;
        }
        return numberCell(`${formatValue(f.indicator, p.value)}${mark}`);
      }),
      numberCell(formatValue(f.indicator, f.figures.realisation), { bold: true }),
      centerCell(judgement),
    ];
  });
  const notes = [
    partial.length > 0 ? `* Realisasi sebagian tahun: ${partial.join('; ')}.` : '',
    baselineUsed ? '** Kondisi awal (baseline) Renstra.' : '',
    `Keterangan membandingkan realisasi ${year} dengan tahun terakhir yang memiliki data setahun penuh, menurut arah indikator.`,
  ].filter(Boolean);
  return {
    kind: 'table',
    caption,
    columns: [
      { width: 5 },
      { width: 31 },
      { width: 10 },
      ...years.map(() => ({ width: 10 })),
      { width: 10 },
      { width: 11 },
    ],
    header: [
      [
        headerCell('No', { rowSpan: 2 }),
        headerCell('Indikator Kinerja', { rowSpan: 2 }),
        headerCell('Satuan', { rowSpan: 2 }),
        headerCell('Realisasi', { colSpan: years.length + 1 }),
        headerCell('Keterangan', { rowSpan: 2 }),
      ],
      [...years.map((y) => headerCell(String(y))), headerCell(String(year))],
    ],
    rows,
    note: notes.join(' '),
    size: 'small',
  };
}

/** T-3: realisation against the Renstra final target; null when no indicator of the sasaran has one. */
export function t3Table(s: SasaranFacts, year: number, endYear: number, caption: string): TableBlock | null {
  const withFinal = s.indicators.filter((f) => f.finalProgress !== null);
  if (withFinal.length === 0) return null;
  const rows: Cell[][] = withFinal.map((f, k) => {
    const p = f.finalProgress!;
    const remark =
      p.status !== 'ok'
        ? 'Tidak dapat dihitung'
        : p.reached
          ? 'Tercapai'
          : p.remaining !== null
            ? `${f.indicator.polarity === 'negative' ? 'Perlu turun' : 'Kurang'} ${formatNumberId(p.remaining, f.indicator.precision)}`
            : 'Belum tercapai';
    return [
      centerCell(String(k + 1)),
      textCell(f.indicator.name),
      centerCell(f.indicator.unitLabel),
      numberCell(formatValue(f.indicator, f.figures.realisation)),
      numberCell(formatValue(f.indicator, f.indicator.finalTarget)),
      numberCell(p.status === 'ok' ? formatDisplay(p.display) : '-'),
      centerCell(remark),
    ];
  });
  return {
    kind: 'table',
    caption,
    columns: [
      { width: 5 },
      { width: 33 },
      { width: 10 },
      { width: 12 },
      { width: 13 },
      { width: 13 },
      { width: 14 },
    ],
    header: [
      [
        headerCell('No'),
        headerCell('Indikator Kinerja'),
        headerCell('Satuan'),
        headerCell(`Realisasi ${year}`),
        headerCell(`Target Akhir Renstra (${endYear})`),
        headerCell('Capaian thd Target Akhir (%)'),
        headerCell('Keterangan'),
      ],
    ],
    rows,
    note: 'Capaian terhadap target akhir dihitung dengan rumus indikator yang sama, tanpa batas maksimum.',
    size: 'small',
  };
}

/** T-4: realisation against a national standard; null when no indicator of the sasaran has one. */
export function t4Table(s: SasaranFacts, year: number, caption: string): TableBlock | null {
  const rows = s.indicators.filter((f) => f.indicator.nationalStandard !== null);
  if (rows.length === 0) return null;
  return {
    kind: 'table',
    caption,
    columns: [{ width: 5 }, { width: 35 }, { width: 10 }, { width: 14 }, { width: 14 }, { width: 22 }],
    header: [
      [
        headerCell('No'),
        headerCell('Indikator Kinerja'),
        headerCell('Satuan'),
        headerCell(`Realisasi ${year}`),
        headerCell('Standar Nasional'),
        headerCell('Sumber'),
      ],
    ],
    rows: rows.map((f, k) => [
      centerCell(String(k + 1)),
      textCell(f.indicator.name),
      centerCell(f.indicator.unitLabel),
      numberCell(formatValue(f.indicator, f.figures.realisation)),
      numberCell(formatValue(f.indicator, f.indicator.nationalStandard!.value)),
      textCell(f.indicator.nationalStandard!.source),
    ]),
    size: 'small',
  };
}

function budgetRow(p: ProgramFacts, n: string, program: boolean): Cell[] {
  const style = program ? { bold: true } : {};
  const efficiency = p.efficiency?.status === 'ok' ? formatDisplay(p.efficiency.display) : '-';
  return [
    centerCell(n, style),
    textCell(p.node.code ? `${p.node.code} ${p.node.name}` : p.node.name, style),
    numberCell(formatNumberId(p.figures.pagu, 0), style),
    numberCell(formatNumberId(p.figures.realisation, 0), style),
    numberCell(percentText(p.figures.absorption), style),
    numberCell(p.achievement ? percentText(p.achievement) : '-', style),
    numberCell(efficiency, style),
  ];
}

/**
 * T-5: programs and their kegiatan with pagu, realisation, absorption, the achievement of the sasaran
 * a program serves and efficiency (% capaian − % serapan), and the total.
 */
export function t5Table(programs: ProgramFacts[], total: ProgramFacts | null, caption: string): TableBlock {
  const rows: Cell[][] = [];
  programs.forEach((p, k) => {
    rows.push(budgetRow(p, String(k + 1), true));
    p.node.children.forEach((child) => {
      // Kegiatan carry absorption only: achievement belongs to the sasaran their program serves.
      const c: ProgramFacts = {
        node: child,
        figures: budgetFigures(child, 4),
        achievement: null,
        efficiency: null,
      };
      rows.push(budgetRow(c, '', false));
    });
  });
  if (total)
    rows.push(
      budgetRow(total, '', true).map((cell, k) =>
        k === 1
          ? { ...(cell as TableCell), runs: ['Jumlah'], fill: TOTAL_FILL }
          : { ...(cell as TableCell), fill: TOTAL_FILL },
      ),
    );
  return {
    kind: 'table',
    caption,
    columns: [
      { width: 5 },
      { width: 36 },
      { width: 16 },
      { width: 16 },
      { width: 9 },
      { width: 9 },
      { width: 9 },
    ],
    header: [
      [
        headerCell('No'),
        headerCell('Program/Kegiatan'),
        headerCell('Pagu (Rp)'),
        headerCell('Realisasi (Rp)'),
        headerCell('Serapan (%)'),
        headerCell('Capaian (%)'),
        headerCell('Efisiensi (poin)'),
      ],
    ],
    rows,
    note: 'Serapan = Realisasi / Pagu × 100. Capaian program = capaian sasaran yang didukung program; baris jumlah: rata-rata capaian instansi. Efisiensi = Capaian − Serapan (poin); positif berarti capaian melampaui serapan. Kegiatan tercantum di bawah programnya.',
    size: 'small',
  };
}

/** The chart of B. Realisasi Anggaran: each program's absorption beside the achievement it supports. */
export function budgetChart(programs: ProgramFacts[], year: number): ChartSpec {
  return {
    kind: 'bar',
    title: `Serapan Anggaran dan Capaian Kinerja per Program Tahun ${year}`,
    categories: programs.map((p) => p.node.code),
    series: [
      {
        name: 'Serapan (%)',
        kind: 'bar',
        values: programs.map((p) =>
          p.figures.absorption.status === 'ok' ? Number(p.figures.absorption.display) : null,
        ),
        color: CHART_BUDGET_COLOR,
      },
      {
        name: 'Capaian sasaran (%)',
        kind: 'bar',
        values: programs.map((p) =>
          p.achievement && p.achievement.status === 'ok' ? Number(p.achievement.display) : null,
        ),
        color: CHART_VALUE_COLOR,
      },
    ],
    yAxisName: '%',
    markLine: { value: 100, label: '100%' },
  };
}

/** "TW IV" for 4. */
export function quarterName(q: number): string {
  return `TW ${ROMAN[q - 1] ?? q}`;
}
