import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../core/errors';
import { statusOf } from './error-status';
import { languageOf } from './language';
import { describeIssue } from './validation-messages';

/**
 * Every failure leaves as `{ error: { code, message, fields? } }` in the request's language. Unknown
 * failures are logged and answered with a generic 500 that leaks nothing.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = languageOf(request);
    if (error instanceof DomainError) {
      return reply.code(statusOf(error.code)).send({
        error: {
          code: error.code,
          message: error.userMessage[lang],
          ...(error.fields.length > 0
            ? { fields: error.fields.map((f) => ({ field: f.field, message: f.message[lang] })) }
            : {}),
        },
      });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const fields = error.validation.map((v) => {
        const d = describeIssue({
          ...(v.params as object),
          code: v.keyword,
          message: v.message,
          path: v.instancePath.split('/').filter(Boolean),
        });
        return { field: d.field, message: d.message[lang] };
      });
      return reply.code(422).send({
        error: {
          code: 'VALIDATION_FAILED',
          message:
            lang === 'en'
              ? `Invalid data: ${fields.map((f) => f.message).join(' ')}`
              : `Data tidak valid: ${fields.map((f) => f.message).join(' ')}`,
          fields,
        },
      });
    }
    if (error.code?.startsWith('FST_CSRF')) {
      return reply.code(403).send({
        error: {
          code: 'CSRF_INVALID',
          message:
            lang === 'en'
              ? 'The form session expired. Reload the page and try again.'
              : 'Sesi formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.',
        },
      });
    }
    if (error.statusCode === 413) {
      return reply.code(413).send({
        error: {
          code: 'PAYLOAD_TOO_LARGE',
          message: lang === 'en' ? 'The request is too large.' : 'Data yang dikirim terlalu besar.',
        },
      });
    }
    if (error.statusCode === 429) {
      return reply.code(429).send({
        error: {
          code: 'RATE_LIMITED',
          message:
            lang === 'en'
              ? 'Too many attempts. Wait a minute and try again.'
              : 'Terlalu banyak percobaan. Tunggu satu menit lalu coba lagi.',
        },
      });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(400).send({
        error: {
          code: 'BAD_REQUEST',
          message:
            lang === 'en'
              ? 'The request could not be read (check that it is valid JSON).'
              : 'Permintaan tidak dapat dibaca (periksa bahwa isinya JSON yang valid).',
        },
      });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({
      error: {
        code: 'INTERNAL',
        message:
          lang === 'en'
            ? 'Something went wrong on the server; nothing was saved. Try again or contact the administrator.'
            : 'Terjadi kesalahan di server; tidak ada yang disimpan. Coba lagi atau hubungi administrator.',
      },
    });
  });
}
