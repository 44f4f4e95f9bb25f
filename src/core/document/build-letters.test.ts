import { describe, expect, it } from 'vitest';
import { buildCoverLetter, findMissingCoverLetterData, spellNumberId } from './build-cover-letter';
import { BLANK, buildDispositionSheet, findMissingDispositionData } from './build-disposition-sheet';
import type { CoverLetterData } from './cover-letter-data';
import type { DispositionSheetData } from './disposition-sheet-data';
import { documentText, tablesOf } from './document-text';
import { cellText } from './table-cells';
import { anAgency, anOfficial } from './test-data';

const disposition = (overrides: Partial<DispositionSheetData> = {}): DispositionSheetData => ({
  agency: anAgency(),
  letter: {
    from: 'Inspektur Provinsi Kalimantan Timur',
    number: '700/215/ITPROV',
    date: '2026-11-18',
    subject: 'Penyampaian LKjIP Tahun 2026',
    receivedOn: '2026-11-20',
    agendaNumber: null,
    nature: 'Segera',
  },
  addressees: [
    { positionTitle: 'Sekretaris Dinas', name: 'Rina Kartika' },
    { positionTitle: 'Kepala Subbagian Program', name: null },
  ],
  instruction: 'Siapkan LKjIP 2026 sesuai SOP; koordinasikan dengan para Kabid.',
  deadline: '2026-12-04',
  head: anOfficial(),
  date: '2026-11-20',
  purpose: 'LKjIP 2026',
  ...overrides,
});

describe('buildDispositionSheet', () => {
  it('lays out the form: letter fields, addressees beside the instruction, deadline, the head’s signature', () => {
    const model = buildDispositionSheet(disposition());
    expect(model.kind).toBe('disposisi');
    const [letter, forward, instruction] = tablesOf(model);
    expect(letter!.rows.map((r) => r.map(cellText))).toEqual([
      ['Surat dari', 'Inspektur Provinsi Kalimantan Timur', 'Diterima tanggal', '20 November 2026'],
      ['Nomor surat', '700/215/ITPROV', 'Nomor agenda', BLANK],
      ['Tanggal surat', '18 November 2026', 'Sifat', 'Segera'],
      ['Perihal', 'Penyampaian LKjIP Tahun 2026'],
    ]);
    expect(forward!.header[0]!.map(cellText)).toEqual(['Diteruskan kepada']);
    expect(forward!.rows.map((r) => r.map(cellText))).toEqual([
      ['1. Sekretaris Dinas (Rina Kartika)'],
      ['2. Kepala Subbagian Program'],
    ]);
    expect(instruction!.rows.map((r) => r.map(cellText))).toEqual([
      ['Isi disposisi', 'Siapkan LKjIP 2026 sesuai SOP; koordinasikan dengan para Kabid.'],
      ['Batas waktu', 'Jumat, 4 Desember 2026'],
    ]);
    expect(documentText(model)).toContain('LEMBAR DISPOSISI');
    const signatures = model.sections[0]!.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toMatchObject({
      date: '20 November 2026',
      signatories: [{ key: 'head', name: 'Hendra Wijaya' }],
    });
  });

  it('prints lines to fill in by hand for what the system does not hold', () => {
    const model = buildDispositionSheet(
      disposition({
        letter: {
          from: null,
          number: null,
          date: null,
          subject: null,
          receivedOn: null,
          agendaNumber: null,
          nature: null,
        },
        deadline: null,
      }),
    );
    const [letter, , instruction] = tablesOf(model);
    expect(letter!.rows.flatMap((r) => r.map(cellText)).filter((t) => t === BLANK)).toHaveLength(7);
    expect(cellText(instruction!.rows[1]![1]!)).toBe(BLANK);
  });

  it('names what is missing: the instruction, the addressees, the head', () => {
    expect(findMissingDispositionData(disposition())).toEqual([]);
    const missing = findMissingDispositionData(
      disposition({ instruction: ' ', addressees: [], head: anOfficial({ name: null }) }),
    );
    expect(missing.map((m) => m.where)).toEqual([
      'Isi disposisi',
      'Diteruskan kepada',
      'Kepala Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur',
    ]);
  });
});

const coverLetter = (overrides: Partial<CoverLetterData> = {}): CoverLetterData => ({
  agency: anAgency(),
  date: '2027-02-20',
  number: 'K. 075/12/DESDM/2027',
  nature: 'Biasa',
  attachmentCount: 1,
  subject: 'Penyampaian LKjIP Tahun 2026',
  recipients: ['Gubernur Kalimantan Timur', 'c.q. Sekretaris Daerah Provinsi Kalimantan Timur'],
  recipientPlace: 'di Samarinda',
  attached: 'Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2026',
  body: null,
  signer: anOfficial({ acting: 'plh' }),
  copies: ['Inspektur Provinsi Kalimantan Timur', 'Kepala Bappeda Provinsi Kalimantan Timur'],
  ...overrides,
});

describe('buildCoverLetter', () => {
  it('writes place and date, the letter fields, the recipients, a body naming what is attached, the signature and Tembusan', () => {
    const model = buildCoverLetter(coverLetter());
    expect(model.kind).toBe('surat_pengantar');
    const text = documentText(model);
    expect(text).toContain('Samarinda, 20 Februari 2027');
    const [fields] = tablesOf(model);
    expect(fields!.borderless).toBe(true);
    expect(fields!.rows.map((r) => r.map(cellText))).toEqual([
      ['Nomor', ':', 'K. 075/12/DESDM/2027'],
      ['Sifat', ':', 'Biasa'],
      ['Lampiran', ':', '1 (satu) berkas'],
      ['Perihal', ':', 'Penyampaian LKjIP Tahun 2026'],
    ]);
    expect(text).toContain(
      'Kepada\nYth. Gubernur Kalimantan Timur\nc.q. Sekretaris Daerah Provinsi Kalimantan Timur\ndi Samarinda',
    );
    expect(text).toContain(
      'Bersama ini kami sampaikan Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2026 Dinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur sebagaimana terlampir',
    );
    expect(text).toContain(
      'Tembusan:\nYth. Inspektur Provinsi Kalimantan Timur\nYth. Kepala Bappeda Provinsi Kalimantan Timur',
    );
    const signatures = model.sections[0]!.blocks.find((b) => b.kind === 'signatures');
    expect(signatures).toMatchObject({
      signatories: [{ key: 'head', actingPrefix: 'Plh.', name: 'Hendra Wijaya' }],
    });
    expect(signatures && 'date' in signatures ? signatures.date : undefined).toBeUndefined();
  });

  it('leaves the number blank until it is issued, and takes a body people wrote', () => {
    const model = buildCoverLetter(
      coverLetter({
        number: null,
        body: 'Menindaklanjuti surat Saudara,\n\nbersama ini kami kirimkan laporan.',
      }),
    );
    expect(cellText(tablesOf(model)[0]!.rows[0]![2]!)).toBe('......../......../......../........');
    const text = documentText(model);
    expect(text).toContain('Menindaklanjuti surat Saudara,\nbersama ini kami kirimkan laporan.');
    expect(text).not.toContain('Dengan hormat');
  });

  it('names what is missing', () => {
    expect(findMissingCoverLetterData(coverLetter())).toEqual([]);
    expect(
      findMissingCoverLetterData(coverLetter({ recipients: [], subject: '', signer: null })).map(
        (m) => m.where,
      ),
    ).toEqual(['Kepada', 'Perihal', 'kepala instansi']);
  });

  it('spells counts the way letters do', () => {
    expect([1, 2, 10, 11, 12, 19, 20, 21, 100, 115, 250].map(spellNumberId)).toEqual([
      'satu',
      'dua',
      'sepuluh',
      'sebelas',
      'dua belas',
      'sembilan belas',
      'dua puluh',
      'dua puluh satu',
      'seratus',
      'seratus lima belas',
      'dua ratus lima puluh',
    ]);
  });
});
