import Decimal from 'decimal.js';
import { DomainError, fieldError, invalid } from '../../core/errors';
import { isActiveOn } from '../../core/org/appointments';
import type { Db } from '../../db/database';
import { listAppointments } from '../../db/repositories/appointment-repository';
import { listPositions, listUnits } from '../../db/repositories/org-repository';
import {
  type AgreementLevel,
  insertAgreement,
  insertAgreementIndicator,
  replaceActionPlan,
} from '../../db/repositories/performance-agreement-repository';
import { saveBudgetLine } from '../../db/repositories/performance-budget-repository';
import { decimalText, decimalTextOrNull } from '../../db/repositories/performance-decimal';
import {
  insertRealisation,
  insertRealisationEvent,
  type RealisationStatus,
} from '../../db/repositories/performance-realisation-repository';
import {
  type IndicatorWithTargets,
  insertIndicator,
  insertPlanNode,
  insertRenstra,
  listRenstras,
  type PlanNodeKind,
  savePlanningUnitId,
} from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import {
  type DemoBudgetItem,
  type DemoHistory,
  type DemoIndicator,
  type DemoPerformanceFile,
  DemoPerformanceParseError,
  parseDemoPerformance,
} from '../../formats/demo-data/parse-demo-performance';
import { type Actor, newId, type ServiceContext } from '../context';
import { sameTarget } from './agreements';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';

export interface ImportPerformanceOptions {
  now: Date;
  /**
   * Quarters (from TW I) whose realisation arrives verified and locked by the planning unit; later
   * quarters arrive as drafts of the responsible unit. The demo uses 3 (its date is 2026-11-23).
   */
  lockedQuarters: number;
}

export interface ImportPerformanceSummary {
  renstraId: string;
  nodes: number;
  indicators: number;
  agreements: number;
  realisations: number;
  budgetLines: number;
  paguTotal: string;
  budgetRealisationTotal: string;
}

const POLARITY = {
  positif: 'positive',
  negatif: 'negative',
  rentang: 'range',
  kualitatif: 'qualitative',
} as const;
const AGGREGATION = { kumulatif: 'cumulative', nilai_akhir: 'last', rata_rata: 'average' } as const;
const LEVELS: Record<string, AgreementLevel> = {
  'JPT Pratama': 'jpt_pratama',
  Administrator: 'administrator',
  Pengawas: 'pengawas',
};
const LEADING = ['jpt_pratama', 'administrator', 'pengawas'];

/** Where an import error points: the file's own path, e.g. `renstra.sasaran[S1].indikator[IK-03].unit_penanggung_jawab`. */
function fail(field: string, id: string, en: string): DomainError {
  return invalid([fieldError(field, `${field}: ${id}`, `${field}: ${en}`)], {
    id: `Berkas tidak dapat diimpor: ${field}: ${id}`,
    en: `The file cannot be imported: ${field}: ${en}`,
  });
}

/**
 * Imports the performance part of a `sakip-demo/v1` file into an agency whose units and positions
 * already exist (matched by code): the Renstra with its tujuan, sasaran and indicators (baseline, yearly
 * targets, history), programs and kegiatan of the budget, the year's PKs (the head's and each one in
 * `cascading`), the Rencana Aksi, the realisation and the budget. Runs on the given connection (call
 * it inside a transaction). What is stored for a cumulative indicator is each quarter's own amount;
 * the file's cumulative figures and budget totals are checked against it, and any mismatch rejects the
 * whole file.
 */
export async function importPerformance(
  db: Db,
  agencyId: string,
  file: DemoPerformanceFile,
  options: ImportPerformanceOptions,
): Promise<ImportPerformanceSummary> {
  const now = options.now.toISOString();
  const [units, positions, appointments, renstras] = await Promise.all([
    listUnits(db, agencyId),
    listPositions(db, agencyId),
    listAppointments(db, { agencyId }),
    listRenstras(db, agencyId),
  ]);
  const unitId = (code: string | undefined, field: string) => {
    if (!code) return null;
    const unit = units.find((u) => u.code === code);
    if (!unit)
      throw fail(field, `unit ${code} tidak ada di instansi ini.`, `unit ${code} is not in this agency.`);
    return unit.id;
  };
  const positionOf = (code: string, field: string) => {
    const position = positions.find((p) => p.code === code);
    if (!position)
      throw fail(
        field,
        `jabatan ${code} tidak ada di instansi ini.`,
        `position ${code} is not in this agency.`,
      );
    return position;
  };
  const r = file.renstra;
  const overlapping = renstras.find((x) => x.startYear <= r.periode.akhir && x.endYear >= r.periode.mulai);
  if (overlapping)
    throw new DomainError('RENSTRA_PERIOD_TAKEN', {
      id:
        overlapping.startYear === r.periode.mulai
          ? `Renstra ${r.periode.mulai}–${r.periode.akhir} sudah ada untuk instansi ini; tidak diimpor ulang.`
          : `Periode ${r.periode.mulai}–${r.periode.akhir} tumpang tindih dengan Renstra ${overlapping.startYear}–${overlapping.endYear} yang sudah ada.`,
      en: `The period ${r.periode.mulai}–${r.periode.akhir} overlaps the existing Renstra ${overlapping.startYear}–${overlapping.endYear}.`,
    });

  const renstraId = newId();
  await insertRenstra(
    db,
    {
      id: renstraId,
      agencyId,
      startYear: r.periode.mulai,
      endYear: r.periode.akhir,
      visi: r.visi_daerah?.value ?? null,
      note: r.periode_catatan?.value ?? null,
    },
    now,
  );

  let nodeOrder = 0;
  let indicatorOrder = 0;
  const nodeIds = new Map<string, string>();
  const indicators = new Map<string, IndicatorWithTargets>();
  const sasaranOfIndicator = new Map<string, string>();
  const addNode = async (
    kind: PlanNodeKind,
    code: string,
    name: string,
    parentId: string | null,
    unit: string | null,
    field: string,
  ) => {
    if (nodeIds.has(code)) throw fail(field, `kode ${code} muncul dua kali.`, `code ${code} appears twice.`);
    const id = newId();
    await insertPlanNode(db, {
      id,
      renstraId,
      parentId,
      kind,
      code,
      name,
      unitId: unit,
      sortOrder: nodeOrder++,
    });
    nodeIds.set(code, id);
    return id;
  };
  const sources = file.sources ?? {};
  const addIndicator = async (ind: DemoIndicator, nodeId: string, field: string) => {
    if (indicators.has(ind.id))
      throw fail(
        field,
        `kode indikator ${ind.id} muncul dua kali.`,
        `indicator code ${ind.id} appears twice.`,
      );
    const targets = ind.target_renstra
      .filter((t) => t.value !== null)
      .map((t) => ({ year: t.tahun, value: decimalText(t.value!), valueHigh: null }));
    const finalTarget = ind.target_renstra.find((t) => t.tahun === r.periode.akhir)?.value ?? null;
    const record: IndicatorWithTargets = {
      id: newId(),
      renstraId,
      nodeId,
      code: ind.id,
      name: ind.nama,
      unitLabel: ind.satuan,
      polarity: POLARITY[ind.polaritas],
      negativeFormula: ind.polaritas === 'negatif' ? (ind.rumus_negatif ?? 'A') : null,
      aggregation: AGGREGATION[ind.agregasi_triwulan],
      precision: ind.presisi ?? 2,
      definition: ind.definisi_operasional ?? null,
      formulaText: ind.rumus ?? null,
      dataSource: ind.sumber_data ?? null,
      unitId: unitId(ind.unit_penanggung_jawab, `${field}.unit_penanggung_jawab`),
      isIku: ind.jenis === 'IKU',
      baselineYear: ind.baseline?.tahun ?? null,
      baselineValue: decimalTextOrNull(ind.baseline?.value),
      finalTarget: decimalTextOrNull(finalTarget),
      note: ind.catatan ?? null,
      sortOrder: indicatorOrder++,
      targets,
      history: (ind.data_historis ?? []).map((h) => historyRow(h, sources)),
    };
    await insertIndicator(db, record);
    indicators.set(ind.id, record);
    return record;
  };

  for (const t of r.tujuan) {
    const field = `renstra.tujuan[${t.id}]`;
    const id = await addNode('tujuan', t.id, t.uraian, null, null, field);
    for (const ind of t.indikator_tujuan ?? [])
      await addIndicator(ind, id, `${field}.indikator_tujuan[${ind.id}]`);
  }
  for (const s of r.sasaran) {
    const field = `renstra.sasaran[${s.id}]`;
    const parent = nodeIds.get(s.tujuan);
    if (!parent) throw fail(`${field}.tujuan`, `tujuan ${s.tujuan} tidak ada.`, `no tujuan ${s.tujuan}.`);
    const id = await addNode(
      'sasaran',
      s.id,
      s.uraian,
      parent,
      unitId(s.unit_utama, `${field}.unit_utama`),
      field,
    );
    for (const ind of s.indikator) {
      await addIndicator(ind, id, `${field}.indikator[${ind.id}]`);
      sasaranOfIndicator.set(ind.id, id);
    }
  }

  // Programs and kegiatan of the budget join the cascade under the sasaran their indicators serve.
  const budget = file.anggaran;
  let budgetLines = 0;
  let paguTotal = new Decimal(0);
  let realisationTotal = new Decimal(0);
  if (budget) {
    for (const program of budget.program) {
      const field = `anggaran.program[${program.kode}]`;
      const parent =
        (program.indikator_program ?? []).map((p) => p.ref && sasaranOfIndicator.get(p.ref)).find(Boolean) ??
        null;
      const programId = await addNode(
        'program',
        program.kode,
        program.nama,
        parent,
        unitId(program.unit_penanggung_jawab, `${field}.unit_penanggung_jawab`),
        field,
      );
      for (const [n, pi] of (program.indikator_program ?? []).entries()) {
        if (pi.ref || !pi.nama || pi.target === undefined) continue;
        const code = `${program.kode}-${n + 1}`;
        const record: IndicatorWithTargets = {
          id: newId(),
          renstraId,
          nodeId: programId,
          code,
          name: pi.nama,
          unitLabel: pi.satuan ?? '-',
          polarity: 'positive',
          negativeFormula: null,
          aggregation: 'last',
          precision: 2,
          definition: null,
          formulaText: null,
          dataSource: null,
          unitId: unitId(program.unit_penanggung_jawab, `${field}.unit_penanggung_jawab`),
          isIku: false,
          baselineYear: null,
          baselineValue: null,
          finalTarget: null,
          note: null,
          sortOrder: indicatorOrder++,
          targets: [{ year: budget.tahun, value: decimalText(pi.target), valueHigh: null }],
          history: [],
        };
        await insertIndicator(db, record);
        indicators.set(code, record);
      }
      const kegiatan = program.kegiatan ?? [];
      const sums = {
        pagu: new Decimal(0),
        cash: [0, 0, 0, 0].map(() => new Decimal(0)),
        real: [0, 0, 0, 0].map(() => new Decimal(0)),
      };
      const addLine = async (item: DemoBudgetItem, nodeId: string, itemField: string) => {
        const quarters = budgetQuarters(item, itemField);
        await saveBudgetLine(db, {
          id: newId(),
          agencyId,
          year: budget.tahun,
          nodeId,
          pagu: decimalText(item.pagu),
          updatedAt: now,
          quarters,
        });
        budgetLines++;
        sums.pagu = sums.pagu.plus(item.pagu);
        quarters.forEach((q, k) => {
          sums.cash[k] = sums.cash[k]!.plus(q.cashPlan);
          sums.real[k] = sums.real[k]!.plus(q.realisation);
        });
      };
      if (kegiatan.length === 0) await addLine(program, programId, field);
      for (const k of kegiatan) {
        const kField = `${field}.kegiatan[${k.kode}]`;
        const kegiatanId = await addNode(
          'kegiatan',
          k.kode,
          k.nama,
          programId,
          unitId(k.unit_penanggung_jawab, `${kField}.unit_penanggung_jawab`),
          kField,
        );
        const subs = k.sub_kegiatan ?? [];
        for (const sub of subs) {
          const sField = `${kField}.sub_kegiatan[${sub.kode}]`;
          const subId = await addNode(
            'sub_kegiatan',
            sub.kode,
            sub.nama,
            kegiatanId,
            unitId(sub.unit_penanggung_jawab, `${sField}.unit_penanggung_jawab`),
            sField,
          );
          await addLine(sub, subId, sField);
        }
        if (subs.length === 0) await addLine(k, kegiatanId, kField);
      }
      // The file's program figures are sums of its kegiatan: check them against what was stored.
      if (!sums.pagu.equals(program.pagu))
        throw fail(
          `${field}.pagu`,
          `pagu program (${program.pagu}) tidak sama dengan jumlah pagu kegiatan (${sums.pagu.toFixed()}).`,
          `the program pagu (${program.pagu}) differs from the sum of its kegiatan (${sums.pagu.toFixed()}).`,
        );
      let cumulative = new Decimal(0);
      for (const q of program.triwulan) {
        cumulative = cumulative.plus(sums.real[q.tw - 1]!);
        if (!cumulative.equals(q.realisasi_kumulatif))
          throw fail(
            `${field}.triwulan[${q.tw}].realisasi_kumulatif`,
            `realisasi kumulatif program (${q.realisasi_kumulatif}) tidak sama dengan jumlah kegiatan (${cumulative.toFixed()}).`,
            `the program's cumulative realisation differs from its kegiatan (${cumulative.toFixed()}).`,
          );
      }
      paguTotal = paguTotal.plus(sums.pagu);
      realisationTotal = realisationTotal.plus(sums.real.reduce((a, b) => a.plus(b), new Decimal(0)));
    }
    if (budget.ringkasan) {
      if (!paguTotal.equals(budget.ringkasan.pagu_total))
        throw fail(
          'anggaran.ringkasan.pagu_total',
          `jumlah pagu (${paguTotal.toFixed()}) tidak sama dengan ringkasan (${budget.ringkasan.pagu_total}).`,
          `the pagu total (${paguTotal.toFixed()}) differs from the summary.`,
        );
      if (!realisationTotal.equals(budget.ringkasan.realisasi_total_tw4))
        throw fail(
          'anggaran.ringkasan.realisasi_total_tw4',
          `jumlah realisasi (${realisationTotal.toFixed()}) tidak sama dengan ringkasan (${budget.ringkasan.realisasi_total_tw4}).`,
          `the realisation total (${realisationTotal.toFixed()}) differs from the summary.`,
        );
    }
  }

  // The planning unit verifies and locks: the Subbagian of planning/program found by its name.
  const planningUnit = units.find((u) => u.kind === 'subbagian' && /perencanaan|program|pep\b/i.test(u.name));
  if (planningUnit) await savePlanningUnitId(db, agencyId, planningUnit.id);

  const pk = file.perjanjian_kinerja;
  for (const [field, year] of [
    ['perjanjian_kinerja.tahun', pk?.tahun],
    ['anggaran.tahun', budget?.tahun],
  ] as const)
    if (year !== undefined && (year < r.periode.mulai || year > r.periode.akhir))
      throw fail(
        field,
        `tahun ${year} di luar periode Renstra ${r.periode.mulai}–${r.periode.akhir}.`,
        `year ${year} is outside the Renstra period ${r.periode.mulai}–${r.periode.akhir}.`,
      );
  let agreementCount = 0;
  let realisationCount = 0;
  if (pk) {
    const signedOn = pk.tanggal?.value ?? null;
    const on = signedOn ?? `${pk.tahun}-01-31`;
    const holderOf = (positionId: string) =>
      appointments.find((a) => a.positionId === positionId && isActiveOn(a, on))?.personId ?? null;
    const pkRow = (code: string) => pk.indikator.find((i) => i.indikator === code);
    for (const [n, c] of pk.cascading.entries()) {
      const field = `perjanjian_kinerja.cascading[${n}]`;
      const level = LEVELS[c.level];
      if (!level)
        throw fail(`${field}.level`, `jenjang ${c.level} tidak dikenal.`, `unknown level ${c.level}.`);
      const first = positionOf(c.penanda_tangan, `${field}.penanda_tangan`);
      const agreementId = newId();
      await insertAgreement(
        db,
        {
          id: agreementId,
          agencyId,
          renstraId,
          year: pk.tahun,
          level,
          firstPartyPositionId: first.id,
          secondPartyPositionId: level === 'jpt_pratama' ? null : first.parentId,
          secondPartyTitle: level === 'jpt_pratama' || !first.parentId ? pk.pihak_kedua : null,
          number: level === 'jpt_pratama' ? (pk.nomor?.value ?? null) : null,
          signedOn,
        },
        now,
      );
      agreementCount++;
      for (const [k, code] of c.indikator.entries()) {
        const indicator = indicators.get(code);
        if (!indicator)
          throw fail(
            `${field}.indikator[${k}]`,
            `indikator ${code} tidak ada di Renstra.`,
            `no indicator ${code}.`,
          );
        const row = pkRow(code);
        const renstraTarget = indicator.targets.find((t) => t.year === pk.tahun)?.value ?? null;
        const target = row ? decimalText(row.target_tahunan) : renstraTarget;
        if (target === null)
          throw fail(
            `${field}.indikator[${k}]`,
            `indikator ${code} tidak memiliki target ${pk.tahun}.`,
            'no target.',
          );
        await insertAgreementIndicator(db, {
          id: newId(),
          agreementId,
          indicatorId: indicator.id,
          target,
          targetHigh: null,
          targetReason: sameTarget(target, renstraTarget) ? null : 'Target PK sesuai berkas impor.',
          sortOrder: k,
        });
      }
    }

    const planner = planningUnit
      ? (positions
          .filter((p) => p.unitId === planningUnit.id && LEADING.includes(p.level))
          .map((p) => holderOf(p.id))
          .find(Boolean) ?? null)
      : null;
    for (const row of pk.indikator) {
      const field = `perjanjian_kinerja.indikator[${row.indikator}]`;
      const indicator = indicators.get(row.indikator);
      if (!indicator)
        throw fail(field, `indikator ${row.indikator} tidak ada di Renstra.`, 'unknown indicator.');
      const quarters = [1, 2, 3, 4].map((q) => row.triwulan.find((t) => t.tw === q));
      const q4Target = decimalTextOrNull(quarters[3]?.target);
      await replaceActionPlan(
        db,
        indicator.id,
        pk.tahun,
        quarters.map((t, k) => ({
          quarter: k + 1,
          target: decimalTextOrNull(t?.target),
          reason:
            k === 3 && !sameTarget(q4Target, decimalText(row.target_tahunan)) ? 'Sesuai berkas impor.' : null,
        })),
      );
      const reporter =
        positions
          .filter((p) => p.unitId === indicator.unitId)
          .sort((a, b) => LEADING.indexOf(a.level) - LEADING.indexOf(b.level))
          .map((p) => holderOf(p.id))
          .find(Boolean) ?? null;
      let cumulative = new Decimal(0);
      for (const t of row.triwulan) {
        const own = indicator.aggregation === 'cumulative' ? t.realisasi_triwulan_ini : t.realisasi;
        if (own === null || own === undefined) continue;
        if (indicator.aggregation === 'cumulative') {
          cumulative = cumulative.plus(own);
          if (t.realisasi_kumulatif != null && !cumulative.equals(t.realisasi_kumulatif))
            throw fail(
              `${field}.triwulan[${t.tw}].realisasi_kumulatif`,
              `realisasi kumulatif (${t.realisasi_kumulatif}) tidak sama dengan jumlah realisasi triwulan (${cumulative.toFixed()}).`,
              `the cumulative realisation differs from the sum of the quarters (${cumulative.toFixed()}).`,
            );
        }
        const locked = t.tw <= options.lockedQuarters;
        const status: RealisationStatus = locked ? 'locked' : 'draft';
        const stamp = (day: number) => quarterStamp(pk.tahun, t.tw, day);
        const id = newId();
        await insertRealisation(db, {
          id,
          indicatorId: indicator.id,
          year: pk.tahun,
          quarter: t.tw as 1 | 2 | 3 | 4,
          unitId: indicator.unitId,
          value: decimalText(own),
          evidence: null,
          obstacles: null,
          actions: null,
          status,
          returnReason: null,
          updatedBy: reporter,
          updatedAt: locked ? stamp(7) : now,
          submittedBy: locked ? reporter : null,
          submittedAt: locked ? stamp(7) : null,
          verifiedBy: locked ? planner : null,
          verifiedAt: locked ? stamp(12) : null,
          lockedBy: locked ? planner : null,
          lockedAt: locked ? stamp(15) : null,
          version: 1,
        });
        await insertRealisationEvent(db, {
          id: newId(),
          realisationId: id,
          action: 'import',
          fromStatus: null,
          toStatus: status,
          reason: null,
          personId: null,
          at: now,
        });
        realisationCount++;
      }
    }
  }

  return {
    renstraId,
    nodes: nodeIds.size,
    indicators: indicators.size,
    agreements: agreementCount,
    realisations: realisationCount,
    budgetLines,
    paguTotal: paguTotal.toFixed(),
    budgetRealisationTotal: realisationTotal.toFixed(),
  };
}

/** A moment in the month after a quarter (day `day`, 10:00 WITA-ish in UTC): when the demo's steps happened. */
function quarterStamp(year: number, quarter: number, day: number): string {
  const month = quarter * 3 + 1;
  const y = month > 12 ? year + 1 : year;
  const m = month > 12 ? 1 : month;
  return `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}T02:00:00.000Z`;
}

/** Per-quarter amounts from the file's cumulative cash plan and quarterly realisation, checked against its cumulative realisation. */
function budgetQuarters(item: DemoBudgetItem, field: string) {
  let cashBefore = new Decimal(0);
  let realised = new Decimal(0);
  return [1, 2, 3, 4].map((q) => {
    const t = item.triwulan.find((x) => x.tw === q);
    if (!t) throw fail(`${field}.triwulan`, `triwulan ${q} tidak ada.`, `quarter ${q} is missing.`);
    const cash = new Decimal(t.anggaran_kas_kumulatif).minus(cashBefore);
    if (cash.isNegative())
      throw fail(
        `${field}.triwulan[${q}].anggaran_kas_kumulatif`,
        'anggaran kas kumulatif menurun.',
        'the cumulative cash plan falls.',
      );
    cashBefore = new Decimal(t.anggaran_kas_kumulatif);
    realised = realised.plus(t.realisasi_triwulan_ini);
    if (!realised.equals(t.realisasi_kumulatif))
      throw fail(
        `${field}.triwulan[${q}].realisasi_kumulatif`,
        `realisasi kumulatif (${t.realisasi_kumulatif}) tidak sama dengan jumlah realisasi triwulan (${realised.toFixed()}).`,
        `the cumulative realisation differs from the sum of the quarters (${realised.toFixed()}).`,
      );
    return {
      quarter: q as 1 | 2 | 3 | 4,
      cashPlan: cash.toFixed(),
      realisation: decimalText(t.realisasi_triwulan_ini),
    };
  });
}

const HISTORY_EXTRAS: Record<string, string> = {
  target_perubahan: 'Target perubahan',
  target_pajak_daerah: 'Target pajak daerah',
  realisasi_pajak_daerah: 'Realisasi pajak daerah',
  realisasi_kumulatif_stok: 'Stok kumulatif',
  realisasi_stok_izin: 'Jumlah pemegang izin',
  realisasi_kategori: 'Kategori/predikat',
  satuan_catatan: 'Satuan',
  level: 'Tingkat',
};

/** A history row: target and realisation where the file has them; other published figures go into the note. */
function historyRow(h: DemoHistory, sources: Record<string, { url?: string; ref?: string }>) {
  const extras = Object.entries(HISTORY_EXTRAS)
    .filter(([key]) => h[key] !== undefined)
    .map(([key, label]) => `${label}: ${String(h[key])}`);
  const note = [...extras, h.note].filter(Boolean).join('; ') || null;
  const source = h.src ? [h.src, sources[h.src]?.url ?? sources[h.src]?.ref].filter(Boolean).join(' ') : null;
  return {
    id: newId(),
    year: h.tahun,
    period: h.periode ?? null,
    target: decimalTextOrNull(h.target),
    realisation: decimalTextOrNull(h.realisasi),
    note,
    source,
  };
}

/** The demo seed's import of one agency's file: TW I–III locked, TW IV drafts. */
export async function importDemoPerformance(
  ctx: ServiceContext,
  agencyId: string,
  file: DemoPerformanceFile,
): Promise<ImportPerformanceSummary> {
  return ctx.db
    .transaction()
    .execute((trx) => importPerformance(trx, agencyId, file, { now: ctx.now(), lockedQuarters: 3 }));
}

/**
 * A person's import of a `sakip-demo/v1` file (planning unit or administrator): one transaction, all
 * realisation as drafts of the responsible units. A bad file changes nothing and names the place.
 */
export async function importPerformanceFile(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { fileName: string; text: string },
): Promise<ImportPerformanceSummary> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  let file: DemoPerformanceFile;
  try {
    file = parseDemoPerformance(input.text, input.fileName);
  } catch (error) {
    if (error instanceof DemoPerformanceParseError)
      throw fail(error.path || input.fileName, `isi tidak sesuai format (${error.reason}).`, error.reason);
    throw error;
  }
  try {
    return await ctx.db
      .transaction()
      .execute((trx) => importPerformance(trx, agencyId, file, { now: ctx.now(), lockedQuarters: 0 }));
  } catch (error) {
    // A race with another import or form: the database refused a duplicate; nothing was written.
    if (isUniqueViolation(error))
      throw new DomainError('IMPORT_CONFLICT', {
        id: 'Sebagian data berkas sudah ada (diisi bersamaan); tidak ada yang disimpan. Muat ulang lalu periksa.',
        en: 'Some of the data already exists (entered meanwhile); nothing was saved.',
      });
    throw error;
  }
}
