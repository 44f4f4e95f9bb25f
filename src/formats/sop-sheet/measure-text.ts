import { DEJAVU_CONDENSED, DEJAVU_CONDENSED_BOLD, FIRST_CODE_POINT, type FontMetrics } from './font-metrics';

/** The sheet's font (embedded in the PDF, named in SVG and DOCX). */
export const SHEET_FONT_FAMILY = 'DejaVu Sans Condensed';

export function fontMetrics(bold: boolean): FontMetrics {
  return bold ? DEJAVU_CONDENSED_BOLD : DEJAVU_CONDENSED;
}

/** Width of `text` in points at `size`, as DejaVu Sans Condensed prints it. */
export function textWidth(text: string, size: number, bold = false): number {
  const metrics = fontMetrics(bold);
  let units = 0;
  for (const char of text) {
    const code = char.codePointAt(0)! - FIRST_CODE_POINT;
    units += metrics.widths[code] ?? metrics.fallback;
  }
  return (units * size) / 1000;
}

/**
 * Breaks text into lines no wider than `width`: at spaces, keeping explicit line breaks, and inside
 * a word only when the word alone is too wide.
 *
 * @example wrapText('Memerintahkan penyusunan SAKIP', 60, 7) // ['Memerintahkan', 'penyusunan SAKIP']
 */
export function wrapText(text: string, width: number, size: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (textWidth(candidate, size, bold) <= width) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      let rest = word;
      while (textWidth(rest, size, bold) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && textWidth(rest.slice(0, cut), size, bold) > width) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
