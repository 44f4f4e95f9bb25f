import { conflict, type DomainError, type FieldError, fieldError, invalid } from '../../core/errors';
import {
  checkClassificationCode,
  formatLetterNumber,
  missingLetterNumberValues,
  parseLetterPattern,
} from '../../core/letter-number';
import { isValidIsoDate } from '../../core/org/dates';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, localDate, newId, type ServiceContext } from '../context';
import { assertCanIssue, holdsOpenRunTask, type LetterAccess, loadLetterAccess } from './letter-access';
import { type LetterNumberRecord, listNumberRows, listPatternRows } from './letter-records';
import { retryOnConflict } from './retry-on-conflict';

export interface IssueLetterNumberInput {
  agencyId: string;
  /** The agency's default pattern when absent. */
  patternId?: string | null;
  /** The pattern's classification code when absent. */
  classificationCode?: string | null;
  subject: string;
  /** The document the number is written on; it gets the number (`document.letter_number_id`). */
  documentId?: string | null;
  /**
   * The letter's date: an instant, or the agency-local date `YYYY-MM-DD`; now when absent. Year and
   * month of the number are taken from it in the agency's time zone: 00:30 WITA on 1 January numbers
   * in the new year. Never after today; an earlier date (a letter signed on 31 December, numbered on
   * 2 January) numbers in its own year's sequence.
   */
  date?: Date | string | null;
}

export type ReserveLetterNumberInput = Omit<IssueLetterNumberInput, 'documentId' | 'subject'> & {
  subject?: string | null;
};

/**
 * Issues the next number of the agency's sequence (per year, and per classification when the
 * pattern says so) to a letter. One transaction: create the year's sequence row if missing, take
 * `last_value + 1` with an atomic update, write the number. The unique constraints on (agency, year,
 * scope, sequence) and on (agency, number) make a double issue impossible; a transaction the engine
 * aborts for a concurrent one is retried.
 */
export async function issueLetterNumber(
  ctx: ServiceContext,
  actor: Actor,
  input: IssueLetterNumberInput,
): Promise<LetterNumberRecord> {
  return takeLetterNumber(ctx, actor, input, 'issued');
}

/** Takes a number now for a letter written later (status `reserved`; see `useReservedNumber`). */
export async function reserveLetterNumber(
  ctx: ServiceContext,
  actor: Actor,
  input: ReserveLetterNumberInput,
): Promise<LetterNumberRecord> {
  return takeLetterNumber(
    ctx,
    actor,
    { ...input, subject: input.subject ?? '', documentId: null },
    'reserved',
  );
}

async function takeLetterNumber(
  ctx: ServiceContext,
  actor: Actor,
  input: IssueLetterNumberInput,
  status: 'issued' | 'reserved',
): Promise<LetterNumberRecord> {
  const access = await loadLetterAccess(ctx, actor, input.agencyId);
  if (!access.canIssue && !(await numbersOwnRunDocument(ctx, access, input.documentId)))
    assertCanIssue(access);
  const plan = await planNumber(ctx, access, input, status);
  const id = newId();
  let written = '';
  try {
    await retryOnConflict(() =>
      ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('letter_sequence')
          .values({ agency_id: plan.agencyId, year: plan.year, scope: plan.scope, last_value: 0 })
          .onConflict((oc) => oc.columns(['agency_id', 'year', 'scope']).doNothing())
          .execute();
        const { last_value } = await trx
          .updateTable('letter_sequence')
          .set((eb) => ({ last_value: eb('last_value', '+', 1) }))
          .where('agency_id', '=', plan.agencyId)
          .where('year', '=', plan.year)
          .where('scope', '=', plan.scope)
          .returning('last_value')
          .executeTakeFirstOrThrow();
        const sequence = Number(last_value);
        written = formatLetterNumber(plan.pattern, {
          sequence,
          classificationCode: plan.classificationCode,
          unitCode: plan.unitCode,
          localDate: plan.localDate,
        });
        await trx
          .insertInto('letter_number')
          .values({
            id,
            agency_id: plan.agencyId,
            pattern_id: plan.patternId,
            year: plan.year,
            scope: plan.scope,
            sequence,
            number: written,
            classification_code: plan.classificationCode,
            status,
            subject: plan.subject,
            document_id: plan.documentId,
            issued_by: actor.personId,
            issued_at: ctx.now().toISOString(),
            cancelled_by: null,
            cancelled_at: null,
            cancel_reason: null,
          })
          .execute();
        if (plan.documentId) await attachToDocument(trx, plan.documentId, id, ctx.now());
      }),
    );
  } catch (error) {
    if (isUniqueViolation(error) && written && (await numberExists(ctx.db, plan.agencyId, written)))
      throw conflict(
        'LETTER_NUMBER_TAKEN',
        'patternId',
        `Nomor ${written} sudah pernah diterbitkan. Pola atau penomoran per klasifikasi berubah di tengah tahun; periksa pola nomor.`,
        `Number ${written} was issued before. The pattern or its per-classification numbering changed during the year; check the pattern.`,
      );
    throw error;
  }
  return (await listNumberRows(ctx.db, { agencyId: plan.agencyId, id }))[0]!;
}

/** The holder of an open task of the document's run may number that document (the run's numbering step). */
async function numbersOwnRunDocument(ctx: ServiceContext, access: LetterAccess, documentId?: string | null) {
  if (!documentId) return false;
  const document = await ctx.db
    .selectFrom('document')
    .select('run_id')
    .where('id', '=', documentId)
    .where('agency_id', '=', access.agency.id)
    .executeTakeFirst();
  return holdsOpenRunTask(ctx.db, access.actor, document?.run_id ?? null, access.today);
}

interface NumberPlan {
  agencyId: string;
  patternId: string;
  pattern: ReturnType<typeof parseLetterPattern>;
  classificationCode: string | null;
  unitCode: string | null;
  scope: string;
  year: number;
  localDate: string;
  subject: string | null;
  documentId: string | null;
}

/** Everything checked before the transaction, so a bad request changes nothing and takes no number. */
async function planNumber(
  ctx: ServiceContext,
  access: LetterAccess,
  input: IssueLetterNumberInput,
  status: 'issued' | 'reserved',
): Promise<NumberPlan> {
  const errors: FieldError[] = [];
  const subject = (input.subject ?? '').trim();
  if (status === 'issued' && subject === '')
    errors.push(fieldError('subject', 'Perihal surat wajib diisi.', 'The subject is required.'));
  if (subject.length > 500)
    errors.push(
      fieldError(
        'subject',
        'Perihal paling panjang 500 karakter.',
        'The subject may be at most 500 characters.',
      ),
    );

  const patterns = await listPatternRows(ctx.db, access.agency.id);
  const row = input.patternId
    ? patterns.find((p) => p.id === input.patternId)
    : patterns.find((p) => p.isDefault);
  if (!row) {
    throw invalid([
      input.patternId
        ? fieldError(
            'patternId',
            'Pola nomor ini tidak ada di instansi ini.',
            'No such number pattern in this agency.',
          )
        : fieldError(
            'patternId',
            'Instansi belum punya pola nomor surat bawaan; administrator menambahkannya di menu Nomor Surat.',
            'The agency has no default letter-number pattern; an administrator adds one under Letter numbers.',
          ),
    ]);
  }
  const pattern = parseLetterPattern(row.pattern, 'patternId');
  const classificationCode = input.classificationCode?.trim() || row.classificationCode;
  if (input.classificationCode?.trim()) {
    const error = checkClassificationCode(input.classificationCode.trim());
    if (error) errors.push(error);
  }
  errors.push(...missingLetterNumberValues(pattern, { classificationCode, unitCode: row.unitCode }));
  const day = letterDay(input.date ?? ctx.now(), access.agency.timeZone);
  if (day === null)
    errors.push(fieldError('date', 'Tanggal surat tidak valid.', 'The letter date is not valid.'));
  else if (day > access.today)
    errors.push(
      fieldError(
        'date',
        `Tanggal surat (${day}) tidak boleh setelah hari ini (${access.today}).`,
        `The letter date (${day}) cannot be after today (${access.today}).`,
      ),
    );

  const documentId = input.documentId ?? null;
  if (documentId) {
    const document = await ctx.db
      .selectFrom('document')
      .select(['id', 'letter_number_id'])
      .where('id', '=', documentId)
      .where('agency_id', '=', access.agency.id)
      .executeTakeFirst();
    if (!document)
      errors.push(
        fieldError(
          'documentId',
          'Dokumen ini tidak ada di instansi ini.',
          'No such document in this agency.',
        ),
      );
    else if (document.letter_number_id && errors.length === 0) throw documentNumbered();
  }
  if (errors.length > 0) throw invalid(errors);
  return {
    agencyId: access.agency.id,
    patternId: row.id,
    pattern,
    classificationCode: classificationCode ?? null,
    unitCode: row.unitCode,
    scope: row.sequencePerClassification ? classificationCode! : '*',
    year: Number(day!.slice(0, 4)),
    localDate: day!,
    subject: subject || null,
    documentId,
  };
}

function letterDay(date: Date | string, timeZone: string): string | null {
  if (typeof date === 'string') return isValidIsoDate(date) ? date : null;
  return Number.isNaN(date.getTime()) ? null : localDate(date, timeZone);
}

/** Writes the number's id on its document, only if the document has none (a concurrent issue loses). */
export async function attachToDocument(db: Db, documentId: string, letterNumberId: string, now: Date) {
  const result = await db
    .updateTable('document')
    .set((eb) => ({
      letter_number_id: letterNumberId,
      updated_at: now.toISOString(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', documentId)
    .where('letter_number_id', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw documentNumbered();
}

function documentNumbered(): DomainError {
  return conflict(
    'DOCUMENT_ALREADY_NUMBERED',
    'documentId',
    'Dokumen ini sudah bernomor; batalkan nomornya dahulu bila perlu nomor baru.',
    'This document already has a number; cancel it first if it needs a new one.',
  );
}

async function numberExists(db: Db, agencyId: string, number: string) {
  return (
    (await db
      .selectFrom('letter_number')
      .select('id')
      .where('agency_id', '=', agencyId)
      .where('number', '=', number)
      .executeTakeFirst()) !== undefined
  );
}
