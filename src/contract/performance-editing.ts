import { z } from 'zod';
import { idSchema } from './common';
import {
  actionPlanSchema,
  aggregationSchema,
  agreementLevelSchema,
  agreementSchema,
  decimalInputSchema,
  indicatorSchema,
  planNodeSchema,
  polaritySchema,
  renstraSchema,
  yearSchema,
} from './performance';

/**
 * The Renstra and PK editors: views that carry each row's `revision`, and partial edits that send it
 * back. A stale revision answers 409 `PERFORMANCE_EDIT_CONFLICT`. Text limits are the services' (they
 * name the row and the field in the message); the bounds here only guard the request size.
 */
export const editRevisionSchema = z.string().min(1).max(64);
const guardedText = z.string().max(5000);

const warningSchema = z.object({ field: z.string(), message: z.object({ id: z.string(), en: z.string() }) });
const fundingSchema = z.object({ year: z.number().int(), amount: z.string() });

export const editorIndicatorSchema = indicatorSchema.omit({ history: true }).extend({
  unitName: z.string().nullable(),
  revision: editRevisionSchema,
  /** Where the indicator is used; an indicator in a PK or with realisation cannot be deleted. */
  usage: z.object({ agreementYears: z.array(z.number().int()), realisations: z.number().int() }),
});
export type EditorIndicator = z.infer<typeof editorIndicatorSchema>;

export const editedPlanNodeSchema = planNodeSchema.extend({
  unitName: z.string().nullable(),
  revision: editRevisionSchema,
  /** Indicative funding (pagu indikatif) per Renstra year, Rupiah as decimal text. */
  funding: z.array(fundingSchema),
});

export interface EditorNode extends z.infer<typeof editedPlanNodeSchema> {
  indicators: EditorIndicator[];
  children: EditorNode[];
}
export const editorNodeSchema: z.ZodType<EditorNode> = editedPlanNodeSchema.extend({
  indicators: z.array(editorIndicatorSchema),
  get children() {
    return z.array(editorNodeSchema);
  },
});

export const renstraEditorSchema = z.object({
  renstra: renstraSchema,
  years: z.array(z.number().int()),
  canPlan: z.boolean(),
  units: z.array(z.object({ id: idSchema, name: z.string() })),
  nodes: z.array(editorNodeSchema),
});
export type RenstraEditor = z.infer<typeof renstraEditorSchema>;

export const planNodeEditSchema = z.object({
  revision: editRevisionSchema,
  code: guardedText.optional(),
  name: guardedText.optional(),
  unitId: idSchema.nullable().optional(),
  /** Only the years given change; an empty amount removes the year. */
  funding: z
    .array(z.object({ year: z.number().int(), amount: decimalInputSchema.nullable() }))
    .max(20)
    .optional(),
});

export const editRevisionQuerySchema = z.object({ revision: editRevisionSchema });

export const indicatorEditSchema = z.object({
  revision: editRevisionSchema,
  nodeId: idSchema.optional(),
  code: guardedText.optional(),
  name: guardedText.optional(),
  unitLabel: guardedText.optional(),
  polarity: polaritySchema.optional(),
  negativeFormula: z.enum(['A', 'B']).nullable().optional(),
  aggregation: aggregationSchema.optional(),
  precision: z.number().int().optional(),
  definition: guardedText.nullable().optional(),
  formulaText: guardedText.nullable().optional(),
  dataSource: guardedText.nullable().optional(),
  unitId: idSchema.nullable().optional(),
  isIku: z.boolean().optional(),
  baselineYear: z.number().int().nullable().optional(),
  baselineValue: decimalInputSchema.nullable().optional(),
  finalTarget: decimalInputSchema.nullable().optional(),
  /** Only the years given change; an empty value removes the year's target. */
  targets: z
    .array(
      z.object({
        year: z.number().int(),
        value: decimalInputSchema.nullable(),
        valueHigh: decimalInputSchema.nullable().optional(),
      }),
    )
    .max(20)
    .optional(),
});

export const indicatorEditedSchema = z.object({
  indicator: editorIndicatorSchema,
  /** A zero target (achievement not computable), a PK target that now differs from the Renstra. */
  warnings: z.array(warningSchema),
});

const editorAgreementIndicatorSchema = agreementSchema.shape.indicators.element.extend({
  revision: editRevisionSchema,
});
export const editorAgreementSchema = agreementSchema.extend({
  revision: editRevisionSchema,
  indicators: z.array(editorAgreementIndicatorSchema),
});
export type EditorAgreement = z.infer<typeof editorAgreementSchema>;

export const editorActionPlanRowSchema = actionPlanSchema.shape.rows.element.extend({
  polarity: polaritySchema,
  revision: editRevisionSchema,
});
export type EditorActionPlanRow = z.infer<typeof editorActionPlanRowSchema>;

export const agreementsEditorSchema = z.object({
  year: z.number().int(),
  canPlan: z.boolean(),
  renstraId: idSchema.nullable(),
  positions: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      level: z.string(),
      unitName: z.string().nullable(),
      holder: z.string().nullable(),
    }),
  ),
  /** The Renstra indicators that can be put in a PK of the year, with the year's Renstra target. */
  indicators: z.array(
    z.object({
      id: idSchema,
      code: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      polarity: polaritySchema,
      renstraTarget: z.string().nullable(),
    }),
  ),
  agreements: z.array(editorAgreementSchema),
  actionPlan: z.array(editorActionPlanRowSchema),
});
export type AgreementsEditor = z.infer<typeof agreementsEditorSchema>;

export const agreementEditSchema = z.object({
  revision: editRevisionSchema,
  level: agreementLevelSchema.optional(),
  firstPartyPositionId: idSchema.optional(),
  secondPartyPositionId: idSchema.nullable().optional(),
  secondPartyTitle: guardedText.nullable().optional(),
  number: guardedText.nullable().optional(),
  /** `YYYY-MM-DD`; checked by the service so the message can name the PK. */
  signedOn: z.string().max(40).nullable().optional(),
});

export const agreementIndicatorAddSchema = z.object({
  indicatorId: idSchema,
  /** Left out: the Renstra target of the year. */
  target: decimalInputSchema.nullable().optional(),
  targetHigh: decimalInputSchema.nullable().optional(),
  reason: guardedText.nullable().optional(),
});

export const agreementTargetEditSchema = z.object({
  revision: editRevisionSchema,
  target: decimalInputSchema,
  targetHigh: decimalInputSchema.nullable().optional(),
  reason: guardedText.nullable().optional(),
});

export const actionPlanRowEditSchema = z.object({
  year: yearSchema,
  revision: editRevisionSchema,
  quarters: z.tuple([
    decimalInputSchema.nullable(),
    decimalInputSchema.nullable(),
    decimalInputSchema.nullable(),
    decimalInputSchema.nullable(),
  ]),
  reason: guardedText.nullable().optional(),
});

export const actionPlanRowSavedSchema = z.object({
  indicatorId: idSchema,
  year: z.number().int(),
  quarters: z.array(z.string().nullable()),
  reason: z.string().nullable(),
  revision: editRevisionSchema,
  warnings: z.array(warningSchema),
});
