import { conflict, DomainError } from '../../core/errors';
import type { Db } from '../../db/database';
import type { UnitRecord } from '../../db/repositories/org-repository';
import {
  type IndicatorWithTargets,
  insertIndicator,
  insertPlanNode,
  insertRenstra,
  listIndicators,
  listPlanNodes,
  listRenstras,
  type PlanNodeRecord,
  type RenstraRecord,
} from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import {
  type RenstraColumn,
  type RenstraWorkbookRow,
  readRenstraXlsx,
} from '../../formats/performance-xlsx/read-renstra-xlsx';
import {
  MAX_IMPORT_XLSX_BYTES,
  problemAt,
  type WorkbookPlace,
  type WorkbookProblem,
  WorkbookRejected,
} from '../../formats/performance-xlsx/workbook-problems';
import { type Actor, newId, type ServiceContext } from '../context';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';
import { buildIndicator, NODE_KIND_NAMES } from './renstra';

export interface RenstraXlsxImportResult {
  renstraId: string;
  startYear: number;
  endYear: number;
  /** A new Renstra was created (else the agency's Renstra of that period was updated). */
  created: boolean;
  nodes: { added: number; changed: number };
  indicators: { added: number; changed: number; unchanged: number; removed: number };
  /** Nodes whose indicative funding the "Pendanaan" sheet replaced. */
  fundedNodes: number;
}

/**
 * Takes a Renstra workbook (the layout of the Renstra XLSX export) into an agency, all or nothing.
 *
 * What a planning unit expects, decided here: the workbook is the Renstra's indicator table, so a
 * Renstra of the same period is **updated by code**, never dropped and rebuilt. Indicators and nodes
 * whose code matches keep their id — and with it the PK rows, Rencana Aksi, realisation and budget
 * lines that point at them — and everything the table does not show (definitions, formulas, data
 * sources, history, baseline year, precision, node units, funding). New codes are added. An
 * indicator missing from the workbook is removed when nothing refers to it; one used by a PK, a
 * Rencana Aksi or a realisation is named as a problem instead (take it out of the PK first). Nodes
 * missing from the workbook stay: the export lists only nodes that carry indicators, so a program or
 * kegiatan that only has a budget is never in the file. A Renstra whose period overlaps another
 * period is refused. A zero target on a positive indicator is stored (its achievement reads "not
 * computable"), as in the form.
 */
export async function importRenstraXlsx(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { fileName: string; content: Buffer },
): Promise<RenstraXlsxImportResult> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const { workbook: wb, problems: readProblems } = await readRenstraXlsx(input.content, input.fileName);
  const problems: WorkbookProblem[] = [...readProblems];
  const refuse = () => new WorkbookRejected(input.fileName, problems);
  const unitOf = unitFinder(access.units);

  return ctx.db.transaction().execute(async (trx) => {
    const renstras = await listRenstras(trx, agencyId);
    const same = renstras.find((r) => r.startYear === wb.startYear && r.endYear === wb.endYear);
    const overlapping = renstras.find(
      (r) => r !== same && r.startYear <= wb.endYear && r.endYear >= wb.startYear,
    );
    if (overlapping) {
      problems.push(
        problemAt(
          wb.titlePlace,
          `Periode ${wb.startYear}–${wb.endYear} tumpang tindih dengan Renstra ${overlapping.startYear}–${overlapping.endYear} yang sudah ada; periode Renstra tidak diubah lewat impor.`,
          `The period ${wb.startYear}–${wb.endYear} overlaps the existing Renstra ${overlapping.startYear}–${overlapping.endYear}; a Renstra's period is not changed by an import.`,
        ),
      );
      throw refuse();
    }
    const renstra: RenstraRecord = same
      ? { ...same, visi: wb.visi }
      : {
          id: newId(),
          agencyId,
          startYear: wb.startYear,
          endYear: wb.endYear,
          visi: wb.visi,
          note: null,
        };
    const [oldNodes, oldIndicators] = same
      ? await Promise.all([listPlanNodes(trx, same.id), listIndicators(trx, { renstraId: same.id })])
      : [[], []];

    // Nodes: matched by code (kind must stay), new ones appended in order of first appearance.
    const nodeByCode = new Map(oldNodes.map((n) => [n.code, n]));
    const nodeWrites: { record: PlanNodeRecord; isNew: boolean; changed: boolean }[] = [];
    let nextOrder = Math.max(-1, ...oldNodes.map((n) => n.sortOrder)) + 1;
    for (const n of wb.nodes) {
      const old = nodeByCode.get(n.code);
      if (old && old.kind !== n.kind) {
        problems.push(
          problemAt(
            n.place,
            `${n.code} adalah ${NODE_KIND_NAMES[old.kind]} di Renstra ini, di berkas berada pada kolom ${NODE_KIND_NAMES[n.kind]}; jenis simpul tidak diubah lewat impor.`,
            `${n.code} is a ${old.kind} in this Renstra but sits in a ${n.kind} column in the file; a node's kind is not changed by an import.`,
          ),
        );
        continue;
      }
      const parentId = n.parentCode ? (nodeByCode.get(n.parentCode)?.id ?? null) : null;
      const record: PlanNodeRecord = old
        ? { ...old, name: n.name, parentId }
        : {
            id: newId(),
            renstraId: renstra.id,
            parentId,
            kind: n.kind,
            code: n.code,
            name: n.name,
            unitId: null,
            sortOrder: nextOrder++,
          };
      nodeByCode.set(n.code, record);
      nodeWrites.push({
        record,
        isNew: !old,
        changed: !!old && (old.name !== n.name || old.parentId !== parentId),
      });
    }

    // Indicators: validated by the same rules as the form (buildIndicator); unknown units named.
    const oldByCode = new Map(oldIndicators.map((i) => [i.code, i]));
    const indicatorWrites: { record: IndicatorWithTargets; old: IndicatorWithTargets | undefined }[] = [];
    for (const [k, row] of wb.rows.entries()) {
      const node = nodeByCode.get(row.path[row.path.length - 1]!.code);
      const unitId = unitOf(row, (id, en) =>
        problems.push(problemAt(wb.placeOf(row.row, 'unitName'), id, en)),
      );
      if (!node || unitId === undefined) continue;
      const old = oldByCode.get(row.code);
      try {
        const record = await buildIndicator(
          access,
          renstra,
          {
            nodeId: node.id,
            code: row.code,
            name: row.name,
            unitLabel: row.unitLabel,
            polarity: row.polarity,
            negativeFormula: row.polarity === 'negative' ? (old?.negativeFormula ?? 'A') : null,
            aggregation: row.aggregation,
            precision: old?.precision ?? 2,
            definition: old?.definition ?? null,
            formulaText: old?.formulaText ?? null,
            dataSource: old?.dataSource ?? null,
            unitId,
            isIku: row.isIku,
            baselineYear: old?.baselineYear ?? null,
            baselineValue: row.baselineValue,
            finalTarget: row.finalTarget,
            targets: row.targets,
          },
          old?.id ?? newId(),
        );
        record.note = old?.note ?? null;
        record.history = old?.history ?? [];
        record.sortOrder = k;
        indicatorWrites.push({ record, old });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        problems.push(...placedFieldErrors(error, row, wb.placeOf));
      }
    }

    // Indicators no longer in the file: removed unless something refers to them.
    const inFile = new Set(wb.codes);
    const removed = oldIndicators.filter((i) => !inFile.has(i.code));
    const usedBy = await dependants(
      trx,
      removed.map((i) => i.id),
    );
    for (const i of removed) {
      const uses = usedBy.get(i.id);
      if (!uses) continue;
      problems.push(
        problemAt(
          { sheet: 'Renstra' },
          `Indikator ${i.code} (${i.name}) tidak ada lagi di berkas, tetapi ${uses.map((u) => u.id).join(', ')}; tambahkan kembali barisnya, atau keluarkan dulu dari Perjanjian Kinerja.`,
          `Indicator ${i.code} (${i.name}) is no longer in the file, but ${uses.map((u) => u.en).join(', ')}; put its row back, or take it out of the performance agreement first.`,
        ),
      );
    }

    // Funding (optional sheet): program, kegiatan and sub kegiatan only.
    const fundingWrites: { nodeId: string; amounts: { year: number; amount: string }[] }[] = [];
    for (const f of wb.funding ?? []) {
      const node = nodeByCode.get(f.code);
      if (!node || !['program', 'kegiatan', 'sub_kegiatan'].includes(node.kind)) {
        problems.push(
          problemAt(
            f.place,
            node
              ? `${f.code} adalah ${NODE_KIND_NAMES[node.kind]}; pagu indikatif hanya untuk program, kegiatan dan sub kegiatan.`
              : `Kode ${f.code} tidak ada di tabel Renstra maupun di Renstra yang tersimpan.`,
            node
              ? `${f.code} is a ${node.kind}; indicative budgets are for programs, kegiatan and sub kegiatan only.`
              : `Code ${f.code} is neither in the Renstra table nor in the stored Renstra.`,
          ),
        );
        continue;
      }
      fundingWrites.push({ nodeId: node.id, amounts: f.amounts });
    }

    if (problems.length > 0) throw refuse();

    if (same) {
      if (same.visi !== wb.visi)
        await trx.updateTable('renstra').set({ visi: wb.visi }).where('id', '=', same.id).execute();
    } else {
      try {
        await insertRenstra(trx, renstra, ctx.now().toISOString());
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict(
            'RENSTRA_PERIOD_TAKEN',
            'file',
            `Renstra ${wb.startYear}–${wb.endYear} baru saja dibuat oleh orang lain; unggah lagi untuk memperbaruinya.`,
            `A Renstra starting in ${wb.startYear} was just created by someone else; upload again to update it.`,
          );
        throw error;
      }
    }
    for (const w of nodeWrites) {
      if (w.isNew) await insertPlanNode(trx, w.record);
      else
        await trx
          .updateTable('plan_node')
          .set({ name: w.record.name, parent_id: w.record.parentId })
          .where('id', '=', w.record.id)
          .execute();
    }
    const gone = removed.map((i) => i.id);
    if (gone.length > 0) {
      await trx.deleteFrom('indicator_target').where('indicator_id', 'in', gone).execute();
      await trx.deleteFrom('indicator_history').where('indicator_id', 'in', gone).execute();
      await trx.deleteFrom('indicator').where('id', 'in', gone).execute();
    }
    let added = 0;
    let changed = 0;
    for (const { record, old } of indicatorWrites) {
      if (!old) {
        await insertIndicator(trx, record);
        added++;
        continue;
      }
      if (indicatorChanged(old, record)) changed++;
      await trx
        .updateTable('indicator')
        .set({
          node_id: record.nodeId,
          name: record.name,
          unit_label: record.unitLabel,
          polarity: record.polarity,
          negative_formula: record.negativeFormula,
          aggregation: record.aggregation,
          unit_id: record.unitId,
          is_iku: record.isIku ? 1 : 0,
          baseline_value: record.baselineValue,
          final_target: record.finalTarget,
          sort_order: record.sortOrder,
        })
        .where('id', '=', record.id)
        .execute();
      await trx.deleteFrom('indicator_target').where('indicator_id', '=', record.id).execute();
      if (record.targets.length > 0)
        await trx
          .insertInto('indicator_target')
          .values(
            record.targets.map((t) => ({
              indicator_id: record.id,
              year: t.year,
              value: t.value,
              value_high: t.valueHigh,
            })),
          )
          .execute();
    }
    for (const f of fundingWrites) {
      await trx.deleteFrom('plan_node_funding').where('node_id', '=', f.nodeId).execute();
      if (f.amounts.length > 0)
        await trx
          .insertInto('plan_node_funding')
          .values(f.amounts.map((a) => ({ node_id: f.nodeId, year: a.year, amount: a.amount })))
          .execute();
    }
    return {
      renstraId: renstra.id,
      startYear: renstra.startYear,
      endYear: renstra.endYear,
      created: !same,
      nodes: {
        added: nodeWrites.filter((w) => w.isNew).length,
        changed: nodeWrites.filter((w) => w.changed).length,
      },
      indicators: {
        added,
        changed,
        unchanged: indicatorWrites.length - added - changed,
        removed: gone.length,
      },
      fundedNodes: fundingWrites.length,
    };
  });
}

/**
 * The unit a row names, by name (case and spacing ignored): its id, null when the cell is empty, or
 * undefined after reporting an unknown or ambiguous name.
 */
function unitFinder(units: UnitRecord[]) {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  const byName = new Map<string, UnitRecord[]>();
  for (const u of units) byName.set(norm(u.name), [...(byName.get(norm(u.name)) ?? []), u]);
  return (row: RenstraWorkbookRow, report: (id: string, en: string) => void): string | null | undefined => {
    if (!row.unitName) return null;
    const found = byName.get(norm(row.unitName)) ?? [];
    if (found.length === 1) return found[0]!.id;
    if (found.length === 0)
      report(
        `Unit "${row.unitName}" tidak ada di struktur organisasi instansi ini; tulis nama unit persis seperti di struktur organisasi, atau kosongkan.`,
        `Unit "${row.unitName}" is not in this agency's organisation; write the unit's name exactly as in the organisation, or leave it empty.`,
      );
    else
      report(
        `Ada ${found.length} unit bernama "${row.unitName}" (${found.map((u) => u.code).join(', ')}); bedakan namanya di struktur organisasi dulu.`,
        `${found.length} units are named "${row.unitName}" (${found.map((u) => u.code).join(', ')}); make their names distinct in the organisation first.`,
      );
    return undefined;
  };
}

/** `buildIndicator`'s field errors placed on the row's cells (targets.2.value → the third year's target). */
function placedFieldErrors(
  error: DomainError,
  row: RenstraWorkbookRow,
  placeOf: (row: number, column: RenstraColumn, year?: number) => WorkbookPlace,
): WorkbookProblem[] {
  const fields = error.fields.length > 0 ? error.fields : [{ field: 'code', message: error.userMessage }];
  return fields.map((f) => {
    const target = /^targets\.(\d+)\./.exec(f.field);
    const place = target
      ? placeOf(row.row, 'target', row.targets[Number(target[1])]?.year)
      : f.field === 'baselineValue'
        ? placeOf(row.row, 'baseline')
        : f.field === 'finalTarget'
          ? placeOf(row.row, 'final')
          : f.field === 'unitId'
            ? placeOf(row.row, 'unitName')
            : placeOf(row.row, 'code');
    return problemAt(place, f.message.id, f.message.en);
  });
}

/** What refers to each indicator: PK rows, Rencana Aksi targets, realisation. */
async function dependants(db: Db, ids: string[]): Promise<Map<string, { id: string; en: string }[]>> {
  const out = new Map<string, { id: string; en: string }[]>();
  if (ids.length === 0) return out;
  const add = (id: string, use: { id: string; en: string }) => out.set(id, [...(out.get(id) ?? []), use]);
  const [pk, plan, real] = await Promise.all([
    db.selectFrom('agreement_indicator').select('indicator_id').where('indicator_id', 'in', ids).execute(),
    db.selectFrom('action_plan_target').select('indicator_id').where('indicator_id', 'in', ids).execute(),
    db.selectFrom('realisation').select('indicator_id').where('indicator_id', 'in', ids).execute(),
  ]);
  for (const id of new Set(pk.map((r) => r.indicator_id)))
    add(id, { id: 'dipakai di Perjanjian Kinerja', en: 'it is used in a performance agreement' });
  for (const id of new Set(plan.map((r) => r.indicator_id)))
    add(id, { id: 'memiliki Rencana Aksi', en: 'it has an action plan' });
  for (const id of new Set(real.map((r) => r.indicator_id)))
    add(id, { id: 'sudah memiliki realisasi', en: 'it already has realisation' });
  return out;
}

function indicatorChanged(a: IndicatorWithTargets, b: IndicatorWithTargets): boolean {
  const shape = (i: IndicatorWithTargets) =>
    JSON.stringify([
      i.nodeId,
      i.name,
      i.unitLabel,
      i.polarity,
      i.negativeFormula,
      i.aggregation,
      i.unitId,
      i.isIku,
      i.baselineValue,
      i.finalTarget,
      [...i.targets].sort((x, y) => x.year - y.year).map((t) => [t.year, t.value, t.valueHigh]),
    ]);
  return shape(a) !== shape(b);
}

// Shared with the PK import's route: the server reaches formats only through services.
export { MAX_IMPORT_XLSX_BYTES, WorkbookRejected } from '../../formats/performance-xlsx/workbook-problems';

/** An upload refused before any workbook was read (no file, several files, too large). */
export function uploadRefused(
  fileName: string,
  reason: 'not_multipart' | 'no_file' | 'several_files' | 'too_large',
): WorkbookRejected {
  const limit = MAX_IMPORT_XLSX_BYTES / 1024 / 1024;
  const text = {
    not_multipart: [
      'Kirim berkas XLSX sebagai multipart/form-data (bagian "file").',
      'Send the XLSX file as multipart/form-data (a "file" part).',
    ],
    no_file: ['Pilih berkas XLSX yang diunggah.', 'Choose the XLSX file to upload.'],
    several_files: ['Unggah satu berkas saja.', 'Upload one file only.'],
    too_large: [
      `Berkas lebih dari ${limit} MB, melebihi batas ${limit} MB. Unggah tabel dalam format XLSX yang diunduh dari Alur.`,
      `The file is over ${limit} MB, above the ${limit} MB limit. Upload the table as the XLSX downloaded from Alur.`,
    ],
  }[reason];
  return new WorkbookRejected(fileName, [problemAt({}, text[0]!, text[1]!)]);
}
