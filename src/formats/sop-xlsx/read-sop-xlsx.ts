import ExcelJS from 'exceljs';
import { type FieldError, invalid } from '../../core/errors';
import {
  type MutuBakuRow,
  type SopApprover,
  type SopDefinition,
  type SopIdentity,
  type SopLane,
  type SopStep,
  type StepKind,
  timeStandard,
  validateSop,
} from '../../core/sop';
import { type KeteranganMarkers, readKeterangan } from './keterangan-markers';
import {
  DATA_SHEET_NAME,
  identityFieldOf,
  MAX_XLSX_BYTES,
  normaliseLabel,
  SOP_SHEET_NAME,
  TABLE_HEADERS,
} from './sop-xlsx-layout';
import { CELL_PROBLEMS, cellText } from './xlsx-cell-text';
import { type XlsxPlace, xlsxError } from './xlsx-place';

interface StepRows {
  step: SopStep;
  markers: KeteranganMarkers;
  row: number;
  mutuRows: number[];
}

interface Columns {
  lanes: Array<{ column: number; label: string }>;
  inputs: number;
  time: number;
  output: number;
  note: number;
}

/**
 * Reads an SOP from a workbook in the paper layout written by `writeSopXlsx` (or typed by hand in
 * that layout): identity rows with the label in column A and the value in B, a header row starting
 * with `No`, `Kegiatan`, a column per lane, `Kelengkapan`, `Waktu`, `Output`, `Keterangan`; one row
 * per step with a mark in its lane's cell; rows with an empty `No` add Mutu Baku rows to the step
 * above. The first step is the start and the last the end unless `Mulai`/`Selesai` say otherwise;
 * Keterangan markers give exits, next step, per-unit and flags (see `readKeterangan`). Sheet
 * "Data Alur", when present, gives codes, lane keys, lane readings and curation notes; without it
 * codes and keys are slugs of the title, agency name and lane labels.
 *
 * Throws `VALIDATION_FAILED` whose fields name file, sheet, cell, column and step of every problem,
 * in Indonesian and English; files above 5 MB are refused unopened.
 */
export async function readSopXlsx(buffer: Buffer, fileName: string): Promise<SopDefinition> {
  const fileProblem = (id: string, en: string) =>
    invalid([xlsxError({ file: fileName }, id, en)], {
      id: `Berkas ${fileName} tidak dapat dibaca sebagai SOP.`,
      en: `File ${fileName} cannot be read as an SOP.`,
    });
  if (buffer.length > MAX_XLSX_BYTES) {
    const mb = (buffer.length / 1024 / 1024).toFixed(1);
    throw fileProblem(
      `berkas ${mb} MB melebihi batas 5 MB untuk lembar SOP.`,
      `the file is ${mb} MB, above the 5 MB limit for an SOP workbook.`,
    );
  }
  if (buffer.length < 4 || buffer.readUInt32LE(0) !== 0x04034b50) {
    throw fileProblem(
      'bukan berkas XLSX (isi berkas bukan arsip zip Excel).',
      'not an XLSX file (the content is not an Excel zip archive).',
    );
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw fileProblem(`berkas XLSX rusak (${detail}).`, `the XLSX file is damaged (${detail}).`);
  }
  const sheet =
    workbook.getWorksheet(SOP_SHEET_NAME) ?? workbook.worksheets.find((ws) => ws.name !== DATA_SHEET_NAME);
  if (!sheet) throw fileProblem('tidak ada lembar kerja.', 'the workbook has no sheet.');
  const reader = new SheetReader(fileName, sheet);
  const data = readDataSheet(workbook.getWorksheet(DATA_SHEET_NAME), fileName, reader.errors);
  const def = reader.read(data);
  if (reader.errors.length > 0 || !def) throw invalid(reader.errors);
  const problems = validateSop(def);
  if (problems.length > 0) throw invalid(problems.map((p) => reader.placeOf(p.path, p.message)));
  return def;
}

interface AlurData {
  code: string | null;
  agency: string | null;
  laneKeys: Map<string, string>;
  laneReadings: Map<number, string>;
  relatedCodes: Map<string, string>;
  curationNotes: string[];
}

function readDataSheet(sheet: ExcelJS.Worksheet | undefined, file: string, errors: FieldError[]): AlurData {
  const data: AlurData = {
    code: null,
    agency: null,
    laneKeys: new Map(),
    laneReadings: new Map(),
    relatedCodes: new Map(),
    curationNotes: [],
  };
  if (!sheet) return data;
  sheet.eachRow((row, rowNumber) => {
    const texts = [1, 2, 3].map((column) => {
      const read = cellText(row.getCell(column));
      if ('problem' in read) {
        errors.push(
          xlsxError(
            { file, sheet: sheet.name, row: rowNumber, column },
            CELL_PROBLEMS[read.problem].id,
            CELL_PROBLEMS[read.problem].en,
          ),
        );
        return '';
      }
      return read.text;
    });
    const [kind, first, second] = texts as [string, string, string];
    switch (normaliseLabel(kind)) {
      case 'kodesop':
        data.code = first;
        break;
      case 'kodeinstansi':
        data.agency = first;
        break;
      case 'pelaksana':
        data.laneKeys.set(first, second);
        break;
      case 'dasarpelaksana':
        data.laneReadings.set(Number(first), second);
        break;
      case 'keterkaitan':
        data.relatedCodes.set(first, second);
        break;
      case 'catatankurasi':
        data.curationNotes.push(first);
        break;
    }
  });
  return data;
}

class SheetReader {
  readonly errors: FieldError[] = [];
  private columns: Columns | null = null;
  private identityRows = new Map<string, number>();
  private stepRows: StepRows[] = [];

  constructor(
    private readonly file: string,
    private readonly sheet: ExcelJS.Worksheet,
  ) {}

  private error(place: Omit<XlsxPlace, 'file' | 'sheet'>, id: string, en: string): void {
    this.errors.push(xlsxError({ file: this.file, sheet: this.sheet.name, ...place }, id, en));
  }

  /** The cell's text; a formula, merge or error value is reported and read as empty. */
  private text(row: number, column: number, place: Omit<XlsxPlace, 'file' | 'sheet'> = {}): string {
    const read = cellText(this.sheet.getRow(row).getCell(column));
    if ('problem' in read) {
      const problem = CELL_PROBLEMS[read.problem];
      this.error({ row, column, ...place }, problem.id, problem.en);
      return '';
    }
    return read.text;
  }

  read(data: AlurData): SopDefinition | null {
    const headerRow = this.findHeaderRow();
    if (headerRow === null) {
      this.error(
        {},
        'tidak ada baris judul tabel yang diawali "No" di kolom A (No, Kegiatan, pelaksana, Kelengkapan, Waktu, Output, Keterangan).',
        'there is no table header row starting with "No" in column A (No, Kegiatan, lanes, Kelengkapan, Waktu, Output, Keterangan).',
      );
      return null;
    }
    const identity = this.readIdentity(headerRow);
    const columns = this.readHeader(headerRow);
    if (!columns) return null;
    this.columns = columns;
    const lanes = this.readLanes(columns, headerRow, data);
    this.readSteps(headerRow, columns, lanes);
    if (this.stepRows.length === 0) {
      this.error({ row: headerRow + 1 }, 'tabel tidak berisi langkah.', 'the table has no steps.');
      return null;
    }
    this.assignKinds();
    for (const entry of this.stepRows) {
      entry.step.laneReading = data.laneReadings.get(entry.step.no) ?? null;
    }
    identity.relatedSops = identity.relatedSops.map((related) => ({
      text: related.text,
      code: data.relatedCodes.get(related.text) ?? null,
    }));
    return {
      code: data.code ?? slug(identity.title),
      agency: data.agency ?? slug(identity.agencyName),
      identity,
      lanes,
      steps: this.stepRows.map((entry) => entry.step),
      curationNotes: data.curationNotes,
    };
  }

  private findHeaderRow(): number | null {
    for (let row = 1; row <= this.sheet.rowCount; row++) {
      const read = cellText(this.sheet.getRow(row).getCell(1));
      if ('text' in read && normaliseLabel(read.text) === 'no') return row;
    }
    return null;
  }

  private readIdentity(headerRow: number): SopIdentity {
    const identity: SopIdentity = {
      government: null,
      agencyName: '',
      number: '',
      title: '',
      createdOn: null,
      revisedOn: null,
      effectiveOn: null,
      effectiveLabel: 'pengesahan',
      approvedBy: null,
      legalBasis: [],
      qualifications: [],
      relatedSops: [],
      equipment: [],
      warning: null,
      recordKeeping: null,
    };
    for (let row = 1; row < headerRow; row++) {
      const label = this.text(row, 1);
      if (label === '') continue;
      const found = identityFieldOf(label);
      const value = this.text(row, 2, { columnName: label });
      if (!found) {
        if (value !== '') {
          this.error(
            { row, column: 1 },
            `label identitas "${label}" tidak dikenal.`,
            `identity label "${label}" is not known.`,
          );
        }
        continue;
      }
      if (this.identityRows.has(found.field)) {
        this.error({ row, column: 1 }, `"${label}" ditulis dua kali.`, `"${label}" is written twice.`);
        continue;
      }
      this.identityRows.set(found.field, row);
      const lines = value
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '');
      const optional = value === '' || value === '-' ? null : value;
      switch (found.field) {
        case 'government':
        case 'createdOn':
        case 'revisedOn':
        case 'warning':
        case 'recordKeeping':
          identity[found.field] = optional;
          break;
        case 'effectiveOn':
          identity.effectiveOn = optional;
          identity.effectiveLabel = found.effectiveLabel!;
          break;
        case 'agencyName':
        case 'number':
        case 'title':
          identity[found.field] = value;
          break;
        case 'legalBasis':
        case 'qualifications':
        case 'equipment':
          identity[found.field] = lines;
          break;
        case 'relatedSops':
          identity.relatedSops = lines.map((text) => ({ text, code: null }));
          break;
        case 'approvedBy':
          identity.approvedBy = readApprover(lines);
          break;
      }
    }
    return identity;
  }

  private readHeader(row: number): Columns | null {
    const header = (column: number) => this.text(row, column);
    if (!['kegiatan', 'aktivitas', 'uraiankegiatan'].includes(normaliseLabel(header(2)))) {
      this.error(
        { row, column: 2 },
        `judul kolom harus "${TABLE_HEADERS.activity}", tertulis "${header(2)}".`,
        `the column header must be "${TABLE_HEADERS.activity}", found "${header(2)}".`,
      );
      return null;
    }
    const last = this.sheet.getRow(row).cellCount;
    let inputs: number | null = null;
    for (let column = 3; column <= last; column++) {
      if (normaliseLabel(header(column)) === 'kelengkapan') {
        inputs = column;
        break;
      }
    }
    if (inputs === null) {
      this.error(
        { row },
        `baris judul tidak punya kolom "${TABLE_HEADERS.inputs}" sesudah kolom pelaksana.`,
        `the header row has no "${TABLE_HEADERS.inputs}" column after the lane columns.`,
      );
      return null;
    }
    const expected: Array<[number, string, string[]]> = [
      [inputs + 1, TABLE_HEADERS.time, ['waktu']],
      [inputs + 2, TABLE_HEADERS.output, ['output']],
      [inputs + 3, TABLE_HEADERS.note, ['keterangan', 'ket']],
    ];
    let sound = true;
    for (const [column, name, accepted] of expected) {
      if (!accepted.includes(normaliseLabel(header(column)))) {
        this.error(
          { row, column },
          `judul kolom harus "${name}", tertulis "${header(column)}".`,
          `the column header must be "${name}", found "${header(column)}".`,
        );
        sound = false;
      }
    }
    const lanes: Columns['lanes'] = [];
    for (let column = 3; column < inputs; column++) {
      const label = header(column);
      if (label === '') {
        this.error(
          { row, column },
          'kolom pelaksana tanpa judul: tulis nama pelaksana (jabatan) di baris judul.',
          'a lane column has no header: write the role name in the header row.',
        );
        sound = false;
      }
      lanes.push({ column, label });
    }
    if (inputs === 3) {
      this.error({ row, column: 3 }, 'tabel tidak punya kolom pelaksana.', 'the table has no lane columns.');
      sound = false;
    }
    return sound ? { lanes, inputs, time: inputs + 1, output: inputs + 2, note: inputs + 3 } : null;
  }

  private readLanes(columns: Columns, headerRow: number, data: AlurData): SopLane[] {
    const lanes: SopLane[] = [];
    const seen = new Map<string, number>();
    for (const { column, label } of columns.lanes) {
      const key = data.laneKeys.get(label) ?? slug(label);
      const before = seen.get(key);
      if (before !== undefined) {
        this.error(
          { row: headerRow, column },
          `kolom pelaksana "${label}" sama dengan kolom sebelumnya (kunci "${key}").`,
          `lane column "${label}" repeats an earlier column (key "${key}").`,
        );
      }
      seen.set(key, column);
      lanes.push({ key, label });
    }
    return lanes;
  }

  private readSteps(headerRow: number, columns: Columns, lanes: SopLane[]): void {
    const names = new Map<number, string>([
      [1, TABLE_HEADERS.no],
      [2, TABLE_HEADERS.activity],
      [columns.inputs, TABLE_HEADERS.inputs],
      [columns.time, TABLE_HEADERS.time],
      [columns.output, TABLE_HEADERS.output],
      [columns.note, TABLE_HEADERS.note],
    ]);
    for (const lane of columns.lanes) names.set(lane.column, lane.label);
    for (let row = headerRow + 1; row <= this.sheet.rowCount; row++) {
      const noText = this.text(row, 1, { columnName: TABLE_HEADERS.no });
      const numbered = /^(\d+)\.?$/.exec(noText);
      const stepHint = numbered
        ? Number(numbered[1])
        : noText === ''
          ? this.stepRows.at(-1)?.step.no
          : undefined;
      const cell = (column: number) =>
        this.text(row, column, { columnName: names.get(column), step: stepHint });
      const activity = cell(2);
      const marks = columns.lanes.filter((lane) => cell(lane.column) !== '');
      const mutuTexts = [cell(columns.inputs), cell(columns.time), cell(columns.output)] as const;
      const note = cell(columns.note);
      const stray: number[] = [];
      this.sheet.getRow(row).eachCell((c, column) => {
        if (column > columns.note && c.value !== null && String(c.value).trim() !== '') stray.push(column);
      });
      const current = this.stepRows[this.stepRows.length - 1];
      const step = noText !== '' ? undefined : current?.step.no;
      for (const column of stray) {
        this.error(
          { row, column, step },
          'isian di kolom tanpa judul, di luar tabel; tanda pelaksana harus di kolom pelaksana yang berjudul.',
          'a value in a column without a header, outside the table; a lane mark belongs in a named lane column.',
        );
      }
      if (
        noText === '' &&
        activity === '' &&
        marks.length === 0 &&
        mutuTexts.every((t) => t === '') &&
        note === ''
      ) {
        continue;
      }
      const mutu: MutuBakuRow | null = mutuTexts.some((t) => t !== '')
        ? {
            inputs: mutuTexts[0],
            time: mutuTexts[1] === '' ? null : timeStandard(mutuTexts[1]),
            output: mutuTexts[2],
          }
        : null;
      if (noText === '') {
        if (!current) {
          this.error(
            { row, column: 1 },
            'baris tanpa No sebelum langkah pertama.',
            'a row without No before the first step.',
          );
          continue;
        }
        if (activity !== '' || marks.length > 0) {
          this.error(
            { row, column: activity !== '' ? 2 : marks[0]!.column, step: current.step.no },
            'baris lanjutan (No kosong) hanya boleh berisi Mutu Baku dan Keterangan; tulis No untuk langkah baru.',
            'a continuation row (empty No) may hold only Mutu Baku and Keterangan; write a No for a new step.',
          );
        }
        if (mutu) {
          current.step.mutuBaku.push(mutu);
          current.mutuRows.push(row);
        }
        if (note !== '') this.applyNote(current, note, row, columns.note, true);
        continue;
      }
      if (!numbered) {
        this.error(
          { row, column: 1, columnName: TABLE_HEADERS.no },
          `No "${noText}" bukan nomor langkah.`,
          `No "${noText}" is not a step number.`,
        );
        continue;
      }
      const no = Number(numbered[1]);
      if (marks.length !== 1) {
        this.error(
          { row, column: marks.length === 0 ? 3 : marks[1]!.column, step: no },
          marks.length === 0
            ? 'tidak ada tanda di kolom pelaksana mana pun; beri tanda (misalnya X) di kolom pelaksana langkah ini.'
            : `tanda di lebih dari satu kolom pelaksana (${marks.map((m) => m.label).join(', ')}).`,
          marks.length === 0
            ? 'no mark in any lane column; put a mark (e.g. X) in the lane column of this step.'
            : `marks in more than one lane column (${marks.map((m) => m.label).join(', ')}).`,
        );
      }
      const laneIndex = marks[0] ? columns.lanes.indexOf(marks[0]) : -1;
      const entry: StepRows = {
        step: {
          no,
          activity,
          lane: lanes[laneIndex]?.key ?? '',
          laneReading: null,
          kinds: [],
          mutuBaku: mutu ? [mutu] : [],
          note: null,
          next: null,
          exits: null,
          perUnit: null,
          meeting: false,
          paraf: false,
          signature: false,
          documentActs: [],
        },
        markers: readKeterangan('').markers,
        row,
        mutuRows: mutu ? [row] : [],
      };
      this.stepRows.push(entry);
      this.applyNote(entry, note, row, columns.note, false);
    }
  }

  /** Reads a Keterangan cell into the step; on a continuation row it adds to what is there. */
  private applyNote(entry: StepRows, text: string, row: number, column: number, append: boolean): void {
    const { note, markers } = readKeterangan(text);
    const step = entry.step;
    if (append) {
      if (note !== null) step.note = step.note === null ? note : `${step.note}\n${note}`;
      const { documentActs, ...rest } = markers;
      for (const [key, value] of Object.entries(rest) as Array<[keyof KeteranganMarkers, never]>) {
        if (value !== null && value !== false) entry.markers[key] = value;
      }
      // A continuation row's document markers add to the step's, in the order written.
      entry.markers.documentActs = [...entry.markers.documentActs, ...documentActs];
    } else {
      step.note = note;
      entry.markers = markers;
    }
    const m = entry.markers;
    if ((m.yes === null) !== (m.no === null)) {
      const missing = m.yes === null ? 'Ya' : 'Tidak';
      this.error(
        { row, column, columnName: TABLE_HEADERS.note, step: step.no },
        `keputusan hanya punya satu jalan keluar; tulis keduanya, misalnya "Ya: ${m.yes ?? step.no + 1}; Tidak: ${m.no ?? 1}" (jalan keluar ${missing} tidak ada).`,
        `the decision has one exit only; write both, e.g. "Ya: ${m.yes ?? step.no + 1}; Tidak: ${m.no ?? 1}" (the ${missing} exit is missing).`,
      );
    }
    step.exits = m.yes !== null || m.no !== null ? { yes: m.yes, no: m.no } : null;
    step.next = m.next;
    step.perUnit = m.unitKinds ? { unitKinds: m.unitKinds } : null;
    step.meeting = m.meeting;
    step.paraf = m.paraf;
    step.signature = m.signature;
    step.documentActs = [...m.documentActs];
  }

  private assignKinds(): void {
    const markedStart = this.stepRows.some((entry) => entry.markers.start);
    const markedEnd = this.stepRows.some((entry) => entry.markers.end);
    this.stepRows.forEach((entry, index) => {
      const start = markedStart ? entry.markers.start : index === 0;
      const end = markedEnd ? entry.markers.end : index === this.stepRows.length - 1;
      const kinds: StepKind[] = [];
      if (start) kinds.push('start');
      kinds.push(entry.step.exits ? 'decision' : 'process');
      if (end) kinds.push('end');
      entry.step.kinds = kinds;
    });
  }

  /** The cell a validation error of the built definition is about. */
  placeOf(path: Array<string | number>, message: { id: string; en: string }): FieldError {
    const columns = this.columns!;
    const at = (place: Omit<XlsxPlace, 'file' | 'sheet'>) =>
      xlsxError({ file: this.file, sheet: this.sheet.name, ...place }, message.id, message.en);
    if (path[0] === 'identity') {
      const field = String(path[1]);
      const row = this.identityRows.get(field);
      return row === undefined ? at({}) : at({ row, column: 2, columnName: field });
    }
    if (path[0] === 'steps' && typeof path[1] === 'number') {
      const entry = this.stepRows[path[1]];
      if (!entry) return at({});
      const field = path[2];
      if (field === 'mutuBaku' && typeof path[3] === 'number') {
        const row = entry.mutuRows[path[3]] ?? entry.row;
        const column =
          path[4] === 'inputs' ? columns.inputs : path[4] === 'output' ? columns.output : columns.time;
        return at({ row, column, columnName: path[4] === 'time' ? TABLE_HEADERS.time : undefined });
      }
      const column =
        field === 'activity'
          ? 2
          : field === 'no'
            ? 1
            : field === 'lane'
              ? columns.lanes[0]?.column
              : columns.note;
      return at({ row: entry.row, column });
    }
    return at({});
  }
}

/** Disahkan Oleh, one item per line: position, name, rank (optional), `NIP. ...`. */
function readApprover(lines: string[]): SopApprover | null {
  if (lines.length === 0) return null;
  const nipLine = lines.find((line) => /^nip\b/i.test(line));
  const rest = lines.filter((line) => line !== nipLine);
  return {
    position: rest[0] ?? '',
    name: rest[1] ?? '',
    rank: rest.length > 2 ? rest.slice(2).join(' ') : null,
    nip: nipLine ? nipLine.replace(/^nip\.?\s*:?\s*/i, '').replace(/[\s.]/g, '') : null,
  };
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
