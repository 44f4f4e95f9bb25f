import { conflict, DomainError } from '../../core/errors';
import { listPositions, type PositionRecord } from '../../db/repositories/org-repository';
import {
  type AgreementIndicatorRecord,
  type AgreementRecord,
  insertAgreement,
  insertAgreementIndicator,
  listAgreements,
} from '../../db/repositories/performance-agreement-repository';
import {
  findRenstraForYear,
  type IndicatorWithTargets,
  listIndicators,
} from '../../db/repositories/performance-renstra-repository';
import { isUniqueViolation } from '../../db/unique-violation';
import {
  type PartyText,
  type RawValue,
  readAgreementsXlsx,
} from '../../formats/performance-xlsx/read-agreements-xlsx';
import { AGGREGATION_NAMES } from '../../formats/performance-xlsx/realisation-xlsx-layout';
import {
  canonicalDecimal,
  NUMBER_HINT,
  problemAt,
  splitRange,
  type WorkbookPlace,
  type WorkbookProblem,
  WorkbookRejected,
} from '../../formats/performance-xlsx/workbook-problems';
import { type Actor, newId, type ServiceContext } from '../context';
import { agreementRow, sameTarget } from './agreements';
import { QUARTER_NAMES } from './decimal-input';
import { assertCanPlan, loadPerformanceAccess } from './performance-access';

export interface AgreementsXlsxImportResult {
  year: number;
  agreements: { added: number; updated: number; removed: number };
  /** PK indicator rows written. */
  indicatorRows: number;
  /** Indicators with a Rencana Aksi. */
  actionPlans: number;
}

/**
 * Takes a year's Perjanjian Kinerja workbook (the layout of the PK XLSX export) into an agency, all
 * or nothing. The workbook is the year's whole set of PKs, as the export writes it: a PK whose first
 * party (the position, found by its title) already has one that year is updated in place, new ones
 * are added, and the year's PKs missing from the workbook are removed. The Rencana Aksi sheet
 * replaces the year's quarterly targets. The people named beside the titles are not stored: they
 * come from the appointments in force on the PK date. A second party that is no position of the
 * agency is kept as a title (the governor, the regent). The rules are the form's: indicators of the
 * Renstra covering the year, a reason where a target differs from the Renstra (PK) or from the PK
 * (TW IV). An indicator that already has realisation for the year must stay in some PK, or its
 * realisation would fall out of the year.
 */
export async function importAgreementsXlsx(
  ctx: ServiceContext,
  actor: Actor,
  agencyId: string,
  input: { fileName: string; content: Buffer },
): Promise<AgreementsXlsxImportResult> {
  const access = await loadPerformanceAccess(ctx, actor, agencyId);
  assertCanPlan(access);
  const { workbook: wb, problems: readProblems } = await readAgreementsXlsx(input.content, input.fileName);
  const problems: WorkbookProblem[] = [...readProblems];
  const refuse = () => new WorkbookRejected(input.fileName, problems);
  const positions = await listPositions(ctx.db, agencyId);
  const findPosition = positionFinder(positions);
  const year = wb.year;

  return ctx.db.transaction().execute(async (trx) => {
    const renstra = await findRenstraForYear(trx, agencyId, year);
    if (!renstra) {
      problems.push(
        problemAt(
          wb.titlePlace,
          `Belum ada Renstra yang mencakup tahun ${year}; impor Renstra dulu, lalu Perjanjian Kinerja.`,
          `No Renstra covers ${year} yet; import the Renstra first, then the performance agreements.`,
        ),
      );
      throw refuse();
    }
    const indicators = await listIndicators(trx, { renstraId: renstra.id });
    const byCode = new Map(indicators.map((i) => [i.code, i]));
    const existing = await listAgreements(trx, agencyId, { year });
    const now = ctx.now().getTime();

    const plans: { record: AgreementRecord; rows: AgreementIndicatorRecord[]; isNew: boolean }[] = [];
    const sheetOfPosition = new Map<string, string>();
    /** The PK target of each indicator (the first PK carrying it), for the TW IV rule. */
    const pkTarget = new Map<string, string>();
    for (const sheet of wb.agreements) {
      const first = sheet.firstParty && findPosition(sheet.firstParty, true, problems);
      const second = sheet.secondParty && findPosition(sheet.secondParty, false, problems);
      const earlier = first ? sheetOfPosition.get(first.id) : undefined;
      if (first && earlier)
        problems.push(
          problemAt(
            sheet.firstParty!.place,
            `${first.title} sudah menjadi pihak pertama di lembar "${earlier}"; satu jabatan satu PK per tahun.`,
            `${first.title} is already the first party on sheet "${earlier}"; one PK per position and year.`,
          ),
        );
      else if (first) sheetOfPosition.set(first.id, sheet.sheet);
      const old = first && !earlier ? existing.find((a) => a.firstPartyPositionId === first.id) : undefined;
      // With a problem in the sheet's header the record is never written; its rows are still checked.
      const record: AgreementRecord = {
        id: old?.id ?? newId(),
        agencyId,
        renstraId: old?.renstraId ?? renstra.id,
        year,
        level: sheet.level ?? 'administrator',
        firstPartyPositionId: first?.id ?? '',
        secondPartyPositionId: second?.id ?? null,
        secondPartyTitle: second ? null : (sheet.secondParty?.title ?? null),
        number: sheet.number,
        signedOn: sheet.signedOn,
      };
      const rows: AgreementIndicatorRecord[] = [];
      for (const [r, line] of sheet.indicators.entries()) {
        const indicator = byCode.get(line.code);
        if (!indicator) {
          problems.push(unknownIndicator(line.at.code, line.code, renstra.startYear, renstra.endYear));
          continue;
        }
        const target = targetOf(indicator, line.target, line.at.target, problems);
        if (!target) continue;
        try {
          const row = agreementRow(
            indicators,
            record,
            { indicatorId: indicator.id, target: target.value, targetHigh: target.high, reason: line.reason },
            r,
            '',
          );
          rows.push(row);
          if (!pkTarget.has(indicator.id)) pkTarget.set(indicator.id, row.target);
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          for (const f of error.fields.length > 0
            ? error.fields
            : [{ field: '', message: error.userMessage }])
            problems.push(
              problemAt(f.field === 'reason' ? line.at.reason : line.at.target, f.message.id, f.message.en),
            );
        }
      }
      plans.push({ record, rows, isNew: !old });
    }

    // Rencana Aksi: one row per PK indicator; quarters read by the indicator's polarity.
    const inPk = new Set(pkTarget.keys());
    const planWrites: { indicatorId: string; quarters: (string | null)[]; reason: string | null }[] = [];
    for (const line of wb.actionPlan) {
      const indicator = byCode.get(line.code);
      if (!indicator) {
        problems.push(unknownIndicator(line.at.code, line.code, renstra.startYear, renstra.endYear));
        continue;
      }
      if (!wb.agreementCodes.has(line.code)) {
        problems.push(
          problemAt(
            line.at.code,
            `Indikator ${line.code} tidak ada di Perjanjian Kinerja mana pun di berkas ini; Rencana Aksi hanya untuk indikator PK.`,
            `Indicator ${line.code} is in none of the file's performance agreements; action plans are for PK indicators only.`,
          ),
        );
        continue;
      }
      if (line.aggregation !== indicator.aggregation)
        problems.push(
          problemAt(
            line.at.aggregation,
            `Sifat ${line.code} di Renstra adalah ${AGGREGATION_NAMES[indicator.aggregation]}, di berkas tertulis ${AGGREGATION_NAMES[line.aggregation]}; sifat indikator diubah di Renstra.`,
            `${line.code} is ${indicator.aggregation} in the Renstra but ${line.aggregation} in the file; change an indicator's aggregation in the Renstra.`,
          ),
        );
      const before = problems.length;
      const quarters = line.quarters.map((raw, q) => {
        if (raw === undefined || raw === null) return null;
        if (indicator.polarity === 'qualitative') return raw.text;
        const value = raw.kind === 'number' ? raw.text : canonicalDecimal(raw.text);
        if (value === null)
          problems.push(
            problemAt(
              line.at.quarters[q]!,
              `Target ${QUARTER_NAMES[q + 1]} ${line.code} berisi teks "${raw.text}"; ${NUMBER_HINT.id}.`,
              `The ${QUARTER_NAMES[q + 1]} target of ${line.code} holds text "${raw.text}"; ${NUMBER_HINT.en}.`,
            ),
          );
        return value;
      });
      if (problems.length > before || line.quarters.includes(undefined) || !inPk.has(indicator.id)) continue;
      const q4 = quarters[3] ?? null;
      const annual = pkTarget.get(indicator.id) ?? null;
      if (annual !== null && !sameTarget(q4, annual) && !line.reason) {
        problems.push(
          problemAt(
            line.at.reason,
            `Target TW IV ${line.code} (${q4 ?? 'kosong'}) berbeda dari target PK (${annual}); alasan wajib diisi.`,
            `The TW IV target of ${line.code} (${q4 ?? 'none'}) differs from the PK target (${annual}); a reason is required.`,
          ),
        );
        continue;
      }
      planWrites.push({ indicatorId: indicator.id, quarters, reason: line.reason });
    }

    // Realisation already entered for the year keeps its indicator in the year's PKs.
    const reported =
      indicators.length === 0
        ? []
        : await trx
            .selectFrom('realisation')
            .select('indicator_id')
            .distinct()
            .where('year', '=', year)
            .where(
              'indicator_id',
              'in',
              indicators.map((i) => i.id),
            )
            .execute();
    for (const { indicator_id } of reported) {
      const indicator = indicators.find((i) => i.id === indicator_id)!;
      if (inPk.has(indicator_id) || wb.agreementCodes.has(indicator.code)) continue;
      problems.push(
        problemAt(
          wb.titlePlace,
          `Indikator ${indicator.code} sudah memiliki realisasi ${year}, tetapi tidak ada di PK mana pun di berkas; tambahkan kembali ke PK-nya.`,
          `Indicator ${indicator.code} already has ${year} realisation but is in none of the file's PKs; put it back in its PK.`,
        ),
      );
    }

    if (problems.length > 0) throw refuse();

    const kept = new Set(plans.filter((p) => !p.isNew).map((p) => p.record.id));
    const gone = existing.filter((a) => !kept.has(a.id)).map((a) => a.id);
    const touched = [...existing.map((a) => a.id)];
    if (touched.length > 0)
      await trx.deleteFrom('agreement_indicator').where('agreement_id', 'in', touched).execute();
    if (gone.length > 0) await trx.deleteFrom('performance_agreement').where('id', 'in', gone).execute();
    for (const [k, p] of plans.entries()) {
      if (p.isNew)
        await insertAgreement(trx, p.record, new Date(now + k).toISOString()).catch((error) => {
          if (!isUniqueViolation(error)) throw error;
          throw conflict(
            'AGREEMENT_EXISTS',
            'file',
            `Perjanjian Kinerja ${year} untuk jabatan pada lembar "${wb.agreements[k]?.sheet}" baru saja dibuat oleh orang lain; unggah lagi untuk memperbaruinya.`,
            `A ${year} performance agreement for the position on sheet "${wb.agreements[k]?.sheet}" was just created by someone else; upload again to update it.`,
          );
        });
      else
        await trx
          .updateTable('performance_agreement')
          .set({
            level: p.record.level,
            second_party_position_id: p.record.secondPartyPositionId,
            second_party_title: p.record.secondPartyTitle,
            number: p.record.number,
            signed_on: p.record.signedOn,
          })
          .where('id', '=', p.record.id)
          .execute();
      for (const row of p.rows) await insertAgreementIndicator(trx, row);
    }
    if (indicators.length > 0)
      await trx
        .deleteFrom('action_plan_target')
        .where('year', '=', year)
        .where(
          'indicator_id',
          'in',
          indicators.map((i) => i.id),
        )
        .execute();
    for (const w of planWrites)
      await trx
        .insertInto('action_plan_target')
        .values(
          w.quarters.map((target, q) => ({
            indicator_id: w.indicatorId,
            year,
            quarter: q + 1,
            target,
            reason: q === 3 ? w.reason : null,
          })),
        )
        .execute();
    return {
      year,
      agreements: {
        added: plans.filter((p) => p.isNew).length,
        updated: kept.size,
        removed: gone.length,
      },
      indicatorRows: plans.reduce((n, p) => n + p.rows.length, 0),
      actionPlans: planWrites.length,
    };
  });
}

/**
 * The agency position a party names: a part of "Name — Title — NIP …" equal to a position's title
 * (case and spacing ignored). A first party must be a position; a second party that matches none is
 * an outside superior (undefined is returned only after reporting a problem).
 */
function positionFinder(positions: PositionRecord[]) {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
  return (
    party: PartyText,
    required: boolean,
    problems: WorkbookProblem[],
  ): PositionRecord | null | undefined => {
    const parts = new Set(party.parts.map(norm));
    const found = positions.filter((p) => parts.has(norm(p.title)));
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const list = found.map((p) => `${p.title} — ${p.unitName}`).join('; ');
      problems.push(
        problemAt(
          party.place,
          `"${party.title}" cocok dengan ${found.length} jabatan (${list}); bedakan judul jabatannya dulu.`,
          `"${party.title}" matches ${found.length} positions (${list}); make their titles distinct first.`,
        ),
      );
      return undefined;
    }
    if (!required) return null;
    problems.push(
      problemAt(
        party.place,
        `Jabatan "${party.title}" tidak ada di instansi ini; tulis judul jabatan persis seperti di struktur organisasi.`,
        `Position "${party.title}" is not in this agency; write the position title exactly as in the organisation.`,
      ),
    );
    return undefined;
  };
}

function unknownIndicator(place: WorkbookPlace, code: string, from: number, to: number): WorkbookProblem {
  return problemAt(
    place,
    `Indikator ${code} tidak ada di Renstra ${from}–${to}; tambahkan dulu di Renstra, atau perbaiki kodenya.`,
    `Indicator ${code} is not in the Renstra ${from}–${to}; add it to the Renstra first, or correct the code.`,
  );
}

/** A PK target cell read by the indicator's polarity: a decimal, a "low–high" range, or text. */
function targetOf(
  indicator: IndicatorWithTargets,
  raw: NonNullable<RawValue>,
  place: WorkbookPlace,
  problems: WorkbookProblem[],
): { value: string; high: string | null } | null {
  if (indicator.polarity === 'qualitative') return { value: raw.text, high: null };
  if (indicator.polarity === 'range') {
    const range = raw.kind === 'text' ? splitRange(raw.text) : null;
    if (range && Number(range.high) >= Number(range.low)) return { value: range.low, high: range.high };
    problems.push(
      problemAt(
        place,
        `${indicator.code} berpolaritas rentang: tulis target "batas bawah–batas atas" (mis. "80–90"); tertulis "${raw.text}".`,
        `${indicator.code} is a range indicator: write the target as "low–high" (e.g. "80–90"); found "${raw.text}".`,
      ),
    );
    return null;
  }
  const value = raw.kind === 'number' ? raw.text : canonicalDecimal(raw.text);
  if (value !== null) return { value, high: null };
  problems.push(
    problemAt(
      place,
      `Target ${indicator.code} berisi teks "${raw.text}"; ${NUMBER_HINT.id}.`,
      `The target of ${indicator.code} holds text "${raw.text}"; ${NUMBER_HINT.en}.`,
    ),
  );
  return null;
}
