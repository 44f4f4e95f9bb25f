import { z } from 'zod';

/** Error body of every failed API call. `message` is in the language of the request's Accept-Language. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const idSchema = z.string().uuid();
export const isoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date' });
export const isoDateTimeSchema = z.string();

/** The three Indonesian time zones an agency can work in (WIB, WITA, WIT). */
export const timeZoneSchema = z.enum(['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura']);
export type TimeZone = z.infer<typeof timeZoneSchema>;

export const okSchema = z.object({ ok: z.literal(true) });

export const text = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional().nullable();
