import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { certificateUploadFieldsSchema, idSchema, signingCertificateSchema } from '../../contract';
import { fieldError, invalid } from '../../core/errors';
import type { ServiceContext } from '../../services/context';
import { listSigningCertificates } from '../../services/signing/list-signing-certificates';
import { revokeSigningCertificate } from '../../services/signing/revoke-signing-certificate';
import {
  type CertificateUpload,
  MAX_P12_BYTES,
  uploadSigningCertificate,
} from '../../services/signing/upload-signing-certificate';
import { requireActor } from '../auth-plugin';

const agencyParams = z.object({ agencyId: idSchema });
const certificateParams = agencyParams.extend({ certificateId: idSchema });

/**
 * Signing certificates of an agency's people (agency administrators): upload a PKCS#12 with its
 * passphrase (multipart), list, revoke. Fastify logs method, URL and status, never bodies, so the
 * passphrase field reaches no log; the service forgets it after opening the file.
 */
export const signingRoutes =
  (ctx: ServiceContext): FastifyPluginAsyncZod =>
  async (app) => {
    const tags = ['signing'];
    await app.register(multipart, {
      limits: { fileSize: MAX_P12_BYTES + 1, files: 1, fields: 4, fieldSize: 1000 },
    });

    app.get(
      '/agencies/:agencyId/signing-certificates',
      {
        schema: {
          tags,
          summary: "The agency's signing certificates with their status now",
          params: agencyParams,
          response: { 200: z.array(signingCertificateSchema) },
        },
      },
      async (request) => listSigningCertificates(ctx, requireActor(request), request.params.agencyId),
    );
    app.post(
      '/agencies/:agencyId/signing-certificates',
      {
        schema: {
          tags,
          summary:
            "Upload a person's PKCS#12 (multipart: personId, passphrase, file); the passphrase is not kept",
          consumes: ['multipart/form-data'],
          params: agencyParams,
          response: { 201: signingCertificateSchema },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const upload = await readCertificateUpload(request);
        return reply
          .code(201)
          .send(await uploadSigningCertificate(ctx, actor, request.params.agencyId, upload));
      },
    );
    app.post(
      '/agencies/:agencyId/signing-certificates/:certificateId/revoke',
      {
        schema: {
          tags,
          summary: 'Stop a certificate from signing (signatures already made stay valid)',
          params: certificateParams,
          response: { 200: signingCertificateSchema },
        },
      },
      async (request) =>
        revokeSigningCertificate(
          ctx,
          requireActor(request),
          request.params.agencyId,
          request.params.certificateId,
        ),
    );
  };

async function readCertificateUpload(request: FastifyRequest): Promise<CertificateUpload> {
  if (!request.isMultipart())
    throw invalid([
      fieldError('p12', 'Kirim berkas sebagai multipart/form-data.', 'Send the file as multipart/form-data.'),
    ]);
  const fields: Record<string, string> = {};
  let p12: Buffer | null = null;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const content = await part.toBuffer();
        if (part.fieldname === 'file') p12 = content;
      } else if (part.fieldname === 'personId' || part.fieldname === 'passphrase') {
        fields[part.fieldname] = String(part.value ?? '');
      }
    }
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE' || code === 'FST_FILES_LIMIT')
      throw invalid([
        fieldError(
          'p12',
          `Unggah satu berkas sertifikat .p12/.pfx (paling besar ${MAX_P12_BYTES / 1024} KB).`,
          `Upload one .p12/.pfx certificate file (at most ${MAX_P12_BYTES / 1024} KB).`,
        ),
      ]);
    throw error;
  }
  const problems = [];
  const parsed = certificateUploadFieldsSchema.safeParse(fields);
  if (!parsed.success) {
    const bad = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
    if (bad.has('personId')) problems.push(fieldError('personId', 'Pilih pegawai.', 'Choose the person.'));
    if (bad.has('passphrase'))
      problems.push(
        fieldError('passphrase', 'Isi frasa sandi sertifikat.', 'Enter the certificate passphrase.'),
      );
  }
  if (!p12)
    problems.push(
      fieldError('p12', 'Pilih berkas sertifikat .p12/.pfx.', 'Choose the .p12/.pfx certificate file.'),
    );
  if (problems.length > 0 || !parsed.success || !p12) throw invalid(problems);
  return { personId: parsed.data.personId, passphrase: parsed.data.passphrase, p12 };
}
