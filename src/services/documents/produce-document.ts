import type { DocumentModel } from '../../core/document/document-model';
import { DomainError, fieldError } from '../../core/errors';
import type { SopDefinition } from '../../core/sop';
import type { Db } from '../../db/database';
import { renderSopSheetDocx, renderSopSheetPdf } from '../../formats/sop-sheet';
import { contentSha256, isUuid, type Narrative, parseNarrative } from './document-rows';
import type { GenerationRequest } from './generation-request';

/** The steps of producing a document, reported to the job's progress. */
export type Stage = 'loading' | 'checking' | 'narrative' | 'building' | 'docx' | 'pdf' | 'storing';

export interface ProduceOptions {
  /** The document's current narrative; drafted from the data (and last year's final text) when absent. */
  narrative?: Narrative | null;
  /** Last year's final narrative of the same agency, asked for only when a draft needs it. */
  previousNarrative?: () => Promise<Narrative | undefined>;
  onStage?: (stage: Stage) => Promise<void>;
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

/** A narrative section with the title the document prints. */
export interface NarrativeSection {
  key: string;
  title: string;
  source?: string;
}

/** One missing piece of data, named so the person knows where to enter it. */
export function dataMissing(fields: { field: string; message: { id: string; en: string } }[]): DomainError {
  return new DomainError(
    'DOCUMENT_DATA_MISSING',
    {
      id: `Data untuk dokumen ini belum lengkap (${fields.length} isian). Lengkapi data yang disebut lalu buat lagi.`,
      en: `The data for this document is incomplete (${fields.length} items). Complete what is listed, then generate again.`,
    },
    fields,
  );
}

/**
 * Loads the data of a request, checks it is complete, takes or drafts the narrative, builds the model
 * and renders it: the one pipeline behind generation jobs, the version for signing and `alur report`.
 * Throws DOCUMENT_DATA_MISSING with the whole list when data is missing. Stores nothing.
 */
export async function produceDocument(
  db: Db,
  request: GenerationRequest,
  options: ProduceOptions = {},
): Promise<ProducedDocument> {
  const stage = options.onStage ?? (async () => {});
  if (request.kind === 'sop_sheet') return produceSopSheet(db, request, stage);
  throw new DomainError('DOCUMENT_KIND_UNAVAILABLE', {
    id: `Pembuatan dokumen ${request.kind} belum tersedia.`,
    en: `Generating a ${request.kind} is not available yet.`,
  });
}

/** The standard SOP sheet of an SOP version (or an SOP's latest published version) of the agency. */
async function produceSopSheet(
  db: Db,
  request: GenerationRequest,
  stage: (s: Stage) => Promise<void>,
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
    throw dataMissing([
      fieldError(
        'sourceRef',
        'SOP (versi terbit) tidak ditemukan di instansi ini.',
        'No such (published) SOP in this agency.',
      ),
    ]);
  const definition = JSON.parse(row.definition) as SopDefinition;
  await stage('docx');
  const docx = await renderSopSheetDocx(definition);
  await stage('pdf');
  const pdf = await renderSopSheetPdf(definition);
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
 * Last year's final LKjIP narrative of the agency (what only people know starts from it): the
 * narrative of the latest version of its signed or final LKjIP for the year before.
 */
export async function previousFinalNarrative(
  db: Db,
  request: GenerationRequest,
): Promise<Narrative | undefined> {
  if (request.kind !== 'lkjip') return undefined;
  const row = await db
    .selectFrom('document')
    .innerJoin('document_version', 'document_version.document_id', 'document.id')
    .select(['document_version.narrative as versionNarrative', 'document.narrative as documentNarrative'])
    .where('document.agency_id', '=', request.agencyId)
    .where('document.kind', '=', 'lkjip')
    .where('document.period_year', '=', request.year - 1)
    .where('document.status', 'in', ['final', 'signed', 'sent', 'archived'])
    .orderBy('document.updated_at', 'desc')
    .orderBy('document_version.number', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return undefined;
  return parseNarrative(row.versionNarrative) ?? parseNarrative(row.documentNarrative) ?? undefined;
}
