import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileCheckSchema, verificationSchema, verificationTokenSchema } from '../../contract';
import { fieldError, invalid } from '../../core/errors';
import type { ServiceContext } from '../../services/context';
import { checkFile, MAX_CHECK_BYTES } from '../../services/verification/check-file';
import { getVerification } from '../../services/verification/get-verification';

const tokenParams = z.object({ token: verificationTokenSchema });

/**
 * The public verification of signed documents: no session, and no CSRF token for the file check
 * (it changes nothing; the auth plugin leaves `/api/public/` alone), so anyone holding the paper or
 * the file can check it. Rate-limited per address.
 */
export const verificationRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['verification'];
    await app.register(multipart, { limits: { fileSize: MAX_CHECK_BYTES + 1, files: 1, fields: 4 } });
    const rateLimit = { max: Number(process.env.ALUR_PUBLIC_RATE ?? 60), timeWindow: '1 minute' };
    const bodyLimit = MAX_CHECK_BYTES + 1024 * 1024;

    app.get(
      '/public/verifications/:token',
      {
        config: { rateLimit },
        schema: {
          tags,
          summary: 'A signed document by the token in its QR code: number, date, subject, signers, SHA-256',
          params: tokenParams,
          response: { 200: verificationSchema },
        },
      },
      async (request) => getVerification(ctx.db, request.params.token),
    );
    app.post(
      '/public/verifications/:token/check',
      {
        bodyLimit,
        config: { rateLimit },
        schema: {
          tags,
          summary: "Is this file the token's final signed PDF? (multipart: file) Also lists its signatures",
          consumes: ['multipart/form-data'],
          params: tokenParams,
          response: { 200: fileCheckSchema },
        },
      },
      async (request) => checkFile(ctx.db, request.params.token, await readCheckedFile(request)),
    );
    app.post(
      '/public/verifications/check',
      {
        bodyLimit,
        config: { rateLimit },
        schema: {
          tags,
          summary: 'Is this file a PDF Alur signed, of any document? (multipart: file)',
          consumes: ['multipart/form-data'],
          response: { 200: fileCheckSchema },
        },
      },
      async (request) => checkFile(ctx.db, null, await readCheckedFile(request)),
    );
  };

/** The one `file` part of the form. */
async function readCheckedFile(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart())
    throw invalid([
      fieldError(
        'file',
        'Kirim berkas sebagai multipart/form-data.',
        'Send the file as multipart/form-data.',
      ),
    ]);
  let file: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      const content = await part.toBuffer();
      if (part.fieldname === 'file') file = content;
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT') {
      const mb = MAX_CHECK_BYTES / (1024 * 1024);
      throw invalid([
        code === 'FST_FILES_LIMIT'
          ? fieldError('file', 'Periksa satu berkas saja.', 'Check one file at a time.')
          : fieldError(
              'file',
              `Berkas terlalu besar; paling besar ${mb} MB.`,
              `The file is too large; at most ${mb} MB.`,
            ),
      ]);
    }
    throw error;
  }
  if (!file)
    throw invalid([fieldError('file', 'Pilih berkas PDF yang diperiksa.', 'Choose the PDF file to check.')]);
  return file;
}
