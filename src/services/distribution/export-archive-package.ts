import crypto from 'node:crypto';
import JSZip from 'jszip';
import { DomainError } from '../../core/errors';
import type { Db } from '../../db/database';
import { type Actor, localDate, type ServiceContext } from '../context';
import { findArchiveRecord } from './archive-document';
import { fileStem } from './deliver-pending-distributions';
import { loadDistributionTarget } from './distribution-target';

/**
 * The archive package of an archived document, for a records officer to file in SRIKANDI (which has no
 * public API): a ZIP with the archived version's PDF and `metadata.json` — agency, number and date,
 * subject, classification, retention, access class, signers and signing times, the PDF's SHA-256, and
 * the SOP run that produced it with its steps. A `terbatas` or `rahasia` package goes only to those
 * who may archive; a `biasa` one to anyone of the agency.
 */
export async function exportArchivePackage(
  ctx: ServiceContext,
  actor: Actor,
  documentId: string,
): Promise<{ fileName: string; buffer: Buffer }> {
  const target = await loadDistributionTarget(ctx, actor, documentId);
  const record = await findArchiveRecord(ctx.db, documentId);
  if (!record)
    throw new DomainError('DOCUMENT_NOT_ARCHIVED', {
      id: 'Dokumen ini belum diarsipkan; arsipkan dahulu untuk mengunduh paket arsip.',
      en: 'This document is not archived yet; archive it first to download the package.',
    });
  if (record.accessClass !== 'biasa' && !target.canSend)
    throw new DomainError('FORBIDDEN', {
      id: `Paket arsip ini berklasifikasi ${record.accessClass}; hanya pengelola arsip yang boleh mengunduhnya.`,
      en: `This archive package is classified ${record.accessClass}; only records managers may download it.`,
    });
  const { document, access } = target;
  const version = await ctx.db
    .selectFrom('document_version')
    .select(['pdf', 'pdf_sha256', 'number', 'origin', 'created_at'])
    .where('id', '=', record.versionId)
    .executeTakeFirstOrThrow();
  const pdf = Buffer.from(version.pdf!);
  const sha256 = crypto.createHash('sha256').update(pdf).digest('hex');
  if (version.pdf_sha256 && version.pdf_sha256 !== sha256)
    throw new DomainError('DOCUMENT_INTEGRITY', {
      id: 'Berkas PDF arsip tidak cocok dengan sidik SHA-256 yang tercatat; hubungi administrator.',
      en: 'The archived PDF does not match its recorded SHA-256; contact the administrator.',
    });
  const number = document.letter_number_id
    ? await ctx.db
        .selectFrom('letter_number')
        .select(['number', 'issued_at', 'classification_code', 'status'])
        .where('id', '=', document.letter_number_id)
        .executeTakeFirst()
    : undefined;
  const signers = await ctx.db
    .selectFrom('document_signature')
    .select([
      'person_name',
      'position_title',
      'nip',
      'signed_at',
      'signer_kind',
      'certificate_subject',
      'certificate_serial',
      'signed_sha256',
    ])
    .where('document_id', '=', documentId)
    .orderBy('signed_at')
    .execute();
  const pdfName = `${fileStem(number?.number ?? document.title)}.pdf`;
  const dated = number?.issued_at ?? version.created_at;
  const metadata = {
    format: 'alur-arsip/v1',
    exportedAt: ctx.now().toISOString(),
    agency: { code: access.agency.code, name: access.agency.name, region: access.agency.regionName },
    document: { id: document.id, kind: document.kind, title: document.title, subject: document.subject },
    number: number?.number ?? null,
    date: localDate(new Date(dated), access.agency.timeZone),
    classificationCode: record.classificationCode,
    retention: {
      activeYears: record.retentionActiveYears,
      inactiveYears: record.retentionInactiveYears,
      finalDisposition: record.finalDisposition,
    },
    accessClass: record.accessClass,
    file: {
      name: pdfName,
      mediaType: 'application/pdf',
      bytes: pdf.length,
      sha256,
      version: Number(version.number),
      versionOrigin: version.origin,
      versionCreatedAt: version.created_at,
    },
    signers: signers.map((s) => ({
      name: s.person_name,
      position: s.position_title,
      nip: s.nip,
      signedAt: s.signed_at,
      signer: s.signer_kind,
      certificateSubject: s.certificate_subject,
      certificateSerial: s.certificate_serial,
      sha256AfterSignature: s.signed_sha256,
    })),
    run: document.run_id ? await runMetadata(ctx.db, document.run_id) : null,
    archivedBy: record.archivedByName,
    archivedAt: record.archivedAt,
  };
  const zip = new JSZip();
  const date = new Date(record.archivedAt);
  zip.file(pdfName, pdf, { date, binary: true });
  zip.file('metadata.json', `${JSON.stringify(metadata, null, 2)}\n`, { date });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { fileName: `arsip-${fileStem(number?.number ?? document.title)}.zip`, buffer };
}

/** The SOP run behind the document: purpose, period, SOP version, and every task with who did it when. */
async function runMetadata(db: Db, runId: string) {
  const run = await db
    .selectFrom('run')
    .innerJoin('sop', 'sop.id', 'run.sop_id')
    .select([
      'run.id as id',
      'run.purpose as purpose',
      'run.period_year as periodYear',
      'run.period_quarter as periodQuarter',
      'run.status as status',
      'run.started_at as startedAt',
      'run.completed_at as completedAt',
      'sop.code as sopCode',
      'sop.title as sopTitle',
      'run.sop_version as sopVersion',
    ])
    .where('run.id', '=', runId)
    .executeTakeFirst();
  if (!run) return null;
  const steps = await db
    .selectFrom('run_task')
    .innerJoin('position', 'position.id', 'run_task.position_id')
    .leftJoin('person', 'person.id', 'run_task.completed_by')
    .select([
      'run_task.step_no as stepNo',
      'run_task.attempt as attempt',
      'position.title as position',
      'run_task.status as status',
      'run_task.opened_at as openedAt',
      'run_task.due_at as dueAt',
      'run_task.completed_at as completedAt',
      'person.full_name as completedBy',
      'run_task.decision as decision',
    ])
    .where('run_task.run_id', '=', runId)
    .orderBy('run_task.step_no')
    .orderBy('run_task.opened_at')
    .execute();
  const { sopCode, sopTitle, sopVersion, ...rest } = run;
  return {
    ...rest,
    sop: { code: sopCode, title: sopTitle, version: Number(sopVersion) },
    steps: steps.map((s) => ({ ...s, stepNo: Number(s.stepNo), attempt: Number(s.attempt) })),
  };
}
