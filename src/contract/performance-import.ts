import { z } from 'zod';
import { idSchema } from './common';

/**
 * Importing the Renstra and the year's Perjanjian Kinerja from the workbooks their XLSX exports
 * write (edited in a spreadsheet), uploaded as `multipart/form-data` with one `file` part. A refused
 * workbook answers 422 with every problem placed on its sheet, row and column, in the language of
 * the request.
 */

export const xlsxImportInfoSchema = z.object({
  /** The signed-in person may import (planning unit at Pengawas level or above, or an administrator). */
  canImport: z.boolean(),
  /** The largest file accepted, in bytes. */
  maxBytes: z.number().int(),
});
export type XlsxImportInfo = z.infer<typeof xlsxImportInfoSchema>;

export const workbookProblemSchema = z.object({
  /** Sheet name; null for a problem with the file as a whole. */
  sheet: z.string().nullable(),
  row: z.number().int().nullable(),
  /** Column letter, e.g. "L". */
  column: z.string().nullable(),
  /** The column's heading in the format, e.g. "Target 2026". */
  columnName: z.string().nullable(),
  message: z.string(),
});
export type WorkbookProblem = z.infer<typeof workbookProblemSchema>;

/**
 * The 422 answer: the usual error shape plus the placed problems (absent only when the request
 * itself was malformed, e.g. a bad agency id).
 */
export const xlsxImportRejectedSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    problems: z.array(workbookProblemSchema).optional(),
  }),
});
export type XlsxImportRejected = z.infer<typeof xlsxImportRejectedSchema>;

export const renstraXlsxImportResultSchema = z.object({
  renstraId: idSchema,
  startYear: z.number().int(),
  endYear: z.number().int(),
  created: z.boolean(),
  nodes: z.object({ added: z.number().int(), changed: z.number().int() }),
  indicators: z.object({
    added: z.number().int(),
    changed: z.number().int(),
    unchanged: z.number().int(),
    removed: z.number().int(),
  }),
  fundedNodes: z.number().int(),
});
export type RenstraXlsxImportResult = z.infer<typeof renstraXlsxImportResultSchema>;

export const agreementsXlsxImportResultSchema = z.object({
  year: z.number().int(),
  agreements: z.object({ added: z.number().int(), updated: z.number().int(), removed: z.number().int() }),
  indicatorRows: z.number().int(),
  actionPlans: z.number().int(),
});
export type AgreementsXlsxImportResult = z.infer<typeof agreementsXlsxImportResultSchema>;
