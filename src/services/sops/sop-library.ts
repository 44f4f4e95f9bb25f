import { DomainError, fieldError, invalid, notFound } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import { validateForPublish, validateSop } from '../../core/sop';
import type { Db } from '../../db/database';
import { type Actor, newId, type ServiceContext } from '../context';
import { loadAgency } from '../org/load-agency';

export interface SopSummary {
  id: string;
  code: string;
  title: string;
  latestVersion: number;
  latestStatus: 'draft' | 'published';
  publishedVersion: number | null;
  steps: number;
}

export interface SopVersionView {
  sopId: string;
  code: string;
  version: number;
  status: 'draft' | 'published';
  effectiveDate: string | null;
  publishedAt: string | null;
  definition: SopDefinition;
  /** What is still wrong (drafts may be saved unfinished; publishing needs none). */
  problems: Array<{ field: string; message: { id: string; en: string } }>;
  lanes: Array<{ key: string; label: string; positionId: string | null }>;
}

export async function listSops(ctx: ServiceContext, actor: Actor, agencyId: string): Promise<SopSummary[]> {
  await loadAgency(ctx.db, actor, agencyId, 'read');
  const sops = await ctx.db
    .selectFrom('sop')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('code')
    .execute();
  const out: SopSummary[] = [];
  for (const sop of sops) {
    const versions = await ctx.db
      .selectFrom('sop_version')
      .select(['version', 'status', 'definition'])
      .where('sop_id', '=', sop.id)
      .orderBy('version', 'desc')
      .execute();
    const latest = versions[0]!;
    const published = versions.find((v) => v.status === 'published');
    out.push({
      id: sop.id,
      code: sop.code,
      title: sop.title,
      latestVersion: Number(latest.version),
      latestStatus: latest.status as SopSummary['latestStatus'],
      publishedVersion: published ? Number(published.version) : null,
      steps: (JSON.parse(latest.definition) as SopDefinition).steps.length,
    });
  }
  return out;
}

async function loadSop(db: Db, actor: Actor, sopId: string, access: 'read' | 'admin') {
  const sop = await db.selectFrom('sop').selectAll().where('id', '=', sopId).executeTakeFirst();
  if (!sop) throw notFound('sop');
  await loadAgency(db, actor, sop.agency_id, access);
  return sop;
}

/** One version of an SOP (the latest when none is named), with its lanes' mapping and open problems. */
export async function getSopVersion(
  ctx: ServiceContext,
  actor: Actor,
  sopId: string,
  version?: number,
): Promise<SopVersionView> {
  const sop = await loadSop(ctx.db, actor, sopId, 'read');
  let q = ctx.db.selectFrom('sop_version').selectAll().where('sop_id', '=', sopId);
  q = version === undefined ? q.orderBy('version', 'desc').limit(1) : q.where('version', '=', version);
  const row = await q.executeTakeFirst();
  if (!row) throw notFound('sop');
  const definition = JSON.parse(row.definition) as SopDefinition;
  const mapping = await laneMapping(ctx.db, sopId);
  return {
    sopId,
    code: sop.code,
    version: Number(row.version),
    status: row.status as SopVersionView['status'],
    effectiveDate: row.effective_date,
    publishedAt: row.published_at,
    definition,
    problems: validateForPublish(definition, mapping).map((e) => ({ field: e.field, message: e.message })),
    lanes: definition.lanes.map((l) => ({ key: l.key, label: l.label, positionId: mapping[l.key] ?? null })),
  };
}

async function laneMapping(db: Db, sopId: string): Promise<Record<string, string>> {
  const rows = await db
    .selectFrom('sop_lane')
    .select(['lane_key', 'position_id'])
    .where('sop_id', '=', sopId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.lane_key, r.position_id]));
}

/**
 * Saves a definition as the SOP's draft: the existing draft is replaced, or a new draft version is made
 * after the published one (runs keep the version they started with). A draft may still have problems;
 * a definition whose shape is broken never gets here (the parsers reject it).
 */
export async function saveSopDraft(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  definition: SopDefinition,
): Promise<{ sopId: string; version: number }> {
  await loadAgency(ctx.db, actor, agencyId, 'admin');
  const now = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    let sop = await trx
      .selectFrom('sop')
      .select(['id'])
      .where('agency_id', '=', agencyId)
      .where('code', '=', definition.code)
      .executeTakeFirst();
    if (!sop) {
      sop = { id: newId() };
      await trx
        .insertInto('sop')
        .values({
          id: sop.id,
          agency_id: agencyId,
          code: definition.code,
          title: definition.identity.title,
          created_at: now,
        })
        .execute();
    } else {
      await trx
        .updateTable('sop')
        .set({ title: definition.identity.title })
        .where('id', '=', sop.id)
        .execute();
    }
    const latest = await trx
      .selectFrom('sop_version')
      .select(['id', 'version', 'status'])
      .where('sop_id', '=', sop.id)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    if (latest?.status === 'draft') {
      await trx
        .updateTable('sop_version')
        .set({ definition: JSON.stringify(definition), updated_at: now })
        .where('id', '=', latest.id)
        .execute();
      return { sopId: sop.id, version: Number(latest.version) };
    }
    const version = (latest ? Number(latest.version) : 0) + 1;
    await trx
      .insertInto('sop_version')
      .values({
        id: newId(),
        sop_id: sop.id,
        version,
        status: 'draft',
        definition: JSON.stringify(definition),
        effective_date: null,
        published_at: null,
        published_by: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return { sopId: sop.id, version };
  });
}

/** Maps lanes to positions of the SOP's agency (null removes a mapping). */
export async function setLaneMapping(
  ctx: ServiceContext,
  actor: Actor,
  sopId: string,
  mapping: Record<string, string | null>,
): Promise<void> {
  const sop = await loadSop(ctx.db, actor, sopId, 'admin');
  const positions = new Set(
    (await ctx.db.selectFrom('position').select('id').where('agency_id', '=', sop.agency_id).execute()).map(
      (p) => p.id,
    ),
  );
  const bad = Object.entries(mapping).filter(
    ([, positionId]) => positionId !== null && !positions.has(positionId),
  );
  if (bad.length > 0)
    throw invalid(
      bad.map(([lane]) =>
        fieldError(`lanes.${lane}`, 'Jabatan tidak ada di instansi ini.', 'No such position here.'),
      ),
    );
  await ctx.db.transaction().execute(async (trx) => {
    for (const [lane, positionId] of Object.entries(mapping)) {
      await trx.deleteFrom('sop_lane').where('sop_id', '=', sopId).where('lane_key', '=', lane).execute();
      if (positionId)
        await trx
          .insertInto('sop_lane')
          .values({ sop_id: sopId, lane_key: lane, position_id: positionId })
          .execute();
    }
  });
}

/**
 * Publishes the SOP's draft as its numbered version, effective from `effectiveDate`. Refused, naming
 * every problem (step and field), while the definition is unsound or a lane is not mapped.
 */
export async function publishSop(
  ctx: ServiceContext,
  actor: Actor,
  sopId: string,
  effectiveDate: string | null,
): Promise<{ version: number }> {
  await loadSop(ctx.db, actor, sopId, 'admin');
  return ctx.db.transaction().execute(async (trx) => {
    const draft = await trx
      .selectFrom('sop_version')
      .selectAll()
      .where('sop_id', '=', sopId)
      .where('status', '=', 'draft')
      .orderBy('version', 'desc')
      .executeTakeFirst();
    if (!draft)
      throw new DomainError('SOP_NO_DRAFT', {
        id: 'Tidak ada draf untuk diterbitkan.',
        en: 'There is no draft to publish.',
      });
    const definition = JSON.parse(draft.definition) as SopDefinition;
    const problems = validateForPublish(definition, await laneMapping(trx, sopId));
    if (problems.length > 0)
      throw invalid(problems, {
        id: `SOP belum dapat diterbitkan: ${problems.length} masalah.`,
        en: `The SOP cannot be published yet: ${problems.length} problems.`,
      });
    await trx
      .updateTable('sop_version')
      .set({
        status: 'published',
        effective_date: effectiveDate ?? definition.identity.effectiveOn,
        published_at: ctx.now().toISOString(),
        published_by: actor.personId,
      })
      .where('id', '=', draft.id)
      .execute();
    return { version: Number(draft.version) };
  });
}

/** The structural problems of a definition, for the editor's inline messages. */
export function checkSop(definition: SopDefinition) {
  return validateSop(definition).map((e) => ({ field: e.field, message: e.message }));
}
