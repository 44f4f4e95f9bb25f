/**
 * The one error vocabulary of Alur.
 *
 * Every rule a request can break is a `DomainError` with a stable `code` (e.g. `TASK_ALREADY_COMPLETED`),
 * a message for people in Indonesian and English, and optionally the fields at fault. The server maps
 * codes to HTTP statuses in one table (`src/server/error-status.ts`); nothing else decides a status.
 */
export interface LocalizedText {
  id: string;
  en: string;
}

export interface FieldError {
  /** Path of the field at fault, dotted: `nip`, `steps.3.exits.no`, `row 12 / Target`. */
  field: string;
  message: LocalizedText;
}

export class DomainError extends Error {
  readonly code: string;
  readonly userMessage: LocalizedText;
  readonly fields: FieldError[];

  constructor(code: string, userMessage: LocalizedText, fields: FieldError[] = []) {
    super(`${code}: ${userMessage.en}`);
    this.name = 'DomainError';
    this.code = code;
    this.userMessage = userMessage;
    this.fields = fields;
  }
}

/** A validation failure naming one or more fields; maps to HTTP 422. */
export function invalid(fields: FieldError[], summary?: LocalizedText): DomainError {
  return new DomainError(
    'VALIDATION_FAILED',
    summary ?? {
      id: 'Data tidak valid. Periksa isian yang ditandai.',
      en: 'Invalid data. Check the marked fields.',
    },
    fields,
  );
}

export function fieldError(field: string, id: string, en: string): FieldError {
  return { field, message: { id, en } };
}

const ENTITY_NAMES: Record<string, LocalizedText> = {
  agency: { id: 'Instansi', en: 'Agency' },
  region: { id: 'Pemerintah daerah', en: 'Region' },
  unit: { id: 'Unit', en: 'Unit' },
  position: { id: 'Jabatan', en: 'Position' },
  person: { id: 'Pegawai', en: 'Person' },
  appointment: { id: 'Penugasan', en: 'Appointment' },
  holiday: { id: 'Hari libur', en: 'Holiday' },
  sop: { id: 'SOP', en: 'SOP' },
  run: { id: 'Proses', en: 'Run' },
  task: { id: 'Tugas', en: 'Task' },
};

export function notFound(entity: string): DomainError {
  const name = ENTITY_NAMES[entity] ?? { id: entity, en: entity };
  return new DomainError('NOT_FOUND', { id: `${name.id} tidak ditemukan.`, en: `${name.en} not found.` });
}

export function forbidden(): DomainError {
  return new DomainError('FORBIDDEN', {
    id: 'Anda tidak berwenang melakukan tindakan ini.',
    en: 'You are not allowed to do this.',
  });
}

/** A uniqueness or state conflict on one field (HTTP 409). */
export function conflict(code: string, field: string, id: string, en: string): DomainError {
  return new DomainError(code, { id, en }, [fieldError(field, id, en)]);
}
