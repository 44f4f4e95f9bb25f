import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';
import { yearSchema } from './performance';

/**
 * Letter numbers: the agency's patterns (tokens `{klasifikasi}`, `{urut}` or `{urut:3}`, `{unit}`,
 * `{bulan_romawi}`, `{bulan}`, `{tahun}`), issuing, reserving and cancelling, and the register.
 * Free-text fields are checked by the server, whose messages name the field and say what is wrong.
 */
export const letterPatternSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  name: z.string(),
  pattern: z.string(),
  classificationCode: z.string().nullable(),
  unitCode: z.string().nullable(),
  sequencePerClassification: z.boolean(),
  isDefault: z.boolean(),
  createdAt: z.string(),
  /** The number the pattern gives next (null when it depends on the classification chosen). */
  nextNumber: z.string().nullable(),
});
export type LetterPattern = z.infer<typeof letterPatternSchema>;

export const letterPatternInputSchema = z.object({
  name: z.string().max(200),
  pattern: z.string().max(400),
  classificationCode: z.string().max(60).nullable().optional(),
  unitCode: z.string().max(80).nullable().optional(),
  sequencePerClassification: z.boolean().optional(),
  isDefault: z.boolean().optional(),
});
export type LetterPatternInput = z.infer<typeof letterPatternInputSchema>;

export const letterNumberStatusSchema = z.enum(['issued', 'reserved', 'cancelled']);
export type LetterNumberStatus = z.infer<typeof letterNumberStatusSchema>;

export const letterNumberSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  patternId: idSchema,
  year: z.number().int(),
  /** `*` for the agency's one sequence, or the classification code that numbers on its own. */
  scope: z.string(),
  sequence: z.number().int(),
  number: z.string(),
  classificationCode: z.string().nullable(),
  status: letterNumberStatusSchema,
  subject: z.string().nullable(),
  documentId: z.string().nullable(),
  issuedAt: z.string(),
  issuedBy: z.string().nullable(),
  issuedByName: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  cancelledBy: z.string().nullable(),
  cancelledByName: z.string().nullable(),
  cancelReason: z.string().nullable(),
});
export type LetterNumber = z.infer<typeof letterNumberSchema>;

export const letterRegisterSchema = z.object({
  year: z.number().int(),
  timeZone: z.string(),
  canIssue: z.boolean(),
  numbers: z.array(letterNumberSchema),
});
export type LetterRegister = z.infer<typeof letterRegisterSchema>;

export const letterRegisterQuerySchema = z.object({
  year: yearSchema.optional(),
  status: letterNumberStatusSchema.optional(),
});

export const issueLetterNumberInputSchema = z.object({
  /** The agency's default pattern when absent. */
  patternId: idSchema.nullable().optional(),
  classificationCode: z.string().max(60).nullable().optional(),
  subject: z.string().max(1000),
  documentId: idSchema.nullable().optional(),
  /** The letter's date in the agency's calendar (today when absent); never after today. */
  date: isoDateSchema.nullable().optional(),
});
export type IssueLetterNumberInput = z.infer<typeof issueLetterNumberInputSchema>;

export const reserveLetterNumberInputSchema = issueLetterNumberInputSchema
  .omit({ documentId: true })
  .extend({ subject: z.string().max(1000).nullable().optional() });
export type ReserveLetterNumberInput = z.infer<typeof reserveLetterNumberInputSchema>;

export const useReservedNumberInputSchema = z.object({
  documentId: idSchema,
  subject: z.string().max(1000).nullable().optional(),
});

export const cancelLetterNumberInputSchema = z.object({ reason: z.string().max(2000) });
