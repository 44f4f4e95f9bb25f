import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema } from './common';

/** A signing certificate's state at the time asked. */
export const certificateStatusSchema = z.enum(['valid', 'expired', 'not_yet_valid', 'revoked']);
export type CertificateStatus = z.infer<typeof certificateStatusSchema>;

/** A stored signing certificate (PKCS#12) as administrators see it; the file and passphrase never leave. */
export const signingCertificateSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  personId: idSchema,
  personName: z.string(),
  personNip: z.string().nullable(),
  subject: z.string(),
  issuer: z.string(),
  serial: z.string(),
  notBefore: isoDateTimeSchema,
  notAfter: isoDateTimeSchema,
  /** SHA-256 of the certificate, lower-case hex. */
  fingerprint: z.string(),
  createdAt: isoDateTimeSchema,
  revokedAt: isoDateTimeSchema.nullable(),
  status: certificateStatusSchema,
});
export type SigningCertificate = z.infer<typeof signingCertificateSchema>;

/** The multipart text fields of a certificate upload (the file part is `file`). */
export const certificateUploadFieldsSchema = z.object({
  personId: idSchema,
  passphrase: z.string().min(1).max(200),
});

/** The token printed in a signed document's QR code (`/verifikasi/<token>`). */
export const verificationTokenSchema = z.string().trim().min(1).max(200);

/** What the public verification page shows of a signed document. */
export const verificationSchema = z.object({
  token: z.string(),
  title: z.string(),
  subject: z.string(),
  number: z.string().nullable(),
  date: isoDateSchema.nullable(),
  agency: z.object({ name: z.string(), regionName: z.string(), timeZone: z.string() }),
  signers: z.array(z.object({ name: z.string(), position: z.string(), signedAt: isoDateTimeSchema })),
  /** SHA-256 (hex) of the final signed PDF; null before the first signature. */
  sha256: z.string().nullable(),
  signedAt: isoDateTimeSchema.nullable(),
});
export type Verification = z.infer<typeof verificationSchema>;

/** One signature found in a checked file. */
export const checkedSignatureSchema = z.object({
  signerName: z.string().nullable(),
  signingTime: isoDateTimeSchema.nullable(),
  reason: z.string().nullable(),
  location: z.string().nullable(),
  certificate: z
    .object({
      subject: z.string(),
      issuer: z.string(),
      serial: z.string(),
      notBefore: isoDateTimeSchema,
      notAfter: isoDateTimeSchema,
    })
    .nullable(),
  certificateValidAtSigning: z.boolean().nullable(),
  /** The bytes this signature signed are unchanged. */
  intact: z.boolean(),
  /** The certificate is one Alur recorded a signature of this document with. */
  recorded: z.boolean(),
  /** Why a check failed, in English (technical detail). */
  problems: z.array(z.string()),
});
export type CheckedSignature = z.infer<typeof checkedSignatureSchema>;

/**
 * `match`: the final signed file. `not_final`: a version of the document, not its final signed file.
 * `altered`: the document's file changed after signing. `unknown`: not a file Alur signed.
 */
export const fileOutcomeSchema = z.enum(['match', 'not_final', 'altered', 'unknown']);
export type FileOutcome = z.infer<typeof fileOutcomeSchema>;

export const fileCheckSchema = z.object({
  outcome: fileOutcomeSchema,
  sha256: z.string(),
  document: verificationSchema.nullable(),
  signatures: z.array(checkedSignatureSchema),
  bytesAfterLastSignature: z.number().int(),
});
export type FileCheck = z.infer<typeof fileCheckSchema>;
