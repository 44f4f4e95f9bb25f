import { z } from 'zod';
import { idSchema } from './common';

export const periodSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  quarter: z.number().int().min(1).max(4).nullable(),
});

export const dispositionSchema = z.object({
  text: z.string().trim().min(1).max(4000),
  /** The incoming letter the disposition is written on, uploaded with it. */
  letter: z
    .object({ documentId: z.string().min(1).max(200), title: z.string().trim().min(1).max(300) })
    .nullable()
    .optional(),
  addresseePositionIds: z.array(idSchema).max(50),
  deadline: z.string().max(40).nullable().optional(),
});

export const taskOutputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('document'),
    documentId: z.string().min(1).max(200),
    title: z.string().trim().min(1).max(300),
    versionId: z.string().min(1).max(200).nullable().optional(),
  }),
  z.object({ kind: z.literal('disposition'), disposition: dispositionSchema }),
  z.object({
    kind: z.literal('meeting'),
    agenda: z.string().trim().min(1).max(4000),
    heldAt: z.string().min(1).max(40),
    place: z.string().trim().min(1).max(300),
    attendees: z.array(z.string().trim().min(1).max(200)).min(1).max(200),
    minutes: z.string().trim().min(1).max(20000),
  }),
  z.object({
    kind: z.literal('data'),
    reference: z.string().max(300),
    summary: z.string().trim().min(1).max(4000),
  }),
  z.object({ kind: z.literal('note'), text: z.string().trim().min(1).max(4000) }),
]);
export type TaskOutputDto = z.infer<typeof taskOutputSchema>;

export const startRunRequestSchema = z.object({
  sopId: idSchema,
  purpose: z.string().trim().min(3).max(200),
  period: periodSchema,
  disposition: dispositionSchema.nullable(),
});

export const runCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('claim'), taskId: idSchema }),
  z.object({ type: z.literal('complete'), taskId: idSchema, output: taskOutputSchema.nullable() }),
  z.object({
    type: z.literal('decide'),
    taskId: idSchema,
    decision: z.enum(['approve', 'return']),
    reason: z.string().max(4000).nullable().optional(),
    output: taskOutputSchema.nullable().optional(),
  }),
  z.object({ type: z.literal('paraf'), taskId: idSchema, output: taskOutputSchema.nullable().optional() }),
  z.object({ type: z.literal('sign'), taskId: idSchema, output: taskOutputSchema.nullable().optional() }),
  z.object({ type: z.literal('delegate'), taskId: idSchema, toPersonId: idSchema }),
  z.object({ type: z.literal('cancel'), reason: z.string().max(4000) }),
]);

/** Paraf or signature on the run's report as the act of a paraf/signature step. */
export const runDocumentActRequestSchema = z.object({
  commandId: z.string().min(8).max(100).optional(),
  act: z.discriminatedUnion('act', [
    z.object({ act: z.literal('paraf') }),
    /** The certificate's passphrase: used once, never stored or logged. */
    z.object({ act: z.literal('sign'), passphrase: z.string().min(1).max(200) }),
  ]),
});

export const runLetterNumberResultSchema = z.object({
  number: z.string(),
  documentId: z.string(),
  /** The regeneration of the cover letter with its number, to follow; null when nothing is regenerated. */
  jobId: z.string().nullable(),
});

export const runDocumentSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  status: z.string(),
  latestVersionId: z.string().nullable(),
  latestVersionNumber: z.number().int().nullable(),
  letterNumber: z.string().nullable(),
});
export type RunDocumentDto = z.infer<typeof runDocumentSchema>;

export const runCommandRequestSchema = z.object({
  /** Chosen by the client (e.g. a UUID per click); a retry with the same id acts once. */
  commandId: z.string().min(8).max(100).optional(),
  command: runCommandSchema,
});

export const timingSchema = z.object({
  /** Working minutes the task took (or has taken so far). */
  actualMinutes: z.number(),
  /** The time standard in working minutes, or null when the step has none. */
  standardMinutes: z.number().nullable(),
  standardText: z.string().nullable(),
  onTime: z.boolean().nullable(),
});

export const taskViewSchema = z.object({
  id: idSchema,
  runId: idSchema,
  runPurpose: z.string(),
  stepNo: z.number().int(),
  activity: z.string(),
  kinds: z.array(z.string()),
  positionId: idSchema,
  positionTitle: z.string(),
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  status: z.enum(['open', 'claimed', 'completed', 'returned', 'cancelled']),
  attempt: z.number().int(),
  openedAt: z.string(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
  completedAt: z.string().nullable(),
  completedByName: z.string().nullable(),
  claimedByName: z.string().nullable(),
  output: taskOutputSchema.nullable(),
  decision: z.enum(['approved', 'returned']).nullable(),
  reason: z.string().nullable(),
  paraf: z.object({ personName: z.string(), at: z.string() }).nullable(),
  signature: z.object({ personName: z.string(), at: z.string() }).nullable(),
  /** What the SOP asks: inputs (Kelengkapan), expected outputs, time standards as written. */
  expects: z.object({
    inputs: z.array(z.string()),
    outputs: z.array(z.string()),
    timeStandards: z.array(z.string()),
    meeting: z.boolean(),
    paraf: z.boolean(),
    signature: z.boolean(),
    /** What the step does with the run's documents (report, cover_letter, letter_number, send, archive, …). */
    documentActs: z.array(z.string()),
    decision: z.object({ yes: z.number().int(), no: z.number().int() }).nullable(),
  }),
  /** Outputs already produced by earlier steps of the run (the inputs this step works from). */
  earlierOutputs: z.array(z.object({ stepNo: z.number().int(), output: taskOutputSchema })),
  /** The SOP's Peringatan, shown when the task is overdue. */
  warning: z.string().nullable(),
  timing: timingSchema,
  /** Whether the signed-in person may act on it now. */
  mine: z.boolean(),
});
export type TaskView = z.infer<typeof taskViewSchema>;

export const runSummarySchema = z.object({
  id: idSchema,
  purpose: z.string(),
  sopId: idSchema,
  sopTitle: z.string(),
  sopVersion: z.number().int(),
  period: periodSchema,
  status: z.enum(['active', 'completed', 'cancelled']),
  startedAt: z.string(),
  startedByName: z.string(),
  completedAt: z.string().nullable(),
  /** Steps with open tasks now. */
  currentSteps: z.array(z.number().int()),
  overdueTasks: z.number().int(),
});
export type RunSummary = z.infer<typeof runSummarySchema>;

export const runEventViewSchema = z.object({
  seq: z.number().int(),
  type: z.string(),
  stepNo: z.number().int().nullable(),
  actorName: z.string(),
  actingPositionTitle: z.string().nullable(),
  at: z.string(),
  payload: z.unknown(),
  hash: z.string(),
});

export const runDetailSchema = runSummarySchema.extend({
  version: z.number().int(),
  disposition: dispositionSchema.nullable(),
  cancelReason: z.string().nullable(),
  timeZone: z.string(),
  steps: z.array(
    z.object({
      no: z.number().int(),
      activity: z.string(),
      laneLabel: z.string(),
      kinds: z.array(z.string()),
      timeStandards: z.array(z.string()),
      state: z.enum(['waiting', 'open', 'done', 'returned']),
    }),
  ),
  tasks: z.array(taskViewSchema),
  history: z.array(runEventViewSchema),
});
export type RunDetail = z.infer<typeof runDetailSchema>;

export const notificationSchema = z.object({
  id: idSchema,
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  runId: idSchema.nullable(),
  taskId: idSchema.nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});

export const complianceRowSchema = z.object({
  sopId: idSchema,
  sopTitle: z.string(),
  stepNo: z.number().int(),
  activity: z.string(),
  standardText: z.string().nullable(),
  standardMinutes: z.number().nullable(),
  count: z.number().int(),
  medianMinutes: z.number().nullable(),
  p90Minutes: z.number().nullable(),
  onTimeShare: z.number().nullable(),
});
export type ComplianceRow = z.infer<typeof complianceRowSchema>;
