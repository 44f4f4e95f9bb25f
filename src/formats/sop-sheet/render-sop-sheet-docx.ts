import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeightRule,
  ImageRun,
  LineRuleType,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import { formatNip } from '../../core/org/nip';
import type { SopDefinition } from '../../core/sop';
import { layoutSopSheet } from './layout-sop-sheet';
import { SHEET_FONT_FAMILY } from './measure-text';
import { itemSvg } from './render-sop-sheet-svg';
import type { SheetLayout, SheetPage } from './sheet-layout';

const require = createRequire(import.meta.url);
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf'].map((file) =>
  join(FONT_DIR, file),
);
const TWIP = 20;
const PX = 96 / 72;
const ZOOM = 3;

/**
 * The SOP sheet as DOCX, page for page as the layout: the identity part as a Word table; each
 * flowchart page as a Word table whose rows have the layout's heights, with the texts (No, Kegiatan,
 * Mutu Baku, Keterangan) as editable text and the Pelaksana columns as one cell holding a PNG of the
 * page's symbols and arrows (rendered with resvg and the DejaVu font files, not the machine's fonts).
 */
export async function renderSopSheetDocx(
  def: SopDefinition,
  options: { paper?: 'A4' | 'F4' } = {},
): Promise<Buffer> {
  const layout = layoutSopSheet(def, options);
  const sections = layout.pages.map((page) => ({
    properties: {
      page: {
        size: {
          orientation: PageOrientation.LANDSCAPE,
          width: Math.round(layout.height * TWIP),
          height: Math.round(layout.width * TWIP),
        },
        margin: {
          top: layout.margin * TWIP,
          bottom: layout.margin * TWIP,
          left: layout.margin * TWIP,
          right: layout.margin * TWIP,
        },
      },
    },
    children: page.kind === 'identity' ? identityTable(def, layout) : flowchartPage(def, layout, page),
  }));
  const document = new Document({
    creator: 'Alur',
    title: `SOP ${def.identity.title}`,
    styles: { default: { document: { run: { font: SHEET_FONT_FAMILY, size: 14 } } } },
    sections,
  });
  return Packer.toBuffer(document);
}

function paragraphs(
  texts: string[],
  options: { bold?: boolean; center?: boolean; size?: number } = {},
): Paragraph[] {
  const list = texts.length > 0 ? texts : [''];
  return list.flatMap((text) =>
    text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
          // Exact line pitch of the layout (1.2 × size), so rows hold what the layout measured.
          spacing: {
            before: 0,
            after: 0,
            line: Math.round((options.size ?? 7) * 1.2 * TWIP),
            lineRule: LineRuleType.EXACT,
          },
          children: [new TextRun({ text: line, bold: options.bold, size: (options.size ?? 7) * 2 })],
        }),
    ),
  );
}

function cell(
  children: Paragraph[],
  extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {},
): TableCell {
  return new TableCell({
    children,
    margins: { top: 70, bottom: 0, left: 70, right: 70 },
    ...extra,
  });
}

function identityTable(def: SopDefinition, layout: SheetLayout): Table[] {
  const id = def.identity;
  const total = (layout.width - 2 * layout.margin) * TWIP;
  const approver = id.approvedBy;
  const rows: Array<[string, string]> = [
    ['Nomor SOP', id.number],
    ['Tanggal Pembuatan', id.createdOn ?? '-'],
    ['Tanggal Revisi', id.revisedOn ?? '-'],
    [id.effectiveLabel === 'efektif' ? 'Tanggal Efektif' : 'Tanggal Pengesahan', id.effectiveOn ?? '-'],
    [
      'Disahkan Oleh',
      approver
        ? [
            approver.position,
            '',
            '',
            approver.name,
            approver.rank,
            approver.nip ? `NIP. ${formatNip(approver.nip)}` : null,
          ]
            .filter((l): l is string => l !== null)
            .join('\n')
        : '-',
    ],
    ['Nama SOP', id.title],
  ];
  const agency = [id.government, id.agencyName].filter((t): t is string => !!t);
  const left = Math.round(total * 0.36);
  const label = Math.round(total * 0.17);
  const top = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [left, label, total - left - label],
    rows: rows.map(
      ([name, value], index) =>
        new TableRow({
          children: [
            ...(index === 0
              ? [
                  cell(paragraphs(agency, { bold: true, center: true, size: 10 }), {
                    rowSpan: rows.length,
                    verticalAlign: 'center',
                  }),
                ]
              : []),
            cell(paragraphs([name], { bold: true, size: 8 })),
            cell(
              paragraphs([value], { bold: name === 'Nama SOP', center: name === 'Disahkan Oleh', size: 8 }),
            ),
          ],
        }),
    ),
  });
  const list = (entries: string[]) =>
    entries.length === 0 ? ['-'] : entries.length === 1 ? entries : entries.map((e, i) => `${i + 1}. ${e}`);
  const pairs: Array<[string, string[], string, string[]]> = [
    ['Dasar Hukum', list(id.legalBasis), 'Kualifikasi Pelaksana', list(id.qualifications)],
    ['Keterkaitan', list(id.relatedSops.map((r) => r.text)), 'Peralatan/Perlengkapan', list(id.equipment)],
    ['Peringatan', [id.warning ?? '-'], 'Pencatatan dan Pendataan', [id.recordKeeping ?? '-']],
  ];
  const half = Math.round(total / 2);
  const bottom = new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: [half, total - half],
    rows: pairs.flatMap(([a, aLines, b, bLines]) => [
      new TableRow({
        children: [
          cell(paragraphs([`${a}:`], { bold: true, size: 8 })),
          cell(paragraphs([`${b}:`], { bold: true, size: 8 })),
        ],
      }),
      new TableRow({
        children: [cell(paragraphs(aLines, { size: 8 })), cell(paragraphs(bLines, { size: 8 }))],
      }),
    ]),
  });
  return [top, bottom];
}

function flowchartPage(def: SopDefinition, layout: SheetLayout, page: SheetPage): Array<Table | Paragraph> {
  const table = page.table!;
  const lanes = table.columns.filter((c) => c.lane);
  const laneLeft = lanes[0]!.x;
  const laneWidth = lanes.at(-1)!.x + lanes.at(-1)!.width - laneLeft;
  const header = table.rows[0]!;
  const bodyTop = header.y + header.height;
  const bodyHeight = table.bottom - bodyTop;
  const png = lanePng(page, laneLeft, bodyTop, laneWidth, bodyHeight);
  const thin = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const rowHeight = (height: number) => ({ value: Math.round(height * TWIP), rule: HeightRule.EXACT });

  const headerRow = new TableRow({
    tableHeader: true,
    height: rowHeight(header.height),
    children: table.columns.map((c) =>
      cell(paragraphs([c.label], { bold: true, center: true }), {
        shading: { fill: 'EEF2F6' },
        verticalAlign: 'center',
      }),
    ),
  });
  const bodyRows = table.rows.slice(1).map((row, index) => {
    const before = table.columns.filter((c) => c.x < laneLeft);
    const after = table.columns.filter((c) => c.x >= laneLeft + laneWidth - 0.01);
    const text = (key: string) => {
      const values = row.cells[key] ?? [];
      return cell(paragraphs(values, { center: key === 'no' || key === 'time' }));
    };
    const laneCell =
      index === 0
        ? cell(
            [
              new Paragraph({
                spacing: { before: 0, after: 0 },
                children: [
                  new ImageRun({
                    type: 'png',
                    data: png,
                    transformation: {
                      width: Math.round(laneWidth * PX),
                      height: Math.round(bodyHeight * PX),
                    },
                  }),
                ],
              }),
            ],
            {
              columnSpan: lanes.length,
              verticalMerge: VerticalMergeType.RESTART,
              margins: { top: 0, bottom: 0, left: 0, right: 0 },
              borders: { top: thin, bottom: thin, left: thin, right: thin },
            },
          )
        : cell([new Paragraph({})], {
            columnSpan: lanes.length,
            verticalMerge: VerticalMergeType.CONTINUE,
            borders: { top: none, bottom: none, left: thin, right: thin },
          });
    return new TableRow({
      height: rowHeight(row.height),
      cantSplit: true,
      children: [...before.map((c) => text(c.key)), laneCell, ...after.map((c) => text(c.key))],
    });
  });
  const title = new Paragraph({
    spacing: { before: 0, after: 80 },
    children: [
      new TextRun({ text: `SOP ${def.identity.title}`, bold: true, size: 17 }),
      new TextRun({ text: `    Nomor SOP: ${def.identity.number}`, size: 16 }),
    ],
  });
  return [
    title,
    new Table({
      layout: TableLayoutType.FIXED,
      width: { size: Math.round((layout.width - 2 * layout.margin) * TWIP), type: WidthType.DXA },
      columnWidths: table.columns.map((c) => Math.round(c.width * TWIP)),
      rows: [headerRow, ...bodyRows],
    }),
  ];
}

/** The page's symbols and arrows inside the lane columns, as a PNG. */
function lanePng(page: SheetPage, x: number, y: number, width: number, height: number): Buffer {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="${x} ${y} ${width} ${height}" ` +
    `font-family="${SHEET_FONT_FAMILY}"><rect x="${x}" y="${y}" width="${width}" height="${height}" fill="#ffffff"/>` +
    `${page.items.map(itemSvg).join('')}</svg>`;
  const resvg = new Resvg(svg, {
    font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: SHEET_FONT_FAMILY },
    fitTo: { mode: 'zoom', value: ZOOM },
  });
  return resvg.render().asPng();
}
