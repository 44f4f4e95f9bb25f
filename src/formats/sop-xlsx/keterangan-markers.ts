import type { DocumentAct, SopStep } from '../../core/sop';

/**
 * Keterangan (note) cells carry the step's flow and flags as marker lines beside the agency's note.
 * A line is a marker line when every part of it (split on `;`) is a marker; other lines are the note.
 *
 * | Marker | Meaning |
 * |---|---|
 * | `Ya: 8; Tidak: 5` (`Y`/`T`, any case, colon optional) | decision with its exits |
 * | `Lanjut ke 5` (or `Lanjut: 5`) | explicit next step |
 * | `Mulai` / `Selesai` | start / end step (default: the first / the last row) |
 * | `Per bidang`, `Per bidang, sekretariat` | per-unit step for these unit kinds |
 * | `Paraf`, `Tanda tangan` (or `TTD`), `Rapat` | initialling, signing, meeting |
 * | `Dokumen: lembar disposisi` | prints the disposition as the lembar disposisi (start step) |
 * | `Dokumen: format pengumpulan data` | makes the divisions' data-collection workbook |
 * | `Dokumen: laporan` | makes or revises the report (LKjIP, Laporan Pemantauan Kinerja) |
 * | `Dokumen: surat pengantar` | makes the cover letter |
 * | `Penomoran surat` (or `Nomor surat`) | issues the letter number |
 * | `Kirim` (or `Kirim dokumen`, `Pengiriman`) | sends the signed documents to their recipients |
 * | `Arsip` (or `Arsipkan`, `Pengarsipan`) | archives the signed documents |
 *
 * The document markers are the step's document acts, kept in the order written; `Dokumen:` takes a
 * list too (`Dokumen: laporan, surat pengantar`). A note line that reads exactly like a marker (a note
 * "Rapat", "Arsip") is taken as the marker.
 */
export interface KeteranganMarkers {
  yes: number | null;
  no: number | null;
  next: number | null;
  start: boolean;
  end: boolean;
  unitKinds: string[] | null;
  paraf: boolean;
  signature: boolean;
  meeting: boolean;
  documentActs: DocumentAct[];
}

const UNIT_KIND_WORDS: Array<[RegExp, string]> = [
  [/^bidang$/, 'bidang'],
  [/^sekretariat$/, 'sekretariat'],
  [/^(sub\s*bagian|subbag|subbagian)$/, 'subbagian'],
  [/^uptd$/, 'uptd'],
  [/^(kelompok[\s_]fungsional)$/, 'kelompok_fungsional'],
  [/^tim$/, 'tim'],
  [/^pimpinan$/, 'pimpinan'],
  [/^(unit\s+)?lainnya$/, 'lainnya'],
];

const FLAG_MARKERS: Array<[RegExp, 'start' | 'end' | 'paraf' | 'signature' | 'meeting']> = [
  [/^mulai$/, 'start'],
  [/^selesai$/, 'end'],
  [/^paraf$/, 'paraf'],
  [/^(tanda\s*tangan|ttd)$/, 'signature'],
  [/^rapat$/, 'meeting'],
];

/** The documents a `Dokumen:` marker names, and the words written for each. */
const DOCUMENT_WORDS: Array<[RegExp, DocumentAct]> = [
  [/^(lembar\s+)?disposisi$/, 'disposition_sheet'],
  [/^format(\s+pengumpulan(\s+data)?)?$/, 'collection_format'],
  [/^laporan$/, 'report'],
  [/^surat\s+pengantar$/, 'cover_letter'],
];

const ACT_MARKERS: Array<[RegExp, DocumentAct]> = [
  [/^(penomoran|nomor)\s+surat$/, 'letter_number'],
  [/^(kirim(\s+dokumen)?|pengiriman)$/, 'send'],
  [/^(arsip|arsipkan|pengarsipan)$/, 'archive'],
];

const WRITTEN_ACT: Record<DocumentAct, string> = {
  disposition_sheet: 'Dokumen: lembar disposisi',
  collection_format: 'Dokumen: format pengumpulan data',
  report: 'Dokumen: laporan',
  cover_letter: 'Dokumen: surat pengantar',
  letter_number: 'Penomoran surat',
  send: 'Kirim',
  archive: 'Arsip',
};

export function noMarkers(): KeteranganMarkers {
  return {
    yes: null,
    no: null,
    next: null,
    start: false,
    end: false,
    unitKinds: null,
    paraf: false,
    signature: false,
    meeting: false,
    documentActs: [],
  };
}

/** Applies one marker to `markers`; false when `part` is not a marker. */
function applyMarker(part: string, markers: KeteranganMarkers): boolean {
  const text = part.trim().toLowerCase();
  let match = /^(ya|y)\s*:?\s*(\d+)$/.exec(text);
  if (match) {
    markers.yes = Number(match[2]);
    return true;
  }
  match = /^(tidak|t)\s*:?\s*(\d+)$/.exec(text);
  if (match) {
    markers.no = Number(match[2]);
    return true;
  }
  match = /^lanjut\s*(?:ke)?\s*:?\s*(?:langkah\s*)?(\d+)$/.exec(text);
  if (match) {
    markers.next = Number(match[1]);
    return true;
  }
  const flag = FLAG_MARKERS.find(([pattern]) => pattern.test(text))?.[1];
  if (flag) {
    markers[flag] = true;
    return true;
  }
  const act = ACT_MARKERS.find(([pattern]) => pattern.test(text))?.[1];
  if (act) {
    markers.documentActs.push(act);
    return true;
  }
  match = /^dokumen\s*:\s*(.+)$/.exec(text);
  if (match) {
    const words = match[1]!.split(/\s*(?:,|\bdan\b)\s*/).filter((w) => w !== '');
    const acts = words.map((word) => DOCUMENT_WORDS.find(([pattern]) => pattern.test(word))?.[1]);
    if (acts.length > 0 && acts.every((a) => a !== undefined)) {
      markers.documentActs.push(...(acts as DocumentAct[]));
      return true;
    }
    return false;
  }
  match = /^per\s+(.+)$/.exec(text);
  if (match) {
    const words = match[1]!.split(/\s*(?:,|\bdan\b)\s*/).filter((w) => w !== '');
    const kinds = words.map((word) => UNIT_KIND_WORDS.find(([pattern]) => pattern.test(word))?.[1]);
    if (kinds.length > 0 && kinds.every((kind) => kind !== undefined)) {
      markers.unitKinds = kinds as string[];
      return true;
    }
  }
  return false;
}

/** Splits a Keterangan cell into the note (null when empty) and the markers. */
export function readKeterangan(cell: string): { note: string | null; markers: KeteranganMarkers } {
  const markers = noMarkers();
  const noteLines: string[] = [];
  for (const line of cell.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const parts = line.split(';').filter((part) => part.trim() !== '');
    const trial = noMarkers();
    if (parts.length > 0 && parts.every((part) => applyMarker(part, trial))) {
      for (const part of parts) applyMarker(part, markers);
    } else {
      noteLines.push(line);
    }
  }
  return { note: noteLines.length > 0 ? noteLines.join('\n') : null, markers };
}

/**
 * Writes a step's Keterangan: its note, then one marker line per fact. `start`/`end` say whether the
 * step needs an explicit Mulai/Selesai (it does when the defaults would read it wrongly).
 *
 * @example writeKeterangan(step7, { start: false, end: false, yes: 8 }) // 'Ya: 8; Tidak: 5'
 */
export function writeKeterangan(
  step: SopStep,
  explicit: { start: boolean; end: boolean; yes: number | null },
): string {
  const lines: string[] = [];
  if (step.note !== null) lines.push(step.note);
  if (explicit.start) lines.push('Mulai');
  if (step.exits) lines.push(`Ya: ${explicit.yes ?? ''}; Tidak: ${step.exits.no ?? ''}`);
  if (step.next !== null) lines.push(`Lanjut ke ${step.next}`);
  if (step.perUnit) lines.push(`Per ${step.perUnit.unitKinds.map((k) => k.replace('_', ' ')).join(', ')}`);
  if (step.meeting) lines.push('Rapat');
  if (step.paraf) lines.push('Paraf');
  if (step.signature) lines.push('Tanda tangan');
  for (const act of step.documentActs) lines.push(WRITTEN_ACT[act]);
  if (explicit.end) lines.push('Selesai');
  return lines.join('\n');
}
