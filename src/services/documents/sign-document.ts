import { DomainError, fieldError, invalid } from '../../core/errors';
import { type Actor, newId, type ServiceContext } from '../context';
import { signPdfAs } from '../signing/sign-pdf-as';
import { loadDocumentFor } from './document-access';
import { documentConflict } from './document-errors';
import { parseSignatories, personName, type StoredSignatory, sha256 } from './document-rows';

const LEVEL_RANK: Record<string, number> = { jpt_pratama: 0, administrator: 1, pengawas: 2, fungsional: 3 };

export interface SignInput {
  /** The certificate's passphrase: handed to the signer once, never stored or logged. */
  passphrase: string;
  /** The signature block to sign; found from the signer's NIP (or name) when omitted. */
  signatoryKey?: string | null;
  reason?: string | null;
  location?: string | null;
  runId?: string | null;
  taskId?: string | null;
}

/**
 * Signs the document as the actor with their certificate: a PAdES signature appended as an incremental
 * update on top of the latest PDF (the version prepared for signing, or the last signed one), so the
 * earlier signatures stay valid. Stores a `signed` version and a `document_signature` row in one
 * transaction. The certificate's own errors (wrong passphrase, expired, none) pass through as they are.
 */
export async function signDocument(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
  input: SignInput,
): Promise<{ versionId: string; number: number; signatureId: string }> {
  if (!input.passphrase)
    throw invalid([
      fieldError(
        'passphrase',
        'Frasa sandi sertifikat wajib diisi.',
        "The certificate's passphrase is required.",
      ),
    ]);
  // Two signers at once: the second signs again on top of the first (the passphrase is still at hand).
  for (let attempt = 0; ; attempt++) {
    try {
      return await signOnce(ctx, actor, documentId, input);
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'DOCUMENT_CONFLICT') || attempt >= 2) throw error;
    }
  }
}

async function signOnce(ctx: ServiceContext, actor: Actor, documentId: string, input: SignInput) {
  const { document, access } = await loadDocumentFor(ctx, actor, documentId);
  if (document.status !== 'final' && document.status !== 'signed')
    throw new DomainError(
      'DOCUMENT_NOT_PREPARED',
      {
        id: 'Dokumen belum disiapkan untuk tanda tangan.',
        en: 'The document has not been prepared for signing.',
      },
      [
        fieldError(
          'documentId',
          'Siapkan dokumen untuk tanda tangan terlebih dahulu.',
          'Prepare the document for signing first.',
        ),
      ],
    );
  const versions = await ctx.db
    .selectFrom('document_version')
    .select(['id', 'number', 'origin', 'content_sha256', 'signatories', 'narrative'])
    .where('document_id', '=', document.id)
    .where('origin', 'in', ['for_signing', 'signed'])
    .orderBy('number', 'desc')
    .execute();
  const latest = versions[0];
  const prepared = versions.find((v) => v.origin === 'for_signing');
  if (!latest || !prepared) throw documentConflict();
  const blocks = parseSignatories(prepared.signatories);
  const signed = await ctx.db
    .selectFrom('document_signature')
    .innerJoin('document_version', 'document_version.id', 'document_signature.version_id')
    .select('document_signature.signatory_key')
    .where('document_signature.document_id', '=', document.id)
    .where('document_version.number', '>', prepared.number)
    .execute();
  const taken = new Set(signed.map((s) => s.signatory_key));
  const person = await ctx.db
    .selectFrom('person')
    .select(['id', 'full_name', 'nip'])
    .where('id', '=', actor.personId)
    .executeTakeFirst();
  const block = pickBlock(blocks, input.signatoryKey ?? null, person ?? null);
  if (taken.has(block.key))
    throw new DomainError(
      'DOCUMENT_ALREADY_SIGNED',
      {
        id: `Blok tanda tangan ${block.name} sudah ditandatangani.`,
        en: `The signature block of ${block.name} is already signed.`,
      },
      [fieldError('signatoryKey', 'Blok ini sudah ditandatangani.', 'This block is already signed.')],
    );
  const source = await ctx.db
    .selectFrom('document_version')
    .select('pdf')
    .where('id', '=', latest.id)
    .executeTakeFirstOrThrow();
  const held = await ctx.db
    .selectFrom('position')
    .select(['title', 'level'])
    .where('id', 'in', access.heldPositionIds.length > 0 ? access.heldPositionIds : ['-'])
    .execute();
  // The position the block names (its role line is the title in capitals), else the highest held.
  const roles = block.roleLines.join(' ').toUpperCase();
  const position =
    held.find((p) => roles.includes(p.title.toUpperCase())) ??
    held.sort((a, b) => (LEVEL_RANK[a.level] ?? 9) - (LEVEL_RANK[b.level] ?? 9))[0];
  const now = ctx.now();
  const result = await signPdfAs(ctx.db, {
    agencyId: document.agency_id,
    personId: actor.personId,
    pdf: Buffer.from(source.pdf!),
    passphrase: input.passphrase,
    reason: input.reason?.trim() || `Menyetujui ${document.title}`,
    location: input.location?.trim() || block.place || access.agency.name,
    now,
  });
  const at = now.toISOString();
  const authorName = person?.full_name ?? (await personName(ctx.db, actor.personId));
  const signedSha = sha256(result.pdf);
  const versionId = newId();
  const signatureId = newId();
  const number = Number(latest.number) + 1;
  const step = input.taskId
    ? await ctx.db.selectFrom('run_task').select('step_no').where('id', '=', input.taskId).executeTakeFirst()
    : undefined;
  await ctx.db.transaction().execute(async (trx) => {
    // The document's version is the lock: of two signers at once, one writes; the other signs again on top.
    const changed = await trx
      .updateTable('document')
      .set({ status: 'signed', updated_at: at, version: document.version + 1 })
      .where('id', '=', document.id)
      .where('version', '=', document.version)
      .executeTakeFirst();
    if (Number(changed.numUpdatedRows) !== 1) throw documentConflict();
    await trx
      .insertInto('document_version')
      .values({
        id: versionId,
        document_id: document.id,
        number,
        origin: 'signed',
        narrative: latest.narrative,
        content_sha256: latest.content_sha256,
        pdf: result.pdf,
        pdf_sha256: signedSha,
        docx: null,
        docx_sha256: null,
        upload: null,
        upload_name: null,
        upload_type: null,
        upload_sha256: null,
        run_id: input.runId ?? document.run_id,
        task_id: step ? input.taskId! : null,
        step_number: step ? Number(step.step_no) : null,
        note: null,
        author_person_id: actor.personId,
        author_name: authorName,
        created_at: at,
        signatories: prepared.signatories,
      })
      .execute();
    await trx
      .insertInto('document_signature')
      .values({
        id: signatureId,
        document_id: document.id,
        version_id: versionId,
        signatory_key: block.key,
        person_id: actor.personId,
        person_name: authorName,
        position_title: position?.title ?? block.roleLines.join(' '),
        nip: person?.nip ?? null,
        certificate_id: result.certificate.id,
        certificate_subject: result.certificate.subject,
        certificate_serial: result.certificate.serial,
        signer_kind: result.signerKind,
        signed_sha256: signedSha,
        run_id: input.runId ?? document.run_id,
        task_id: step ? input.taskId! : null,
        signed_at: at,
      })
      .execute();
  });
  return { versionId, number, signatureId };
}

/**
 * The block the person signs: the one named (it must exist), or the one whose NIP is theirs, or whose
 * name is theirs. Nobody else's certificate goes into a block.
 */
function pickBlock(
  blocks: StoredSignatory[],
  key: string | null,
  person: { full_name: string; nip: string | null } | null,
): StoredSignatory {
  const mine = (b: StoredSignatory) => !!person && isSignatory(b, person);
  if (key) {
    const named = blocks.find((b) => b.key === key);
    if (!named)
      throw invalid([
        fieldError('signatoryKey', 'Blok tanda tangan ini tidak ada.', 'No such signature block.'),
      ]);
    if (!mine(named)) throw notSignatory();
    return named;
  }
  const found = blocks.find(mine);
  if (!found) throw notSignatory();
  return found;
}

/** A block is the person's when it carries their NIP, or (a block without NIP) their name. */
export function isSignatory(
  block: StoredSignatory,
  person: { full_name: string; nip: string | null },
): boolean {
  if (block.nip && person.nip) return block.nip === person.nip;
  return normalise(block.name) === normalise(person.full_name);
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

function notSignatory(): DomainError {
  return new DomainError('NOT_A_SIGNATORY', {
    id: 'Anda bukan penanda tangan dokumen ini.',
    en: 'You are not a signatory of this document.',
  });
}
