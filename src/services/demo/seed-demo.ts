import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/database';
import { type DemoAgencyFile, parseDemoAgency } from '../../formats/demo-data/parse-demo-agency';
import { parseDemoPerformance } from '../../formats/demo-data/parse-demo-performance';
import { hashPassword } from '../auth/passwords';
import { newId, type ServiceContext } from '../context';
import { seedDemoLetterPattern } from '../letters/demo-letter-patterns';
import { seedHolidays } from '../org/calendar';
import { importPerformance } from '../performance/import-performance';
import {
  prepareDemoSigningKeys,
  seedDemoSigningCertificates,
} from '../signing/seed-demo-signing-certificates';
import { seedDemoSops } from './seed-demo-sops';

/** Every demo account signs in with this password; start-up prints it, marked as demo. */
export const DEMO_PASSWORD = 'alur-demo-2026';
export const DEMO_DIR = path.resolve(import.meta.dirname, '../../../demo');

/** Kemendagri region codes of the demo regions. */
const REGION_CODES: Record<string, string> = {
  'Provinsi Kalimantan Timur': '64',
  'Provinsi Jambi': '15',
  'Kabupaten Tanjung Jabung Barat': '15.07',
};

const LEVELS: Record<string, string> = {
  'JPT Pratama': 'jpt_pratama',
  Administrator: 'administrator',
  Pengawas: 'pengawas',
  Fungsional: 'fungsional',
  Pelaksana: 'pelaksana',
  // A team lead (Ketua Tim LKJ) is an extra assignment held at supervisory level.
  Tim: 'pengawas',
};

const RANKS: Record<string, string> = {
  jpt_pratama: 'Pembina Utama Muda (IV/c)',
  administrator: 'Pembina (IV/a)',
  pengawas: 'Penata Tingkat I (III/d)',
  fungsional: 'Penata (III/c)',
  pelaksana: 'Pengatur (II/c)',
};

const UNIT_KINDS = new Set([
  'pimpinan',
  'sekretariat',
  'subbagian',
  'bidang',
  'uptd',
  'kelompok_fungsional',
  'tim',
]);

export interface DemoAccount {
  username: string;
  fullName: string;
  position: string;
  agencyCode: string;
}

export interface DemoSeedResult {
  agencies: string[];
  accounts: DemoAccount[];
}

/**
 * Loads the demo agencies from `demo/*.yaml`: regions, agencies, units, positions, a fictitious person
 * for each position (one person where the file says a position is held "rangkap"), their accounts,
 * and the holiday tables of this year and the next. Agencies already present are left alone.
 */
export async function seedDemo(ctx: ServiceContext, dir = DEMO_DIR): Promise<DemoSeedResult> {
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  void prepareDemoSigningKeys();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const result: DemoSeedResult = { agencies: [], accounts: [] };
  const year = ctx.now().getUTCFullYear();
  for (const file of files) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const demo = parseDemoAgency(text, file);
    const exists = await ctx.db
      .selectFrom('agency')
      .select('id')
      .where('code', '=', demo.agency_slug)
      .executeTakeFirst();
    if (exists) continue;
    await ctx.db.transaction().execute(async (trx) => {
      const agencyId = await insertAgency(trx, demo, ctx.now());
      result.accounts.push(...(await insertPeople(trx, demo, agencyId, passwordHash, ctx.now())));
      await seedHolidays(trx, agencyId, [year, year + 1]);
      await seedDemoLetterPattern(trx, demo.agency_slug, agencyId, ctx.now());
      // Performance data (Renstra, PK, Rencana Aksi, realisation TW I–III locked, budget) after the organisation.
      await importPerformance(trx, agencyId, parseDemoPerformance(text, file), {
        now: ctx.now(),
        lockedQuarters: 3,
      });
    });
    result.agencies.push(demo.agency_slug);
    await seedDemoSops(ctx, demo.agency_slug);
    await seedDemoSigningCertificates(ctx, demo.agency_slug);
  }
  if (result.agencies.length > 0) result.accounts.unshift(...(await ensureSystemAdmin(ctx, passwordHash)));
  return result;
}

async function insertAgency(db: Db, demo: DemoAgencyFile, now: Date): Promise<string> {
  const regionName = demo.agency.pemerintah_daerah.replace(/^Pemerintah\s+/, '');
  const regionCode = REGION_CODES[regionName] ?? regionName.toLowerCase().replace(/\W+/g, '-');
  let region = await db.selectFrom('region').select('id').where('code', '=', regionCode).executeTakeFirst();
  if (!region) {
    region = { id: newId() };
    const kind = regionName.startsWith('Provinsi')
      ? 'provinsi'
      : regionName.startsWith('Kota')
        ? 'kota'
        : 'kabupaten';
    await db
      .insertInto('region')
      .values({ id: region.id, code: regionCode, name: regionName, kind, created_at: now.toISOString() })
      .execute();
  }
  const agencyId = newId();
  await db
    .insertInto('agency')
    .values({
      id: agencyId,
      region_id: region.id,
      code: demo.agency_slug,
      name: demo.agency.nama,
      short_name: demo.agency.singkatan?.[0] ?? null,
      time_zone: demo.agency.zona_waktu.iana,
      address: withoutSourceNote(demo.agency.alamat?.value ?? null),
      logo: null,
      created_at: now.toISOString(),
    })
    .execute();
  await db.insertInto('work_calendar').values({ agency_id: agencyId, cuti_bersama_day_off: 1 }).execute();

  const unitIds = new Map(demo.units.map((u) => [u.kode, newId()]));
  for (const unit of demo.units) {
    await db
      .insertInto('unit')
      .values({
        id: unitIds.get(unit.kode)!,
        agency_id: agencyId,
        code: unit.kode,
        name: unit.nama,
        kind: unit.jenis === 'tim_adhoc' ? 'tim' : UNIT_KINDS.has(unit.jenis) ? unit.jenis : 'lainnya',
        parent_id: unit.induk ? (unitIds.get(unit.induk) ?? null) : null,
      })
      .execute();
  }
  const positionIds = new Map(demo.positions.map((p) => [p.kode, newId()]));
  for (const position of demo.positions) {
    await db
      .insertInto('position')
      .values({
        id: positionIds.get(position.kode)!,
        agency_id: agencyId,
        unit_id: unitIds.get(position.unit)!,
        code: position.kode,
        title: position.jabatan,
        level: LEVELS[position.jenis_jabatan] ?? 'pelaksana',
        // A superior outside the agency (the governor) is not a position of this agency.
        parent_id: position.atasan ? (positionIds.get(position.atasan) ?? null) : null,
        sop_role: position.peran_sop ?? null,
      })
      .execute();
  }
  return agencyId;
}

async function insertPeople(
  db: Db,
  demo: DemoAgencyFile,
  agencyId: string,
  passwordHash: string,
  now: Date,
): Promise<DemoAccount[]> {
  const prefix = demo.agency_slug.split('-')[0]!;
  const positions = await db
    .selectFrom('position')
    .select(['id', 'code', 'title', 'level'])
    .where('agency_id', '=', agencyId)
    .execute();
  const byCode = new Map(positions.map((p) => [p.code, p]));
  const personByName = new Map<string, string>();
  const accounts: DemoAccount[] = [];
  let sequence = 0;
  for (const position of demo.positions) {
    const holder = position.demo_holder?.replace(/\s*\(fiktif\).*$/, '').trim();
    if (!holder) continue;
    const row = byCode.get(position.kode)!;
    let personId = personByName.get(holder);
    if (!personId) {
      personId = newId();
      personByName.set(holder, personId);
      sequence++;
      await db
        .insertInto('person')
        .values({
          id: personId,
          agency_id: agencyId,
          full_name: holder,
          nip: demoNip(prefix, sequence),
          rank: RANKS[row.level] ?? null,
          email: `${prefix}.${position.kode}@demo.alur.test`.replace(/_/g, '-'),
          created_at: now.toISOString(),
        })
        .execute();
      const username = `${prefix}.${position.kode}`;
      await db
        .insertInto('user_account')
        .values({
          id: newId(),
          person_id: personId,
          username,
          password_hash: passwordHash,
          role: 'user',
          password_changed_at: now.toISOString(),
          created_at: now.toISOString(),
        })
        .execute();
      accounts.push({ username, fullName: holder, position: row.title, agencyCode: demo.agency_slug });
    }
    await db
      .insertInto('appointment')
      .values({
        id: newId(),
        position_id: row.id,
        person_id: personId,
        kind: 'definitive',
        starts_on: '2025-01-02',
        ends_on: null,
        decree: 'Demo',
        created_at: now.toISOString(),
      })
      .execute();
  }
  // The agency's own administrator (IT / organisation), who holds no SOP position.
  const adminId = newId();
  await db
    .insertInto('person')
    .values({
      id: adminId,
      agency_id: agencyId,
      full_name: `Admin ${demo.agency.singkatan?.[0] ?? demo.agency_slug}`,
      nip: null,
      rank: null,
      email: `${prefix}.admin@demo.alur.test`,
      created_at: now.toISOString(),
    })
    .execute();
  await db
    .insertInto('user_account')
    .values({
      id: newId(),
      person_id: adminId,
      username: `${prefix}.admin`,
      password_hash: passwordHash,
      role: 'agency_admin',
      password_changed_at: now.toISOString(),
      created_at: now.toISOString(),
    })
    .execute();
  accounts.push({
    username: `${prefix}.admin`,
    fullName: `Admin ${demo.agency.singkatan?.[0] ?? demo.agency_slug}`,
    position: 'Administrator instansi',
    agencyCode: demo.agency_slug,
  });
  return accounts;
}

async function ensureSystemAdmin(ctx: ServiceContext, passwordHash: string): Promise<DemoAccount[]> {
  const exists = await ctx.db
    .selectFrom('user_account')
    .select('id')
    .where('username', '=', 'admin')
    .executeTakeFirst();
  if (exists) return [];
  const agency = await ctx.db
    .selectFrom('agency')
    .select(['id', 'code'])
    .orderBy('created_at')
    .executeTakeFirstOrThrow();
  const personId = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('person')
      .values({
        id: personId,
        agency_id: agency.id,
        full_name: 'Administrator Sistem',
        nip: null,
        rank: null,
        email: null,
        created_at: now,
      })
      .execute();
    await trx
      .insertInto('user_account')
      .values({
        id: newId(),
        person_id: personId,
        username: 'admin',
        password_hash: passwordHash,
        role: 'system_admin',
        password_changed_at: now,
        created_at: now,
      })
      .execute();
  });
  return [
    {
      username: 'admin',
      fullName: 'Administrator Sistem',
      position: 'Administrator sistem',
      agencyCode: agency.code,
    },
  ];
}

/**
 * A fictitious but well-formed NIP for a demo person: birth 1975–1990, appointed at 25, sex digit, sequence.
 * Real NIPs never appear in the demo.
 */
function demoNip(prefix: string, sequence: number): string {
  const seed = [...prefix].reduce((s, c) => s + c.charCodeAt(0), 0) + sequence * 7;
  const year = 1975 + (seed % 16);
  const month = String((seed % 12) + 1).padStart(2, '0');
  const day = String((seed % 28) + 1).padStart(2, '0');
  const appointed = `${year + 25}${String(((seed + 5) % 12) + 1).padStart(2, '0')}`;
  return `${year}${month}${day}${appointed}${(sequence % 2) + 1}${String(sequence).padStart(3, '0')}`;
}

/**
 * The demo files mark what their sources lacked in brackets ("(house number not found)"): a note for
 * whoever curates the file, not part of the address a letterhead prints.
 */
function withoutSourceNote(address: string | null): string | null {
  const clean = address?.replace(/\s*\([^)]*not found[^)]*\)\s*/gi, ' ').trim();
  return clean ? clean : null;
}
