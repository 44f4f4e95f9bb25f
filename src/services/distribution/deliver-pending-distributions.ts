import type { Db } from '../../db/database';
import type { ServiceContext } from '../context';
import type { Mailer } from '../mail/mailer';

/** Attempts per delivery before it stays `failed`. */
export const MAX_DELIVERY_ATTEMPTS = 3;
/** A failed delivery is tried again after this long (the mail server may be back). */
export const RETRY_AFTER_MS = 5 * 60_000;
/** A claim older than this is a sweeper that died while sending: whether the mail left is unknown. */
const STALE_CLAIM_MS = 10 * 60_000;
const BATCH = 100;

export interface DeliveryResult {
  sent: number;
  failed: number;
}

/**
 * Mails queued documents, one e-mail per recipient with the version's PDF attached. Safe with several
 * sweepers at once and across restarts: a row is claimed (`pending`/`failed` → `sending`, attempts + 1)
 * by a conditional update only one sweeper can win, so no delivery is sent twice. A failure is
 * recorded with its error and tried again after {@link RETRY_AFTER_MS}, up to
 * {@link MAX_DELIVERY_ATTEMPTS} attempts. A claim left by a sweeper that died mid-send becomes
 * `failed` without a retry (it may have been delivered). Without a mailer nothing is claimed: the
 * queue waits for SMTP to be configured.
 */
export async function deliverPendingDistributions(
  ctx: ServiceContext,
  mailer: Mailer | null,
): Promise<DeliveryResult> {
  const result: DeliveryResult = { sent: 0, failed: 0 };
  if (!mailer) return result;
  const now = ctx.now();
  await ctx.db
    .updateTable('distribution')
    .set({
      status: 'failed',
      attempts: MAX_DELIVERY_ATTEMPTS,
      error: 'Pengiriman terputus; periksa apakah e-mail sudah diterima sebelum mengirim ulang.',
    })
    .where('status', '=', 'sending')
    .where('claimed_at', '<', new Date(now.getTime() - STALE_CLAIM_MS).toISOString())
    .execute();

  const retryBefore = new Date(now.getTime() - RETRY_AFTER_MS).toISOString();
  const candidates = await ctx.db
    .selectFrom('distribution')
    .select(['id', 'status', 'attempts'])
    .where((eb) =>
      eb.or([
        eb('status', '=', 'pending'),
        eb.and([
          eb('status', '=', 'failed'),
          eb('attempts', '<', MAX_DELIVERY_ATTEMPTS),
          eb('claimed_at', '<', retryBefore),
        ]),
      ]),
    )
    .orderBy('created_at')
    .limit(BATCH)
    .execute();

  for (const candidate of candidates) {
    const claimed = await ctx.db
      .updateTable('distribution')
      .set({ status: 'sending', claimed_at: now.toISOString(), attempts: Number(candidate.attempts) + 1 })
      .where('id', '=', candidate.id)
      .where('status', '=', candidate.status)
      .where('attempts', '=', candidate.attempts)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) continue;
    try {
      const mail = await deliveryMail(ctx.db, candidate.id);
      const sent = await mailer.send(mail);
      await ctx.db
        .updateTable('distribution')
        .set({ status: 'sent', message_id: sent.messageId, sent_at: ctx.now().toISOString(), error: null })
        .where('id', '=', candidate.id)
        .execute();
      result.sent++;
    } catch (error) {
      await ctx.db
        .updateTable('distribution')
        .set({
          status: 'failed',
          error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
        })
        .where('id', '=', candidate.id)
        .execute();
      result.failed++;
    }
  }
  return result;
}

/** The e-mail of one delivery: the cover text in Indonesian and the PDF of the version sent. */
async function deliveryMail(db: Db, distributionId: string) {
  const row = await db
    .selectFrom('distribution as d')
    .innerJoin('document_version as v', 'v.id', 'd.version_id')
    .innerJoin('document as doc', 'doc.id', 'd.document_id')
    .innerJoin('agency as a', 'a.id', 'doc.agency_id')
    .leftJoin('letter_number as n', 'n.id', 'doc.letter_number_id')
    .select([
      'd.recipient_name as recipientName',
      'd.recipient_email as email',
      'v.pdf as pdf',
      'v.pdf_sha256 as pdfSha256',
      'doc.title as title',
      'doc.subject as subject',
      'a.name as agencyName',
      'n.number as number',
    ])
    .where('d.id', '=', distributionId)
    .executeTakeFirstOrThrow();
  if (!row.email || !row.pdf) throw new Error('the delivery has no e-mail address or the version no PDF');
  const numbered = row.number ? ` Nomor ${row.number}` : '';
  return {
    to: [row.email],
    subject: `${row.title}${numbered}`,
    text: [
      `Yth. ${row.recipientName},`,
      '',
      `Bersama ini kami sampaikan ${row.title}${numbered} perihal ${row.subject}.`,
      'Dokumen terlampir dalam format PDF.',
      '',
      `SHA-256 berkas: ${row.pdfSha256}`,
      '',
      row.agencyName,
      '(dikirim melalui Alur)',
      '',
    ].join('\n'),
    attachments: [
      {
        filename: `${fileStem(row.number ?? row.title)}.pdf`,
        content: Buffer.from(row.pdf),
        contentType: 'application/pdf',
      },
    ],
  };
}

/** A file name from a number or title: `K. 075 / 12 / DESDM/2026` → `K. 075-12-DESDM-2026`. */
export function fileStem(text: string): string {
  const stem = text
    .replace(/\s*\/\s*/g, '-')
    .replace(/[^\p{L}\p{N} .,_()-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return stem || 'dokumen';
}
