import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, text } from './common';

/**
 * Performance data: Renstra, indicators, Perjanjian Kinerja, Rencana Aksi, realisation and budget.
 * Figures travel as decimal strings (`"97.7"`, `"21032050000"`) so nothing is rounded on the way;
 * inputs accept a number or a string (`"97,7"` too) and the server names the place of a bad one.
 */
export const decimalStringSchema = z.string();
/** A number or a decimal string as typed; checked by the server so the message can name the place. */
export const decimalInputSchema = z.union([z.number(), z.string().max(60)]);
export const yearSchema = z.coerce.number().int().min(2000).max(2100);
export const quarterSchema = z.coerce.number().int().min(1).max(4);

export const planNodeKindSchema = z.enum(['tujuan', 'sasaran', 'program', 'kegiatan', 'sub_kegiatan']);
export const polaritySchema = z.enum(['positive', 'negative', 'range', 'qualitative']);
export const aggregationSchema = z.enum(['cumulative', 'last', 'average']);
export const agreementLevelSchema = z.enum(['jpt_pratama', 'administrator', 'pengawas']);
export const realisationStatusSchema = z.enum(['draft', 'submitted', 'returned', 'verified', 'locked']);

export const renstraSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  startYear: z.number().int(),
  endYear: z.number().int(),
  visi: z.string().nullable(),
  note: z.string().nullable(),
});
export type Renstra = z.infer<typeof renstraSchema>;

export const renstraInputSchema = z.object({
  startYear: yearSchema,
  endYear: yearSchema,
  visi: optionalText(2000),
  note: optionalText(4000),
});

const targetSchema = z.object({
  year: z.number().int(),
  value: z.string(),
  valueHigh: z.string().nullable(),
});

export const indicatorSchema = z.object({
  id: idSchema,
  renstraId: idSchema,
  nodeId: idSchema,
  code: z.string(),
  name: z.string(),
  unitLabel: z.string(),
  polarity: polaritySchema,
  negativeFormula: z.enum(['A', 'B']).nullable(),
  aggregation: aggregationSchema,
  precision: z.number().int(),
  definition: z.string().nullable(),
  formulaText: z.string().nullable(),
  dataSource: z.string().nullable(),
  unitId: idSchema.nullable(),
  isIku: z.boolean(),
  baselineYear: z.number().int().nullable(),
  baselineValue: z.string().nullable(),
  finalTarget: z.string().nullable(),
  note: z.string().nullable(),
  sortOrder: z.number().int(),
  targets: z.array(targetSchema),
  history: z.array(
    z.object({
      id: idSchema,
      year: z.number().int(),
      period: z.string().nullable(),
      target: z.string().nullable(),
      realisation: z.string().nullable(),
      note: z.string().nullable(),
      source: z.string().nullable(),
    }),
  ),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorInputSchema = z.object({
  nodeId: idSchema,
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Za-z0-9._/-]+$/),
  name: text(500),
  unitLabel: text(60),
  polarity: polaritySchema,
  negativeFormula: z.enum(['A', 'B']).nullable().optional(),
  aggregation: aggregationSchema,
  precision: z.number().int().min(0).max(6).optional(),
  definition: optionalText(2000),
  formulaText: optionalText(1000),
  dataSource: optionalText(500),
  unitId: idSchema.nullable().optional(),
  isIku: z.boolean().optional(),
  baselineYear: yearSchema.nullable().optional(),
  baselineValue: decimalInputSchema.nullable().optional(),
  finalTarget: decimalInputSchema.nullable().optional(),
  targets: z
    .array(
      z.object({
        year: yearSchema,
        value: decimalInputSchema,
        valueHigh: decimalInputSchema.nullable().optional(),
      }),
    )
    .max(10),
});

export const planNodeSchema = z.object({
  id: idSchema,
  renstraId: idSchema,
  parentId: idSchema.nullable(),
  kind: planNodeKindSchema,
  code: z.string(),
  name: z.string(),
  unitId: idSchema.nullable(),
  sortOrder: z.number().int(),
});

export const planNodeInputSchema = z.object({
  kind: planNodeKindSchema,
  code: z.string().trim().min(1).max(60),
  name: text(500),
  parentId: idSchema.nullable().optional(),
  unitId: idSchema.nullable().optional(),
});

export interface RenstraTreeNode extends z.infer<typeof planNodeSchema> {
  unitName: string | null;
  indicators: Indicator[];
  children: RenstraTreeNode[];
}
export const renstraTreeNodeSchema: z.ZodType<RenstraTreeNode> = planNodeSchema.extend({
  unitName: z.string().nullable(),
  indicators: z.array(indicatorSchema),
  get children() {
    return z.array(renstraTreeNodeSchema);
  },
});

export const renstraTreeSchema = z.object({ renstra: renstraSchema, nodes: z.array(renstraTreeNodeSchema) });

export const renstraTableSchema = z.object({
  renstra: renstraSchema,
  years: z.array(z.number().int()),
  rows: z.array(
    z.object({
      path: z.array(z.object({ kind: planNodeKindSchema, code: z.string(), name: z.string() })),
      indicatorId: idSchema,
      code: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      polarity: z.string(),
      aggregation: z.string(),
      isIku: z.boolean(),
      unitName: z.string().nullable(),
      baselineYear: z.number().int().nullable(),
      baselineValue: z.string().nullable(),
      targets: z.array(targetSchema),
      finalTarget: z.string().nullable(),
    }),
  ),
});

const partySchema = z.object({
  positionId: idSchema.nullable(),
  title: z.string(),
  person: z
    .object({
      id: idSchema,
      fullName: z.string(),
      nip: z.string().nullable(),
      rank: z.string().nullable(),
      kind: z.enum(['definitive', 'plt', 'plh']),
    })
    .nullable(),
});

export const agreementSchema = z.object({
  id: idSchema,
  agencyId: idSchema,
  renstraId: idSchema,
  year: z.number().int(),
  level: agreementLevelSchema,
  firstPartyPositionId: idSchema,
  secondPartyPositionId: idSchema.nullable(),
  secondPartyTitle: z.string().nullable(),
  number: z.string().nullable(),
  signedOn: z.string().nullable(),
  firstParty: partySchema,
  secondParty: partySchema,
  indicators: z.array(
    z.object({
      id: idSchema,
      indicatorId: idSchema,
      code: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      target: z.string(),
      targetHigh: z.string().nullable(),
      renstraTarget: z.string().nullable(),
      targetReason: z.string().nullable(),
    }),
  ),
});
export type Agreement = z.infer<typeof agreementSchema>;

const agreementIndicatorInputSchema = z.object({
  indicatorId: idSchema,
  target: decimalInputSchema,
  targetHigh: decimalInputSchema.nullable().optional(),
  reason: optionalText(1000),
});

export const agreementInputSchema = z.object({
  year: yearSchema,
  level: agreementLevelSchema,
  firstPartyPositionId: idSchema,
  secondPartyPositionId: idSchema.nullable().optional(),
  secondPartyTitle: optionalText(200),
  number: optionalText(100),
  signedOn: isoDateSchema.nullable().optional(),
  indicators: z.array(agreementIndicatorInputSchema).max(100),
});

export const agreementIndicatorUpdateSchema = agreementIndicatorInputSchema.omit({ indicatorId: true });

const warningSchema = z.object({ field: z.string(), message: z.object({ id: z.string(), en: z.string() }) });
const sasaranRefSchema = z.object({ code: z.string(), name: z.string() }).nullable();

export const actionPlanSchema = z.object({
  year: z.number().int(),
  rows: z.array(
    z.object({
      indicatorId: idSchema,
      code: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      aggregation: aggregationSchema,
      sasaran: sasaranRefSchema,
      annualTarget: z.string().nullable(),
      quarters: z.array(z.string().nullable()),
      reason: z.string().nullable(),
      warnings: z.array(warningSchema),
    }),
  ),
});

export const actionPlanInputSchema = z.object({
  year: yearSchema,
  indicatorId: idSchema,
  quarters: z.tuple([
    decimalInputSchema.nullable(),
    decimalInputSchema.nullable(),
    decimalInputSchema.nullable(),
    decimalInputSchema.nullable(),
  ]),
  reason: optionalText(1000),
});

export const actionPlanSavedSchema = z.object({
  indicatorId: idSchema,
  year: z.number().int(),
  quarters: z.array(z.string().nullable()),
  reason: z.string().nullable(),
  warnings: z.array(warningSchema),
});

const realisationCellSchema = z.object({
  id: idSchema,
  value: z.string().nullable(),
  evidence: z.string().nullable(),
  obstacles: z.string().nullable(),
  actions: z.string().nullable(),
  status: realisationStatusSchema,
  returnReason: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});

/** Achievement (capaian) computed on read; `not_computable` carries the reason ("tidak dapat dihitung"). */
export const achievementSchema = z.object({
  status: z.enum(['ok', 'not_computable']),
  /** Percentage that counts (after floor/cap), full precision. */
  value: z.string().nullable(),
  /** Rounded half-up to 2 decimals. */
  display: z.string().nullable(),
  /** Permendagri 86/2017 category, e.g. "Sangat Tinggi". */
  category: z.string().nullable(),
  /** The formula applied, e.g. "(2 × Target − Realisasi) / Target × 100". */
  formula: z.string().nullable(),
  reason: z.string().nullable(),
});

export const realisationGridSchema = z.object({
  year: z.number().int(),
  unitId: idSchema.nullable(),
  canPlan: z.boolean(),
  rows: z.array(
    z.object({
      indicatorId: idSchema,
      code: z.string(),
      name: z.string(),
      unitLabel: z.string(),
      polarity: polaritySchema,
      negativeFormula: z.enum(['A', 'B']).nullable(),
      aggregation: aggregationSchema,
      precision: z.number().int(),
      isIku: z.boolean(),
      sasaran: sasaranRefSchema,
      unitId: idSchema.nullable(),
      unitName: z.string().nullable(),
      annualTarget: z.string().nullable(),
      canEnter: z.boolean(),
      quarters: z.array(
        z.object({
          quarter: z.number().int(),
          target: z.string().nullable(),
          realisation: realisationCellSchema.nullable(),
          /** Cumulative indicators: the sum of the quarters' own amounts to this quarter. */
          cumulativeValue: z.string().nullable(),
          /** Null for a non-cumulative indicator's quarter that has neither a target nor a value. */
          achievement: achievementSchema.nullable(),
        }),
      ),
      annualAchievement: achievementSchema,
    }),
  ),
});
export type RealisationGrid = z.infer<typeof realisationGridSchema>;

export const realisationSaveSchema = z.object({
  year: yearSchema,
  submit: z.boolean().optional(),
  entries: z
    .array(
      z.object({
        indicatorId: idSchema,
        quarter: quarterSchema,
        value: decimalInputSchema.nullable().optional(),
        evidence: optionalText(2000),
        obstacles: optionalText(4000),
        actions: optionalText(4000),
        version: z.number().int().nullable().optional(),
      }),
    )
    .min(1)
    .max(500),
});

export const realisationReviewSchema = z.object({
  action: z.enum(['return', 'verify', 'lock']),
  reason: optionalText(2000),
  version: z.number().int().nullable().optional(),
});

export const realisationCorrectionInputSchema = z.object({
  value: decimalInputSchema.nullable(),
  reason: z.string().trim().max(2000),
});

export const realisationDetailSchema = realisationCellSchema.extend({
  indicatorId: idSchema,
  code: z.string(),
  year: z.number().int(),
  quarter: z.number().int(),
  events: z.array(
    z.object({
      id: idSchema,
      realisationId: idSchema,
      action: z.string(),
      fromStatus: realisationStatusSchema.nullable(),
      toStatus: realisationStatusSchema,
      reason: z.string().nullable(),
      personId: idSchema.nullable(),
      at: z.string(),
    }),
  ),
  corrections: z.array(
    z.object({
      id: idSchema,
      realisationId: idSchema,
      oldValue: z.string().nullable(),
      newValue: z.string().nullable(),
      reason: z.string(),
      personId: idSchema.nullable(),
      correctedAt: z.string(),
    }),
  ),
});

export const lockQuarterInputSchema = z.object({ year: yearSchema, quarter: quarterSchema });
export const lockQuarterResultSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  locked: z.number().int(),
});

const budgetFiguresShape = {
  pagu: z.string(),
  quarters: z.array(
    z.object({
      quarter: z.number().int(),
      cashPlan: z.string(),
      realisation: z.string(),
      cashPlanCumulative: z.string(),
      realisationCumulative: z.string(),
      /** Serapan to this quarter: cumulative realisation / pagu × 100 (2 decimals); null if pagu is 0. */
      absorption: z.string().nullable(),
      /** Cumulative realisation / cumulative cash plan × 100; null when nothing was planned. */
      againstCashPlan: z.string().nullable(),
    }),
  ),
  realisationTotal: z.string(),
};

export interface BudgetNode {
  nodeId: string;
  kind: string;
  code: string;
  name: string;
  unitId: string | null;
  unitName: string | null;
  ownLine: boolean;
  pagu: string;
  quarters: {
    quarter: number;
    cashPlan: string;
    realisation: string;
    cashPlanCumulative: string;
    realisationCumulative: string;
    absorption: string | null;
    againstCashPlan: string | null;
  }[];
  realisationTotal: string;
  children: BudgetNode[];
}
export const budgetNodeSchema: z.ZodType<BudgetNode> = z.object({
  nodeId: idSchema,
  kind: z.string(),
  code: z.string(),
  name: z.string(),
  unitId: idSchema.nullable(),
  unitName: z.string().nullable(),
  ownLine: z.boolean(),
  ...budgetFiguresShape,
  get children() {
    return z.array(budgetNodeSchema);
  },
});

export const budgetSchema = z.object({
  year: z.number().int(),
  programs: z.array(budgetNodeSchema),
  total: z.object(budgetFiguresShape),
});

export const budgetLineInputSchema = z.object({
  year: yearSchema,
  nodeId: idSchema,
  pagu: decimalInputSchema,
  quarters: z.array(z.object({ cashPlan: decimalInputSchema, realisation: decimalInputSchema })).length(4),
});

export const performanceSettingsSchema = z.object({ planningUnitId: idSchema.nullable() });

export const performanceImportInputSchema = z.object({
  fileName: text(200),
  /** The `sakip-demo/v1` YAML text. */
  text: z.string().min(1).max(1_500_000),
});

export const performanceImportResultSchema = z.object({
  renstraId: idSchema,
  nodes: z.number().int(),
  indicators: z.number().int(),
  agreements: z.number().int(),
  realisations: z.number().int(),
  budgetLines: z.number().int(),
  paguTotal: z.string(),
  budgetRealisationTotal: z.string(),
});

/** The divisions' data-collection workbook: download for a unit and quarter. */
export const realisationXlsxQuerySchema = z.object({
  year: yearSchema,
  quarter: quarterSchema,
  unitId: idSchema,
});

/** Upload of a filled data-collection workbook; all rows are checked and saved together, or none. */
export const realisationXlsxUploadSchema = z.object({
  fileName: text(200),
  /** The file's bytes in base64. */
  content: z.string().min(1).max(16_000_000),
  /** Submit the rows for verification instead of keeping them as drafts. */
  submit: z.boolean().optional(),
});

export const realisationXlsxImportResultSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int(),
  unitId: idSchema,
  saved: z.number().int(),
  unchanged: z.number().int(),
  submitted: z.boolean(),
});

export const rollUpViewSchema = z.object({
  status: z.enum(['ok', 'not_computable']),
  value: z.string().nullable(),
  /** Rounded half-up to 2 decimals. */
  display: z.string().nullable(),
  category: z.string().nullable(),
  counted: z.number().int(),
  skipped: z.number().int(),
});
export type RollUpView = z.infer<typeof rollUpViewSchema>;

export const periodQuerySchema = z.object({ year: yearSchema, quarter: quarterSchema.optional() });

export const performanceAnalysisSchema = z.object({
  year: z.number().int(),
  quarter: z.number().int().nullable(),
  sasaran: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      achievement: rollUpViewSchema,
      indicators: z.array(
        z.object({
          indicatorId: idSchema,
          code: z.string(),
          name: z.string(),
          unitId: idSchema.nullable(),
          unitName: z.string().nullable(),
          target: z.string().nullable(),
          realisation: z.string().nullable(),
          status: z.string().nullable(),
          achievement: achievementSchema,
        }),
      ),
    }),
  ),
  agency: rollUpViewSchema,
});

export const agencyDashboardSchema = z.object({
  year: z.number().int(),
  agency: rollUpViewSchema,
  sasaran: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      achievement: rollUpViewSchema,
      indicators: z.array(
        z.object({
          indicatorId: idSchema,
          code: z.string(),
          name: z.string(),
          unitName: z.string().nullable(),
          achievement: achievementSchema,
        }),
      ),
    }),
  ),
  trend: z.array(
    z.object({
      quarter: z.number().int(),
      achievement: rollUpViewSchema,
      absorption: z.string().nullable(),
      againstCashPlan: z.string().nullable(),
    }),
  ),
  budget: z.object({ pagu: z.string(), realisationTotal: z.string(), absorption: z.string().nullable() }),
  programs: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      pagu: z.string(),
      realisationTotal: z.string(),
      absorption: z.string().nullable(),
    }),
  ),
});
export type AgencyDashboard = z.infer<typeof agencyDashboardSchema>;

export const regionDashboardSchema = z.object({
  year: z.number().int(),
  region: z.object({ id: idSchema, name: z.string() }),
  achievement: rollUpViewSchema,
  agencies: z.array(
    z.object({
      agencyId: idSchema,
      code: z.string(),
      name: z.string(),
      shortName: z.string().nullable(),
      indicators: z.number().int(),
      achievement: rollUpViewSchema,
      sasaran: z.array(z.object({ code: z.string(), name: z.string(), achievement: rollUpViewSchema })),
      pagu: z.string(),
      realisationTotal: z.string(),
      absorption: z.string().nullable(),
    }),
  ),
});
export type RegionDashboard = z.infer<typeof regionDashboardSchema>;
export type RenstraTree = z.infer<typeof renstraTreeSchema>;
export type RenstraTable = z.infer<typeof renstraTableSchema>;
export type ActionPlan = z.infer<typeof actionPlanSchema>;
export type Achievement = z.infer<typeof achievementSchema>;
