import { DomainError, type FieldError, fieldError, invalid } from '../../core/errors';
import { listPositions } from '../../db/repositories/org-repository';
import { type Actor, newId, type ServiceContext } from '../context';
import { type DistributionRecord, listDistributionRows } from './distribution-records';
import { assertCanSend, loadDistributionTarget, loadTargetVersion } from './distribution-target';

export type RecipientInput =
  | { kind: 'internal'; positionId: string }
  | { kind: 'external'; name: string; email?: string | null };

const MAX_RECIPIENTS = 100;
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:"]+$/;

/**
 * Adds recipients of a document version as `draft` rows: positions of the agency (the holder on the
 * day of sending gets it) and people outside it (name, e-mail if any). Nothing is sent until
 * `sendDocument`. A recipient already on the version is refused, naming the row.
 */
export async function addRecipients(
  ctx: ServiceContext,
  actor: Actor,
  input: { documentId: string; versionId: string; recipients: RecipientInput[] },
): Promise<DistributionRecord[]> {
  const target = await loadDistributionTarget(ctx, actor, input.documentId);
  assertCanSend(target);
  await loadTargetVersion(ctx, input.documentId, input.versionId, false);
  const recipients = input.recipients ?? [];
  if (recipients.length === 0 || recipients.length > MAX_RECIPIENTS)
    throw invalid([
      fieldError(
        'recipients',
        `Pilih 1 sampai ${MAX_RECIPIENTS} penerima.`,
        `Choose 1 to ${MAX_RECIPIENTS} recipients.`,
      ),
    ]);
  const positions = new Map((await listPositions(ctx.db, target.document.agency_id)).map((p) => [p.id, p]));
  const existing = (await listDistributionRows(ctx.db, input.documentId)).filter(
    (d) => d.versionId === input.versionId && d.status !== 'failed',
  );
  const takenPositions = new Set(existing.map((d) => d.positionId).filter(Boolean));
  const takenEmails = new Set(existing.map((d) => d.recipientEmail?.toLowerCase()).filter(Boolean));
  const errors: FieldError[] = [];
  const duplicates: FieldError[] = [];
  const rows = recipients.map((r, i) => {
    const at = `recipients.${i}`;
    if (r.kind === 'internal') {
      const position = positions.get(r.positionId);
      if (!position)
        errors.push(
          fieldError(
            `${at}.positionId`,
            'Jabatan ini tidak ada di instansi ini.',
            'No such position in this agency.',
          ),
        );
      else if (takenPositions.has(r.positionId))
        duplicates.push(
          fieldError(
            `${at}.positionId`,
            `${position.title} sudah menjadi penerima versi ini.`,
            `${position.title} is already a recipient of this version.`,
          ),
        );
      takenPositions.add(r.positionId);
      return {
        kind: 'internal' as const,
        name: position?.title ?? '',
        email: null,
        positionId: r.positionId,
      };
    }
    const name = (r.name ?? '').trim();
    const email = r.email?.trim() || null;
    if (name === '' || name.length > 200)
      errors.push(
        fieldError(
          `${at}.name`,
          'Nama penerima wajib diisi (paling panjang 200).',
          'The recipient name is required (at most 200).',
        ),
      );
    if (email && (!EMAIL.test(email) || email.length > 254))
      errors.push(
        fieldError(
          `${at}.email`,
          `Alamat e-mail "${email}" tidak valid.`,
          `The e-mail address "${email}" is not valid.`,
        ),
      );
    else if (email && takenEmails.has(email.toLowerCase()))
      duplicates.push(
        fieldError(
          `${at}.email`,
          `${email} sudah menjadi penerima versi ini.`,
          `${email} is already a recipient of this version.`,
        ),
      );
    if (email) takenEmails.add(email.toLowerCase());
    return { kind: 'external' as const, name, email, positionId: null };
  });
  if (errors.length > 0) throw invalid(errors);
  if (duplicates.length > 0)
    throw new DomainError('DISTRIBUTION_RECIPIENT_TAKEN', duplicates[0]!.message, duplicates);
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of rows)
      await trx
        .insertInto('distribution')
        .values({
          id: newId(),
          document_id: input.documentId,
          version_id: input.versionId,
          recipient_kind: row.kind,
          recipient_name: row.name,
          recipient_email: row.email,
          position_id: row.positionId,
          status: 'draft',
          message_id: null,
          error: null,
          attempts: 0,
          created_by: actor.personId,
          created_at: at,
          sent_at: null,
          claimed_at: null,
        })
        .execute();
  });
  return listDistributionRows(ctx.db, input.documentId);
}
