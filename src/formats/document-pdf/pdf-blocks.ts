import type { Content } from 'pdfmake/interfaces';
import type { Block, Letterhead } from '../../core/document/document-model';
import { textWidth, wrapText } from '../document-render.fonts';
import { inlineText } from '../document-render.grid';
import { LOOK, letterheadLayout, MM } from '../document-render.look';
import { imageMime, inlines, type PdfContext } from './pdf-primitives';
import { signaturesContent } from './pdf-signatures';
import { parafTable, tableContent } from './pdf-table';

const SIZES = { small: LOOK.small, normal: LOOK.body, large: LOOK.large } as const;

export function blockContent(block: Block, ctx: PdfContext): Content[] {
  switch (block.kind) {
    case 'heading':
      return [headingContent(block, ctx)];
    case 'paragraph': {
      const text: Content = {
        text: inlines(block.runs),
        alignment: block.align ?? 'left',
        fontSize: SIZES[block.size ?? 'normal'],
        ...(block.indent ? { leadingIndent: LOOK.firstLineIndent } : {}),
        margin: [0, 0, 0, LOOK.paragraphAfter],
      };
      if (!block.image) return [text];
      // An image in place of text (a logo on a cover); text beside it, if any, follows below.
      const picture: Content = {
        image: `data:${imageMime(block.image.base64)};base64,${block.image.base64}`,
        width: Math.min(Math.max(1, block.image.width) * MM, ctx.width),
        alignment: block.align === 'justify' || !block.align ? 'center' : block.align,
        margin: [0, 0, 0, LOOK.paragraphAfter],
      };
      return inlineText(block.runs).trim() ? [picture, text] : [picture];
    }
    case 'list': {
      const items = block.items.map((runs) => ({ text: inlines(runs), alignment: 'justify' as const }));
      const list = block.ordered ? { ol: items } : { ul: items };
      return [{ ...list, margin: [LOOK.listIndent / 2, 0, 0, LOOK.paragraphAfter] } as Content];
    }
    case 'table':
      return tableContent(block, ctx.width);
    case 'figure':
      return [figureContent(block, ctx)];
    case 'toc':
      return tocContent(block.title, ctx);
    case 'page-break':
      // Sections start on a new page of their own; page breaks are placed by the section builder.
      return [];
    case 'spacer':
      return [spacer(block.height * MM)];
    case 'letterhead':
      return ctx.letterhead ? letterheadContent(ctx.letterhead, ctx.width) : [];
    case 'signatures':
      return [signaturesContent(block, ctx)];
    case 'paraf':
      return parafTable(block, ctx.width);
  }
}

export function spacer(height: number): Content {
  return { canvas: [], margin: [0, Math.max(0, height), 0, 0] } as unknown as Content;
}

function headingContent(block: Extract<Block, { kind: 'heading' }>, ctx: PdfContext): Content {
  const level = block.level;
  const text = level === 1 ? block.text.toUpperCase() : block.text;
  const id = ctx.headingIds.get(block);
  return {
    text,
    fontSize: LOOK.heading[level],
    bold: true,
    ...(level === 3 ? { italics: true } : {}),
    alignment: block.align ?? (level === 1 ? 'center' : 'left'),
    lineHeight: 1.15,
    margin: level === 1 ? [0, 0, 0, 14] : level === 2 ? [0, 8, 0, 6] : [0, 6, 0, 4],
    ...(id ? { id } : {}),
  };
}

function figureContent(block: Extract<Block, { kind: 'figure' }>, ctx: PdfContext): Content {
  const width = Math.min(block.width * MM, ctx.width);
  const height = (block.height * MM * width) / (block.width * MM || 1);
  const svg = ctx.chartSvg(block);
  const picture: Content = svg
    ? { svg, width, height, alignment: 'center' }
    : ({
        canvas: [{ type: 'rect', x: 0, y: 0, w: width, h: height, lineWidth: 0, lineColor: '#ffffff' }],
      } as unknown as Content);
  return {
    stack: [
      picture,
      {
        text: block.caption,
        fontSize: LOOK.small + 1,
        bold: true,
        alignment: 'center',
        margin: [0, 4, 0, 0],
      },
    ],
    unbreakable: true,
    margin: [0, 6, 0, 10],
  };
}

/**
 * Daftar Isi: each listed heading with dot leaders to its page label (the front matter's roman
 * numbers, the body's arabic ones). The page column has a fixed width, so the lines wrap the same way
 * in the measuring pass (labels unknown) as in the final one.
 */
function tocContent(title: string, ctx: PdfContext): Content[] {
  const numberWidth = 36;
  const size = LOOK.body;
  const rows = ctx.toc.map((line) => {
    const indent = (line.level - 1) * 18;
    const bold = line.level === 1;
    const available = ctx.width - numberWidth - indent - 8;
    const lines = wrapText(line.text, available, size, bold);
    const last = lines.pop() ?? '';
    const dotWidth = textWidth('.', size, false);
    const room = available - textWidth(`${last} `, size, bold) - 6;
    const dots = room > dotWidth * 3 ? ` ${'.'.repeat(Math.floor(room / dotWidth))}` : '';
    return [
      {
        text: [
          { text: [...lines, last].join('\n'), bold },
          { text: dots, bold: false, color: '#444444' },
        ],
        margin: [indent, line.level === 1 ? 5 : 1, 0, 1],
        fontSize: size,
      },
      {
        // On the entry's last line, where the dots lead.
        text: '\n'.repeat(lines.length) + line.page,
        alignment: 'right',
        bold,
        fontSize: size,
        margin: [0, line.level === 1 ? 5 : 1, 0, 1],
      },
    ];
  });
  const heading: Content = {
    text: title.toUpperCase(),
    fontSize: LOOK.heading[1],
    bold: true,
    alignment: 'center',
    margin: [0, 0, 0, 14],
  };
  if (rows.length === 0) return [heading];
  return [
    heading,
    {
      table: { widths: ['*', numberWidth], body: rows as unknown as Content[][], dontBreakRows: true },
      layout: 'noBorders',
    } as Content,
  ];
}

/**
 * Kop surat: the logo left of the centred lines (government, agency, address), a thick and a thin
 * rule below (see `letterheadLayout` for the columns and sizes).
 */
function letterheadContent(letterhead: Letterhead, width: number): Content[] {
  const layout = letterheadLayout(letterhead, width, letterhead.logoBase64 !== undefined);
  const lines: Content = {
    stack: [
      { text: letterhead.government, fontSize: layout.governmentSize, bold: true },
      { text: letterhead.agencyName, fontSize: layout.agencySize, bold: true, margin: [0, 1, 0, 2] },
      ...letterhead.addressLines.map((line) => ({ text: line, fontSize: 8.5 })),
    ],
    alignment: 'center',
    lineHeight: 1.05,
  };
  const row: Content = letterhead.logoBase64
    ? {
        columns: [
          {
            image: `data:${imageMime(letterhead.logoBase64)};base64,${letterhead.logoBase64}`,
            fit: [LOOK.letterheadLogo, LOOK.letterheadLogo],
            width: layout.logo,
          },
          { ...lines, width: layout.text },
          { text: '', width: layout.right },
        ],
        columnGap: 0,
      }
    : lines;
  const rule: Content = {
    canvas: [
      { type: 'line', x1: 0, y1: 0, x2: width, y2: 0, lineWidth: 2.2, lineColor: '#000000' },
      { type: 'line', x1: 0, y1: 3.2, x2: width, y2: 3.2, lineWidth: 0.7, lineColor: '#000000' },
    ],
    margin: [0, 5, 0, 12],
  } as unknown as Content;
  return [row, rule];
}
