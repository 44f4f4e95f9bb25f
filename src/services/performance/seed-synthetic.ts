import type { Db } from '../../db/database';
import { newId, type ServiceContext } from '../context';

export interface SyntheticOptions {
  /** How many agencies to add (to the region "Wilayah Sintetis"). */
  agencies: number;
  /** Indicators per agency's Renstra (default 40). */
  indicators?: number;
  /** The year of the PK, Rencana Aksi, realisation and budget (default 2026). */
  year?: number;
  /** Quarters with realisation entered, 0–4 (default 4: TW I–III locked, TW IV submitted). */
  realisationQuarters?: number;
  /** Put every indicator in the first division (for one very large data-collection workbook). */
  oneUnit?: boolean;
  /** Progress callback per batch of agencies. */
  onProgress?: (done: number, total: number) => void;
}

export interface SyntheticResult {
  regionId: string;
  agencyIds: string[];
  /** Per agency: the head's person id (an actor for benchmarks) and the first division's unit id. */
  heads: string[];
  firstDivisions: string[];
  rows: number;
}

const BATCH = 50;

/**
 * Adds synthetic agencies for load tests and benchmarks: each with units (head, secretariat, planning
 * and finance subdivisions, four divisions), their positions and holders, a 5-year Renstra (2 tujuan,
 * 4 sasaran, 4 programs, 8 kegiatan) with `indicators` indicators and targets for each year, the
 * year's PK, Rencana Aksi, realisation of `realisationQuarters` quarters and a budget per kegiatan.
 * Figures come from a fixed pseudo-random sequence, so two runs give the same data. Rows go in with
 * multi-row inserts, `BATCH` agencies per transaction.
 */
export async function seedSynthetic(
  ctx: ServiceContext,
  options: SyntheticOptions,
): Promise<SyntheticResult> {
  const year = options.year ?? 2026;
  const now = ctx.now().toISOString();
  let region = await ctx.db
    .selectFrom('region')
    .select('id')
    .where('code', '=', 'synthetic')
    .executeTakeFirst();
  if (!region) {
    region = { id: newId() };
    await ctx.db
      .insertInto('region')
      .values({
        id: region.id,
        code: 'synthetic',
        name: 'Wilayah Sintetis',
        kind: 'provinsi',
        created_at: now,
      })
      .execute();
  }
  const existing = await ctx.db
    .selectFrom('agency')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('region_id', '=', region.id)
    .executeTakeFirstOrThrow();
  const offset = Number(existing.n);
  const result: SyntheticResult = {
    regionId: region.id,
    agencyIds: [],
    heads: [],
    firstDivisions: [],
    rows: 0,
  };
  for (let start = 0; start < options.agencies; start += BATCH) {
    const tables = new Map<string, Record<string, unknown>[]>();
    const add = (table: string, row: Record<string, unknown>) => {
      const list = tables.get(table);
      if (list) list.push(row);
      else tables.set(table, [row]);
    };
    for (let k = start; k < Math.min(options.agencies, start + BATCH); k++) {
      const made = agencyRows(offset + k + 1, region.id, year, now, options, add);
      result.agencyIds.push(made.agencyId);
      result.heads.push(made.headPersonId);
      result.firstDivisions.push(made.firstDivision);
    }
    await ctx.db.transaction().execute(async (trx) => {
      for (const table of ORDER) {
        const rows = tables.get(table) ?? [];
        result.rows += rows.length;
        await bulkInsert(trx, table, rows);
      }
    });
    options.onProgress?.(Math.min(options.agencies, start + BATCH), options.agencies);
  }
  return result;
}

/** Parents before children (foreign keys). */
const ORDER = [
  'agency',
  'work_calendar',
  'unit',
  'position',
  'person',
  'appointment',
  'performance_setting',
  'renstra',
  'plan_node',
  'indicator',
  'indicator_target',
  'performance_agreement',
  'agreement_indicator',
  'action_plan_target',
  'realisation',
  'budget_line',
  'budget_quarter',
] as const;

/** Multi-row inserts sized under both engines' bound-parameter limits. */
async function bulkInsert(db: Db, table: (typeof ORDER)[number], rows: Record<string, unknown>[]) {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.floor(30000 / Object.keys(rows[0]!).length));
  // Rows are shaped per table in agencyRows; the insert is typed per table, the list is not.
  const insert = db.insertInto(table) as unknown as {
    values(rows: unknown[]): { execute(): Promise<unknown> };
  };
  for (let i = 0; i < rows.length; i += per) await insert.values(rows.slice(i, i + per)).execute();
}

/** A deterministic sequence in [0, 1) (Park–Miller), so synthetic figures repeat across runs. */
function sequence(seed: number) {
  let s = (seed * 48271) % 2147483647 || 1;
  return () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
}

function agencyRows(
  n: number,
  regionId: string,
  year: number,
  now: string,
  options: SyntheticOptions,
  add: (table: string, row: Record<string, unknown>) => void,
) {
  const random = sequence(n);
  const code = `syn-${String(n).padStart(5, '0')}`;
  const agencyId = newId();
  add('agency', {
    id: agencyId,
    region_id: regionId,
    code,
    name: `Dinas Sintetis ${n}`,
    short_name: `DS${n}`,
    time_zone: 'Asia/Jakarta',
    address: null,
    logo: null,
    created_at: now,
  });
  add('work_calendar', {
    agency_id: agencyId,
    cuti_bersama_day_off: 1,
    ramadan_from: null,
    ramadan_to: null,
  });
  const unitSpecs = [
    ['KADIS', 'Kepala Dinas', 'pimpinan', null],
    ['SEKRE', 'Sekretariat', 'sekretariat', 'KADIS'],
    ['PROG', 'Subbagian Program', 'subbagian', 'SEKRE'],
    ['KEU', 'Subbagian Keuangan', 'subbagian', 'SEKRE'],
    ['BID1', 'Bidang Satu', 'bidang', 'KADIS'],
    ['BID2', 'Bidang Dua', 'bidang', 'KADIS'],
    ['BID3', 'Bidang Tiga', 'bidang', 'KADIS'],
    ['BID4', 'Bidang Empat', 'bidang', 'KADIS'],
  ] as const;
  const unitIds = new Map(unitSpecs.map(([c]) => [c, newId()]));
  for (const [c, name, kind, parent] of unitSpecs)
    add('unit', {
      id: unitIds.get(c),
      agency_id: agencyId,
      code: c,
      name,
      kind,
      parent_id: parent ? unitIds.get(parent) : null,
    });
  const positionSpecs = [
    ['kadis', 'Kepala Dinas', 'KADIS', 'jpt_pratama', null],
    ['sekretaris', 'Sekretaris', 'SEKRE', 'administrator', 'kadis'],
    ['kasubbag_program', 'Kepala Subbagian Program', 'PROG', 'pengawas', 'sekretaris'],
    ['kasubbag_keu', 'Kepala Subbagian Keuangan', 'KEU', 'pengawas', 'sekretaris'],
    ['kabid1', 'Kepala Bidang Satu', 'BID1', 'administrator', 'kadis'],
    ['kabid2', 'Kepala Bidang Dua', 'BID2', 'administrator', 'kadis'],
    ['kabid3', 'Kepala Bidang Tiga', 'BID3', 'administrator', 'kadis'],
    ['kabid4', 'Kepala Bidang Empat', 'BID4', 'administrator', 'kadis'],
  ] as const;
  const positionIds = new Map(positionSpecs.map(([c]) => [c, newId()]));
  const personIds = new Map(positionSpecs.map(([c]) => [c, newId()]));
  for (const [c, title, unit, level, parent] of positionSpecs) {
    add('position', {
      id: positionIds.get(c),
      agency_id: agencyId,
      unit_id: unitIds.get(unit),
      code: c,
      title,
      level,
      parent_id: parent ? positionIds.get(parent) : null,
      sop_role: null,
    });
    add('person', {
      id: personIds.get(c),
      agency_id: agencyId,
      full_name: `${title} ${code}`,
      nip: null,
      rank: null,
      email: null,
      created_at: now,
    });
    add('appointment', {
      id: newId(),
      position_id: positionIds.get(c),
      person_id: personIds.get(c),
      kind: 'definitive',
      starts_on: `${year - 1}-01-02`,
      ends_on: null,
      decree: 'Sintetis',
      created_at: now,
    });
  }
  add('performance_setting', { agency_id: agencyId, planning_unit_id: unitIds.get('PROG') });

  const renstraId = newId();
  const startYear = year - 1;
  add('renstra', {
    id: renstraId,
    agency_id: agencyId,
    start_year: startYear,
    end_year: startYear + 4,
    visi: 'Visi sintetis',
    note: null,
    created_at: now,
  });
  const node = (
    kind: string,
    nodeCode: string,
    parentId: string | null,
    unit: string | null,
    order: number,
  ) => {
    const id = newId();
    add('plan_node', {
      id,
      renstra_id: renstraId,
      parent_id: parentId,
      kind,
      code: nodeCode,
      name: `${kind} ${nodeCode}`,
      unit_id: unit,
      sort_order: order,
    });
    return id;
  };
  const divisions = (['BID1', 'BID2', 'BID3', 'BID4'] as const).map((c) => unitIds.get(c)!);
  const sasaran: string[] = [];
  const kegiatan: { id: string; unit: string }[] = [];
  for (let t = 1; t <= 2; t++) {
    const tujuan = node('tujuan', `T${t}`, null, null, t);
    for (let s = 1; s <= 2; s++) {
      const sIndex = (t - 1) * 2 + s;
      const sId = node('sasaran', `S${sIndex}`, tujuan, null, sIndex);
      sasaran.push(sId);
      const unit = divisions[sIndex - 1]!;
      const program = node('program', `P${sIndex}`, sId, unit, sIndex);
      for (let g = 1; g <= 2; g++)
        kegiatan.push({ id: node('kegiatan', `P${sIndex}.${g}`, program, unit, g), unit });
    }
  }

  const agreementId = newId();
  add('performance_agreement', {
    id: agreementId,
    agency_id: agencyId,
    renstra_id: renstraId,
    year,
    level: 'jpt_pratama',
    first_party_position_id: positionIds.get('kadis'),
    second_party_position_id: null,
    second_party_title: 'Gubernur',
    number: `PK/${code}/${year}`,
    signed_on: `${year}-01-31`,
    created_at: now,
  });
  const count = options.indicators ?? 40;
  const quarters = options.realisationQuarters ?? 4;
  const headPersonId = personIds.get('kadis')!;
  for (let k = 0; k < count; k++) {
    const id = newId();
    const onSasaran = k < 8;
    const nodeId = onSasaran ? sasaran[k % 4]! : kegiatan[k % 8]!.id;
    const unit = options.oneUnit ? divisions[0]! : onSasaran ? divisions[k % 4]! : kegiatan[k % 8]!.unit;
    const negative = k % 7 === 3;
    const cumulative = !negative && k % 2 === 0;
    const base = Math.round(20 + random() * 980);
    add('indicator', {
      id,
      renstra_id: renstraId,
      node_id: nodeId,
      code: `${onSasaran ? 'IKU' : 'IK'}-${String(k + 1).padStart(2, '0')}`,
      name: `Indikator sintetis ${k + 1}`,
      unit_label: negative ? 'kasus' : cumulative ? 'unit' : '%',
      polarity: negative ? 'negative' : 'positive',
      negative_formula: negative ? 'A' : null,
      aggregation: cumulative ? 'cumulative' : 'last',
      precision: 2,
      definition: null,
      formula_text: null,
      data_source: null,
      unit_id: unit,
      is_iku: onSasaran ? 1 : 0,
      baseline_year: startYear - 1,
      baseline_value: String(base),
      final_target: String(base + 40),
      note: null,
      sort_order: k + 1,
    });
    for (let y = 0; y < 5; y++)
      add('indicator_target', {
        indicator_id: id,
        year: startYear + y,
        value: String(negative ? base - y * 5 : base + y * 10),
        value_high: null,
      });
    const annual = negative ? base - (year - startYear) * 5 : base + (year - startYear) * 10;
    add('agreement_indicator', {
      id: newId(),
      agreement_id: agreementId,
      indicator_id: id,
      target: String(annual),
      target_high: null,
      target_reason: null,
      sort_order: k + 1,
    });
    for (let q = 1; q <= 4; q++) {
      add('action_plan_target', {
        indicator_id: id,
        year,
        quarter: q,
        target: String(cumulative ? Math.round((annual * q) / 4) : annual),
        reason: null,
      });
      if (q > quarters) continue;
      const factor = 0.75 + random() * 0.4;
      const value = cumulative ? Math.round((annual / 4) * factor) : Math.round(annual * factor * 100) / 100;
      const status = q < 4 ? 'locked' : 'submitted';
      add('realisation', {
        id: newId(),
        indicator_id: id,
        year,
        quarter: q,
        unit_id: unit,
        value: String(value),
        evidence: 'Laporan sintetis',
        obstacles: null,
        actions: null,
        status,
        return_reason: null,
        updated_by: headPersonId,
        updated_at: now,
        submitted_by: headPersonId,
        submitted_at: now,
        verified_by: status === 'locked' ? headPersonId : null,
        verified_at: status === 'locked' ? now : null,
        locked_by: status === 'locked' ? headPersonId : null,
        locked_at: status === 'locked' ? now : null,
        version: status === 'locked' ? 4 : 1,
      });
    }
  }
  for (const g of kegiatan) {
    const lineId = newId();
    const pagu = Math.round(500 + random() * 4500) * 1_000_000;
    add('budget_line', {
      id: lineId,
      agency_id: agencyId,
      year,
      node_id: g.id,
      pagu: String(pagu),
      updated_at: now,
    });
    for (let q = 1; q <= 4; q++)
      add('budget_quarter', {
        budget_line_id: lineId,
        quarter: q,
        cash_plan: String(pagu / 4),
        realisation: String(q <= quarters ? Math.round((pagu / 4) * (0.7 + random() * 0.3)) : 0),
      });
  }
  return { agencyId, headPersonId, firstDivision: divisions[0]! };
}
