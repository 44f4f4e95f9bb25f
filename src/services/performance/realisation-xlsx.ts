import { DomainError, type FieldError, invalid } from '../../core/errors';
import { listActionPlanTargets } from '../../db/repositories/performance-agreement-repository';
import {
  listRealisations,
  type RealisationRecord,
} from '../../db/repositories/performance-realisation-repository';
import { readRealisationXlsx } from '../../formats/performance-xlsx/read-realisation-xlsx';
import { writeRealisationXlsx } from '../../formats/performance-xlsx/write-realisation-xlsx';
import type { Actor, ServiceContext } from '../context';
import { cellPlace, LABELS, QUARTER_NAMES, readOptionalDecimal } from './decimal-input';
import { loadPerformanceAccess } from './performance-access';
import { type RealisationEntry, saveRealisation } from './realisation';
import { listYearIndicators } from './year-indicators';

const EDITABLE = new Set(['draft', 'returned']);

/**
 * The divisions' data-collection workbook of a unit for a quarter: the unit's indicators of the
 * year's PK with the quarter's target, earlier quarters' realisation (read-only) and the current
 * entries; rows already submitted, verified or locked are locked in the sheet too.
 */
export async function exportRealisationXlsx(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { year: number; quarter: number; unitId: string },
): Promise<{ fileName: string; buffer: Buffer }> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const unit = access.units.find((u) => u.id === input.unitId);
  if (!unit) throw new DomainError('NOT_FOUND', { id: 'Unit tidak ditemukan.', en: 'Unit not found.' });
  const indicators = (await listYearIndicators(ctx.db, agencyId, input.year)).filter(
    (i) => i.unitId === unit.id,
  );
  const ids = indicators.map((i) => i.id);
  const [targets, realisations] = await Promise.all([
    listActionPlanTargets(ctx.db, ids, input.year),
    listRealisations(ctx.db, { indicatorIds: ids, year: input.year }),
  ]);
  const realisationOf = indexRealisations(realisations);
  const targetOf = new Map(targets.map((t) => [`${t.indicatorId}:${t.quarter}`, t.target]));
  const buffer = await writeRealisationXlsx({
    agency: { id: agencyId, name: access.agency.name },
    unit: { id: unit.id, name: unit.name },
    year: input.year,
    quarter: input.quarter,
    rows: indicators.map((i) => {
      const current = realisationOf.get(`${i.id}:${input.quarter}`);
      return {
        indicatorId: i.id,
        code: i.code,
        name: i.name,
        unitLabel: i.unitLabel,
        polarity: i.polarity,
        aggregation: i.aggregation,
        target: targetOf.get(`${i.id}:${input.quarter}`) ?? null,
        previous: [1, 2, 3]
          .filter((q) => q < input.quarter)
          .map((q) => realisationOf.get(`${i.id}:${q}`)?.value ?? null),
        value: current?.value ?? null,
        evidence: current?.evidence ?? null,
        obstacles: current?.obstacles ?? null,
        actions: current?.actions ?? null,
        status: current?.status ?? null,
        editable: !current || EDITABLE.has(current.status),
      };
    }),
  });
  const slug = (unit.code || unit.name).toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    fileName: `realisasi-${slug}-tw${input.quarter}-${input.year}.xlsx`,
    buffer,
  };
}

export interface RealisationImportResult {
  year: number;
  quarter: number;
  unitId: string;
  /** Rows written (as drafts, or submitted when asked). */
  saved: number;
  /** Rows left as they were: empty, or the same as stored. */
  unchanged: number;
  submitted: boolean;
}

/**
 * Takes a filled data-collection workbook back: structure checked by `readRealisationXlsx`, then
 * every row against the database (the file's agency and unit, who may report, numbers, periods that
 * can no longer change). Every problem is listed with its row and column; with any problem nothing
 * is saved. Otherwise the changed rows go through `saveRealisation` (with `submit`, submitted for
 * verification) in one transaction. Rows equal to what is stored are skipped, so a file downloaded
 * after some rows were locked can still be uploaded as long as those rows are untouched.
 */
export async function importRealisationXlsx(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { fileName: string; content: Buffer; submit?: boolean },
): Promise<RealisationImportResult> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  const upload = await readRealisationXlsx(input.content, input.fileName);
  const fileLevel = (id: string, en: string) =>
    invalid(
      [
        {
          field: input.fileName,
          message: { id: `${input.fileName}: ${id}`, en: `${input.fileName}: ${en}` },
        },
      ],
      {
        id: `Berkas ${input.fileName} tidak diterima; tidak ada yang diubah.`,
        en: `File ${input.fileName} was not accepted; nothing was changed.`,
      },
    );
  if (upload.agencyId !== agencyId)
    throw fileLevel(
      `berkas ini format pengumpulan data instansi lain, bukan ${access.agency.name}.`,
      `this workbook belongs to another agency, not ${access.agency.name}.`,
    );
  const unit = access.units.find((u) => u.id === upload.unitId);
  if (!unit)
    throw fileLevel(
      `unit pada berkas tidak ada di ${access.agency.name}.`,
      `the workbook's unit does not exist in ${access.agency.name}.`,
    );
  const indicators = new Map((await listYearIndicators(ctx.db, agencyId, upload.year)).map((i) => [i.id, i]));
  const existing = indexRealisations(
    await listRealisations(ctx.db, {
      indicatorIds: upload.rows.map((r) => r.indicatorId).filter((id) => indicators.has(id)),
      year: upload.year,
      quarter: upload.quarter,
    }),
  );
  const errors: FieldError[] = [];
  const entries: RealisationEntry[] = [];
  let unchanged = 0;
  const canEnterAll = access.isAdmin || access.enterableUnitIds.has(unit.id);
  if (!canEnterAll)
    throw new DomainError('FORBIDDEN', {
      id: `${input.fileName}: realisasi ${unit.name} diisi oleh pemegang jabatan di unit itu; Anda tidak memegang jabatan di unit tersebut.`,
      en: `${input.fileName}: ${unit.name} reports its own realisation; you hold no position in that unit.`,
    });
  const period = `${QUARTER_NAMES[upload.quarter]} ${upload.year}`;
  for (const r of upload.rows) {
    const indicator = indicators.get(r.indicatorId);
    if (!indicator || indicator.unitId !== unit.id) {
      errors.push(
        upload.cellError(
          r.row,
          'code',
          `indikator ${r.code} tidak lagi termasuk indikator ${unit.name} dalam Perjanjian Kinerja ${upload.year}; unduh format terbaru.`,
          `indicator ${r.code} is no longer one of ${unit.name}'s indicators in the ${upload.year} performance agreement; download the current workbook.`,
        ),
      );
      continue;
    }
    const place = cellPlace(indicator.code, upload.year, upload.quarter);
    let value: string | null;
    if (indicator.polarity === 'qualitative')
      value = r.value === null ? null : String(r.value).trim().slice(0, 500) || null;
    else {
      try {
        value = readOptionalDecimal(r.value, { field: 'value', place, label: LABELS.value });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const shown = String(r.value);
        errors.push(
          upload.cellError(
            r.row,
            'value',
            `${place}: Realisasi harus berupa angka (tertulis "${shown}"); desimal dengan koma atau titik, tanpa pemisah ribuan.`,
            `${place}: Realisation must be a number (got "${shown}"); decimal comma or point, no thousands separators.`,
          ),
        );
        continue;
      }
    }
    const current = existing.get(`${indicator.id}:${upload.quarter}`);
    const same =
      (current?.value ?? null) === value &&
      (current?.evidence ?? null) === r.evidence &&
      (current?.obstacles ?? null) === r.obstacles &&
      (current?.actions ?? null) === r.actions;
    const empty = value === null && !r.evidence && !r.obstacles && !r.actions;
    if ((!current && empty) || (current && same && !(input.submit && EDITABLE.has(current.status)))) {
      unchanged++;
      continue;
    }
    if (current && !EDITABLE.has(current.status)) {
      errors.push(
        upload.cellError(
          r.row,
          'value',
          current.status === 'locked'
            ? `${place}: ${period} sudah dikunci; perubahan hanya melalui koreksi tercatat oleh unit perencanaan. Kembalikan isian baris ini seperti semula.`
            : `${place}: realisasi sudah ${current.status === 'verified' ? 'diverifikasi' : 'dikirim untuk verifikasi'}; tidak dapat diubah dari berkas. Kembalikan isian baris ini seperti semula.`,
          current.status === 'locked'
            ? `${place}: ${period} is locked; it changes only through a recorded correction by the planning unit. Put this row back as it was.`
            : `${place}: the realisation is already ${current.status}; it cannot be changed from the file. Put this row back as it was.`,
        ),
      );
      continue;
    }
    if (input.submit && value === null) {
      errors.push(
        upload.cellError(
          r.row,
          'value',
          `${place}: Realisasi wajib diisi sebelum dikirim untuk verifikasi.`,
          `${place}: the realisation is required before submitting.`,
        ),
      );
      continue;
    }
    entries.push({
      indicatorId: indicator.id,
      quarter: upload.quarter,
      value,
      evidence: r.evidence,
      obstacles: r.obstacles,
      actions: r.actions,
      version: current?.version ?? null,
    });
  }
  if (errors.length > 0)
    throw invalid(errors, {
      id: `Berkas ${input.fileName} tidak diterima; tidak ada yang diubah. ${errors.length} isian perlu diperbaiki.`,
      en: `File ${input.fileName} was not accepted; nothing was changed. ${errors.length} place(s) to fix.`,
    });
  if (entries.length > 0)
    await saveRealisation(ctx, actor, agencyId, {
      year: upload.year,
      entries,
      submit: input.submit === true,
    });
  return {
    year: upload.year,
    quarter: upload.quarter,
    unitId: unit.id,
    saved: entries.length,
    unchanged,
    submitted: input.submit === true,
  };
}

function indexRealisations(rows: RealisationRecord[]) {
  return new Map(rows.map((r) => [`${r.indicatorId}:${r.quarter}`, r]));
}
