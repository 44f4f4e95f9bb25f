import { z } from 'zod';
import { DOCUMENT_ACTS } from '../../core/sop';

/**
 * The shape of an SOP file (`alur-sop/v1`), in YAML or JSON. Only the shape is checked here; the
 * meaning (lanes declared, exits, reachability, readable time standards) is `validateSop`'s.
 * Everything that has a natural default may be left out: `kinds` defaults to `[process]`, flags to
 * false, lists (`documentActs` too) to empty. Unknown keys are errors, so a misspelt key (`exit:`) is caught.
 *
 * `sops/sop.schema.json` is generated from this schema (see `sopJsonSchema`).
 */
export const SOP_FILE_FORMAT = 'alur-sop/v1';

const text = z.string();
const optionalText = z.string().nullable().optional();
const stepNumber = z.number().int().positive();

const timeSchema = z.union([
  z.string().describe('As written on the sheet: "15 menit", "2 Jam", "1 Hari".'),
  z
    .strictObject({
      written: z.string(),
      /** Ignored on input: recomputed from `written`. */
      duration: z
        .strictObject({ amount: z.number(), unit: z.enum(['minute', 'hour', 'day']) })
        .nullable()
        .optional(),
    })
    .describe('The stored form; `duration` is recomputed from `written`.'),
]);

const mutuBakuSchema = z.strictObject({
  inputs: text.optional().describe('Kelengkapan'),
  time: timeSchema.nullable().optional().describe('Waktu'),
  output: text.optional().describe('Output'),
});

const stepSchema = z.strictObject({
  no: stepNumber.describe('The number printed in the No column'),
  kinds: z
    .array(z.enum(['start', 'process', 'decision', 'end']))
    .min(1)
    .optional()
    .describe('Flowchart symbols; default [process]; the first step is usually [start, process]'),
  lane: text.describe('Key of the lane (Pelaksana column) holding the symbol'),
  laneReading: optionalText.describe('How the lane was read'),
  activity: text.describe('Kegiatan exactly as written'),
  mutuBaku: z.array(mutuBakuSchema).optional(),
  note: optionalText.describe('Keterangan'),
  next: stepNumber.nullable().optional().describe('Next step; default: the following number'),
  exits: z
    .strictObject({
      yes: stepNumber.nullable().optional().describe('Ya; default: the following number'),
      no: stepNumber.nullable().optional().describe('Tidak'),
    })
    .nullable()
    .optional()
    .describe('Exits of a decision'),
  perUnit: z
    .strictObject({ unitKinds: z.array(text).min(1) })
    .nullable()
    .optional()
    .describe('One task per unit of these kinds, in parallel, joined when all are done'),
  meeting: z.boolean().optional(),
  paraf: z.boolean().optional(),
  signature: z.boolean().optional(),
  documentActs: z
    .array(z.enum(DOCUMENT_ACTS))
    .optional()
    .describe(
      "What the step does with the run's documents; default []. disposition_sheet: the start step's disposition printed as the lembar disposisi; collection_format: the divisions' data-collection workbook; report: generates or revises the LKjIP (yearly) or Laporan Pemantauan Kinerja (quarterly); cover_letter: the surat pengantar; letter_number: numbers the cover letter, or the report without one; send: distributes the signed documents; archive: archives them",
    ),
});

const identitySchema = z.strictObject({
  government: optionalText,
  agencyName: text,
  number: text.describe('Nomor SOP'),
  title: text.describe('Nama SOP'),
  createdOn: optionalText.describe('Tanggal Pembuatan, as written'),
  revisedOn: optionalText.describe('Tanggal Revisi, as written'),
  effectiveOn: optionalText.describe('Tanggal Efektif/Pengesahan, as written'),
  effectiveLabel: z.enum(['efektif', 'pengesahan']).optional().describe('Default: pengesahan'),
  approvedBy: z
    .strictObject({
      position: text,
      name: text,
      nip: z.string().nullable().optional().describe('18 digits, spaces allowed; quote it in YAML'),
      rank: optionalText,
    })
    .nullable()
    .optional(),
  legalBasis: z.array(text).optional().describe('Dasar Hukum'),
  qualifications: z.array(text).optional().describe('Kualifikasi Pelaksana'),
  relatedSops: z
    .array(z.union([text, z.strictObject({ text, code: optionalText })]))
    .optional()
    .describe('Keterkaitan'),
  equipment: z.array(text).optional().describe('Peralatan/Perlengkapan'),
  warning: optionalText.describe('Peringatan'),
  recordKeeping: optionalText.describe('Pencatatan dan Pendataan'),
});

export const sopFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(SOP_FILE_FORMAT).optional(),
    code: text,
    agency: text,
    curationNotes: z.array(text).optional(),
    identity: identitySchema,
    lanes: z.array(z.strictObject({ key: text, label: text })),
    steps: z.array(stepSchema),
  })
  .describe('An Alur SOP definition (alur-sop/v1)');

export type SopFile = z.infer<typeof sopFileSchema>;
