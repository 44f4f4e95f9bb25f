/**
 * The Unicode ranges a DOCX keeps the outlines of: Latin with its accents, punctuation, super- and
 * subscripts, currency, letter-like symbols, number forms, arrows, mathematical operators (≥ ≤ ±),
 * geometric shapes (bullets), ballot boxes and ticks (☐ ☑ ✓ ✗) and the Latin ligatures. Indonesian
 * government documents write nothing outside them; a user who types, say, Cyrillic into the DOCX on a
 * machine without DejaVu gets a blank there.
 */
const KEPT_RANGES: Array<[number, number]> = [
  [0x0000, 0x024f],
  [0x02b0, 0x036f],
  [0x2000, 0x22ff],
  [0x25a0, 0x25ff],
  [0x2605, 0x2606],
  [0x2610, 0x2612],
  [0x2713, 0x2718],
  [0xfb00, 0xfb06],
  [0xfffd, 0xfffd],
];

export function keptCodePoint(code: number): boolean {
  return KEPT_RANGES.some(([from, to]) => code >= from && code <= to);
}

interface Table {
  tag: string;
  data: Buffer;
}

/**
 * A TrueType font for embedding in a DOCX, about a third of its size: the outlines of glyphs reached
 * only from code points outside `KEPT_RANGES` are emptied (DejaVu Sans also draws Greek, Cyrillic,
 * Arabic and thousands of symbols), and the glyph names go. Glyph numbers, the character map, metrics,
 * kerning and OpenType tables stay as they are, so text lays out exactly as with the full font; glyphs
 * no code point maps to (ligatures, alternates the OpenType tables substitute) and the parts of
 * composite glyphs are kept.
 *
 * @example trimFont(fs.readFileSync('DejaVuSans.ttf')) // 757 KB → about 250 KB
 */
export function trimFont(font: Buffer, keep: (code: number) => boolean = keptCodePoint): Buffer {
  const tables = readTables(font);
  const table = (tag: string) => {
    const found = tables.find((t) => t.tag === tag);
    if (!found) throw new Error(`font has no ${tag} table`);
    return found.data;
  };
  const head = Buffer.from(table('head'));
  const glyphCount = table('maxp').readUInt16BE(4);
  const longOffsets = head.readInt16BE(50) === 1;
  const loca = table('loca');
  const glyf = table('glyf');
  const offset = (glyph: number) =>
    longOffsets ? loca.readUInt32BE(4 * glyph) : 2 * loca.readUInt16BE(2 * glyph);

  const { kept, mapped } = cmapGlyphs(table('cmap'), keep);
  const keepGlyph = new Uint8Array(glyphCount);
  keepGlyph[0] = 1;
  for (let g = 0; g < glyphCount; g++) if (kept.has(g) || !mapped.has(g)) keepGlyph[g] = 1;
  // Composite glyphs draw their parts from other glyphs: keep those too.
  const pending = [...keepGlyph.keys()].filter((g) => keepGlyph[g]);
  while (pending.length > 0) {
    const g = pending.pop()!;
    for (const part of componentsOf(glyf, offset(g), offset(g + 1)))
      if (part < glyphCount && !keepGlyph[part]) {
        keepGlyph[part] = 1;
        pending.push(part);
      }
  }

  const pieces: Buffer[] = [];
  const newLoca = Buffer.alloc(4 * (glyphCount + 1));
  let position = 0;
  for (let g = 0; g < glyphCount; g++) {
    newLoca.writeUInt32BE(position, 4 * g);
    if (!keepGlyph[g]) continue;
    const data = glyf.subarray(offset(g), offset(g + 1));
    const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
    pieces.push(padded);
    position += padded.length;
  }
  newLoca.writeUInt32BE(position, 4 * glyphCount);
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);
  const post = Buffer.from(table('post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);

  const replaced: Record<string, Buffer> = { head, loca: newLoca, glyf: Buffer.concat(pieces), post };
  return writeFont(
    font.readUInt32BE(0),
    tables.map((t) => ({ tag: t.tag, data: replaced[t.tag] ?? t.data })),
  );
}

function readTables(font: Buffer): Table[] {
  const count = font.readUInt16BE(4);
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const record = 12 + 16 * i;
    const offset = font.readUInt32BE(record + 8);
    const length = font.readUInt32BE(record + 12);
    tables.push({
      tag: font.toString('latin1', record, record + 4),
      data: font.subarray(offset, offset + length),
    });
  }
  return tables;
}

/** Glyphs of kept code points, and every glyph the Unicode character maps reach at all. */
function cmapGlyphs(
  cmap: Buffer,
  keep: (code: number) => boolean,
): { kept: Set<number>; mapped: Set<number> } {
  const kept = new Set<number>();
  const mapped = new Set<number>();
  for (let i = 0; i < cmap.readUInt16BE(2); i++) {
    const record = 4 + 8 * i;
    const sub = cmap.readUInt32BE(record + 4);
    const format = cmap.readUInt16BE(sub);
    if (format === 12) {
      // Code points past the BMP (DejaVu draws mathematical alphanumerics there).
      const groups = cmap.readUInt32BE(sub + 12);
      for (let k = 0; k < groups; k++) {
        const group = sub + 16 + 12 * k;
        const first = cmap.readUInt32BE(group);
        const last = cmap.readUInt32BE(group + 4);
        const glyph = cmap.readUInt32BE(group + 8);
        for (let code = first; code <= last; code++) {
          mapped.add(glyph + code - first);
          if (keep(code)) kept.add(glyph + code - first);
        }
      }
      continue;
    }
    if (cmap.readUInt16BE(record) !== 3 || format !== 4) continue;
    const segments = cmap.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + 2 * segments + 2;
    const deltas = starts + 2 * segments;
    const rangeOffsets = deltas + 2 * segments;
    for (let s = 0; s < segments; s++) {
      const end = cmap.readUInt16BE(ends + 2 * s);
      const start = cmap.readUInt16BE(starts + 2 * s);
      const delta = cmap.readUInt16BE(deltas + 2 * s);
      const rangeOffset = cmap.readUInt16BE(rangeOffsets + 2 * s);
      for (let code = start; code <= end && code !== 0xffff; code++) {
        let glyph = 0;
        if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
        else {
          glyph = cmap.readUInt16BE(rangeOffsets + 2 * s + rangeOffset + 2 * (code - start));
          if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
        }
        if (glyph === 0) continue;
        mapped.add(glyph);
        if (keep(code)) kept.add(glyph);
      }
    }
  }
  return { kept, mapped };
}

/** The glyphs a composite glyph is made of (none for a simple or empty glyph). */
function componentsOf(glyf: Buffer, start: number, end: number): number[] {
  if (end - start < 10 || glyf.readInt16BE(start) >= 0) return [];
  const parts: number[] = [];
  let at = start + 10;
  for (;;) {
    const flags = glyf.readUInt16BE(at);
    parts.push(glyf.readUInt16BE(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020) || at >= end) return parts;
  }
}

function checksum(data: Buffer): number {
  let sum = 0;
  const padded = data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A font file of the tables, 4-byte aligned, with their checksums and the head's adjustment. */
function writeFont(version: number, tables: Table[]): Buffer {
  const count = tables.length;
  let power = 1;
  while (power * 2 <= count) power *= 2;
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(version, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const bodies: Buffer[] = [];
  let offset = header.length;
  let headOffset = -1;
  sorted.forEach((table, i) => {
    const record = 12 + 16 * i;
    header.write(table.tag, record, 4, 'latin1');
    header.writeUInt32BE(checksum(table.data), record + 4);
    header.writeUInt32BE(offset, record + 8);
    header.writeUInt32BE(table.data.length, record + 12);
    if (table.tag === 'head') headOffset = offset;
    const padding = (4 - (table.data.length % 4)) % 4;
    bodies.push(table.data, Buffer.alloc(padding));
    offset += table.data.length + padding;
  });
  const font = Buffer.concat([header, ...bodies]);
  if (headOffset >= 0) font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headOffset + 8);
  return font;
}
