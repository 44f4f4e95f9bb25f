import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../database-context';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/alur.js');
let url: string;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-cli-sop-'));

async function alur(...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('alur sop, calendar and history commands', () => {
  beforeAll(async () => {
    url = await freshDatabaseUrl('sqlite');
    await alur('seed', 'demo');
  }, 120_000);

  it('lists the three seed SOPs, one line each', async () => {
    const { stdout } = await alur('sop', 'list');
    expect(stdout.trim().split('\n')).toEqual([
      'bpkpd-jambi-lkj\tv1\tpublished\tPenyusunan LKJ\t10 langkah\tbpkpd-jambi',
      'desdm-kaltim-sakip\tv1\tpublished\tPenyusunan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP)\t11 langkah\tdesdm-kaltim',
      'dpmptsp-tanjabbar-lkjip\tv1\tpublished\tPenyusunan Laporan Kinerja Instansi Pemerintah ( LkjIP )\t10 langkah\tdpmptsp-tanjabbar',
    ]);
  });

  it('exports every format, and an exported spreadsheet validates and imports as a new draft', {
    timeout: 180_000,
  }, async () => {
    for (const format of ['yaml', 'xlsx', 'bpmn', 'pdf', 'docx']) {
      const out = path.join(dir, `sop.${format}`);
      const result = await alur('sop', 'export', 'desdm-kaltim-sakip', '--format', format, '--out', out);
      expect(result.code).toBe(0);
      expect(fs.statSync(out).size).toBeGreaterThan(1000);
    }
    expect(fs.readFileSync(path.join(dir, 'sop.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    const valid = await alur('sop', 'validate', path.join(dir, 'sop.xlsx'));
    expect(valid.stdout).toContain('desdm-kaltim-sakip: valid (11 steps, 4 lanes)');
    const imported = await alur('sop', 'import', path.join(dir, 'sop.bpmn'));
    expect(imported.stdout.trim()).toBe('desdm-kaltim-sakip v2 (draft)');
  });

  it('refuses an invalid file with every problem and saves nothing', { timeout: 120_000 }, async () => {
    const yaml = fs
      .readFileSync(path.join(dir, 'sop.yaml'), 'utf8')
      .replace('time: 2 Jam', 'time: sebentar')
      .replace('lane: staf', 'lane: bendahara');
    const bad = path.join(dir, 'bad.yaml');
    fs.writeFileSync(bad, yaml);
    const before = (await alur('sop', 'list')).stdout;
    const validated = await alur('sop', 'validate', bad);
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain('Langkah 2');
    expect(validated.stderr).toContain('bendahara');
    expect(validated.stderr).toContain('sebentar');
    const imported = await alur('sop', 'import', bad);
    expect(imported.code).toBe(1);
    expect((await alur('sop', 'list')).stdout).toBe(before);
  });

  it('computes a due time across a national holiday and lists the non-working days', {
    timeout: 120_000,
  }, async () => {
    const due = await alur(
      'calendar',
      'due',
      '--agency',
      'desdm-kaltim',
      '--from',
      '2026-08-14T10:00',
      '--duration',
      '1 Hari',
    );
    expect(due.stdout.split('\n')[0]).toBe('2026-08-18 10:00 WITA');
    const days = await alur('calendar', 'days', '--agency', 'desdm-kaltim', '--year', '2026');
    expect(days.stdout).toContain('2026-08-17\tmonday\tlibur_nasional');
    expect(days.stdout).toMatch(/2026-03-20\tfriday\tcuti_bersama/);
    const bad = await alur(
      'calendar',
      'due',
      '--agency',
      'desdm-kaltim',
      '--from',
      '2026-08-14T10:00',
      '--duration',
      'sebentar',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('sebentar');
  });

  it('verifies run histories', async () => {
    const result = await alur('history', 'verify');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('0 broken');
  });
});
