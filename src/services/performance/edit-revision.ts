import { createHash } from 'node:crypto';
import { DomainError } from '../../core/errors';
import { canonicalJson } from '../../core/history/canonical-json';
import type {
  AgreementIndicatorRecord,
  AgreementRecord,
} from '../../db/repositories/performance-agreement-repository';
import type { FundingRecord } from '../../db/repositories/performance-editing-repository';
import type {
  IndicatorWithTargets,
  PlanNodeRecord,
} from '../../db/repositories/performance-renstra-repository';

/**
 * Optimistic concurrency for the Renstra and PK editors without a version column: a row's revision is
 * a digest of what an editor can change in it. The editor sends back the revision it was shown; the
 * service locks the row, recomputes the digest and refuses with `PERFORMANCE_EDIT_CONFLICT` (409) when
 * someone saved a different content in between. Two people saving the same content do not conflict.
 */
export function revisionOf(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 20);
}

export function planNodeRevision(node: PlanNodeRecord, funding: FundingRecord[]): string {
  return revisionOf({
    parentId: node.parentId,
    kind: node.kind,
    code: node.code,
    name: node.name,
    unitId: node.unitId,
    funding: [...funding].sort((a, b) => a.year - b.year),
  });
}

export function indicatorRevision(i: IndicatorWithTargets): string {
  const { history: _history, sortOrder: _sortOrder, note: _note, ...editable } = i;
  return revisionOf({ ...editable, targets: [...i.targets].sort((a, b) => a.year - b.year) });
}

export function agreementRevision(a: AgreementRecord): string {
  return revisionOf({
    level: a.level,
    firstPartyPositionId: a.firstPartyPositionId,
    secondPartyPositionId: a.secondPartyPositionId,
    secondPartyTitle: a.secondPartyTitle,
    number: a.number,
    signedOn: a.signedOn,
  });
}

export function agreementIndicatorRevision(
  r: Pick<AgreementIndicatorRecord, 'target' | 'targetHigh' | 'targetReason'>,
): string {
  return revisionOf({ target: r.target, targetHigh: r.targetHigh, reason: r.targetReason });
}

export function actionPlanRevision(quarters: (string | null)[], reason: string | null): string {
  return revisionOf({ quarters, reason });
}

/** Refuses a write based on a stale view. `place` names the row ("Indikator IKU-01"). */
export function assertCurrent(
  sent: string | null | undefined,
  current: string,
  place: { id: string; en: string },
): void {
  if (sent === null || sent === undefined || sent === current) return;
  throw new DomainError('PERFORMANCE_EDIT_CONFLICT', {
    id: `${place.id} sudah diubah orang lain sejak Anda membukanya. Nilai terbaru sudah dimuat; ulangi perubahan Anda bila masih perlu.`,
    en: `${place.en} was changed by someone else after you opened it. The latest values are loaded; repeat your change if it is still needed.`,
  });
}
