import { createRequire } from 'node:module';

interface Inline {
  text: string;
  x: number;
  justifyShift?: number;
}

interface Line {
  inlines: Inline[];
  newLineForced?: boolean;
  lastLineInParagraph?: boolean;
  getWidth(): number;
}

interface Writer {
  context(): { availableWidth: number };
  alignLine(line: Line): void;
}

const require = createRequire(import.meta.url);
let patched = false;

/**
 * pdfmake justifies a line by spreading the spare width over every boundary between its pieces, and
 * a piece ends at each hyphen and at each change of style. So "Undang-Undang" prints as
 * "Undang- Undang" and "**36,20%**;" as "36,20% ;" in justified text (pdfmake issues #1368, #1912).
 * This puts the spare width only where the text has a space. Applied once per process; pdfmake's own
 * behaviour is kept for every other alignment.
 */
export function patchPdfmakeJustify(): void {
  if (patched) return;
  patched = true;
  const ElementWriter = require('pdfmake/js/ElementWriter.js').default as { prototype: Writer } | undefined;
  const original = ElementWriter?.prototype.alignLine;
  if (!ElementWriter || typeof original !== 'function') return;
  ElementWriter.prototype.alignLine = function alignLine(this: Writer, line: Line) {
    const inlines = line.inlines ?? [];
    const alignment = (inlines[0] as { alignment?: string } | undefined)?.alignment;
    if (alignment !== 'justify' || line.newLineForced || line.lastLineInParagraph || inlines.length < 2) {
      original.call(this, line);
      return;
    }
    const gaps = inlines.map((_, i) => i > 0 && /\s$/.test(inlines[i - 1]!.text));
    const count = gaps.filter(Boolean).length;
    if (count === 0) return;
    const spacing = (this.context().availableWidth - line.getWidth()) / count;
    let offset = 0;
    inlines.forEach((inline, i) => {
      if (gaps[i]) {
        offset += spacing;
        inline.justifyShift = spacing;
      }
      inline.x += offset;
    });
  };
}
