import { conflict, DomainError, fieldError, invalid } from '../../core/errors';
import {
  findRenstra,
  type IndicatorWithTargets,
  insertIndicator,
  insertPlanNode,
  insertRenstra,
  listIndicators,
  listPlanNodes,
  listRenstras,
  type PlanNodeKind,
  type PlanNodeRecord,
  type RenstraRecord,
} from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import { type Actor, newId, type ServiceContext } from '../context';
import { cellPlace, LABELS, readDecimal, readOptionalDecimal } from './decimal-input';
import { assertCanPlan, loadPerformanceAccess, type PerformanceAccess } from './performance-access';

/** Which kind of node may sit under which: the Renstra cascade. */
const PARENT_KINDS: Record<PlanNodeKind, (PlanNodeKind | null)[]> = {
  tujuan: [null],
  sasaran: ['tujuan'],
  program: ['sasaran', null],
  kegiatan: ['program'],
  sub_kegiatan: ['kegiatan'],
};

export const NODE_KIND_NAMES: Record<PlanNodeKind, string> = {
  tujuan: 'Tujuan',
  sasaran: 'Sasaran',
  program: 'Program',
  kegiatan: 'Kegiatan',
  sub_kegiatan: 'Sub Kegiatan',
};

export interface RenstraInput {
  startYear: number;
  endYear: number;
  visi?: string | null;
  note?: string | null;
}

export interface PlanNodeInput {
  kind: PlanNodeKind;
  code: string;
  name: string;
  parentId?: string | null;
  unitId?: string | null;
}

export interface IndicatorInput {
  nodeId: string;
  code: string;
  name: string;
  unitLabel: string;
  polarity: 'positive' | 'negative' | 'range' | 'qualitative';
  negativeFormula?: 'A' | 'B' | null;
  aggregation: 'cumulative' | 'last' | 'average';
  precision?: number;
  definition?: string | null;
  formulaText?: string | null;
  dataSource?: string | null;
  unitId?: string | null;
  isIku?: boolean;
  baselineYear?: number | null;
  baselineValue?: string | number | null;
  finalTarget?: string | number | null;
  targets: { year: number; value: string | number; valueHigh?: string | number | null }[];
}

export interface RenstraTreeNode extends PlanNodeRecord {
  unitName: string | null;
  indicators: IndicatorWithTargets[];
  children: RenstraTreeNode[];
}

export async function listAgencyRenstras(ctx: ServiceContext, actor: Actor, agencyId: string) {
  await loadPerformanceAccess(ctx, actor, agencyId);
  return listRenstras(ctx.db, agencyId);
}

export async function loadRenstraOrThrow(ctx: ServiceContext, agencyId: string, renstraId: string) {
  const renstra = await findRenstra(ctx.db, renstraId);
  if (!renstra || renstra.agencyId !== agencyId)
    throw new DomainError('NOT_FOUND', { id: 'Renstra tidak ditemukan.', en: 'Renstra not found.' });
  return renstra;
}

/** The cascade as a tree (tujuan → sasaran → program → kegiatan → sub kegiatan) with each node's indicators. */
export async function getRenstraTree(ctx: ServiceContext, actor: Actor, agencyId: string, renstraId: string) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const renstra = await loadRenstraOrThrow(ctx, agencyId, renstraId);
  return { renstra, nodes: await buildTree(ctx, access, renstra) };
}

async function buildTree(ctx: ServiceContext, access: PerformanceAccess, renstra: RenstraRecord) {
  const [nodes, indicators] = await Promise.all([
    listPlanNodes(ctx.db, renstra.id),
    listIndicators(ctx.db, { renstraId: renstra.id }),
  ]);
  const unitName = (id: string | null) => access.units.find((u) => u.id === id)?.name ?? null;
  const byId = new Map<string, RenstraTreeNode>(
    nodes.map((n) => [
      n.id,
      {
        ...n,
        unitName: unitName(n.unitId),
        indicators: indicators.filter((i) => i.nodeId === n.id),
        children: [],
      },
    ]),
  );
  const roots: RenstraTreeNode[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/**
 * The Renstra as the table agencies print (one row per indicator): the node path, the indicator,
 * baseline, a target per year of the period and the final target.
 */
export async function getRenstraTable(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  renstraId: string,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const renstra = await loadRenstraOrThrow(ctx, agencyId, renstraId);
  const roots = await buildTree(ctx, access, renstra);
  const rows: RenstraTableRow[] = [];
  const walk = (node: RenstraTreeNode, path: { kind: PlanNodeKind; code: string; name: string }[]) => {
    const here = [...path, { kind: node.kind, code: node.code, name: node.name }];
    for (const i of node.indicators) {
      rows.push({
        path: here,
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unitLabel: i.unitLabel,
        polarity: i.polarity,
        aggregation: i.aggregation,
        isIku: i.isIku,
        unitName: access.units.find((u) => u.id === i.unitId)?.name ?? null,
        baselineYear: i.baselineYear,
        baselineValue: i.baselineValue,
        targets: i.targets,
        finalTarget: i.finalTarget,
      });
    }
    for (const child of node.children) walk(child, here);
  };
  for (const root of roots) walk(root, []);
  return { renstra, years: range(renstra.startYear, renstra.endYear), rows };
}

export interface RenstraTableRow {
  path: { kind: PlanNodeKind; code: string; name: string }[];
  indicatorId: string;
  code: string;
  name: string;
  unitLabel: string;
  polarity: string;
  aggregation: string;
  isIku: boolean;
  unitName: string | null;
  baselineYear: number | null;
  baselineValue: string | null;
  targets: { year: number; value: string; valueHigh: string | null }[];
  finalTarget: string | null;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

export async function createRenstra(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: RenstraInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  if (input.endYear < input.startYear || input.endYear - input.startYear > 9)
    throw invalid([
      fieldError(
        'endYear',
        'Tahun akhir Renstra harus sama atau sesudah tahun awal, paling lama 10 tahun.',
        'The end year must not precede the start year, and a Renstra spans at most 10 years.',
      ),
    ]);
  const overlapping = (await listRenstras(ctx.db, agencyId)).find(
    (x) => x.startYear <= input.endYear && x.endYear >= input.startYear,
  );
  if (overlapping)
    throw conflict(
      'RENSTRA_PERIOD_TAKEN',
      'startYear',
      `Periode ${input.startYear}–${input.endYear} tumpang tindih dengan Renstra ${overlapping.startYear}–${overlapping.endYear}.`,
      `The period overlaps the Renstra ${overlapping.startYear}–${overlapping.endYear}.`,
    );
  const record: RenstraRecord = {
    id: newId(),
    agencyId,
    startYear: input.startYear,
    endYear: input.endYear,
    visi: input.visi ?? null,
    note: input.note ?? null,
  };
  try {
    await insertRenstra(ctx.db, record, ctx.now().toISOString());
  } catch (error) {
    if (isUniqueViolation(error))
      throw conflict(
        'RENSTRA_PERIOD_TAKEN',
        'startYear',
        `Renstra ${input.startYear}–${input.endYear} sudah ada untuk instansi ini.`,
        `A Renstra starting in ${input.startYear} already exists for this agency.`,
      );
    throw error;
  }
  return record;
}

export async function createPlanNode(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  renstraId: string,
  input: PlanNodeInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  await loadRenstraOrThrow(ctx, agencyId, renstraId);
  const id = newId();
  await ctx.db.transaction().execute(async (trx) => {
    const nodes = await listPlanNodes(trx, renstraId);
    const parent = input.parentId ? nodes.find((n) => n.id === input.parentId) : undefined;
    if (input.parentId && !parent)
      throw invalid([
        fieldError('parentId', 'Induk tidak ada di Renstra ini.', 'No such parent in this Renstra.'),
      ]);
    if (!PARENT_KINDS[input.kind].includes(parent?.kind ?? null))
      throw invalid([
        fieldError(
          'parentId',
          `${NODE_KIND_NAMES[input.kind]} harus berada di bawah ${PARENT_KINDS[input.kind]
            .map((k) => (k ? NODE_KIND_NAMES[k] : 'Renstra langsung'))
            .join(' atau ')}.`,
          `A ${input.kind} must sit under ${PARENT_KINDS[input.kind].map((k) => k ?? 'the Renstra').join(' or ')}.`,
        ),
      ]);
    if (input.unitId && !access.units.some((u) => u.id === input.unitId))
      throw invalid([
        fieldError('unitId', 'Unit tidak ada di instansi ini.', 'No such unit in this agency.'),
      ]);
    if (nodes.some((n) => n.code === input.code)) throw nodeCodeTaken(input.code);
    try {
      await insertPlanNode(trx, {
        id,
        renstraId,
        parentId: parent?.id ?? null,
        kind: input.kind,
        code: input.code,
        name: input.name,
        unitId: input.unitId ?? null,
        sortOrder: nodes.length,
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw nodeCodeTaken(input.code);
      throw error;
    }
  });
  return (await listPlanNodes(ctx.db, renstraId)).find((n) => n.id === id)!;
}

function nodeCodeTaken(code: string) {
  return conflict(
    'PLAN_NODE_CODE_TAKEN',
    'code',
    `Kode ${code} sudah dipakai di Renstra ini.`,
    `Code ${code} is already used in this Renstra.`,
  );
}

function indicatorCodeTaken(code: string) {
  return conflict(
    'INDICATOR_CODE_TAKEN',
    'code',
    `Indikator: kode ${code} sudah dipakai di Renstra ini; kode indikator harus unik.`,
    `Indicator: code ${code} is already used in this Renstra; indicator codes must be unique.`,
  );
}

/**
 * Adds an indicator to a node with its yearly targets. Targets are decimals (text for qualitative
 * indicators); a range target has a high end not below its low end. A zero target is accepted: its
 * achievement will read "tidak dapat dihitung".
 */
export async function createIndicator(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  renstraId: string,
  input: IndicatorInput,
) {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const renstra = await loadRenstraOrThrow(ctx, agencyId, renstraId);
  const record = await buildIndicator(access, renstra, input, newId());
  await ctx.db.transaction().execute(async (trx) => {
    const nodes = await listPlanNodes(trx, renstraId);
    if (!nodes.some((n) => n.id === input.nodeId))
      throw invalid([fieldError('nodeId', 'Simpul Renstra tidak ditemukan.', 'No such Renstra node.')]);
    const existing = await listIndicators(trx, { renstraId });
    if (existing.some((i) => i.code === input.code)) throw indicatorCodeTaken(input.code);
    record.sortOrder = existing.length;
    try {
      await insertIndicator(trx, record);
    } catch (error) {
      if (isUniqueViolation(error)) throw indicatorCodeTaken(input.code);
      throw error;
    }
  });
  return (await listIndicators(ctx.db, { ids: [record.id] }))[0]!;
}

/** Validates an indicator input into a record (values canonical); shared by the form and the importer. */
export async function buildIndicator(
  access: Pick<PerformanceAccess, 'units'>,
  renstra: RenstraRecord,
  input: IndicatorInput,
  id: string,
): Promise<IndicatorWithTargets> {
  const qualitative = input.polarity === 'qualitative';
  const value = (raw: unknown, field: string, place: string, label = LABELS.target) =>
    qualitative ? String(raw ?? '').trim() : readDecimal(raw, { field, place, label });
  if (input.unitId && !access.units.some((u) => u.id === input.unitId))
    throw invalid([
      fieldError(
        'unitId',
        `${input.code}: unit penanggung jawab tidak ada di instansi ini.`,
        'No such unit here.',
      ),
    ]);
  const seen = new Set<number>();
  const targets = input.targets.map((t, k) => {
    const place = cellPlace(input.code, t.year);
    if (t.year < renstra.startYear || t.year > renstra.endYear || seen.has(t.year))
      throw invalid([
        fieldError(
          `targets.${k}.year`,
          `${place}: tahun target harus dalam periode Renstra ${renstra.startYear}–${renstra.endYear}, sekali saja.`,
          `${place}: the target year must be within ${renstra.startYear}–${renstra.endYear}, once.`,
        ),
      ]);
    seen.add(t.year);
    const low = value(t.value, `targets.${k}.value`, place);
    const high =
      input.polarity === 'range'
        ? readDecimal(t.valueHigh, {
            field: `targets.${k}.valueHigh`,
            place,
            label: { id: 'Batas atas target', en: 'Target upper bound' },
            min: Number(low),
          })
        : null;
    return { year: t.year, value: low, valueHigh: high };
  });
  return {
    id,
    renstraId: renstra.id,
    nodeId: input.nodeId,
    code: input.code,
    name: input.name,
    unitLabel: input.unitLabel,
    polarity: input.polarity,
    negativeFormula: input.polarity === 'negative' ? (input.negativeFormula ?? 'A') : null,
    aggregation: input.aggregation,
    precision: input.precision ?? 2,
    definition: input.definition ?? null,
    formulaText: input.formulaText ?? null,
    dataSource: input.dataSource ?? null,
    unitId: input.unitId ?? null,
    isIku: input.isIku ?? false,
    baselineYear: input.baselineYear ?? null,
    baselineValue: qualitative
      ? (input.baselineValue?.toString() ?? null)
      : readOptionalDecimal(input.baselineValue, {
          field: 'baselineValue',
          place: input.code,
          label: LABELS.baseline,
        }),
    finalTarget: qualitative
      ? (input.finalTarget?.toString() ?? null)
      : readOptionalDecimal(input.finalTarget, {
          field: 'finalTarget',
          place: input.code,
          label: LABELS.finalTarget,
        }),
    note: null,
    sortOrder: 0,
    targets,
    history: [],
  };
}
