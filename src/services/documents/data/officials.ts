import type { Official, OrganisationUnitData, StaffData } from '../../../core/document';
import type { PositionLevel } from '../../../core/org/kinds';
import type { Db } from '../../../db/database';
import { type AppointmentRecord, listAppointments } from '../../../db/repositories/appointment-repository';
import {
  listPositions,
  listUnits,
  type PositionRecord,
  type UnitRecord,
} from '../../../db/repositories/org-repository';
import { listPeople, type PersonRecord } from '../../../db/repositories/people-repository';

const LEVEL_ORDER: PositionLevel[] = ['jpt_pratama', 'administrator', 'pengawas', 'fungsional', 'pelaksana'];
const KIND_ORDER = [
  'pimpinan',
  'sekretariat',
  'subbagian',
  'bidang',
  'uptd',
  'kelompok_fungsional',
  'tim',
  'lainnya',
];

/** An agency's organisation and who holds what on one date: what documents sign and describe. */
export interface OrganisationOn {
  date: string;
  units: UnitRecord[];
  positions: PositionRecord[];
  /** Appointments in force on the date. */
  appointments: AppointmentRecord[];
  people: PersonRecord[];
}

export async function loadOrganisationOn(db: Db, agencyId: string, date: string): Promise<OrganisationOn> {
  const [units, positions, appointments, people] = await Promise.all([
    listUnits(db, agencyId),
    listPositions(db, agencyId),
    listAppointments(db, { agencyId, activeOn: date }),
    listPeople(db, agencyId),
  ]);
  return { date, units, positions, appointments, people };
}

/**
 * Who holds a position on the date: an acting official (Plt./Plh.) while one is appointed — they sign
 * in the holder's stead —, else the definitive holder. Name null when the position is vacant.
 */
export function officialOf(org: OrganisationOn, position: PositionRecord): Official {
  const holding = org.appointments
    .filter((a) => a.positionId === position.id)
    .sort((a, b) => (a.kind === 'definitive' ? 1 : 0) - (b.kind === 'definitive' ? 1 : 0))[0];
  const person = holding ? org.people.find((p) => p.id === holding.personId) : undefined;
  return {
    positionTitle: position.title,
    name: person?.fullName ?? null,
    rank: person?.rank ?? null,
    nip: person?.nip ?? null,
    acting: holding && holding.kind !== 'definitive' ? holding.kind : null,
  };
}

/** The head of the agency's position: JPT Pratama in the leadership unit (or at the top of the tree). */
export function headPosition(org: OrganisationOn): PositionRecord | null {
  const unitOf = new Map(org.units.map((u) => [u.id, u]));
  const candidates = org.positions.filter((p) => p.level === 'jpt_pratama');
  return (
    candidates.find((p) => unitOf.get(p.unitId)?.kind === 'pimpinan') ??
    candidates.find((p) => p.parentId === null) ??
    candidates[0] ??
    null
  );
}

/** The Sekretaris: the Administrator of the secretariat. */
export function secretaryPosition(org: OrganisationOn): PositionRecord | null {
  const unitOf = new Map(org.units.map((u) => [u.id, u]));
  return (
    org.positions.find((p) => p.level === 'administrator' && unitOf.get(p.unitId)?.kind === 'sekretariat') ??
    org.positions.find((p) => /^sekretaris\b/i.test(p.title)) ??
    null
  );
}

/** Whether `unitId` is `ancestorId` or lies under it. */
export function isAtOrBelow(org: OrganisationOn, unitId: string | null, ancestorId: string): boolean {
  const parentOf = new Map(org.units.map((u) => [u.id, u.parentId]));
  for (let cur: string | null = unitId; cur; cur = parentOf.get(cur) ?? null)
    if (cur === ancestorId) return true;
  return false;
}

/** Units in tree order (leadership, secretariat and its subdivisions, divisions, …) with their positions. */
export function organisationTree(org: OrganisationOn): OrganisationUnitData[] {
  const rank = (u: UnitRecord) => {
    const k = KIND_ORDER.indexOf(u.kind);
    return k === -1 ? KIND_ORDER.length : k;
  };
  const byOrder = (a: UnitRecord, b: UnitRecord) => rank(a) - rank(b) || a.code.localeCompare(b.code);
  const out: OrganisationUnitData[] = [];
  const seen = new Set<string>();
  const visit = (unit: UnitRecord, depth: number) => {
    if (seen.has(unit.id)) return;
    seen.add(unit.id);
    const positions = org.positions
      .filter((p) => p.unitId === unit.id)
      .sort(
        (a, b) =>
          LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level) || a.title.localeCompare(b.title),
      )
      .map((p) => {
        const o = officialOf(org, p);
        return { title: p.title, level: p.level, holder: o.name, acting: o.acting };
      });
    out.push({ code: unit.code, name: unit.name, kind: unit.kind, depth, positions });
    for (const child of org.units.filter((u) => u.parentId === unit.id).sort(byOrder))
      visit(child, depth + 1);
  };
  for (const root of org.units.filter((u) => u.parentId === null).sort(byOrder)) visit(root, 0);
  return out;
}

/** People holding a position on the date, counted once each, by their highest level and by golongan. */
export function staffOf(org: OrganisationOn): StaffData {
  const levelOf = new Map<string, PositionLevel>();
  for (const a of org.appointments) {
    const level = org.positions.find((p) => p.id === a.positionId)?.level;
    if (!level) continue;
    const current = levelOf.get(a.personId);
    if (!current || LEVEL_ORDER.indexOf(level) < LEVEL_ORDER.indexOf(current)) levelOf.set(a.personId, level);
  }
  const grades = new Map<string, number>();
  for (const personId of levelOf.keys()) {
    const rank = org.people.find((p) => p.id === personId)?.rank ?? '';
    const grade = /\b(IV|III|II|I)\s*\/\s*[a-e]\b/i.exec(rank)?.[1]?.toUpperCase() ?? '-';
    grades.set(grade, (grades.get(grade) ?? 0) + 1);
  }
  return {
    total: levelOf.size,
    byLevel: LEVEL_ORDER.map((level) => ({
      level,
      count: [...levelOf.values()].filter((l) => l === level).length,
    })),
    byGrade: ['IV', 'III', 'II', 'I', '-']
      .filter((g) => grades.has(g))
      .map((grade) => ({ grade, count: grades.get(grade)! })),
  };
}
