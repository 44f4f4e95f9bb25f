import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../core/document/document-model';
import { sampleLetterModel, sampleLkjipModel } from '../document-render.sample';
import { renderDocumentDocx } from './render-document-docx';

async function open(model: DocumentModel, createdAt?: Date) {
  const zip = await JSZip.loadAsync(await renderDocumentDocx(model, createdAt ? { createdAt } : {}));
  const read = (path: string) => zip.file(path)!.async('string');
  return { zip, read, document: await read('word/document.xml') };
}

/** The section properties in order, each with its page-number settings and size. */
function sections(document: string): string[] {
  return [...document.matchAll(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
}

describe('renderDocumentDocx', () => {
  let lkjip: Awaited<ReturnType<typeof open>>;
  beforeAll(async () => {
    lkjip = await open(sampleLkjipModel(), new Date('2026-02-27T02:00:00Z'));
  });

  it('puts listed headings in Word heading styles and the others in look-alike styles without an outline level', async () => {
    const styles = await lkjip.read('word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'HeadingUnlisted1', 'TOC1', 'TOC2'])
      expect(styles).toContain(`w:styleId="${id}"`);
    const chapters = lkjip.document.match(/<w:pStyle w:val="Heading1"\/>/g) ?? [];
    // KATA PENGANTAR, IKHTISAR EKSEKUTIF, BAB I–IV, LAMPIRAN.
    expect(chapters).toHaveLength(7);
    expect(lkjip.document.match(/<w:pStyle w:val="Heading2"\/>/g)).toHaveLength(7);
    expect(lkjip.document).toContain('<w:t xml:space="preserve">BAB I</w:t>');
  });

  it('writes the Daftar Isi as a TOC field already filled with the headings and their page numbers', () => {
    const doc = lkjip.document;
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-3&quot;/);
    expect(doc).toContain('w:val="Table of Contents"');
    const toc = doc.slice(doc.indexOf('TOC \\h'), doc.indexOf('</w:sdtContent>'));
    for (const entry of [
      'KATA PENGANTAR',
      'IKHTISAR EKSEKUTIF',
      '1.1 Latar Belakang',
      'B. Realisasi Anggaran',
      'LAMPIRAN',
    ])
      expect(toc).toContain(entry);
    expect(toc).toMatch(/PAGEREF _Toc\w+ \\h/);
    // Front matter in roman numbers, the body in arabic ones.
    expect(toc).toMatch(/>ii<\/w:t>/);
    expect(toc).toMatch(/>5<\/w:t>/);
  });

  it('numbers pages per section, restarting where the format changes, and turns the appendix to landscape', () => {
    const sect = sections(lkjip.document);
    expect(sect).toHaveLength(4);
    expect(sect[1]).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
    expect(sect[2]).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
    expect(sect[3]).toMatch(/<w:pgNumType w:fmt="decimal"\/>/);
    expect(sect[3]).toContain('w:orient="landscape"');
    // A4 portrait, then A4 landscape.
    expect(sect[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sect[3]).toMatch(/<w:pgSz w:w="16838" w:h="11906"/);
    // Each section has a footer of its own; the cover's is empty.
    expect(sect.every((s) => s.includes('w:footerReference'))).toBe(true);
  });

  it('repeats table header rows, merges spanned cells and fills category cells', () => {
    const doc = lkjip.document;
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('<w:cantSplit/>');
    expect(doc).toMatch(/<w:gridSpan w:val="2"\/>/);
    expect(doc).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(doc).toMatch(/<w:shd [^>]*w:fill="C6EFCE"/);
    expect(doc).toMatch(/<w:shd [^>]*w:fill="D9D9D9"/);
    expect(doc).toContain('Tabel 3.1 Capaian Indikator Kinerja Sasaran Tahun 2025 (T-1)');
  });

  it('embeds the charts and the QR code as PNG and the DejaVu faces as fonts', async () => {
    const media = Object.keys(lkjip.zip.files).filter((name) => name.startsWith('word/media/'));
    expect(media.filter((name) => name.endsWith('.png')).length).toBeGreaterThanOrEqual(3);
    const fonts = Object.keys(lkjip.zip.files).filter((name) => name.startsWith('word/fonts/'));
    expect(fonts).toHaveLength(4);
    const table = await lkjip.read('word/fontTable.xml');
    expect(table).toContain('w:name="DejaVu Sans"');
    for (const face of ['embedRegular', 'embedBold', 'embedItalic', 'embedBoldItalic'])
      expect(table).toContain(`w:${face}`);
    expect(await lkjip.read('word/styles.xml')).toContain('w:ascii="DejaVu Sans"');
  });

  it('writes title, subject, author and the creation date given', async () => {
    const core = await lkjip.read('docProps/core.xml');
    expect(core).toContain('<dc:title>Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2025</dc:title>');
    expect(core).toContain('LKjIP Dinas Energi dan Sumber Daya Mineral');
    expect(core).toContain(
      '<dc:creator>Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur</dc:creator>',
    );
    expect(core).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2026-02-27T02:00:00Z</dcterms:created>',
    );
  });

  it('lays a letter on F4 paper with the letterhead logo and the double rule', async () => {
    const bytes = await renderDocumentDocx(sampleLetterModel());
    // The embedded faces are trimmed to Latin: a letter is not 1.4 MB of fonts.
    expect(bytes.length).toBeLessThan(700_000);
    const letter = await open(sampleLetterModel());
    expect(sections(letter.document)[0]).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    expect(letter.document).toContain('w:val="thickThinSmallGap"');
    expect(letter.document).toContain('DINAS ENERGI DAN SUMBER DAYA MINERAL');
    expect(Object.keys(letter.zip.files).some((name) => name.startsWith('word/media/'))).toBe(true);
    expect(letter.document).not.toContain('TOC \\h');
  });
});
