import { describe, expect, it } from 'vitest';
import { fontBytes } from '../document-render.fonts';
import { keptCodePoint, trimFont } from './trim-font';

function tables(font: Buffer): Map<string, { checksum: number; data: Buffer }> {
  const out = new Map<string, { checksum: number; data: Buffer }>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const record = 12 + 16 * i;
    const offset = font.readUInt32BE(record + 8);
    out.set(font.toString('latin1', record, record + 4), {
      checksum: font.readUInt32BE(record + 4),
      data: font.subarray(offset, offset + font.readUInt32BE(record + 12)),
    });
  }
  return out;
}

function sum(data: Buffer): number {
  const padded = Buffer.concat([data, Buffer.alloc((4 - (data.length % 4)) % 4)]);
  let total = 0;
  for (let i = 0; i < padded.length; i += 4) total = (total + padded.readUInt32BE(i)) >>> 0;
  return total;
}

/** The outline bytes of the glyph a BMP character maps to (format 4 cmap, segment search). */
function outline(font: Buffer, char: string): Buffer {
  const t = tables(font);
  const cmap = t.get('cmap')!.data;
  const code = char.charCodeAt(0);
  let glyph = 0;
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const sub = cmap.readUInt32BE(4 + 8 * i + 4);
    if (cmap.readUInt16BE(4 + 8 * i) !== 3 || cmap.readUInt16BE(sub) !== 4) continue;
    const segments = cmap.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const ranges = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      if (code > cmap.readUInt16BE(ends + 2 * s) || code < cmap.readUInt16BE(starts + 2 * s)) continue;
      const range = cmap.readUInt16BE(ranges + 2 * s);
      const delta = cmap.readUInt16BE(deltas + 2 * s);
      glyph =
        range === 0
          ? (code + delta) & 0xffff
          : (cmap.readUInt16BE(ranges + 2 * s + range + 2 * (code - cmap.readUInt16BE(starts + 2 * s))) +
              delta) &
            0xffff;
      break;
    }
  }
  const long = t.get('head')!.data.readInt16BE(50) === 1;
  const loca = t.get('loca')!.data;
  const at = (g: number) => (long ? loca.readUInt32BE(4 * g) : 2 * loca.readUInt16BE(2 * g));
  return t.get('glyf')!.data.subarray(at(glyph), at(glyph + 1));
}

describe('trimFont', () => {
  const full = fontBytes('normal');
  const trimmed = trimFont(full);

  it('keeps the outlines of Latin text and symbols documents use, byte for byte, and empties the rest', () => {
    expect(trimmed.length).toBeLessThan(full.length * 0.45);
    for (const char of ['A', 'g', 'é', 'Ŋ', '≥', '“', '–', '€', '☑', '✓', 'ﬁ', '•']) {
      expect(outline(trimmed, char).length, char).toBeGreaterThan(0);
      expect(outline(trimmed, char).equals(outline(full, char)), char).toBe(true);
    }
    for (const char of ['Ж', 'Ђ', 'ب', '♫']) {
      expect(outline(full, char).length).toBeGreaterThan(0);
      expect(outline(trimmed, char).length, char).toBe(0);
    }
    expect(keptCodePoint(0x2265)).toBe(true);
    expect(keptCodePoint(0x0416)).toBe(false);
  });

  it('leaves the character map, metrics, kerning and OpenType tables as they were', () => {
    const before = tables(full);
    const after = tables(trimmed);
    for (const tag of ['cmap', 'hmtx', 'hhea', 'kern', 'GPOS', 'GSUB', 'OS/2', 'name'])
      expect(after.get(tag)!.data.equals(before.get(tag)!.data), tag).toBe(true);
    expect(after.get('maxp')!.data.readUInt16BE(4)).toBe(before.get('maxp')!.data.readUInt16BE(4));
  });

  it('writes valid table checksums and the whole-font adjustment', () => {
    const after = tables(trimmed);
    for (const [tag, table] of after) {
      if (tag === 'head') continue;
      expect(sum(table.data), tag).toBe(table.checksum);
    }
    expect(sum(trimmed)).toBe(0xb1b0afba);
  });
});
