import type { LkjipData } from '../../../core/document';
import type { Actor, ServiceContext } from '../../context';
import { loadAgencyIdentity } from './agency-identity';
import { loadHeadAgreementData } from './load-perjanjian-kinerja-data';
import { headPosition, loadOrganisationOn, officialOf, organisationTree, staffOf } from './officials';
import { loadPerformanceInputs } from './performance-inputs';

export interface LkjipDataInput {
  year: number;
  /** The report's date (`YYYY-MM-DD`): people in force on it sign and are counted. Default: today in the agency's zone. */
  date?: string;
}

/**
 * Everything an LKjIP is built from: the agency, its organisation and people on the report's date,
 * the Renstra, the year's indicators with Rencana Aksi and realisation (as the realisation grid reads
 * them), the head's Perjanjian Kinerja and the budget. Access as for reading the agency.
 */
export async function loadLkjipData(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: LkjipDataInput,
): Promise<LkjipData> {
  const { identity, today } = await loadAgencyIdentity(ctx, actor, agencyId);
  const date = input.date ?? today;
  const [org, inputs, agreement] = await Promise.all([
    loadOrganisationOn(ctx.db, agencyId, date),
    loadPerformanceInputs(ctx, actor, agencyId, input.year),
    loadHeadAgreementData(ctx, actor, agencyId, input.year),
  ]);
  const head = headPosition(org);
  return {
    agency: identity,
    year: input.year,
    date,
    head: head ? officialOf(org, head) : null,
    organisation: organisationTree(org),
    staff: staffOf(org),
    renstra: inputs.renstraData,
    sasaran: inputs.sasaran,
    indicators: inputs.indicators,
    agreement,
    budget: inputs.budget,
  };
}
