import type { Official, PerjanjianKinerjaData, PkBudgetRow } from '../../../core/document';
import { DomainError } from '../../../core/errors';
import type { Actor, ServiceContext } from '../../context';
import { listAgencyAgreements } from '../../performance/agreements';
import { type BudgetNode, getBudget } from '../../performance/budget';
import { getRenstraTree, type RenstraTreeNode } from '../../performance/renstra';
import { identityOf, loadAgencyIdentity } from './agency-identity';
import { isAtOrBelow, loadOrganisationOn } from './officials';

type Agreement = Awaited<ReturnType<typeof listAgencyAgreements>>[number];

/**
 * A Perjanjian Kinerja as its document needs it: the parties as resolved on the PK date (acting
 * officials included) by the performance service, the indicators with their sasaran and targets, and
 * the budget rows of the first party's level — programs for the head, kegiatan of the unit for an
 * Administrator, sub kegiatan for a Pengawas.
 */
export async function loadPerjanjianKinerjaData(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreementId: string,
): Promise<PerjanjianKinerjaData> {
  const { agency } = await loadAgencyIdentity(ctx, actor, agencyId);
  const all = await listAgencyAgreements(ctx, actor, agencyId);
  const agreement = all.find((a) => a.id === agreementId);
  if (!agreement)
    throw new DomainError('NOT_FOUND', {
      id: 'Perjanjian Kinerja tidak ditemukan.',
      en: 'Performance agreement not found.',
    });
  return perjanjianKinerjaData(ctx, actor, agencyId, agreement, identityOf(agency));
}

/** The head of agency's PK of a year (the LKjIP's annex), or null when there is none. */
export async function loadHeadAgreementData(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  year: number,
): Promise<PerjanjianKinerjaData | null> {
  const { agency } = await loadAgencyIdentity(ctx, actor, agencyId);
  const agreement = (await listAgencyAgreements(ctx, actor, agencyId, year)).find(
    (a) => a.level === 'jpt_pratama',
  );
  return agreement ? perjanjianKinerjaData(ctx, actor, agencyId, agreement, identityOf(agency)) : null;
}

async function perjanjianKinerjaData(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  agreement: Agreement,
  identity: ReturnType<typeof identityOf>,
): Promise<PerjanjianKinerjaData> {
  const date = agreement.signedOn ?? `${agreement.year}-01-31`;
  const [tree, budget, org] = await Promise.all([
    getRenstraTree(ctx, actor, agencyId, agreement.renstraId),
    getBudget(ctx, actor, agencyId, agreement.year),
    loadOrganisationOn(ctx.db, agencyId, date),
  ]);
  const nodes = flatten(tree.nodes);
  const sasaranOf = (indicatorId: string) => {
    let node = nodes.find((n) => n.indicators.some((i) => i.id === indicatorId));
    while (node && node.kind !== 'sasaran' && node.kind !== 'tujuan')
      node = nodes.find((n) => n.id === node!.parentId);
    return node?.name ?? null;
  };
  const precisionOf = (indicatorId: string) =>
    nodes.flatMap((n) => n.indicators).find((i) => i.id === indicatorId)?.precision ?? 2;

  const party = (p: Agreement['firstParty']): Official => ({
    positionTitle: p.title,
    name: p.person?.fullName ?? null,
    rank: p.person?.rank ?? null,
    nip: p.person?.nip ?? null,
    acting: p.person && p.person.kind !== 'definitive' ? p.person.kind : null,
  });

  const unitId = org.positions.find((p) => p.id === agreement.firstParty.positionId)?.unitId ?? null;
  return {
    agency: identity,
    year: agreement.year,
    level: agreement.level,
    number: agreement.number,
    date,
    firstParty: party(agreement.firstParty),
    secondParty: party(agreement.secondParty),
    secondPartyExternal: agreement.secondParty.positionId === null,
    indicators: agreement.indicators.map((i) => ({
      sasaran: sasaranOf(i.indicatorId),
      code: i.code,
      name: i.name,
      unitLabel: i.unitLabel,
      precision: precisionOf(i.indicatorId),
      target: i.target,
      targetHigh: i.targetHigh,
    })),
    budget: budgetRows(
      agreement.level,
      budget.programs,
      (nodeUnit) => unitId !== null && isAtOrBelow(org, nodeUnit, unitId),
    ),
  };
}

/**
 * The budget a PK's first party answers for: every program for the head; the kegiatan of the unit
 * (or, without any, its programs) for an Administrator; the sub kegiatan (or kegiatan) for a Pengawas.
 */
function budgetRows(
  level: Agreement['level'],
  programs: BudgetNode[],
  ownUnit: (unitId: string | null) => boolean,
): PkBudgetRow[] {
  const row = (n: BudgetNode): PkBudgetRow => ({
    kind: n.kind as PkBudgetRow['kind'],
    code: n.code,
    name: n.name,
    pagu: n.pagu,
    note: null,
  });
  if (level === 'jpt_pratama') return programs.map(row);
  const all = flattenBudget(programs);
  const wanted = level === 'administrator' ? ['kegiatan', 'program'] : ['sub_kegiatan', 'kegiatan'];
  for (const kind of wanted) {
    const rows = all.filter((n) => n.kind === kind && ownUnit(n.unitId));
    if (rows.length > 0) return rows.map(row);
  }
  return [];
}

function flatten(nodes: RenstraTreeNode[]): RenstraTreeNode[] {
  return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

function flattenBudget(nodes: BudgetNode[]): BudgetNode[] {
  return nodes.flatMap((n) => [n, ...flattenBudget(n.children)]);
}
