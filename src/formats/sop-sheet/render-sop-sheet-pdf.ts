import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pdfmake from 'pdfmake';
import type { Content } from 'pdfmake/interfaces';
import type { SopDefinition } from '../../core/sop';
import { layoutSopSheet } from './layout-sop-sheet';
import { textWidth } from './measure-text';
import type { SheetItem, SheetOptions } from './sheet-layout';

const require = createRequire(import.meta.url);
/** DejaVu TTFs from the dejavu-fonts-ttf package: the PDF does not depend on the machine's fonts. */
const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT = 'DejaVuSansCondensed';
let configured = false;

function configurePdfmake(): void {
  if (configured) return;
  pdfmake.setFonts({
    [FONT]: {
      normal: join(FONT_DIR, 'DejaVuSansCondensed.ttf'),
      bold: join(FONT_DIR, 'DejaVuSansCondensed-Bold.ttf'),
      italics: join(FONT_DIR, 'DejaVuSansCondensed-Oblique.ttf'),
      bolditalics: join(FONT_DIR, 'DejaVuSansCondensed-BoldOblique.ttf'),
    },
  });
  // Only the font folder may be read; no URL is ever fetched.
  pdfmake.setLocalAccessPolicy((path: string) => path.startsWith(FONT_DIR));
  pdfmake.setUrlAccessPolicy(() => false);
  configured = true;
}

/**
 * The SOP sheet as PDF (A4 or F4 landscape): the same layout as the SVG, drawn as vectors (symbols,
 * arrows, pentagons, table lines) with DejaVu Sans Condensed embedded.
 */
export async function renderSopSheetPdf(def: SopDefinition, options: SheetOptions = {}): Promise<Buffer> {
  configurePdfmake();
  const layout = layoutSopSheet(def, options);
  const content: Content[] = [];
  layout.pages.forEach((page, index) => {
    const canvas = page.items.flatMap(canvasOf);
    const texts = page.items.flatMap(textsOf);
    content.push({
      stack: [{ canvas, absolutePosition: { x: 0, y: 0 } } as unknown as Content, ...texts],
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    });
  });
  const doc = pdfmake.createPdf({
    pageSize: { width: layout.width, height: layout.height },
    pageMargins: [0, 0, 0, 0],
    defaultStyle: { font: FONT },
    info: { title: `SOP ${def.identity.title}`, subject: def.identity.number, creator: 'Alur' },
    content,
  });
  return doc.getBuffer();
}

// pdfmake's canvas types are looser than its declarations; the shapes below are what it draws.
type CanvasShape = Record<string, unknown>;

function canvasOf(item: SheetItem): CanvasShape[] {
  switch (item.kind) {
    case 'rect':
      return [
        {
          type: 'rect',
          x: item.x,
          y: item.y,
          w: item.width,
          h: item.height,
          r: item.radius,
          lineWidth: item.stroke,
          ...(item.stroke > 0 ? { lineColor: '#000000' } : { lineColor: item.fill ?? '#ffffff' }),
          ...(item.fill ? { color: item.fill } : {}),
        },
      ];
    case 'line':
      return [
        {
          type: 'polyline',
          points: item.points.map(([x, y]) => ({ x, y })),
          lineWidth: item.stroke,
          lineColor: '#000000',
        },
      ];
    case 'polygon':
      return [
        {
          type: 'polyline',
          points: item.points.map(([x, y]) => ({ x, y })),
          closePath: true,
          lineWidth: item.stroke,
          lineColor: '#000000',
          ...(item.fill ? { color: item.fill } : {}),
        },
      ];
    case 'text':
      return [];
  }
}

function textsOf(item: SheetItem): Content[] {
  if (item.kind !== 'text') return [];
  return item.lines.map((line, index) => {
    const width = textWidth(line, item.size, item.bold);
    const x =
      item.align === 'left'
        ? item.x
        : item.align === 'center'
          ? item.x + (item.width - width) / 2
          : item.x + item.width - width;
    return {
      text: line,
      fontSize: item.size,
      bold: item.bold,
      lineHeight: 1,
      absolutePosition: { x, y: item.y + index * item.lineHeight },
    } as Content;
  });
}
