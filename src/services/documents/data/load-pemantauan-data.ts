import type { Quarter } from '../../../core/achievement';
import type { PemantauanData } from '../../../core/document';
import { listAgreements } from '../../../db/repositories/performance-agreement-repository';
import type { Actor, ServiceContext } from '../../context';
import { loadAgencyIdentity } from './agency-identity';
import { headPosition, loadOrganisationOn, officialOf, secretaryPosition } from './officials';
import { loadPerformanceInputs } from './performance-inputs';

export interface PemantauanDataInput {
  year: number;
  quarter: Quarter;
  /** The report's date; default today in the agency's zone. */
  date?: string;
  /**
   * Who signs: the Sekretaris (seed 002 step 8, the default) or the head of agency. Falls back to
   * the head when the agency has no Sekretaris position.
   */
  signer?: 'sekretaris' | 'head';
}

/**
 * Everything the quarterly Laporan Pemantauan Kinerja is built from: the year's indicators with
 * Rencana Aksi targets and realisation (obstacles and actions included), the budget with its cash
 * plan, and the signer on the report's date. Access as for reading the agency.
 */
export async function loadPemantauanData(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: PemantauanDataInput,
): Promise<PemantauanData> {
  const { identity, today } = await loadAgencyIdentity(ctx, actor, agencyId);
  const date = input.date ?? today;
  const [org, inputs, agreements] = await Promise.all([
    loadOrganisationOn(ctx.db, agencyId, date),
    loadPerformanceInputs(ctx, actor, agencyId, input.year),
    listAgreements(ctx.db, agencyId, { year: input.year }),
  ]);
  const secretary = input.signer === 'head' ? null : secretaryPosition(org);
  const position = secretary ?? headPosition(org);
  return {
    agency: identity,
    year: input.year,
    quarter: input.quarter,
    date,
    signer: position ? { key: secretary ? 'sekretaris' : 'head', official: officialOf(org, position) } : null,
    renstra: inputs.renstra ? { startYear: inputs.renstra.startYear, endYear: inputs.renstra.endYear } : null,
    agreementCount: agreements.length,
    sasaran: inputs.sasaran,
    indicators: inputs.indicators,
    budget: inputs.budget,
  };
}
