import {
  buildCoverLetter,
  buildDispositionSheet,
  buildLkjip,
  buildPemantauan,
  buildPerjanjianKinerja,
  describeLkjipNarrative,
  describePemantauanNarrative,
  draftLkjipNarrative,
  draftPemantauanNarrative,
  findMissingCoverLetterData,
  findMissingDispositionData,
  findMissingLkjipData,
  findMissingPemantauanData,
  findMissingPerjanjianKinerjaData,
  type MissingData,
  missingDataError,
  type NarrativeSection,
} from '../../core/document';
import type { DocumentModel } from '../../core/document/document-model';
import { DomainError, type LocalizedText } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import type { Db } from '../../db/database';
import { findAgency } from '../../db/repositories/org-repository';
import { renderDocumentDocx } from '../../formats/document-docx/render-document-docx';
import { renderDocumentPdf } from '../../formats/document-pdf/render-document-pdf';
import { renderSopSheetDocx, renderSopSheetPdf } from '../../formats/sop-sheet';
import type { ServiceContext } from '../context';
import { systemActor } from '../org/agencies';
import {
  loadCoverLetterData,
  loadDispositionData,
  loadLkjipData,
  loadPemantauanData,
  loadPerjanjianKinerjaData,
} from './data';
import { contentSha256, isUuid, type Narrative, parseNarrative } from './document-rows';
import type { GenerationRequest } from './generation-request';

export type { NarrativeSection };

/** The steps of producing a document, reported to the job's progress. */
export type Stage = 'loading' | 'checking' | 'narrative' | 'building' | 'docx' | 'pdf' | 'storing';

export interface ProduceOptions {
  /** The document's current narrative; drafted from the data (and last period's final text) when absent. */
  narrative?: Narrative | null;
  /** Last period's final narrative of the same agency, asked for only when a draft needs it. */
  previousNarrative?: () => Promise<Narrative | undefined>;
  onStage?: (stage: Stage) => Promise<void>;
  /**
   * The document's date (`YYYY-MM-DD`): the people in force on it sign, it is printed. Default today in
   * the agency's zone; the version for signing passes the date of the version it reproduces.
   */
  date?: string;
  /**
   * Every realisation verified by the planning unit (the version for signing: a signed report carries
   * verified figures); a draft may be made from figures still being entered or reviewed.
   */
  strict?: boolean;
  /**
   * Changes the model after its content hash is taken (the signature marks and paraf trail of the
   * version for signing): presentation that does not change what the document says.
   */
  decorate?: (model: DocumentModel) => DocumentModel;
  /** Which files to render (default both). */
  formats?: { pdf: boolean; docx: boolean };
  /** Called with the content hash before anything is rendered: throw to stop (a paraf check). */
  beforeRender?: (contentSha256: string) => void | Promise<void>;
}

export interface ProducedDocument {
  title: string;
  subject: string;
  narrative: Narrative | null;
  /** SHA-256 of the canonical JSON of what the document says (the undecorated model, or the SOP definition). */
  contentSha256: string;
  /** The undecorated model (null for the SOP sheet, which has a layout of its own). */
  model: DocumentModel | null;
  /** The narrative's sections in document order with their printed titles. */
  outline: NarrativeSection[];
  pdf: Buffer | null;
  docx: Buffer | null;
}

/** How one kind of document is made: its data, what may be missing, its narrative, its model. */
interface Recipe<D> {
  name: LocalizedText;
  load(ctx: ServiceContext, request: GenerationRequest, date: string | undefined): Promise<D>;
  missing(data: D, strict: boolean): MissingData[];
  narrative?: {
    describe(data: D): NarrativeSection[];
    draft(data: D, previous?: Narrative): Narrative;
  };
  build(data: D, narrative: Narrative): DocumentModel;
}

const lkjip: Recipe<Awaited<ReturnType<typeof loadLkjipData>>> = {
  name: { id: 'LKjIP', en: 'LKjIP' },
  load: async (ctx, r, date) =>
    loadLkjipData(ctx, await actorFor(ctx, r), r.agencyId, { year: r.year, ...(date ? { date } : {}) }),
  missing: (data, strict) => findMissingLkjipData(data, { requireVerified: strict }),
  narrative: { describe: describeLkjipNarrative, draft: draftLkjipNarrative },
  build: buildLkjip,
};

const pemantauan: Recipe<Awaited<ReturnType<typeof loadPemantauanData>>> = {
  name: { id: 'Laporan Pemantauan Kinerja', en: 'performance monitoring report' },
  load: async (ctx, r, date) =>
    loadPemantauanData(ctx, await actorFor(ctx, r), r.agencyId, {
      year: r.year,
      quarter: r.quarter as 1 | 2 | 3 | 4,
      ...(date ? { date } : {}),
    }),
  missing: (data, strict) => findMissingPemantauanData(data, { requireVerified: strict }),
  narrative: { describe: describePemantauanNarrative, draft: draftPemantauanNarrative },
  build: buildPemantauan,
};

const perjanjianKinerja: Recipe<Awaited<ReturnType<typeof loadPerjanjianKinerjaData>>> = {
  name: { id: 'Perjanjian Kinerja', en: 'performance agreement' },
  load: async (ctx, r) =>
    loadPerjanjianKinerjaData(ctx, await actorFor(ctx, r), r.agencyId, await agreementIdOf(ctx.db, r)),
  missing: (data) => findMissingPerjanjianKinerjaData(data),
  build: (data) => buildPerjanjianKinerja(data),
};

const disposisi: Recipe<Awaited<ReturnType<typeof loadDispositionData>>> = {
  name: { id: 'Lembar disposisi', en: 'disposition sheet' },
  load: async (ctx, r) => loadDispositionData(ctx, await actorFor(ctx, r), r.runId ?? r.sourceRef ?? '', {}),
  missing: (data) => findMissingDispositionData(data),
  build: (data) => buildDispositionSheet(data),
};

const suratPengantar: Recipe<Awaited<ReturnType<typeof loadCoverLetterData>>> = {
  name: { id: 'Surat pengantar', en: 'cover letter' },
  load: async (ctx, r, date) =>
    loadCoverLetterData(ctx, await actorFor(ctx, r), r.agencyId, {
      attached: r.quarter
        ? { kind: 'pemantauan', year: r.year, quarter: r.quarter }
        : { kind: 'lkjip', year: r.year },
      number: await letterNumberOf(ctx.db, r.documentId ?? null),
      ...(date ? { date } : {}),
    }),
  missing: (data) => findMissingCoverLetterData(data),
  build: (data) => buildCoverLetter(data),
};

// biome-ignore lint/suspicious/noExplicitAny: each recipe keeps its own data type; the pipeline only passes it on.
const RECIPES: Record<string, Recipe<any>> = {
  lkjip,
  pemantauan,
  perjanjian_kinerja: perjanjianKinerja,
  disposisi,
  surat_pengantar: suratPengantar,
};

/**
 * Loads the data of a request, checks it is complete, takes or drafts the narrative, builds the model
 * and renders it: the one pipeline behind generation jobs, the version for signing and `alur report`.
 * Throws DOCUMENT_DATA_MISSING with the whole list when data is missing. Stores nothing.
 */
export async function produceDocument(
  ctx: ServiceContext,
  request: GenerationRequest,
  options: ProduceOptions = {},
): Promise<ProducedDocument> {
  const stage = options.onStage ?? (async () => {});
  const formats = options.formats ?? { pdf: true, docx: true };
  if (request.kind === 'sop_sheet') return produceSopSheet(ctx.db, request, stage, formats);
  const recipe = RECIPES[request.kind];
  if (!recipe)
    throw new DomainError('VALIDATION_FAILED', {
      id: 'Jenis dokumen tidak dikenal.',
      en: 'Unknown document kind.',
    });

  await stage('loading');
  const data = await recipe.load(ctx, request, options.date);
  await stage('checking');
  const missing = recipe.missing(data, false);
  if (missing.length > 0) throw missingDataError(recipe.name, missing);

  let narrative: Narrative | null = null;
  let outline: NarrativeSection[] = [];
  if (recipe.narrative) {
    await stage('narrative');
    outline = recipe.narrative.describe(data);
    const current = options.narrative ?? {};
    const needsDraft = outline.some((s) => !(s.key in current));
    const drafted = needsDraft ? recipe.narrative.draft(data, await options.previousNarrative?.()) : {};
    // The document's own text wins; sections it lacks (a new sasaran) start from the draft.
    narrative = Object.fromEntries(outline.map((s) => [s.key, current[s.key] ?? drafted[s.key] ?? '']));
  }
  await stage('building');
  const model = recipe.build(data, narrative ?? {});
  const content = contentSha256(model);
  await options.beforeRender?.(content);
  if (options.strict) {
    // After the paraf check: a changed document is the first thing to know, unverified figures the next.
    const unverified = recipe.missing(data, true);
    if (unverified.length > 0) throw missingDataError(recipe.name, unverified);
  }
  const rendered = options.decorate ? options.decorate(model) : model;
  let docx: Buffer | null = null;
  let pdf: Buffer | null = null;
  if (formats.docx) {
    await stage('docx');
    docx = await renderDocumentDocx(rendered);
  }
  if (formats.pdf) {
    await stage('pdf');
    pdf = await renderDocumentPdf(rendered);
  }
  return {
    title: model.title,
    subject: model.subject,
    narrative,
    contentSha256: content,
    model,
    outline,
    pdf,
    docx,
  };
}

/**
 * The loaders check read access like the screens; the job runs after the request's own check, as the
 * agency's system actor.
 */
async function actorFor(ctx: ServiceContext, request: GenerationRequest) {
  const agency = await findAgency(ctx.db, request.agencyId);
  if (!agency)
    throw new DomainError('NOT_FOUND', { id: 'Instansi tidak ditemukan.', en: 'Agency not found.' });
  return systemActor(agency);
}

/**
 * The Perjanjian Kinerja a request names: its id, `level:<level>` or `position:<code>` (the first
 * party's position), or by default the head's (JPT Pratama) of the year.
 */
async function agreementIdOf(db: Db, request: GenerationRequest): Promise<string> {
  const ref = request.sourceRef ?? 'level:jpt_pratama';
  let q = db
    .selectFrom('performance_agreement as a')
    .innerJoin('position as p', 'p.id', 'a.first_party_position_id')
    .select('a.id')
    .where('a.agency_id', '=', request.agencyId);
  if (ref.startsWith('level:')) q = q.where('a.year', '=', request.year).where('a.level', '=', ref.slice(6));
  else if (ref.startsWith('position:'))
    q = q.where('a.year', '=', request.year).where('p.code', '=', ref.slice(9));
  else if (isUuid(ref)) q = q.where('a.id', '=', ref);
  else q = q.where('a.id', '=', '-');
  const rows = await q.orderBy('a.created_at').execute();
  if (rows.length === 0)
    throw missingDataError({ id: 'Perjanjian Kinerja', en: 'performance agreement' }, [
      {
        what: {
          id: `Perjanjian Kinerja tahun ${request.year} (${ref.replace(/^(level|position):/, '')}) belum dibuat.`,
          en: `No ${request.year} performance agreement (${ref.replace(/^(level|position):/, '')}) has been entered.`,
        },
        where: `Perjanjian Kinerja ${request.year}`,
      },
    ]);
  return rows[0]!.id;
}

/** The number issued to the document (the numbering step), printed on the cover letter. */
async function letterNumberOf(db: Db, documentId: string | null): Promise<string | null> {
  if (!documentId) return null;
  const row = await db
    .selectFrom('document')
    .innerJoin('letter_number', 'letter_number.id', 'document.letter_number_id')
    .select('letter_number.number')
    .where('document.id', '=', documentId)
    .where('letter_number.status', '!=', 'cancelled')
    .executeTakeFirst();
  return row?.number ?? null;
}

/** The standard SOP sheet of an SOP version (or an SOP's latest published version) of the agency. */
async function produceSopSheet(
  db: Db,
  request: GenerationRequest,
  stage: (s: Stage) => Promise<void>,
  formats: { pdf: boolean; docx: boolean },
): Promise<ProducedDocument> {
  await stage('loading');
  const ref = request.sourceRef ?? '';
  const base = db
    .selectFrom('sop_version')
    .innerJoin('sop', 'sop.id', 'sop_version.sop_id')
    .select(['sop_version.definition', 'sop_version.version', 'sop.code'])
    .where('sop.agency_id', '=', request.agencyId);
  const row = !isUuid(ref)
    ? undefined
    : ((await base.where('sop_version.id', '=', ref).executeTakeFirst()) ??
      (await base
        .where('sop.id', '=', ref)
        .where('sop_version.status', '=', 'published')
        .orderBy('sop_version.version', 'desc')
        .limit(1)
        .executeTakeFirst()));
  if (!row)
    throw missingDataError({ id: 'Lembar SOP', en: 'SOP sheet' }, [
      {
        what: {
          id: 'SOP (versi terbit) tidak ditemukan di instansi ini.',
          en: 'No such (published) SOP in this agency.',
        },
        where: 'sourceRef',
      },
    ]);
  const definition = JSON.parse(row.definition) as SopDefinition;
  let docx: Buffer | null = null;
  let pdf: Buffer | null = null;
  if (formats.docx) {
    await stage('docx');
    docx = await renderSopSheetDocx(definition);
  }
  if (formats.pdf) {
    await stage('pdf');
    pdf = await renderSopSheetPdf(definition);
  }
  return {
    title: `SOP ${definition.identity.title}`,
    subject: `${definition.identity.number} (versi ${row.version})`,
    narrative: null,
    contentSha256: contentSha256(definition),
    model: null,
    outline: [],
    pdf,
    docx,
  };
}

/**
 * The previous period's final narrative of the agency (what only people know starts from it): for an
 * LKjIP last year's, for a monitoring report the previous quarter's; the narrative of the latest
 * version of that document once it is final, signed, sent or archived.
 */
export async function previousFinalNarrative(
  db: Db,
  request: GenerationRequest,
): Promise<Narrative | undefined> {
  let year = request.year - 1;
  let quarter: number | null = null;
  if (request.kind === 'pemantauan') {
    const q = request.quarter ?? 1;
    year = q === 1 ? request.year - 1 : request.year;
    quarter = q === 1 ? 4 : q - 1;
  } else if (request.kind !== 'lkjip') return undefined;
  let q = db
    .selectFrom('document')
    .innerJoin('document_version', 'document_version.document_id', 'document.id')
    .select(['document_version.narrative as versionNarrative', 'document.narrative as documentNarrative'])
    .where('document.agency_id', '=', request.agencyId)
    .where('document.kind', '=', request.kind)
    .where('document.period_year', '=', year)
    .where('document.status', 'in', ['final', 'signed', 'sent', 'archived']);
  if (quarter) q = q.where('document.period_quarter', '=', quarter);
  const row = await q
    .orderBy('document.updated_at', 'desc')
    .orderBy('document_version.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return parseNarrative(row.versionNarrative) ?? parseNarrative(row.documentNarrative) ?? undefined;
}
