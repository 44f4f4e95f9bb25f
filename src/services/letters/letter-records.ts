import type { Db } from '../../db/database';

/** A letter-number pattern as the services and the API see it. */
export interface LetterPatternRecord {
  id: string;
  agencyId: string;
  name: string;
  pattern: string;
  classificationCode: string | null;
  unitCode: string | null;
  sequencePerClassification: boolean;
  isDefault: boolean;
  createdAt: string;
}

export type LetterNumberStatus = 'issued' | 'reserved' | 'cancelled';

/** One line of the letter register (buku agenda nomor surat). */
export interface LetterNumberRecord {
  id: string;
  agencyId: string;
  patternId: string;
  year: number;
  scope: string;
  sequence: number;
  number: string;
  classificationCode: string | null;
  status: LetterNumberStatus;
  subject: string | null;
  documentId: string | null;
  issuedAt: string;
  issuedBy: string | null;
  issuedByName: string | null;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelledByName: string | null;
  cancelReason: string | null;
}

export async function listPatternRows(db: Db, agencyId: string): Promise<LetterPatternRecord[]> {
  const rows = await db
    .selectFrom('letter_number_pattern')
    .selectAll()
    .where('agency_id', '=', agencyId)
    .orderBy('is_default', 'desc')
    .orderBy('name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    agencyId: r.agency_id,
    name: r.name,
    pattern: r.pattern,
    classificationCode: r.classification_code,
    unitCode: r.unit_code,
    sequencePerClassification: Number(r.sequence_per_classification) === 1,
    isDefault: Number(r.is_default) === 1,
    createdAt: r.created_at,
  }));
}

/** The register's rows, newest first; `id` narrows to one number. */
export async function listNumberRows(
  db: Db,
  filter: { agencyId: string; id?: string; year?: number; status?: LetterNumberStatus },
): Promise<LetterNumberRecord[]> {
  let q = db
    .selectFrom('letter_number as n')
    .leftJoin('person as issuer', 'issuer.id', 'n.issued_by')
    .leftJoin('person as canceller', 'canceller.id', 'n.cancelled_by')
    .select([
      'n.id as id',
      'n.agency_id as agencyId',
      'n.pattern_id as patternId',
      'n.year as year',
      'n.scope as scope',
      'n.sequence as sequence',
      'n.number as number',
      'n.classification_code as classificationCode',
      'n.status as status',
      'n.subject as subject',
      'n.document_id as documentId',
      'n.issued_at as issuedAt',
      'n.issued_by as issuedBy',
      'issuer.full_name as issuedByName',
      'n.cancelled_at as cancelledAt',
      'n.cancelled_by as cancelledBy',
      'canceller.full_name as cancelledByName',
      'n.cancel_reason as cancelReason',
    ])
    .where('n.agency_id', '=', filter.agencyId);
  if (filter.id) q = q.where('n.id', '=', filter.id);
  if (filter.year !== undefined) q = q.where('n.year', '=', filter.year);
  if (filter.status) q = q.where('n.status', '=', filter.status);
  const rows = await q.orderBy('n.issued_at', 'desc').orderBy('n.sequence', 'desc').execute();
  return rows.map((r) => ({
    ...r,
    year: Number(r.year),
    sequence: Number(r.sequence),
    status: r.status as LetterNumberStatus,
  }));
}
