import type { SopDefinition } from '../../core/sop';
import { layoutSopSheet } from './layout-sop-sheet';
import { fontMetrics, SHEET_FONT_FAMILY, textWidth } from './measure-text';
import type { SheetItem, SheetLayout, SheetOptions, SheetPage } from './sheet-layout';

const PAGE_GAP = 16;

/**
 * The SOP sheet as one SVG string, pages stacked top to bottom (for the screen). Pure.
 *
 * @example renderSopSheetSvg(def).startsWith('<svg') // true
 */
export function renderSopSheetSvg(def: SopDefinition, options: SheetOptions = {}): string {
  const layout = layoutSopSheet(def, options);
  const total = layout.pages.length * layout.height + (layout.pages.length - 1) * PAGE_GAP;
  const pages = layout.pages
    .map((page, index) => {
      const y = index * (layout.height + PAGE_GAP);
      return `<g transform="translate(0 ${fmt(y)})">${pageBody(layout, page)}</g>`;
    })
    .join('');
  return svgDocument(layout.width, total, pages, '#d9dde3');
}

/** One SVG per page (for images of pages, e.g. in DOCX). */
export function renderSopSheetPageSvgs(layout: SheetLayout): string[] {
  return layout.pages.map((page) => svgDocument(layout.width, layout.height, pageBody(layout, page), null));
}

function svgDocument(width: number, height: number, body: string, background: string | null): string {
  const bg = background ? `<rect width="100%" height="100%" fill="${background}"/>` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fmt(width)}pt" height="${fmt(height)}pt" ` +
    `viewBox="0 0 ${fmt(width)} ${fmt(height)}" font-family="${SHEET_FONT_FAMILY}, DejaVu Sans, sans-serif">` +
    `${bg}${body}</svg>`
  );
}

function pageBody(layout: SheetLayout, page: SheetPage): string {
  return (
    `<rect x="0" y="0" width="${fmt(layout.width)}" height="${fmt(layout.height)}" fill="#ffffff"/>` +
    page.items.map(itemSvg).join('')
  );
}

export function itemSvg(item: SheetItem): string {
  switch (item.kind) {
    case 'rect':
      return (
        `<rect x="${fmt(item.x)}" y="${fmt(item.y)}" width="${fmt(item.width)}" height="${fmt(item.height)}"` +
        (item.radius > 0 ? ` rx="${fmt(item.radius)}"` : '') +
        ` fill="${item.fill ?? 'none'}"` +
        (item.stroke > 0 ? ` stroke="#000" stroke-width="${item.stroke}"` : '') +
        '/>'
      );
    case 'line':
      return `<polyline points="${points(item.points)}" fill="none" stroke="#000" stroke-width="${item.stroke}"/>`;
    case 'polygon':
      return `<polygon points="${points(item.points)}" fill="${item.fill ?? 'none'}" stroke="#000" stroke-width="${item.stroke}"/>`;
    case 'text': {
      const ascent = (fontMetrics(item.bold).ascent / 1000) * item.size;
      return item.lines
        .map((text, index) => {
          const width = textWidth(text, item.size, item.bold);
          const x =
            item.align === 'left'
              ? item.x
              : item.align === 'center'
                ? item.x + (item.width - width) / 2
                : item.x + item.width - width;
          const y = item.y + index * item.lineHeight + ascent;
          return (
            `<text x="${fmt(x)}" y="${fmt(y)}" font-size="${item.size}"` +
            (item.bold ? ' font-weight="bold"' : '') +
            `>${escapeXml(text)}</text>`
          );
        })
        .join('');
    }
  }
}

function points(list: Array<[number, number]>): string {
  return list.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ');
}

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
