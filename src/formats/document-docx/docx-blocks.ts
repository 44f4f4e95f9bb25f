import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { Align, Block, Letterhead } from '../../core/document/document-model';
import { renderChart } from '../document-chart/render-chart';
import { inlineText } from '../document-render.grid';
import { imageInfo } from '../document-render.image';
import { LOOK, letterheadLayout, MM } from '../document-render.look';
import {
  ALIGN,
  BODY_LINE,
  type DocxChild,
  type DocxContext,
  PX,
  runs,
  SIZES,
  spacer,
  TWIP,
} from './docx-primitives';
import { signaturesContent } from './docx-signatures';
import { NO_BORDERS, parafTable, tableContent } from './docx-table';

export function blockContent(block: Block, ctx: DocxContext): DocxChild[] {
  const breakBefore = ctx.pageBreakBefore ? { pageBreakBefore: true } : {};
  switch (block.kind) {
    case 'heading':
      return [headingParagraph(block, breakBefore)];
    case 'paragraph': {
      const text = new Paragraph({
        children: runs(block.runs, { size: SIZES[block.size ?? 'normal'] }),
        alignment: ALIGN[block.align ?? 'left'],
        ...(block.indent ? { indent: { firstLine: LOOK.firstLineIndent * TWIP } } : {}),
        spacing: { after: LOOK.paragraphAfter * TWIP, line: BODY_LINE, lineRule: LineRuleType.AUTO },
        ...(block.image ? {} : breakBefore),
      });
      if (!block.image) return [text];
      // An image in place of text; text beside it, if any, follows below.
      return [
        imageParagraph(block.image, block.align, ctx),
        ...(inlineText(block.runs).trim() ? [text] : []),
      ];
    }
    case 'list': {
      const instance = ctx.nextListInstance();
      return block.items.map(
        (item, i) =>
          new Paragraph({
            children: runs(item),
            alignment: AlignmentType.JUSTIFIED,
            numbering: { reference: block.ordered ? 'ordered' : 'bullet', level: 0, instance },
            spacing: {
              after: i === block.items.length - 1 ? LOOK.paragraphAfter * TWIP : 0,
              line: BODY_LINE,
              lineRule: LineRuleType.AUTO,
            },
            ...(i === 0 ? breakBefore : {}),
          }),
      );
    }
    case 'table':
      return tableContent(block, ctx.width, ctx.pageBreakBefore);
    case 'figure':
      return figureContent(block, ctx.width, breakBefore);
    case 'toc':
      return tocContent(block.title, breakBefore);
    case 'page-break':
      return [];
    case 'spacer':
      return [spacer(block.height * MM, ctx.pageBreakBefore)];
    case 'letterhead':
      return ctx.letterhead ? letterheadContent(ctx.letterhead, ctx.width, ctx.pageBreakBefore) : [];
    case 'signatures':
      return signaturesContent(block, ctx);
    case 'paraf':
      return parafTable(block, ctx.width, ctx.pageBreakBefore);
  }
}

/** A paragraph's image (a logo on a cover): its printed width, placed by the paragraph's alignment. */
function imageParagraph(
  image: { base64: string; width: number },
  align: Align | undefined,
  ctx: DocxContext,
): Paragraph {
  const size = fittedImage(image.base64, Math.min(Math.max(1, image.width) * MM, ctx.width));
  return new Paragraph({
    children: [
      new ImageRun({
        type: size.type,
        data: Buffer.from(image.base64, 'base64'),
        transformation: { width: size.width, height: size.height },
        altText: { name: 'Gambar', description: 'Gambar', title: 'Gambar' },
      }),
    ],
    alignment: ALIGN[align === 'justify' || !align ? 'center' : align],
    spacing: { before: 0, after: LOOK.paragraphAfter * TWIP },
    ...(ctx.pageBreakBefore ? { pageBreakBefore: true } : {}),
  });
}

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
} as const;

/**
 * A heading listed in the Daftar Isi takes Word's heading style of its level (so Word's TOC field
 * finds it); one not listed takes a look-alike style without an outline level.
 */
function headingParagraph(block: Extract<Block, { kind: 'heading' }>, breakBefore: object): Paragraph {
  const text = block.level === 1 ? block.text.toUpperCase() : block.text;
  return new Paragraph({
    ...(block.toc === true ? { heading: HEADINGS[block.level] } : { style: `HeadingUnlisted${block.level}` }),
    children: runs([text]),
    ...(block.align ? { alignment: ALIGN[block.align] } : {}),
    ...breakBefore,
  });
}

function figureContent(
  block: Extract<Block, { kind: 'figure' }>,
  width: number,
  breakBefore: object,
): Paragraph[] {
  const w = Math.min(block.width * MM, width);
  const h = (block.height * MM * w) / (block.width * MM || 1);
  const { png } = renderChart(block.chart, {
    width: (block.width * MM * 96) / 72,
    height: (block.height * MM * 96) / 72,
  });
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: Math.round(w * PX), height: Math.round(h * PX) },
          altText: {
            name: block.chart.title || block.caption,
            description: block.caption,
            title: block.caption,
          },
        }),
      ],
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { before: 6 * TWIP, after: 4 * TWIP },
      ...breakBefore,
    }),
    new Paragraph({
      children: runs([block.caption], { size: LOOK.small + 1, bold: true }),
      alignment: AlignmentType.CENTER,
      spacing: { after: 10 * TWIP },
    }),
  ];
}

/**
 * Daftar Isi: a title and Word's TOC field over the listed headings. `docx` fills the field with an
 * entry for each heading and the page numbers the document's page-number estimator works out, so the
 * table shows in applications that do not update fields (LibreOffice converting to PDF); Word can
 * update it as usual.
 */
function tocContent(title: string, breakBefore: object): DocxChild[] {
  return [
    new Paragraph({
      style: 'TocTitle',
      children: runs([title.toUpperCase()]),
      ...breakBefore,
    }),
    new TableOfContents(title, { hyperlink: true, headingStyleRange: '1-3' }),
  ];
}

/**
 * Kop surat: the logo left of the centred lines in a borderless table (see `letterheadLayout` for the
 * columns and sizes), then a thick-thin double rule.
 */
function letterheadContent(letterhead: Letterhead, width: number, pageBreakBefore: boolean): DocxChild[] {
  const logo = LOOK.letterheadLogo;
  const layout = letterheadLayout(letterhead, width, letterhead.logoBase64 !== undefined);
  const line = (text: string, size: number, bold: boolean, after = 0) =>
    new Paragraph({
      children: runs([text], { size, bold }),
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: after * TWIP, line: 240, lineRule: LineRuleType.AUTO },
    });
  const lines = [
    line(letterhead.government, layout.governmentSize, true),
    line(letterhead.agencyName, layout.agencySize, true, 2),
    ...letterhead.addressLines.map((text) => line(text, 8.5, false)),
  ];
  const out: DocxChild[] = [];
  if (pageBreakBefore) out.push(spacer(1, true));
  if (letterhead.logoBase64) {
    const columns = [layout.logo, layout.text, layout.right].map((w) => Math.round(w * TWIP));
    const cell = (children: Paragraph[], w: number) =>
      new TableCell({
        children,
        width: { size: w, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        margins: { top: 0, bottom: 0, left: 0, right: 0 },
        borders: NO_BORDERS,
      });
    out.push(
      new Table({
        layout: TableLayoutType.FIXED,
        width: { size: Math.round(width * TWIP), type: WidthType.DXA },
        columnWidths: columns,
        borders: NO_BORDERS,
        rows: [
          new TableRow({
            cantSplit: true,
            children: [
              cell(
                [
                  new Paragraph({
                    children: [
                      new ImageRun({
                        type: fittedImage(letterhead.logoBase64, logo, logo).type,
                        data: Buffer.from(letterhead.logoBase64, 'base64'),
                        transformation: fittedImage(letterhead.logoBase64, logo, logo),
                        altText: { name: 'Logo', description: letterhead.agencyName, title: 'Logo' },
                      }),
                    ],
                  }),
                ],
                columns[0]!,
              ),
              cell(lines, columns[1]!),
              cell([new Paragraph({ children: [] })], columns[2]!),
            ],
          }),
        ],
      }),
    );
  } else out.push(...lines);
  out.push(
    new Paragraph({
      children: [],
      border: { bottom: { style: BorderStyle.THICK_THIN_SMALL_GAP, size: 18, color: '000000', space: 1 } },
      spacing: { before: 0, after: 12 * TWIP, line: 80, lineRule: LineRuleType.EXACT },
    }),
  );
  return out;
}

/** An image's size in pixels, fitted into a box of `width` × `height` points, keeping its proportions. */
export function fittedImage(base64: string, width: number, height = Number.POSITIVE_INFINITY) {
  const info = imageInfo(base64);
  const scale = Math.min(width / info.width, height / info.height);
  return {
    type: info.type,
    width: Math.round(info.width * scale * PX),
    height: Math.round(info.height * scale * PX),
  };
}
