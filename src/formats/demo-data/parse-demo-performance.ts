import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Reads the performance part of a `sakip-demo/v1` file (`demo/*.yaml`): `renstra`, `perjanjian_kinerja`
 * and `anggaran`. Only the shape is checked here; references (units, positions, indicator codes) and
 * sums are checked by the importer, which knows the agency. Unknown keys (`prov`, `src`, notes) are
 * dropped.
 */
const num = z.number();
const yearValue = z.object({ tahun: z.number().int(), value: num.nullable() });

const historySchema = z
  .object({
    tahun: z.number().int(),
    periode: z.string().optional(),
    target: num.optional(),
    realisasi: num.optional(),
    note: z.string().optional(),
    src: z.string().optional(),
  })
  .catchall(z.unknown());

const indicatorSchema = z.object({
  id: z.string(),
  nama: z.string(),
  jenis: z.string().optional(),
  satuan: z.string(),
  polaritas: z.enum(['positif', 'negatif', 'rentang', 'kualitatif']),
  rumus_negatif: z.enum(['A', 'B']).optional(),
  agregasi_triwulan: z.enum(['kumulatif', 'nilai_akhir', 'rata_rata']),
  presisi: z.number().int().min(0).max(6).optional(),
  unit_penanggung_jawab: z.string(),
  definisi_operasional: z.string().optional(),
  rumus: z.string().optional(),
  sumber_data: z.string().optional(),
  baseline: yearValue.optional(),
  target_renstra: z.array(yearValue).default([]),
  data_historis: z.array(historySchema).optional(),
  catatan: z.string().optional(),
});

const renstraSchema = z.object({
  periode: z.object({ mulai: z.number().int(), akhir: z.number().int() }),
  periode_catatan: z.object({ value: z.string() }).optional(),
  visi_daerah: z.object({ value: z.string() }).optional(),
  tujuan: z.array(
    z.object({
      id: z.string(),
      uraian: z.string(),
      indikator_tujuan: z.array(indicatorSchema).optional(),
      indikator_tujuan_ref: z.array(z.string()).optional(),
    }),
  ),
  sasaran: z.array(
    z.object({
      id: z.string(),
      tujuan: z.string(),
      uraian: z.string(),
      unit_utama: z.string().optional(),
      indikator: z.array(indicatorSchema),
    }),
  ),
});

const quarterSchema = z.object({
  tw: z.number().int().min(1).max(4),
  target: num.nullable().optional(),
  realisasi: num.nullable().optional(),
  realisasi_triwulan_ini: num.nullable().optional(),
  realisasi_kumulatif: num.nullable().optional(),
});

const agreementSchema = z.object({
  tahun: z.number().int(),
  pihak_pertama: z.string(),
  pihak_kedua: z.string(),
  nomor: z.object({ value: z.string().nullable() }).optional(),
  tanggal: z.object({ value: z.string().nullable() }).optional(),
  cascading: z.array(
    z.object({ level: z.string(), penanda_tangan: z.string(), indikator: z.array(z.string()) }),
  ),
  indikator: z.array(
    z.object({
      indikator: z.string(),
      agregasi_triwulan: z.enum(['kumulatif', 'nilai_akhir', 'rata_rata']).optional(),
      target_tahunan: num,
      triwulan: z.array(quarterSchema),
      realisasi_tahunan: num.nullable().optional(),
    }),
  ),
});

const budgetQuarterSchema = z.object({
  tw: z.number().int().min(1).max(4),
  anggaran_kas_kumulatif: num,
  realisasi_triwulan_ini: num,
  realisasi_kumulatif: num,
});

const budgetItemSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  unit_penanggung_jawab: z.string(),
  pagu: num,
  triwulan: z.array(budgetQuarterSchema),
});

const budgetSchema = z.object({
  tahun: z.number().int(),
  program: z.array(
    budgetItemSchema.extend({
      indikator_program: z
        .array(
          z.object({
            ref: z.string().optional(),
            nama: z.string().optional(),
            satuan: z.string().optional(),
            target: num.optional(),
          }),
        )
        .optional(),
      kegiatan: z
        .array(budgetItemSchema.extend({ sub_kegiatan: z.array(budgetItemSchema).optional() }))
        .default([]),
    }),
  ),
  ringkasan: z.object({ pagu_total: num, realisasi_total_tw4: num }).optional(),
});

const fileSchema = z.object({
  schema: z.literal('sakip-demo/v1'),
  agency_slug: z.string(),
  sources: z
    .record(z.string(), z.object({ url: z.string().optional(), ref: z.string().optional() }))
    .optional(),
  renstra: renstraSchema,
  perjanjian_kinerja: agreementSchema.optional(),
  anggaran: budgetSchema.optional(),
});

export type DemoPerformanceFile = z.infer<typeof fileSchema>;
export type DemoIndicator = z.infer<typeof indicatorSchema>;
export type DemoHistory = z.infer<typeof historySchema>;
export type DemoBudgetItem = z.infer<typeof budgetItemSchema>;

/** Parses the YAML text; a shape error names the file and the path (`renstra.sasaran.0.indikator.1.satuan`). */
export function parseDemoPerformance(text: string, fileName: string): DemoPerformanceFile {
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new DemoPerformanceParseError(fileName, '', error instanceof Error ? error.message : String(error));
  }
  const result = fileSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    throw new DemoPerformanceParseError(fileName, first?.path.join('.') ?? '', first?.message ?? 'invalid');
  }
  return result.data;
}

export class DemoPerformanceParseError extends Error {
  constructor(
    readonly fileName: string,
    readonly path: string,
    readonly reason: string,
  ) {
    super(`${fileName}: ${path}: ${reason}`);
    this.name = 'DemoPerformanceParseError';
  }
}
