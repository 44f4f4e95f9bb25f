import { type AchievementResult, formatNumberId, QUARTER_LABELS, type RollUpResult } from '../achievement';
import { letterheadOf, signatoryOf } from './agency-identity';
import {
  CHART_BUDGET_COLOR,
  CHART_TARGET_COLOR,
  CHART_VALUE_COLOR,
  categoryChartColor,
  categoryFill,
} from './category-fill';
import type { Block, Cell, DocumentModel, TableCell } from './document-model';
import { draftPemantauanNarrative } from './draft-pemantauan-narrative';
import { quarterTitle } from './find-missing-pemantauan-data';
import { formatDateId } from './format-date-id';
import { budgetFigures, formatValue, percentText } from './indicator-figures';
import { type Narrative, narrativeBlocks } from './narrative';
import type { PemantauanData } from './pemantauan-data';
import { type PemantauanFacts, pemantauanFacts } from './pemantauan-facts';
import { boldCell, centerCell, headerCell, numberCell, TOTAL_FILL, textCell } from './table-cells';

type TableBlock = Extract<Block, { kind: 'table' }>;

/**
 * The quarterly Laporan Pemantauan Kinerja (seed 002): cumulative target against cumulative
 * realisation to the quarter per indicator with achievement and category, the trend from TW I, budget
 * absorption against pagu and cash plan, obstacles and actions per unit, conclusions, signed by the
 * Sekretaris (or whoever `data.signer` names). Figures from `src/core/achievement`, as on the screens.
 */
export function buildPemantauan(data: PemantauanData, narrative: Narrative = {}): DocumentModel {
  const facts = pemantauanFacts(data);
  const drafted = draftPemantauanNarrative(data);
  const text = (key: string) => narrativeBlocks(narrative[key] ?? drafted[key]);
  const tw = quarterTitle(data.quarter);
  const twShort = QUARTER_LABELS[data.quarter];

  const body: Block[] = [
    chapter('BAB I PENDAHULUAN'),
    section('1.1 Latar Belakang'),
    ...text('bab1.latar_belakang'),
    section('1.2 Maksud dan Tujuan'),
    ...text('bab1.maksud'),
    chapter(`BAB II CAPAIAN KINERJA SAMPAI DENGAN ${tw.toUpperCase()}`),
    ...text('bab2.capaian'),
    achievementTable(facts, data, `Tabel 2.1 Capaian Kinerja sampai dengan ${tw} Tahun ${data.year}`),
    {
      kind: 'figure',
      chart: {
        kind: 'bar',
        title: `Capaian Indikator sampai dengan ${twShort} ${data.year}`,
        categories: facts.sasaran.flatMap((s) => s.indicators.map((f) => f.indicator.code)),
        series: [
          {
            name: 'Capaian (%)',
            kind: 'bar',
            values: facts.sasaran.flatMap((s) => s.indicators.map((f) => chartValue(f.figures?.achievement))),
            color:
              facts.agency.status === 'ok' ? categoryChartColor(facts.agency.category) : CHART_VALUE_COLOR,
          },
        ],
        yAxisName: '%',
        markLine: { value: 100, label: 'Target (100%)' },
      },
      caption: `Gambar 2.1 Capaian Indikator Kinerja sampai dengan ${tw} Tahun ${data.year}`,
      width: 150,
      height: 70,
    },
    ...(facts.trend.length > 1
      ? [
          {
            kind: 'figure',
            chart: {
              kind: 'line',
              title: `Perkembangan Capaian Kinerja dan Serapan Anggaran ${data.year}`,
              categories: facts.trend.map((t) => QUARTER_LABELS[t.quarter]),
              series: [
                {
                  name: 'Capaian kinerja (%)',
                  kind: 'line',
                  values: facts.trend.map((t) => chartValue(t.achievement)),
                  color: CHART_VALUE_COLOR,
                },
                {
                  name: 'Realisasi thd anggaran kas (%)',
                  kind: 'line',
                  values: facts.trend.map((t) => chartValue(t.againstCashPlan)),
                  color: CHART_BUDGET_COLOR,
                },
                {
                  name: 'Serapan thd pagu (%)',
                  kind: 'line',
                  values: facts.trend.map((t) => chartValue(t.absorption)),
                  color: CHART_TARGET_COLOR,
                },
              ],
              yAxisName: '%',
            },
            caption: `Gambar 2.2 Perkembangan Capaian Kinerja dan Serapan Anggaran Tahun ${data.year}`,
            width: 150,
            height: 70,
          } satisfies Block,
        ]
      : []),
    chapter(`BAB III REALISASI ANGGARAN SAMPAI DENGAN ${tw.toUpperCase()}`),
    ...text('bab3.anggaran'),
    ...(facts.programs.length > 0
      ? [budgetTable(facts, data, `Tabel 3.1 Realisasi Anggaran sampai dengan ${tw} Tahun ${data.year}`)]
      : []),
    chapter('BAB IV KENDALA DAN TINDAK LANJUT'),
    ...text('bab4.kendala'),
    ...(facts.units.length > 0
      ? [obstaclesTable(facts, data, `Tabel 4.1 Kendala dan Tindak Lanjut per Unit Kerja ${tw} ${data.year}`)]
      : []),
    chapter('BAB V PENUTUP'),
    section('5.1 Kesimpulan'),
    ...text('bab5.kesimpulan'),
    section('5.2 Rekomendasi'),
    ...text('bab5.rekomendasi'),
    { kind: 'spacer', height: 6 },
    {
      kind: 'signatures',
      place: data.agency.place,
      date: formatDateId(data.date),
      signatories: data.signer ? [signatoryOf(data.signer.key, data.signer.official)] : [],
    },
  ];

  return {
    kind: 'pemantauan',
    title: `Laporan Pemantauan Kinerja ${tw} Tahun ${data.year}`,
    subject: `Laporan Pemantauan Kinerja ${data.agency.name} ${tw} Tahun ${data.year}`,
    author: data.agency.name,
    paper: 'A4',
    letterhead: letterheadOf(data.agency),
    sections: [
      {
        pageNumbers: 'none',
        blocks: [
          { kind: 'letterhead' },
          { kind: 'spacer', height: 50 },
          big('LAPORAN PEMANTAUAN KINERJA'),
          big(`${tw.toUpperCase()} TAHUN ${data.year}`),
          { kind: 'spacer', height: 30 },
          big(data.agency.name.toUpperCase()),
          {
            kind: 'paragraph',
            runs: [{ text: data.agency.government.toUpperCase(), bold: true }],
            align: 'center',
          },
        ],
      },
      {
        pageNumbers: 'arabic',
        blocks: [{ kind: 'toc', title: 'DAFTAR ISI' }, { kind: 'page-break' }, ...body],
      },
    ],
  };
}

function chartValue(
  result: AchievementResult | RollUpResult | { status: string; display?: string } | null | undefined,
): number | null {
  return result && result.status === 'ok' && 'display' in result && result.display !== undefined
    ? Number(result.display)
    : null;
}

function achievementCells(
  result: AchievementResult | RollUpResult | null | undefined,
  bold = false,
): TableCell[] {
  const category = result && result.status === 'ok' ? (result.category ?? null) : null;
  const fill = categoryFill(category);
  const style = { ...(fill ? { fill } : {}), ...(bold ? { bold } : {}) };
  return [numberCell(percentText(result), style), centerCell(category?.label.id ?? '-', style)];
}

/** Per sasaran: each indicator's annual target, cumulative target and realisation to the quarter, achievement. */
function achievementTable(facts: PemantauanFacts, data: PemantauanData, caption: string): TableBlock {
  const tw = QUARTER_LABELS[data.quarter];
  const rows: Cell[][] = [];
  const notes: string[] = [];
  let n = 0;
  for (const s of facts.sasaran) {
    rows.push([
      boldCell(`Sasaran ${s.sasaran.code}: ${s.sasaran.name}`, 'left', { colSpan: 8, fill: TOTAL_FILL }),
    ]);
    for (const f of s.indicators) {
      n++;
      const i = f.indicator;
      if (!f.figures) notes.push(`${i.code}: tidak diukur pada ${tw}.`);
      else if (f.figures.achievement.status !== 'ok')
        notes.push(`${i.code}: ${f.figures.achievement.reason.id}`);
      rows.push([
        centerCell(String(n)),
        textCell(`${i.name} (${i.code})`),
        centerCell(i.unitLabel),
        numberCell(formatValue(i, i.annualTarget)),
        numberCell(f.figures ? formatValue(i, f.figures.target) : '-'),
        numberCell(f.figures ? formatValue(i, f.figures.realisation) : '-'),
        ...achievementCells(f.figures?.achievement),
      ]);
    }
    rows.push([
      boldCell(`Capaian Sasaran ${s.sasaran.code}`, 'left', { colSpan: 6 }),
      ...achievementCells(s.achievement, true),
    ]);
  }
  rows.push([
    boldCell('Rata-rata capaian kinerja instansi', 'left', { colSpan: 6, fill: TOTAL_FILL }),
    ...achievementCells(facts.agency, true),
  ]);
  return {
    kind: 'table',
    caption,
    columns: [
      { width: 5 },
      { width: 35 },
      { width: 9 },
      { width: 10 },
      { width: 10 },
      { width: 10 },
      { width: 9 },
      { width: 12 },
    ],
    header: [
      [
        headerCell('No'),
        headerCell('Indikator Kinerja'),
        headerCell('Satuan'),
        headerCell(`Target ${data.year}`),
        headerCell(`Target s.d. ${tw}`),
        headerCell(`Realisasi s.d. ${tw}`),
        headerCell('Capaian (%)'),
        headerCell('Kategori'),
      ],
    ],
    rows,
    note: [
      ...notes,
      'Indikator kumulatif: target dan realisasi dijumlahkan sejak Januari; indikator lain: nilai pada akhir triwulan. Kategori menurut Permendagri 86/2017.',
    ].join(' '),
    size: 'small',
  };
}

/** Programs and kegiatan: pagu, cash plan and realisation to the quarter, absorption against both. */
function budgetTable(facts: PemantauanFacts, data: PemantauanData, caption: string): TableBlock {
  const tw = QUARTER_LABELS[data.quarter];
  const rows: Cell[][] = [];
  const row = (
    n: string,
    code: string,
    name: string,
    f: PemantauanFacts['programs'][number]['figures'],
    style: Partial<TableCell>,
  ): Cell[] => [
    centerCell(n, style),
    textCell(code ? `${code} ${name}` : name, style),
    numberCell(formatNumberId(f.pagu, 0), style),
    numberCell(formatNumberId(f.cashPlan, 0), style),
    numberCell(formatNumberId(f.realisation, 0), style),
    numberCell(percentText(f.absorption), style),
    numberCell(percentText(f.againstCashPlan), style),
  ];
  facts.programs.forEach((p, k) => {
    rows.push(row(String(k + 1), p.node.code, p.node.name, p.figures, { bold: true }));
    p.node.children.forEach((child) => {
      rows.push(row('', child.code, child.name, budgetFigures(child, data.quarter), {}));
    });
  });
  if (facts.budget) rows.push(row('', '', 'Jumlah', facts.budget, { bold: true, fill: TOTAL_FILL }));
  return {
    kind: 'table',
    caption,
    columns: [
      { width: 5 },
      { width: 31 },
      { width: 15 },
      { width: 15 },
      { width: 15 },
      { width: 9.5 },
      { width: 9.5 },
    ],
    header: [
      [
        headerCell('No'),
        headerCell('Program/Kegiatan'),
        headerCell('Pagu (Rp)'),
        headerCell(`Anggaran Kas s.d. ${tw} (Rp)`),
        headerCell(`Realisasi s.d. ${tw} (Rp)`),
        headerCell('Serapan thd Pagu (%)'),
        headerCell('Realisasi thd Anggaran Kas (%)'),
      ],
    ],
    rows,
    note: 'Anggaran kas dan realisasi dijumlahkan sejak Januari.',
    size: 'small',
  };
}

/** What each unit reported as obstacles and actions for the quarter, and indicators below target. */
function obstaclesTable(facts: PemantauanFacts, data: PemantauanData, caption: string): TableBlock {
  const rows: Cell[][] = [];
  facts.units.forEach((u, k) => {
    u.rows.forEach((r, j) => {
      rows.push([
        ...(j === 0
          ? [
              centerCell(String(k + 1), { rowSpan: u.rows.length }),
              textCell(u.unit, { rowSpan: u.rows.length }),
            ]
          : []),
        textCell(`${r.indicator.name} (${percentText(r.figures?.achievement)}%)`),
        textCell(r.obstacles ?? '-'),
        textCell(r.actions ?? '-'),
      ]);
    });
  });
  return {
    kind: 'table',
    caption,
    columns: [{ width: 5 }, { width: 18 }, { width: 27 }, { width: 25 }, { width: 25 }],
    header: [
      [
        headerCell('No'),
        headerCell('Unit Kerja'),
        headerCell('Indikator (capaian)'),
        headerCell('Kendala'),
        headerCell('Tindak Lanjut'),
      ],
    ],
    rows,
    note: `Diisi unit kerja bersama realisasi ${QUARTER_LABELS[data.quarter]}; tanda "-" berarti belum diisi.`,
    size: 'small',
  };
}

function big(text: string): Block {
  return { kind: 'paragraph', runs: [{ text, bold: true }], align: 'center', size: 'large' };
}

function chapter(text: string): Block {
  return { kind: 'heading', level: 1, text, align: 'center', toc: true };
}

function section(text: string): Block {
  return { kind: 'heading', level: 2, text, toc: true };
}
