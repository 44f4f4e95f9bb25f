import { DomainError, notFound } from '../../core/errors';
import type { Flow } from '../../core/run/flow';
import type { SopDefinition } from '../../core/sop/sop-definition';
import { toFlow } from '../../core/sop/to-flow';
import type { Db } from '../../db/database';

/** The SOP version a new run starts on: the highest published one. */
export async function publishedVersion(db: Db, sopId: string) {
  const version = await db
    .selectFrom('sop_version')
    .selectAll()
    .where('sop_id', '=', sopId)
    .where('status', '=', 'published')
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!version)
    throw new DomainError('SOP_NOT_PUBLISHED', {
      id: 'SOP ini belum memiliki versi terbit.',
      en: 'This SOP has no published version yet.',
    });
  return version;
}

/** A version's definition and its flow, for the run engine. */
export async function loadFlow(
  db: Db,
  sopVersionId: string,
): Promise<{ definition: SopDefinition; flow: Flow; activity: (stepNo: number) => string }> {
  const row = await db
    .selectFrom('sop_version')
    .select('definition')
    .where('id', '=', sopVersionId)
    .executeTakeFirst();
  if (!row) throw notFound('sop');
  const definition = JSON.parse(row.definition) as SopDefinition;
  const flow = toFlow(definition);
  return {
    definition,
    flow,
    activity: (stepNo) => flow.steps.find((s) => s.no === stepNo)?.activity ?? '',
  };
}
