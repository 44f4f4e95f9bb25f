import type { DispositionSheetData, IncomingLetterData } from '../../../core/document';
import { DomainError, notFound } from '../../../core/errors';
import type { Disposition } from '../../../core/run/run-state';
import { findRun } from '../../../db/repositories/run-repository';
import { type Actor, localDate, type ServiceContext } from '../../context';
import { loadAgency } from '../../org/load-agency';
import { identityOf } from './agency-identity';
import { headPosition, loadOrganisationOn, officialOf } from './officials';

export interface DispositionDataInput {
  /**
   * What is known of the incoming letter beyond its title (a run stores only the uploaded file's
   * name): sender, number, dates, agenda number, nature. Absent fields print as lines to fill in.
   */
  letter?: Partial<IncomingLetterData>;
  /** The disposition's date; default the day the run started, in the agency's zone. */
  date?: string;
}

/**
 * The lembar disposisi of a run: the head's disposition that started it (or, failing that, the last
 * one recorded as a task output), its addressees with the people holding those positions, the letter
 * it was written on, and the head on the date. "Not found" for a run of an agency the actor may not read.
 */
export async function loadDispositionData(
  ctx: ServiceContext,
  actor: Actor,
  runId: string,
  input: DispositionDataInput = {},
): Promise<DispositionSheetData> {
  const stored = await findRun(ctx.db, runId);
  if (!stored) throw notFound('run');
  const run = stored.state;
  const agency = await loadAgency(ctx.db, actor, run.agencyId, 'read').catch((error: unknown) => {
    // Another agency's run is "not found", like the agency itself.
    if (error instanceof DomainError && error.code === 'NOT_FOUND') throw notFound('run');
    throw error;
  });
  const disposition = run.disposition ?? lastDispositionOutput(run.tasks);
  if (!disposition)
    throw new DomainError('NOT_FOUND', {
      id: 'Proses ini tidak memiliki disposisi.',
      en: 'This run has no disposition.',
    });
  const date = input.date ?? localDate(new Date(run.startedAt), agency.timeZone);
  const org = await loadOrganisationOn(ctx.db, run.agencyId, date);
  const head = headPosition(org);
  const letterTitle = disposition.letter?.title?.replace(/\.(pdf|docx?|jpe?g|png)$/i, '') ?? null;
  return {
    agency: identityOf(agency),
    letter: {
      from: input.letter?.from ?? null,
      number: input.letter?.number ?? null,
      date: input.letter?.date ?? null,
      subject: input.letter?.subject ?? letterTitle,
      receivedOn: input.letter?.receivedOn ?? (disposition.letter ? date : null),
      agendaNumber: input.letter?.agendaNumber ?? null,
      nature: input.letter?.nature ?? null,
    },
    addressees: disposition.addresseePositionIds.map((id) => {
      const position = org.positions.find((p) => p.id === id);
      if (!position) return { positionTitle: '(jabatan tidak ditemukan)', name: null };
      const official = officialOf(org, position);
      return {
        positionTitle: `${official.acting ? (official.acting === 'plt' ? 'Plt. ' : 'Plh. ') : ''}${position.title}`,
        name: official.name,
      };
    }),
    instruction: disposition.text,
    deadline: disposition.deadline?.slice(0, 10) ?? null,
    head: head ? officialOf(org, head) : null,
    date,
    purpose: run.purpose,
  };
}

function lastDispositionOutput(
  tasks: { output: { kind: string } | null; completedAt: string | null }[],
): Disposition | null {
  const done = tasks
    .filter((t) => t.output?.kind === 'disposition')
    .sort((a, b) => (b.completedAt ?? '').localeCompare(a.completedAt ?? ''));
  const output = done[0]?.output as { kind: 'disposition'; disposition: Disposition } | undefined;
  return output?.disposition ?? null;
}
