import pdfmake from 'pdfmake';
import type { Content, ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';
import QRCode from 'qrcode';
import type { Block, DocumentModel } from '../../core/document/document-model';
import { renderChart } from '../document-chart/render-chart';
import { DOCUMENT_FONT, DOCUMENT_FONT_DIR, DOCUMENT_FONT_FILES } from '../document-render.fonts';
import {
  FOOTER_FROM_BOTTOM,
  headingLine,
  LOOK,
  pageMargins,
  paperSize,
  restartsNumbering,
  romanLower,
} from '../document-render.look';
import { blockContent } from './pdf-blocks';
import { keepReserve } from './pdf-keep';
import type { PdfContext, TocLine } from './pdf-primitives';
import { patchPdfmakeJustify } from './pdfmake-justify';

export interface RenderOptions {
  /** The PDF's creation date (metadata); the time of rendering when absent. */
  createdAt?: Date;
}

const FOOTER_STYLE = 'page-footer';
/** Charts are drawn at this many CSS pixels per millimetre (96 dpi). */
const PX_PER_MM = 96 / 25.4;

function configurePdfmake(): void {
  patchPdfmakeJustify();
  // Added on every call (cheap): another renderer may have replaced pdfmake's font table since.
  pdfmake.addFonts({ [DOCUMENT_FONT]: DOCUMENT_FONT_FILES });
  // Only the font folder may be read; no URL is ever fetched (images arrive as bytes).
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(DOCUMENT_FONT_DIR));
  pdfmake.setUrlAccessPolicy(() => false);
}

/**
 * A `DocumentModel` as PDF (pdfmake, DejaVu Sans embedded): sections with their paper, orientation and
 * page numbers in the footer (none, i ii iii, 1 2 3; restarting where the format changes), the Daftar
 * Isi with each listed heading's page label and bookmarks, tables whose header rows repeat on every
 * page, charts as vectors, the letterhead, signature blocks with the verification QR code, the paraf
 * trail, and the title, subject and author as metadata.
 *
 * A Daftar Isi needs the pages of headings that come after it, so a model with a `toc` block is laid
 * out twice: first to learn the pages (charts as empty boxes of their size), then for the file. The
 * page-number column of the Daftar Isi has a fixed width, so both layouts break lines alike.
 */
export async function renderDocumentPdf(model: DocumentModel, options: RenderOptions = {}): Promise<Buffer> {
  configurePdfmake();
  const headingIds = new Map<Block, string>();
  const listed: Array<{ id: string; text: string; level: 1 | 2 | 3; section: number }> = [];
  for (const [s, section] of model.sections.entries())
    for (const [b, block] of section.blocks.entries()) {
      if (block.kind !== 'heading' || block.toc !== true) continue;
      const id = `heading-${s}-${b}`;
      headingIds.set(block, id);
      listed.push({
        id,
        text: headingLine(block.level === 1 ? block.text.toUpperCase() : block.text),
        level: block.level,
        section: s,
      });
    }
  const qr = new Map<string, string>();
  for (const section of model.sections)
    for (const block of section.blocks)
      if (block.kind === 'signatures')
        for (const mark of Object.values(block.marks ?? {}))
          if (!qr.has(mark.verificationUrl))
            qr.set(
              mark.verificationUrl,
              await QRCode.toString(mark.verificationUrl, {
                type: 'svg',
                margin: 0,
                errorCorrectionLevel: 'M',
              }),
            );

  const hasToc = model.sections.some((section) => section.blocks.some((block) => block.kind === 'toc'));
  let toc: TocLine[] = listed.map((line) => ({ ...line, page: '' }));
  if (hasToc && listed.length > 0) {
    const probe = layoutRecorder(model, new Set(listed.map((l) => l.id)));
    await pdfmake
      .createPdf(definition(model, options, { headingIds, toc, qr, charts: false }, probe))
      .getBuffer();
    toc = listed.map((line) => {
      const page = probe.headingPages.get(line.id);
      return { ...line, page: page === undefined ? '' : probe.label(line.section, page) };
    });
  }
  const recorder = layoutRecorder(model, new Set());
  return pdfmake
    .createPdf(definition(model, options, { headingIds, toc, qr, charts: true }, recorder))
    .getBuffer();
}

interface Recorder {
  headingPages: Map<string, number>;
  /** The footer of section `s` (records where each section starts, as footers are made page by page). */
  footer: (s: number) => (currentPage: number) => Content | null;
  pageBreakBefore: NonNullable<TDocumentDefinitions['pageBreakBefore']>;
  label: (s: number, page: number) => string;
}

/**
 * Watches a layout: which page each section starts on (pdfmake makes the footers page by page, in
 * order, after the content is laid out) and which page each listed heading lands on (pdfmake shows
 * every laid-out node to `pageBreakBefore`; it never asks for a break, which would make pdfmake lay
 * the whole document out again).
 */
function layoutRecorder(model: DocumentModel, watched: Set<string>): Recorder {
  const starts: number[] = [];
  const headingPages = new Map<string, number>();
  const runStart = (s: number) => {
    let first = s;
    while (!restartsNumbering(model.sections, first)) first--;
    return first;
  };
  const label = (s: number, page: number) => {
    const format = model.sections[s]!.pageNumbers;
    if (format === 'none') return '';
    const start = starts[runStart(s)];
    if (start === undefined) return '';
    const n = page - start + 1;
    return format === 'roman' ? romanLower(n) : String(n);
  };
  return {
    headingPages,
    label,
    footer: (s) => (currentPage) => {
      if (currentPage === 1) starts.length = 0; // a new layout pass begins
      starts[s] ??= currentPage;
      const text = label(s, currentPage);
      if (text === '') return null;
      const { bottom } = pageMargins(model.sections[s]!.orientation);
      return {
        text,
        style: FOOTER_STYLE,
        alignment: 'center',
        margin: [0, Math.max(0, bottom - FOOTER_FROM_BOTTOM - LOOK.footer), 0, 0],
      };
    },
    pageBreakBefore: (node) => {
      if (node.id && watched.has(node.id))
        headingPages.set(node.id, node.pageNumbers[0] ?? node.startPosition.pageNumber);
      return false;
    },
  };
}

interface Parts {
  headingIds: Map<Block, string>;
  toc: TocLine[];
  qr: Map<string, string>;
  /** Whether to draw the charts (false in the measuring pass: empty boxes of the same size). */
  charts: boolean;
}

const chartCache = new WeakMap<Block, string>();

function definition(
  model: DocumentModel,
  options: RenderOptions,
  parts: Parts,
  recorder: Recorder,
): TDocumentDefinitions {
  const paper = paperSize(model.paper);
  const sections: ContentSection[] = model.sections.map((section, s) => {
    const margins = pageMargins(section.orientation);
    const landscape = section.orientation === 'landscape';
    const pageWidth = landscape ? paper.height : paper.width;
    const pageHeight = (landscape ? paper.width : paper.height) - margins.top - margins.bottom;
    const ctx: PdfContext = {
      width: pageWidth - margins.left - margins.right,
      ...(model.letterhead ? { letterhead: model.letterhead } : {}),
      headingIds: parts.headingIds,
      toc: parts.toc,
      chartSvg: (block) => (parts.charts ? chartSvg(block) : undefined),
      qrSvg: (url) => parts.qr.get(url) ?? '',
    };
    const content: Content[] = [];
    let breakPending = false;
    section.blocks.forEach((block, b) => {
      if (block.kind === 'page-break') {
        breakPending = content.length > 0;
        return;
      }
      const items = blockContent(block, ctx).map((item) => withOutline(item, block, parts));
      if (items.length === 0) return;
      const reserve = keepReserve(block, section.blocks[b + 1], ctx.width);
      if (reserve !== undefined && reserve > 0) {
        // The node and room for what must follow it form one unbreakable block, so pdfmake moves
        // them to the next page together; the negative margin gives the room back.
        const room = Math.min(reserve, pageHeight * 0.5);
        items[0] = {
          stack: [items[0]!, { canvas: [], margin: [0, room, 0, 0] } as unknown as Content],
          unbreakable: true,
          margin: [0, 0, 0, -room],
        };
      }
      // An empty node carries the break, so the heading after it is still shown to pageBreakBefore
      // (pdfmake skips nodes that have a page break of their own).
      if (breakPending) content.push({ text: '', pageBreak: 'after' });
      breakPending = false;
      content.push(...items);
    });
    return {
      section: content.length > 0 ? content : [{ text: '' }],
      pageSize: { width: paper.width, height: paper.height },
      pageOrientation: section.orientation ?? 'portrait',
      pageMargins: [margins.left, margins.top, margins.right, margins.bottom],
      footer: recorder.footer(s),
    };
  });
  return {
    pageSize: { width: paper.width, height: paper.height },
    info: {
      title: model.title,
      subject: model.subject,
      author: model.author,
      creator: 'Alur',
      producer: 'Alur (pdfmake)',
      ...(options.createdAt ? { creationDate: options.createdAt, modDate: options.createdAt } : {}),
    },
    language: 'id-ID',
    defaultStyle: { font: DOCUMENT_FONT, fontSize: LOOK.body, lineHeight: LOOK.lineHeight - 0.15 },
    styles: { [FOOTER_STYLE]: { fontSize: LOOK.footer } },
    pageBreakBefore: recorder.pageBreakBefore,
    content: sections,
  };
}

/** Listed headings become bookmarks too: chapters at the top, their sections under them. */
function withOutline(item: Content, block: Block, parts: Parts): Content {
  if (block.kind !== 'heading') return item;
  const id = parts.headingIds.get(block);
  if (!id) return item;
  const index = parts.toc.findIndex((line) => line.id === id);
  const parent = parts.toc
    .slice(0, Math.max(0, index))
    .reverse()
    .find((line) => line.level < block.level);
  return {
    ...(item as object),
    outline: true,
    outlineText: parts.toc[index]?.text ?? headingLine(block.text),
    ...(parent ? { outlineParentId: parent.id } : {}),
  } as Content;
}

function chartSvg(block: Extract<Block, { kind: 'figure' }>): string {
  let svg = chartCache.get(block);
  if (!svg) {
    svg = centralBaselines(
      renderChart(block.chart, { width: block.width * PX_PER_MM, height: block.height * PX_PER_MM }).svg,
    );
    chartCache.set(block, svg);
  }
  return svg;
}

/**
 * ECharts sets its texts on `dominant-baseline="central"`; the SVG drawer pdfmake uses centres them
 * on the font's bounding box, which for DejaVu reaches far above and below the letters, so the texts
 * sat low. This sets them on their ordinary baseline, moved down by half of DejaVu's cap-to-descender
 * height (0.346 em), which centres the letters where ECharts meant them.
 */
function centralBaselines(svg: string): string {
  return svg.replace(/<text\b[^>]*>/g, (tag) => {
    if (!tag.includes('dominant-baseline="central"')) return tag;
    const size = Number(/font-size:\s*([\d.]+)px/.exec(tag)?.[1] ?? 12);
    return tag.replace('dominant-baseline="central"', `dy="${(0.346 * size).toFixed(2)}"`);
  });
}
