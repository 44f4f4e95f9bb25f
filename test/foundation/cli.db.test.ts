import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { engines, freshDatabaseUrl } from '../database-context';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/alur.js');

/** Runs the real `alur` command; resolves with its output and exit code (never throws on exit 1). */
async function alur(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe.each(engines())('the alur command line (%s)', (engine) => {
  it('migrates, seeds the demo, lists agencies, creates a user, backs up and restores', {
    timeout: 180_000,
  }, async () => {
    const url = await freshDatabaseUrl(engine);
    const migrated = await alur(url, 'db', 'migrate');
    expect(migrated.stdout).toContain('2026-11-23-foundation');
    expect((await alur(url, 'db', 'migrate')).stdout).toContain('up to date');

    const seeded = await alur(url, 'seed', 'demo');
    expect(seeded.code).toBe(0);
    expect(seeded.stdout).toContain('[DEMO]');
    expect(seeded.stdout).toContain('desdm.kadis');

    const list = await alur(url, 'agency', 'list');
    expect(list.stdout.trim().split('\n')).toEqual([
      'bpkpd-jambi\tBadan Pengelolaan Keuangan dan Pendapatan Daerah Provinsi Jambi\tAsia/Jakarta',
      'desdm-kaltim\tDinas Energi dan Sumber Daya Mineral Provinsi Kalimantan Timur\tAsia/Makassar',
      'dpmptsp-tanjabbar\tDinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Tanjung Jabung Barat\tAsia/Jakarta',
    ]);

    const badNip = await alur(
      url,
      'user',
      'create',
      '--agency',
      'desdm-kaltim',
      '--username',
      'budi',
      '--name',
      'Budi',
      '--password',
      'cukup-panjang-1',
      '--nip',
      '123',
    );
    expect(badNip.code).toBe(1);
    expect(badNip.stderr).toContain('nip: NIP must be 18 digits');

    const created = await alur(
      url,
      'user',
      'create',
      '--agency',
      'desdm-kaltim',
      '--username',
      'budi',
      '--name',
      'Budi Santoso, S.E.',
      '--password',
      'cukup-panjang-1',
    );
    expect(created.stdout).toContain('created budi');

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-backup-'));
    const file = path.join(dir, engine === 'sqlite' ? 'alur-backup.db' : 'alur-backup.json');
    const backedUp = await alur(url, 'backup', file);
    expect(backedUp.code).toBe(0);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);

    // Changes after the backup disappear on restore.
    await alur(
      url,
      'user',
      'create',
      '--agency',
      'bpkpd-jambi',
      '--username',
      'later',
      '--name',
      'Later',
      '--password',
      'cukup-panjang-2',
    );
    const restored = await alur(url, 'restore', file);
    expect(restored.code).toBe(0);
    const again = await alur(
      url,
      'user',
      'create',
      '--agency',
      'bpkpd-jambi',
      '--username',
      'later',
      '--name',
      'Later',
      '--password',
      'cukup-panjang-2',
    );
    expect(again.code).toBe(0);
    const dup = await alur(
      url,
      'user',
      'create',
      '--agency',
      'desdm-kaltim',
      '--username',
      'budi',
      '--name',
      'B',
      '--password',
      'cukup-panjang-1',
    );
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('username is taken');
  });
});
