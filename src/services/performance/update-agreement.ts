import { conflict, DomainError, fieldError, invalid } from '../../core/errors';
import { listPositions } from '../../db/repositories/org-repository';
import { type AgreementLevel, listAgreements } from '../../db/repositories/performance-agreement-repository';
import { lockRow, updateAgreementRow } from '../../db/repositories/performance-editing-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import type { Actor, ServiceContext } from '../context';
import { agreementEditorItem } from './agreements-editor-view';
import { FIELD_NAMES, optionalText, TEXT_LIMITS } from './edit-input';
import { agreementRevision, assertCurrent } from './edit-revision';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';

/** A change to a PK's header; fields left out stay as they are. */
export interface AgreementEdit {
  revision?: string | null;
  level?: AgreementLevel;
  firstPartyPositionId?: string;
  /** A position of the agency, or null with `secondPartyTitle` for a superior outside it (the governor). */
  secondPartyPositionId?: string | null;
  secondPartyTitle?: string | null;
  number?: string | null;
  signedOn?: string | null;
}

const LEVELS: AgreementLevel[] = ['jpt_pratama', 'administrator', 'pengawas'];

/**
 * Changes the parties, level, number or date of a Perjanjian Kinerja. The people are not stored: they
 * are read from the appointments in force on the PK date, so changing the date can change the names.
 */
export async function updateAgreement(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementId: string,
  edit: AgreementEdit,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  if ((await listAgreements(ctx.db, agencyId, { id: agreementId })).length === 0) throw agreementNotFound();
  const positions = await listPositions(ctx.db, agencyId);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await lockRow(trx, 'performance_agreement', agreementId))) throw agreementNotFound();
    const [current] = await listAgreements(trx, agencyId, { id: agreementId });
    const place = `PK ${current!.year}`;
    assertCurrent(edit.revision, agreementRevision(current!), { id: place, en: place });
    const level = edit.level ?? current!.level;
    if (!LEVELS.includes(level))
      throw invalid([fieldError('level', `${place}: tingkat PK tidak dikenal.`, `${place}: unknown level.`)]);
    const first = edit.firstPartyPositionId ?? current!.firstPartyPositionId;
    if (!positions.some((p) => p.id === first))
      throw invalid([
        fieldError(
          'firstPartyPositionId',
          `${place}: jabatan pihak pertama tidak ada di instansi ini.`,
          `${place}: no such first-party position in this agency.`,
        ),
      ]);
    const second =
      edit.secondPartyPositionId === undefined ? current!.secondPartyPositionId : edit.secondPartyPositionId;
    if (second && !positions.some((p) => p.id === second))
      throw invalid([
        fieldError(
          'secondPartyPositionId',
          `${place}: jabatan pihak kedua tidak ada di instansi ini.`,
          `${place}: no such second-party position in this agency.`,
        ),
      ]);
    if (second && second === first)
      throw invalid([
        fieldError(
          'secondPartyPositionId',
          `${place}: pihak kedua harus atasan pihak pertama, bukan jabatan yang sama.`,
          `${place}: the second party must be the first party's superior, not the same position.`,
        ),
      ]);
    const title = second
      ? null
      : edit.secondPartyTitle === undefined
        ? current!.secondPartyTitle
        : optionalText(edit.secondPartyTitle, {
            field: 'secondPartyTitle',
            place,
            label: FIELD_NAMES.secondPartyTitle,
            max: TEXT_LIMITS.partyTitle,
          });
    if (!second && !title)
      throw invalid([
        fieldError(
          'secondPartyTitle',
          `${place}: pihak kedua wajib diisi: pilih jabatan atasan, atau tulis jabatannya bila di luar instansi (mis. Gubernur).`,
          `${place}: the second party is required: a superior position, or its title when outside the agency.`,
        ),
      ]);
    const signedOn = edit.signedOn === undefined ? current!.signedOn : edit.signedOn || null;
    if (signedOn !== null && !isDate(signedOn))
      throw invalid([
        fieldError(
          'signedOn',
          `${place}: tanggal PK harus tanggal yang ada, ditulis TTTT-BB-HH (tertulis "${signedOn}").`,
          `${place}: the PK date must be a real date written YYYY-MM-DD (got "${signedOn}").`,
        ),
      ]);
    try {
      await updateAgreementRow(trx, agreementId, {
        level,
        firstPartyPositionId: first,
        secondPartyPositionId: second ?? null,
        secondPartyTitle: title,
        number:
          edit.number === undefined
            ? current!.number
            : optionalText(edit.number, {
                field: 'number',
                place,
                label: FIELD_NAMES.number,
                max: TEXT_LIMITS.agreementNumber,
              }),
        signedOn,
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(
          'AGREEMENT_EXISTS',
          'firstPartyPositionId',
          `Jabatan ini sudah memiliki Perjanjian Kinerja tahun ${current!.year}.`,
          `This position already has a performance agreement for ${current!.year}.`,
        );
      throw error;
    }
  });
  return agreementEditorItem(ctx, actor, agencyId, agreementId);
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function agreementNotFound() {
  return new DomainError('NOT_FOUND', {
    id: 'Perjanjian Kinerja tidak ditemukan.',
    en: 'Performance agreement not found.',
  });
}
