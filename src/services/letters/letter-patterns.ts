import { conflict, DomainError, type FieldError, fieldError, invalid } from '../../core/errors';
import {
  checkClassificationCode,
  checkUnitCode,
  formatLetterNumber,
  readLetterPattern,
} from '../../core/letter-number';
import type { Db } from '../../db/database';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { assertIsAdmin, loadLetterAccess } from './letter-access';
import { type LetterPatternRecord, listPatternRows } from './letter-records';

export interface LetterPatternInput {
  name: string;
  pattern: string;
  classificationCode?: string | null;
  unitCode?: string | null;
  /** Each classification code numbers from 1 on its own (the pattern must write `{klasifikasi}`). */
  sequencePerClassification?: boolean;
  isDefault?: boolean;
}

export interface LetterPatternView extends LetterPatternRecord {
  /**
   * The number the pattern would give next, today, with its default classification (`{klasifikasi}`
   * stays when it has none); null when each classification numbers on its own and there is no default.
   */
  nextNumber: string | null;
}

/** The agency's patterns, the default first, each with the number it would give next. Anyone of the agency. */
export async function listLetterPatterns(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<LetterPatternView[]> {
  const access = await loadLetterAccess(ctx, actor, agencyId);
  const patterns = await listPatternRows(ctx.db, agencyId);
  return Promise.all(patterns.map((p) => withNextNumber(ctx.db, p, access.today)));
}

/** A new pattern (agency administrators). The agency's first pattern becomes its default. */
export async function createLetterPattern(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: LetterPatternInput,
): Promise<LetterPatternView> {
  const access = await loadLetterAccess(ctx, actor, agencyId);
  assertIsAdmin(access);
  const values = validatePattern(input);
  const id = newId();
  await writeUnique(() =>
    ctx.db.transaction().execute(async (trx) => {
      const hasDefault = await trx
        .selectFrom('letter_number_pattern')
        .select('id')
        .where('agency_id', '=', agencyId)
        .where('is_default', '=', 1)
        .executeTakeFirst();
      const isDefault = input.isDefault === true || !hasDefault;
      if (isDefault) await clearDefault(trx, agencyId);
      await trx
        .insertInto('letter_number_pattern')
        .values({
          id,
          agency_id: agencyId,
          ...values,
          is_default: isDefault ? 1 : 0,
          created_at: ctx.now().toISOString(),
        })
        .execute();
    }),
  );
  return viewOf(ctx, agencyId, id, access.today);
}

/**
 * Changes a pattern (agency administrators). Numbers already issued keep their text; the next ones
 * follow the new pattern. Whether classifications number separately cannot change once the pattern
 * has numbers: the sequences would restart and repeat numbers already written on letters.
 */
export async function updateLetterPattern(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  patternId: string,
  input: Partial<LetterPatternInput>,
): Promise<LetterPatternView> {
  const access = await loadLetterAccess(ctx, actor, agencyId);
  assertIsAdmin(access);
  const current = (await listPatternRows(ctx.db, agencyId)).find((p) => p.id === patternId);
  if (!current) throw patternNotFound();
  const merged: LetterPatternInput = {
    name: input.name ?? current.name,
    pattern: input.pattern ?? current.pattern,
    classificationCode:
      input.classificationCode !== undefined ? input.classificationCode : current.classificationCode,
    unitCode: input.unitCode !== undefined ? input.unitCode : current.unitCode,
    sequencePerClassification: input.sequencePerClassification ?? current.sequencePerClassification,
  };
  const values = validatePattern(merged);
  if (input.isDefault === false && current.isDefault)
    throw invalid([
      fieldError(
        'isDefault',
        'Pola bawaan tidak dapat dilepas; jadikan pola lain sebagai bawaan.',
        'The default pattern cannot be unset; make another pattern the default instead.',
      ),
    ]);
  if (merged.sequencePerClassification !== current.sequencePerClassification) {
    const used = await ctx.db
      .selectFrom('letter_number')
      .select('id')
      .where('pattern_id', '=', patternId)
      .executeTakeFirst();
    if (used)
      throw conflict(
        'LETTER_PATTERN_IN_USE',
        'sequencePerClassification',
        'Pola ini sudah dipakai menerbitkan nomor; penomoran per klasifikasi tidak dapat diubah lagi. Buat pola baru.',
        'This pattern has issued numbers; numbering per classification can no longer change. Create a new pattern.',
      );
  }
  await writeUnique(() =>
    ctx.db.transaction().execute(async (trx) => {
      if (input.isDefault === true && !current.isDefault) await clearDefault(trx, agencyId);
      await trx
        .updateTable('letter_number_pattern')
        .set({ ...values, ...(input.isDefault === true ? { is_default: 1 } : {}) })
        .where('id', '=', patternId)
        .execute();
    }),
  );
  return viewOf(ctx, agencyId, patternId, access.today);
}

function validatePattern(input: LetterPatternInput) {
  const errors: FieldError[] = [];
  const name = input.name.trim();
  if (name === '' || name.length > 100)
    errors.push(
      fieldError(
        'name',
        'Nama pola wajib diisi (paling panjang 100).',
        'The pattern name is required (at most 100).',
      ),
    );
  const parsed = readLetterPattern(input.pattern, 'pattern');
  if ('error' in parsed) errors.push(parsed.error);
  const classificationCode = input.classificationCode?.trim() || null;
  const unitCode = input.unitCode?.trim() || null;
  if (classificationCode) {
    const error = checkClassificationCode(classificationCode);
    if (error) errors.push(error);
  }
  if (unitCode) {
    const error = checkUnitCode(unitCode);
    if (error) errors.push(error);
  }
  const perClassification = input.sequencePerClassification === true;
  if ('pattern' in parsed) {
    if (parsed.pattern.usesUnit && !unitCode)
      errors.push(
        fieldError(
          'unitCode',
          'Kode unit wajib diisi karena pola memuat {unit}.',
          'The unit code is required because the pattern contains {unit}.',
        ),
      );
    if (perClassification && !parsed.pattern.usesClassification)
      errors.push(
        fieldError(
          'sequencePerClassification',
          'Penomoran per klasifikasi memerlukan {klasifikasi} di pola; tanpa itu nomor akan kembar.',
          'Numbering per classification needs {klasifikasi} in the pattern, or numbers would repeat.',
        ),
      );
  }
  if (errors.length > 0 || !('pattern' in parsed)) throw invalid(errors);
  return {
    name,
    pattern: parsed.pattern.source,
    classification_code: classificationCode,
    unit_code: unitCode,
    sequence_per_classification: perClassification ? 1 : 0,
  };
}

async function clearDefault(db: Db, agencyId: string) {
  await db
    .updateTable('letter_number_pattern')
    .set({ is_default: 0 })
    .where('agency_id', '=', agencyId)
    .where('is_default', '=', 1)
    .execute();
}

async function writeUnique(work: () => Promise<void>) {
  try {
    await work();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw conflict(
      'LETTER_PATTERN_NAME_TAKEN',
      'name',
      'Nama pola ini sudah dipakai di instansi ini.',
      'This pattern name is already used in this agency.',
    );
  }
}

async function viewOf(ctx: ServiceContext, agencyId: string, id: string, today: string) {
  const pattern = (await listPatternRows(ctx.db, agencyId)).find((p) => p.id === id)!;
  return withNextNumber(ctx.db, pattern, today);
}

async function withNextNumber(db: Db, p: LetterPatternRecord, today: string): Promise<LetterPatternView> {
  const parsed = readLetterPattern(p.pattern);
  if ('error' in parsed) return { ...p, nextNumber: p.pattern };
  const year = Number(today.slice(0, 4));
  if (p.sequencePerClassification && !p.classificationCode) return { ...p, nextNumber: null };
  const scope = p.sequencePerClassification ? p.classificationCode! : '*';
  const row = await db
    .selectFrom('letter_sequence')
    .select('last_value')
    .where('agency_id', '=', p.agencyId)
    .where('year', '=', year)
    .where('scope', '=', scope)
    .executeTakeFirst();
  const nextNumber = formatLetterNumber(parsed.pattern, {
    sequence: Number(row?.last_value ?? 0) + 1,
    classificationCode: p.classificationCode ?? '{klasifikasi}',
    unitCode: p.unitCode,
    localDate: today,
  });
  return { ...p, nextNumber };
}

export function patternNotFound(): DomainError {
  return new DomainError('NOT_FOUND', {
    id: 'Pola nomor surat tidak ditemukan.',
    en: 'Letter-number pattern not found.',
  });
}
