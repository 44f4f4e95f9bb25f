import { randomUUID } from 'node:crypto';
import { localDateOf, type TimeZoneCode } from '../core/calendar';
import { forbidden } from '../core/errors';
import type { Db } from '../db/database';

/** What every use case needs: the database and the clock (passed in so tests can set the time). */
export interface ServiceContext {
  db: Db;
  now(): Date;
}

export type Role = 'user' | 'agency_admin' | 'region_admin' | 'system_admin';

/** The signed-in person on whose behalf a use case runs. */
export interface Actor {
  userId: string;
  personId: string;
  role: Role;
  agencyId: string;
  regionId: string;
}

export function newId(): string {
  return randomUUID();
}

/** Today's date (`YYYY-MM-DD`) in an agency's time zone: the calendar core's arithmetic (Indonesia has no DST). */
export function localDate(now: Date, timeZone: string): string {
  return localDateOf(now, timeZone as TimeZoneCode);
}

/** May the actor read this agency's data? Its own people, its region's administrators, system administrators. */
export function canRead(actor: Actor, agency: { id: string; regionId: string }): boolean {
  if (actor.role === 'system_admin') return true;
  if (actor.role === 'region_admin' && actor.regionId === agency.regionId) return true;
  return actor.agencyId === agency.id;
}

/** May the actor administer this agency (people, positions, calendars)? */
export function canAdminister(actor: Actor, agency: { id: string; regionId: string }): boolean {
  if (actor.role === 'system_admin') return true;
  if (actor.role === 'region_admin') return actor.regionId === agency.regionId;
  return actor.role === 'agency_admin' && actor.agencyId === agency.id;
}

export function assertCanAdminister(actor: Actor, agency: { id: string; regionId: string }): void {
  if (!canAdminister(actor, agency)) throw forbidden();
}
