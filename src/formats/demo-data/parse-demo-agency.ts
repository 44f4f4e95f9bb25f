import { parse } from 'yaml';
import { z } from 'zod';

/**
 * Reads the organisation part of a demo agency file (`demo/*.yaml`, schema `sakip-demo/v1`): identity,
 * units and positions with their fictitious holders. Performance data is read by its own importer.
 */
const unitSchema = z.object({
  kode: z.string(),
  nama: z.string(),
  jenis: z.string(),
  induk: z.string().nullable(),
});

const positionSchema = z.object({
  kode: z.string(),
  jabatan: z.string(),
  unit: z.string(),
  jenis_jabatan: z.string(),
  atasan: z.string().nullable().optional(),
  peran_sop: z.string().nullable().optional(),
  demo_holder: z.string().nullable().optional(),
});

const demoFileSchema = z.object({
  schema: z.literal('sakip-demo/v1'),
  agency_slug: z.string(),
  agency: z.object({
    nama: z.string(),
    singkatan: z.array(z.string()).optional(),
    pemerintah_daerah: z.string(),
    provinsi: z.string().optional(),
    zona_waktu: z.object({ iana: z.string(), singkatan: z.string() }),
    alamat: z.object({ value: z.string().nullable() }).optional(),
  }),
  units: z.array(unitSchema),
  positions: z.array(positionSchema),
});

export type DemoAgencyFile = z.infer<typeof demoFileSchema>;

export function parseDemoAgency(text: string, fileName: string): DemoAgencyFile {
  const result = demoFileSchema.safeParse(parse(text));
  if (!result.success) {
    const first = result.error.issues[0];
    throw new Error(`${fileName}: ${first?.path.join('.')}: ${first?.message}`);
  }
  return result.data;
}
