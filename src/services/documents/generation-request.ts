import { fieldError, invalid } from '../../core/errors';

/** The documents Alur generates from data (an `upload` is never generated). */
export const GENERATED_KINDS = [
  'lkjip',
  'pemantauan',
  'perjanjian_kinerja',
  'disposisi',
  'surat_pengantar',
  'sop_sheet',
] as const;
export type GeneratedKind = (typeof GENERATED_KINDS)[number];

/**
 * What to generate. `sourceRef` names what the document is made from when it is not the agency and
 * period alone: a Perjanjian Kinerja id (or `level:<level>` / `position:<code>`), an SOP version id,
 * a run id for a disposition sheet or a cover letter.
 */
export interface GenerationRequest {
  agencyId: string;
  kind: GeneratedKind;
  year: number;
  quarter?: number | null;
  sourceRef?: string | null;
  runId?: string | null;
  taskId?: string | null;
  /** A new version of this document; otherwise the agency's draft of the same kind and period, or a new one. */
  documentId?: string | null;
}

/** Checks the shape of a request (the kinds' own needs included); names every field at fault. */
export function checkGenerationRequest(request: GenerationRequest): GenerationRequest {
  const errors = [];
  if (!(GENERATED_KINDS as readonly string[]).includes(request.kind))
    errors.push(
      fieldError(
        'kind',
        `Jenis dokumen harus salah satu dari: ${GENERATED_KINDS.join(', ')}.`,
        `Document kind must be one of: ${GENERATED_KINDS.join(', ')}.`,
      ),
    );
  if (!Number.isInteger(request.year) || request.year < 2000 || request.year > 2100)
    errors.push(
      fieldError('year', 'Tahun harus antara 2000 dan 2100.', 'Year must be between 2000 and 2100.'),
    );
  const quarter = request.quarter ?? null;
  if (quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4))
    errors.push(fieldError('quarter', 'Triwulan harus 1 sampai 4.', 'Quarter must be 1 to 4.'));
  if (request.kind === 'pemantauan' && quarter === null)
    errors.push(
      fieldError(
        'quarter',
        'Laporan pemantauan kinerja memerlukan triwulan.',
        'A monitoring report needs a quarter.',
      ),
    );
  if (request.kind === 'sop_sheet' && !request.sourceRef)
    errors.push(fieldError('sourceRef', 'Pilih SOP yang akan dicetak.', 'Choose the SOP to print.'));
  if (
    (request.kind === 'disposisi' || request.kind === 'surat_pengantar') &&
    !request.sourceRef &&
    !request.runId
  )
    errors.push(
      fieldError(
        'runId',
        'Lembar disposisi dan surat pengantar dibuat dari sebuah proses.',
        'A disposition sheet or a cover letter is made from a run.',
      ),
    );
  if (request.taskId && !request.runId)
    errors.push(fieldError('runId', 'Tugas memerlukan prosesnya.', 'A task needs its run.'));
  if (errors.length > 0) throw invalid(errors);
  return { ...request, quarter };
}
