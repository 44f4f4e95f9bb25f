import { letterheadOf, signatoryOf } from './agency-identity';
import type { CoverLetterData } from './cover-letter-data';
import type { Block, DocumentModel } from './document-model';
import { headGap } from './find-missing-lkjip-data';
import { formatDateId } from './format-date-id';
import type { MissingData } from './missing-data';
import { narrativeBlocks } from './narrative';

const SMALL = [
  'nol',
  'satu',
  'dua',
  'tiga',
  'empat',
  'lima',
  'enam',
  'tujuh',
  'delapan',
  'sembilan',
  'sepuluh',
  'sebelas',
];

/**
 * A whole number in Indonesian words, as letters spell counts beside the figure ("1 (satu) berkas").
 * @example spellNumberId(12) // 'dua belas'
 * @example spellNumberId(45) // 'empat puluh lima'
 */
export function spellNumberId(n: number): string {
  if (!Number.isInteger(n) || n < 0) return String(n);
  if (n < 12) return SMALL[n]!;
  if (n < 20) return `${SMALL[n - 10]} belas`;
  if (n < 100) return `${SMALL[Math.floor(n / 10)]} puluh${n % 10 ? ` ${SMALL[n % 10]}` : ''}`;
  if (n < 200) return `seratus${n % 100 ? ` ${spellNumberId(n % 100)}` : ''}`;
  if (n < 1000) return `${SMALL[Math.floor(n / 100)]} ratus${n % 100 ? ` ${spellNumberId(n % 100)}` : ''}`;
  return String(n);
}

/**
 * The surat pengantar: letterhead, place and date, Nomor/Sifat/Lampiran/Perihal, "Kepada Yth.", a
 * body saying what is attached, the head's signature block and the Tembusan list.
 */
export function buildCoverLetter(data: CoverLetterData): DocumentModel {
  const attachment =
    data.attachmentCount > 0
      ? `${data.attachmentCount} (${spellNumberId(data.attachmentCount)}) berkas`
      : '-';
  const body =
    data.body?.trim() ||
    [
      'Dengan hormat,',
      `Bersama ini kami sampaikan ${data.attached} ${data.agency.name} sebagaimana terlampir, untuk dapat dipergunakan sebagaimana mestinya.`,
      'Demikian disampaikan, atas perhatian Bapak/Ibu kami ucapkan terima kasih.',
    ].join('\n\n');
  const blocks: Block[] = [
    { kind: 'letterhead' },
    { kind: 'paragraph', runs: [`${data.agency.place}, ${formatDateId(data.date)}`], align: 'right' },
    { kind: 'spacer', height: 2 },
    {
      kind: 'table',
      borderless: true,
      columns: [{ width: 14 }, { width: 3 }, { width: 83 }],
      header: [],
      rows: [
        ['Nomor', ':', data.number ?? '......../......../......../........'],
        ['Sifat', ':', data.nature],
        ['Lampiran', ':', attachment],
        ['Perihal', ':', { runs: [{ text: data.subject, bold: true }] }],
      ],
    },
    { kind: 'spacer', height: 4 },
    { kind: 'paragraph', runs: ['Kepada'] },
    ...data.recipients.map((r, k): Block => ({ kind: 'paragraph', runs: [k === 0 ? `Yth. ${r}` : r] })),
    { kind: 'paragraph', runs: [data.recipientPlace] },
    { kind: 'spacer', height: 4 },
    ...narrativeBlocks(body).map((b) => (b.kind === 'paragraph' ? { ...b, indent: false } : b)),
    { kind: 'spacer', height: 6 },
    { kind: 'signatures', signatories: data.signer ? [signatoryOf('head', data.signer)] : [] },
  ];
  if (data.copies.length > 0)
    blocks.push(
      { kind: 'spacer', height: 6 },
      { kind: 'paragraph', runs: [{ text: 'Tembusan:', underline: true }], size: 'small' },
      { kind: 'list', ordered: true, items: data.copies.map((c) => [`Yth. ${c}`]) },
    );
  return {
    kind: 'surat_pengantar',
    title: data.subject,
    subject: data.subject,
    author: data.agency.name,
    paper: 'A4',
    letterhead: letterheadOf(data.agency),
    sections: [{ pageNumbers: 'none', blocks }],
  };
}

/** A cover letter needs recipients, a subject, something attached and a signer. */
export function findMissingCoverLetterData(data: CoverLetterData): MissingData[] {
  const missing: MissingData[] = [];
  if (data.recipients.length === 0)
    missing.push({
      what: { id: 'Penerima surat (Kepada Yth.) belum diisi.', en: 'The letter has no recipient.' },
      where: 'Kepada',
    });
  if (!data.subject.trim())
    missing.push({
      what: { id: 'Perihal surat belum diisi.', en: 'The letter has no subject.' },
      where: 'Perihal',
    });
  missing.push(...headGap(data.signer, data.date));
  return missing;
}
