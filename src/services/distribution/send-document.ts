import { fieldError, invalid } from '../../core/errors';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { listPositions } from '../../db/repositories/org-repository';
import type { Actor, ServiceContext } from '../context';
import { type DistributionRecord, listDistributionRows } from './distribution-records';
import {
  advanceDocumentStatus,
  assertCanSend,
  loadDistributionTarget,
  loadTargetVersion,
} from './distribution-target';

/** Acting officials act for the definitive holder while their appointment runs. */
const KIND_ORDER = { plh: 0, plt: 1, definitive: 2 } as const;

/**
 * Sends a version to its `draft` recipients: those with an e-mail address are queued (`pending`) for
 * the sweeper, which mails the PDF; the others are `recorded` (delivered by hand). An internal
 * recipient is the person holding the position today (an acting official before the definitive
 * holder), with that person's e-mail. One transaction; the document becomes `sent`.
 */
export async function sendDocument(
  ctx: ServiceContext,
  actor: Actor,
  input: { documentId: string; versionId: string },
): Promise<DistributionRecord[]> {
  const target = await loadDistributionTarget(ctx, actor, input.documentId);
  assertCanSend(target);
  await loadTargetVersion(ctx, input.documentId, input.versionId, true);
  const drafts = (await listDistributionRows(ctx.db, input.documentId)).filter(
    (d) => d.versionId === input.versionId && d.status === 'draft',
  );
  if (drafts.length === 0)
    throw invalid([
      fieldError(
        'recipients',
        'Belum ada penerima yang menunggu dikirimi versi ini; tambahkan penerima dahulu.',
        'No recipients are waiting for this version; add recipients first.',
      ),
    ]);
  const agencyId = target.document.agency_id;
  const positionIds = drafts.map((d) => d.positionId).filter((id): id is string => id !== null);
  const [positions, holders, people] = await Promise.all([
    listPositions(ctx.db, agencyId),
    listAppointments(ctx.db, { positionIds, activeOn: target.access.today }),
    ctx.db.selectFrom('person').select(['id', 'email']).where('agency_id', '=', agencyId).execute(),
  ]);
  const emailOf = new Map(people.map((p) => [p.id, p.email]));
  const at = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const draft of drafts) {
      let name = draft.recipientName;
      let email = draft.recipientEmail;
      if (draft.positionId) {
        const holder = holders
          .filter((h) => h.positionId === draft.positionId)
          .sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind])[0];
        const title = positions.find((p) => p.id === draft.positionId)?.title ?? draft.recipientName;
        name = holder
          ? `${holder.fullName} (${holder.kind === 'definitive' ? '' : `${holder.kind.toUpperCase()} `}${title})`
          : title;
        email = holder ? (emailOf.get(holder.personId) ?? null) : null;
      }
      await trx
        .updateTable('distribution')
        .set({
          recipient_name: name,
          recipient_email: email,
          status: email ? 'pending' : 'recorded',
          sent_at: email ? null : at,
        })
        .where('id', '=', draft.id)
        .where('status', '=', 'draft')
        .execute();
    }
    await advanceDocumentStatus(trx, input.documentId, 'sent', ctx.now());
  });
  return listDistributionRows(ctx.db, input.documentId);
}
