import { z } from 'zod';
import { idSchema, isoDateSchema } from './common';

/** A working-time duration: "1 Hari" is one working day, "32 Jam" 32 working hours. */
export const workDurationSchema = z.object({
  amount: z.number().positive(),
  unit: z.enum(['minute', 'hour', 'day']),
});

const text = (max: number) => z.string().max(max);

/** What a step does with the run's documents (`DocumentAct` of the SOP model), in run order. */
export const DOCUMENT_ACT_VALUES = [
  'disposition_sheet',
  'collection_format',
  'report',
  'cover_letter',
  'letter_number',
  'send',
  'archive',
] as const;
export type DocumentActDto = (typeof DOCUMENT_ACT_VALUES)[number];

/** An SOP definition as the API carries it (the same shape the editor edits and runs execute). */
export const sopDefinitionSchema = z.object({
  code: z
    .string()
    .trim()
    .min(2)
    .max(80)
    .regex(/^[a-z0-9-]+$/),
  agency: z.string().max(80),
  identity: z.object({
    government: text(300).nullable(),
    agencyName: text(300),
    number: text(120),
    title: text(300),
    createdOn: text(60).nullable(),
    revisedOn: text(60).nullable(),
    effectiveOn: text(60).nullable(),
    effectiveLabel: z.enum(['efektif', 'pengesahan']),
    approvedBy: z
      .object({ position: text(300), name: text(200), nip: text(40).nullable(), rank: text(120).nullable() })
      .nullable(),
    legalBasis: z.array(text(1000)).max(50),
    qualifications: z.array(text(1000)).max(50),
    relatedSops: z.array(z.object({ text: text(500), code: text(80).nullable() })).max(50),
    equipment: z.array(text(500)).max(50),
    warning: text(2000).nullable(),
    recordKeeping: text(2000).nullable(),
  }),
  lanes: z.array(z.object({ key: text(60), label: text(200) })).max(20),
  steps: z
    .array(
      z.object({
        no: z.number().int().min(1).max(999),
        activity: text(2000),
        lane: text(60),
        laneReading: text(2000).nullable(),
        kinds: z
          .array(z.enum(['start', 'process', 'decision', 'end']))
          .min(1)
          .max(3),
        mutuBaku: z
          .array(
            z.object({
              inputs: text(1000),
              time: z.object({ written: text(60), duration: workDurationSchema.nullable() }).nullable(),
              output: text(1000),
            }),
          )
          .max(10),
        note: text(2000).nullable(),
        next: z.number().int().nullable(),
        exits: z.object({ yes: z.number().int().nullable(), no: z.number().int().nullable() }).nullable(),
        perUnit: z.object({ unitKinds: z.array(text(40)).min(1) }).nullable(),
        meeting: z.boolean(),
        paraf: z.boolean(),
        signature: z.boolean(),
        // Optional inside the default: a definition stored before document acts existed is answered
        // without them (a response is encoded, and encoding applies no default); a request gets [].
        documentActs: z.array(z.enum(DOCUMENT_ACT_VALUES)).max(20).optional().default([]),
      }),
    )
    .max(200),
  curationNotes: z.array(text(4000)).max(50),
});
export type SopDefinitionDto = z.infer<typeof sopDefinitionSchema>;

export const sopProblemSchema = z.object({ field: z.string(), message: z.string() });

export const sopSummarySchema = z.object({
  id: idSchema,
  code: z.string(),
  title: z.string(),
  latestVersion: z.number().int(),
  latestStatus: z.enum(['draft', 'published']),
  publishedVersion: z.number().int().nullable(),
  steps: z.number().int(),
});
export type SopSummary = z.infer<typeof sopSummarySchema>;

export const sopVersionSchema = z.object({
  sopId: idSchema,
  code: z.string(),
  version: z.number().int(),
  status: z.enum(['draft', 'published']),
  effectiveDate: z.string().nullable(),
  publishedAt: z.string().nullable(),
  definition: sopDefinitionSchema,
  /** What still keeps this version from being published, in the request's language. */
  problems: z.array(sopProblemSchema),
  lanes: z.array(z.object({ key: z.string(), label: z.string(), positionId: idSchema.nullable() })),
});
export type SopVersion = z.infer<typeof sopVersionSchema>;

export const sopImportRequestSchema = z.object({
  fileName: z.string().trim().min(1).max(200),
  /** The file's bytes in base64 (XLSX) or its text (YAML, JSON, BPMN). */
  content: z.string().min(1).max(8_000_000),
  encoding: z.enum(['text', 'base64']).default('text'),
});

export const laneMappingRequestSchema = z.object({ lanes: z.record(z.string(), idSchema.nullable()) });
export const publishRequestSchema = z.object({ effectiveDate: isoDateSchema.nullable().optional() });
