import fs from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The fonts of the documents built from a `DocumentModel`: DejaVu Sans from the `dejavu-fonts-ttf`
 * package, never the machine's fonts. The DOCX embeds the faces and names the family, the PDF embeds
 * subsets, the chart images draw with the same files, so the three look alike on any machine.
 */
export const DOCUMENT_FONT = 'DejaVu Sans';

export type FontFace = 'normal' | 'bold' | 'italics' | 'bolditalics';

const require = createRequire(import.meta.url);
/** Only this folder is read for fonts (pdfmake's local access policy names it too). */
export const DOCUMENT_FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const DOCUMENT_FONT_FILES: Record<FontFace, string> = {
  normal: join(DOCUMENT_FONT_DIR, 'DejaVuSans.ttf'),
  bold: join(DOCUMENT_FONT_DIR, 'DejaVuSans-Bold.ttf'),
  italics: join(DOCUMENT_FONT_DIR, 'DejaVuSans-Oblique.ttf'),
  bolditalics: join(DOCUMENT_FONT_DIR, 'DejaVuSans-BoldOblique.ttf'),
};

const bytes = new Map<FontFace, Buffer>();

/** The face's TTF bytes, read once per process. */
export function fontBytes(face: FontFace): Buffer {
  let data = bytes.get(face);
  if (!data) {
    data = fs.readFileSync(DOCUMENT_FONT_FILES[face]);
    bytes.set(face, data);
  }
  return data;
}

interface Metrics {
  unitsPerEm: number;
  /** Advance width in font units by UTF-16 code unit (the BMP), 0 where the font has no glyph. */
  advance: Uint16Array;
  missing: number;
}

const metricsCache = new Map<FontFace, Metrics>();

/**
 * Width of `text` in points at `size` as the face prints it (advance widths, no kerning), read from the
 * font file's `cmap` (format 4) and `hmtx` tables. Characters the font lacks count as an average letter.
 */
export function textWidth(text: string, size: number, bold = false): number {
  const metrics = metricsOf(bold ? 'bold' : 'normal');
  let units = 0;
  for (let i = 0; i < text.length; i++) {
    const width = metrics.advance[text.charCodeAt(i)] ?? 0;
    units += width === 0 ? metrics.missing : width;
  }
  return (units * size) / metrics.unitsPerEm;
}

function metricsOf(face: FontFace): Metrics {
  let metrics = metricsCache.get(face);
  if (!metrics) {
    metrics = readMetrics(fontBytes(face));
    metricsCache.set(face, metrics);
  }
  return metrics;
}

function readMetrics(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
  }
  const table = (tag: string) => {
    const offset = tables.get(tag);
    if (offset === undefined) throw new Error(`font has no ${tag} table`);
    return offset;
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const longMetrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advanceOf = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, longMetrics - 1));

  const advance = new Uint16Array(0x10000);
  const cmap = table('cmap');
  let subtable = -1;
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i++) {
    const record = cmap + 4 + 8 * i;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const offset = cmap + font.readUInt32BE(record + 4);
    if (platform === 3 && encoding === 1 && font.readUInt16BE(offset) === 4) subtable = offset;
  }
  if (subtable < 0) throw new Error('font has no Unicode BMP cmap');
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const ends = subtable + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  for (let s = 0; s < segments; s++) {
    const end = font.readUInt16BE(ends + 2 * s);
    const start = font.readUInt16BE(starts + 2 * s);
    const delta = font.readUInt16BE(deltas + 2 * s);
    const rangeOffset = font.readUInt16BE(rangeOffsets + 2 * s);
    for (let code = start; code <= end && code !== 0xffff; code++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsets + 2 * s + rangeOffset + 2 * (code - start);
        glyph = font.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) advance[code] = advanceOf(glyph);
    }
  }
  return { unitsPerEm, advance, missing: advance['n'.charCodeAt(0)]! };
}

/**
 * Breaks text into lines no wider than `width` points: at spaces, keeping explicit line breaks, and
 * inside a word only when the word alone is too wide.
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
      let rest = word;
      while (rest.length > 1 && textWidth(rest, size, bold) > width) {
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
