import { DomainError, fieldError } from '../errors';

/** The rules a run command can break, each with its people-facing message. */
export const runErrors = {
  notActive: (status: string) =>
    new DomainError('RUN_NOT_ACTIVE', {
      id: status === 'cancelled' ? 'Proses ini sudah dibatalkan.' : 'Proses ini sudah selesai.',
      en: status === 'cancelled' ? 'This run was cancelled.' : 'This run is already completed.',
    }),
  taskNotFound: () =>
    new DomainError('TASK_NOT_FOUND', { id: 'Tugas tidak ditemukan.', en: 'Task not found.' }),
  notYours: () =>
    new DomainError('TASK_NOT_YOURS', {
      id: 'Tugas ini bukan untuk jabatan Anda.',
      en: 'This task is not for your position.',
    }),
  claimedByOther: () =>
    new DomainError('TASK_CLAIMED_BY_OTHER', {
      id: 'Tugas ini sedang dikerjakan orang lain.',
      en: 'Someone else has taken this task.',
    }),
  alreadyDone: () =>
    new DomainError('TASK_ALREADY_COMPLETED', {
      id: 'Tugas ini sudah diselesaikan.',
      en: 'This task has already been completed.',
    }),
  outputRequired: (outputs: string[]) =>
    new DomainError(
      'OUTPUT_REQUIRED',
      {
        id: `Lampirkan keluaran langkah ini: ${outputs.join(', ')}.`,
        en: `Attach this step's output: ${outputs.join(', ')}.`,
      },
      [
        fieldError(
          'output',
          `Keluaran wajib: ${outputs.join(', ')}.`,
          `Output required: ${outputs.join(', ')}.`,
        ),
      ],
    ),
  meetingRecordRequired: () =>
    new DomainError(
      'MEETING_RECORD_REQUIRED',
      {
        id: 'Langkah rapat memerlukan catatan rapat: agenda, waktu, tempat, daftar hadir dan notulen.',
        en: 'A meeting step needs a meeting record: agenda, time, place, attendance and minutes.',
      },
      [fieldError('output', 'Catatan rapat wajib diisi.', 'A meeting record is required.')],
    ),
  reasonRequired: () =>
    new DomainError('REASON_REQUIRED', { id: 'Alasan wajib diisi.', en: 'A reason is required.' }, [
      fieldError('reason', 'Alasan wajib diisi.', 'A reason is required.'),
    ]),
  notADecision: () =>
    new DomainError('NOT_A_DECISION', {
      id: 'Langkah ini bukan langkah keputusan.',
      en: 'This step is not a decision.',
    }),
  decisionRequired: () =>
    new DomainError('DECISION_REQUIRED', {
      id: 'Langkah ini adalah keputusan: setujui atau kembalikan dengan alasan.',
      en: 'This step is a decision: approve it, or return it with a reason.',
    }),
  parafRequired: () =>
    new DomainError('PARAF_REQUIRED', {
      id: 'Langkah ini diselesaikan dengan paraf.',
      en: 'This step is completed by initialling (paraf).',
    }),
  signatureRequired: () =>
    new DomainError('SIGNATURE_REQUIRED', {
      id: 'Langkah ini diselesaikan dengan tanda tangan.',
      en: 'This step is completed by signing.',
    }),
  parafNotExpected: () =>
    new DomainError('PARAF_NOT_EXPECTED', {
      id: 'Langkah ini tidak meminta paraf.',
      en: 'This step does not ask for initials.',
    }),
  signatureNotExpected: () =>
    new DomainError('SIGNATURE_NOT_EXPECTED', {
      id: 'Langkah ini tidak meminta tanda tangan.',
      en: 'This step does not ask for a signature.',
    }),
  cancelNotAllowed: () =>
    new DomainError('CANCEL_NOT_ALLOWED', {
      id: 'Hanya pemulai proses atau administrator yang dapat membatalkan.',
      en: 'Only whoever started the run or an administrator can cancel it.',
    }),
  laneNotMapped: (lane: string) =>
    new DomainError('LANE_NOT_MAPPED', {
      id: `Peran "${lane}" belum dipetakan ke jabatan.`,
      en: `The role "${lane}" is not mapped to a position.`,
    }),
  noUnits: (kinds: string[]) =>
    new DomainError('NO_UNITS_FOR_STEP', {
      id: `Tidak ada unit berjenis ${kinds.join('/')} untuk langkah per unit.`,
      en: `No units of kind ${kinds.join('/')} for the per-unit step.`,
    }),
};
