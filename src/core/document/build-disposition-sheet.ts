import { letterheadOf, signatoryOf } from './agency-identity';
import type { DispositionSheetData } from './disposition-sheet-data';
import type { Block, Cell, DocumentModel } from './document-model';
import { headGap } from './find-missing-lkjip-data';
import { formatDateId } from './format-date-id';
import type { MissingData } from './missing-data';
import { boldCell, headerCell, textCell } from './table-cells';

/** What a blank on a paper form looks like: a line to write on. */
export const BLANK = '..............................';

/**
 * The lembar disposisi: letterhead, "LEMBAR DISPOSISI", the incoming letter (from, number, date,
 * subject, received, agenda number, nature), the addressees, the instruction with its deadline and
 * the head's signature. Fields the system does not hold print as a line to fill in by hand.
 */
export function buildDispositionSheet(data: DispositionSheetData): DocumentModel {
  const l = data.letter;
  const value = (v: string | null) => v?.trim() || BLANK;
  const date = (v: string | null) => (v ? formatDateId(v) : BLANK);
  const field = (label: string): Cell => boldCell(label);
  const addressees = data.addressees.length > 0 ? data.addressees : [{ positionTitle: BLANK, name: null }];
  const deadline = data.deadline
    ? /^\d{4}-\d{2}-\d{2}$/.test(data.deadline)
      ? formatDateId(data.deadline, { weekday: true })
      : data.deadline
    : BLANK;
  const blocks: Block[] = [
    { kind: 'letterhead' },
    { kind: 'heading', level: 1, text: 'LEMBAR DISPOSISI', align: 'center', toc: false },
    { kind: 'spacer', height: 2 },
    {
      kind: 'table',
      columns: [{ width: 17 }, { width: 33 }, { width: 19 }, { width: 31 }],
      header: [],
      rows: [
        [
          field('Surat dari'),
          textCell(value(l.from)),
          field('Diterima tanggal'),
          textCell(date(l.receivedOn)),
        ],
        [
          field('Nomor surat'),
          textCell(value(l.number)),
          field('Nomor agenda'),
          textCell(value(l.agendaNumber)),
        ],
        [field('Tanggal surat'), textCell(date(l.date)), field('Sifat'), textCell(value(l.nature))],
        [field('Perihal'), textCell(value(l.subject), { colSpan: 3 })],
      ],
    },
    { kind: 'spacer', height: 3 },
    {
      kind: 'table',
      columns: [{ width: 100 }],
      header: [[headerCell('Diteruskan kepada')]],
      rows: addressees.map((a, k) => [
        textCell(`${k + 1}. ${a.positionTitle}${a.name ? ` (${a.name})` : ''}`),
      ]),
    },
    { kind: 'spacer', height: 3 },
    {
      kind: 'table',
      columns: [{ width: 20 }, { width: 80 }],
      header: [],
      rows: [
        [field('Isi disposisi'), textCell(data.instruction)],
        [field('Batas waktu'), textCell(deadline)],
      ],
    },
    { kind: 'spacer', height: 6 },
    {
      kind: 'signatures',
      place: data.agency.place,
      date: formatDateId(data.date),
      signatories: data.head ? [signatoryOf('head', data.head)] : [],
    },
  ];
  if (data.purpose)
    blocks.push({
      kind: 'paragraph',
      runs: [{ text: `Disposisi ini memulai proses: ${data.purpose}.`, italic: true }],
      size: 'small',
    });
  return {
    kind: 'disposisi',
    title: `Lembar Disposisi${l.subject ? `: ${l.subject}` : ''}`,
    subject: l.subject ?? data.purpose ?? 'Lembar Disposisi',
    author: data.agency.name,
    paper: 'A4',
    letterhead: letterheadOf(data.agency),
    sections: [{ pageNumbers: 'none', blocks }],
  };
}

/** A disposition needs an instruction, at least one addressee and a head to sign it. */
export function findMissingDispositionData(data: DispositionSheetData): MissingData[] {
  const missing: MissingData[] = [];
  if (!data.instruction.trim())
    missing.push({
      what: { id: 'Isi disposisi belum ditulis.', en: 'The disposition has no instruction.' },
      where: 'Isi disposisi',
    });
  if (data.addressees.length === 0)
    missing.push({
      what: { id: 'Disposisi belum ditujukan kepada siapa pun.', en: 'The disposition has no addressee.' },
      where: 'Diteruskan kepada',
    });
  missing.push(...headGap(data.head, data.date));
  return missing;
}
