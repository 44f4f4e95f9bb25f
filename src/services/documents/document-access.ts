import { DomainError } from '../../core/errors';
import { isActiveOn } from '../../core/org/appointments';
import type { Db } from '../../db/database';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { findAgency } from '../../db/repositories/org-repository';
import { type Actor, canRead, type ServiceContext } from '../context';
import { loadPerformanceAccess, type PerformanceAccess } from '../performance/performance-access';
import { documentNotFound } from './document-errors';
import { type DocumentRow, findDocumentRow } from './document-rows';

/** What the actor may do with an agency's documents, decided once per request. */
export interface DocumentAccess extends PerformanceAccess {
  /** Positions the actor holds today (definitive or acting) in the agency. */
  heldPositionIds: string[];
}

/**
 * The agency's documents for the actor: its people (and its region's and the system's administrators)
 * read; another agency gets "not found". Writing follows the performance rules (the planning unit and
 * administrators) or, for a run's document, the person who holds an open task of that run.
 */
export async function loadDocumentAccess(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
): Promise<DocumentAccess> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const appointments = await listAppointments(ctx.db, { agencyId, personId: actor.personId });
  return {
    ...access,
    heldPositionIds: appointments.filter((a) => isActiveOn(a, access.today)).map((a) => a.positionId),
  };
}

/** A document of an agency the actor may read, with the access to it; "not found" otherwise. */
export async function loadDocumentFor(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<{ document: DocumentRow; access: DocumentAccess }> {
  const document = await findDocumentRow(ctx.db, documentId);
  if (!document) throw documentNotFound();
  const agency = await findAgency(ctx.db, document.agency_id);
  if (!agency || !canRead(actor, agency)) throw documentNotFound();
  return { document, access: await loadDocumentAccess(ctx, actor, document.agency_id) };
}

/**
 * Does the actor hold an open task of the run: through a position they hold today, or delegated to
 * them? `taskId` narrows it to one task.
 */
export async function holdsRunTask(
  db: Db,
  access: DocumentAccess,
  runId: string,
  taskId?: string | null,
): Promise<boolean> {
  let q = db
    .selectFrom('run_task')
    .innerJoin('run', 'run.id', 'run_task.run_id')
    .select(['run_task.position_id as positionId', 'run_task.delegated_to as delegatedTo'])
    .where('run_task.run_id', '=', runId)
    .where('run.agency_id', '=', access.agency.id)
    .where('run_task.status', 'in', ['open', 'claimed']);
  if (taskId) q = q.where('run_task.id', '=', taskId);
  const tasks = await q.execute();
  return tasks.some((t) =>
    t.delegatedTo ? t.delegatedTo === access.actor.personId : access.heldPositionIds.includes(t.positionId),
  );
}

/** Writing (generating, editing, uploading, commenting): the planning unit, administrators, or the run's assignee. */
export async function assertCanWriteDocument(
  db: Db,
  access: DocumentAccess,
  target: { runId: string | null; taskId?: string | null },
): Promise<void> {
  if (access.canPlan) return;
  if (target.runId && (await holdsRunTask(db, access, target.runId, target.taskId))) return;
  throw new DomainError('FORBIDDEN', {
    id: 'Dokumen ini hanya dapat diubah oleh unit perencanaan, administrator, atau pemegang tugas proses dokumen ini.',
    en: "Only the planning unit, an administrator, or the holder of this document's run task may change this document.",
  });
}
