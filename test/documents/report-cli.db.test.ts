import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from '../database-context';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/alur.js');

/** Runs the real `alur` command as a child process; resolves with its output and exit code. */
async function alur(databaseUrl: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run('node', [BIN, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent' },
      timeout: 240_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('alur report (SQLite file, child process)', () => {
  let url: string;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-report-'));
  const out = (name: string) => path.join(dir, name);

  beforeAll(async () => {
    url = await freshDatabaseUrl('sqlite');
    const seeded = await alur(url, 'seed', 'demo');
    expect(seeded.code).toBe(0);
  }, 240_000);

  it('writes the LKjIP as a PDF that opens, and stores no version', { timeout: 240_000 }, async () => {
    const result = await alur(
      url,
      'report',
      'lkjip',
      '--agency',
      'desdm-kaltim',
      '--year',
      '2026',
      '--format',
      'pdf',
      '--out',
      out('lkjip.pdf'),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Laporan Kinerja Instansi Pemerintah Tahun 2026: PDF written to');
    const pdf = await PDFDocument.load(fs.readFileSync(out('lkjip.pdf')));
    expect(pdf.getPageCount()).toBeGreaterThan(10);
    expect(pdf.getTitle()).toContain('Laporan Kinerja');
  });

  it('writes the TW III monitoring report as a DOCX whose zip has word/document.xml, and a PK by position', {
    timeout: 240_000,
  }, async () => {
    const monitoring = await alur(
      url,
      'report',
      'pemantauan',
      '--agency',
      'desdm-kaltim',
      '--year',
      '2026',
      '--quarter',
      '3',
      '--format',
      'docx',
      '--out',
      out('tw3.docx'),
    );
    expect(monitoring.code).toBe(0);
    const zip = await JSZip.loadAsync(fs.readFileSync(out('tw3.docx')));
    expect(await zip.file('word/document.xml')?.async('string')).toContain('PEMANTAUAN');

    const pk = await alur(
      url,
      'report',
      'pk',
      '--agency',
      'desdm-kaltim',
      '--year',
      '2026',
      '--level',
      'administrator',
      '--position',
      'sekretaris',
      '--format',
      'pdf',
      '--out',
      out('pk.pdf'),
      '--store',
    );
    expect(pk.code).toBe(0);
    expect(pk.stdout).toMatch(/stored as version 1 of document [0-9a-f-]{36}/);
    expect((await PDFDocument.load(fs.readFileSync(out('pk.pdf')))).getPageCount()).toBeGreaterThan(0);
  });

  it('prints the whole missing-data list and exits 1, writing nothing', { timeout: 120_000 }, async () => {
    const result = await alur(
      url,
      'report',
      'lkjip',
      '--agency',
      'desdm-kaltim',
      '--year',
      '2031',
      '--format',
      'pdf',
      '--out',
      out('none.pdf'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('The LKjIP cannot be generated yet: 4 data item(s) missing.');
    expect(result.stderr).toContain('1. Renstra:');
    expect(result.stderr).toContain('4. Anggaran 2031:');
    expect(fs.existsSync(out('none.pdf'))).toBe(false);

    const badFormat = await alur(
      url,
      'report',
      'lkjip',
      '--agency',
      'desdm-kaltim',
      '--year',
      '2026',
      '--format',
      'xls',
      '--out',
      out('x.xls'),
    );
    expect(badFormat.code).toBe(1);
    expect(badFormat.stderr).toContain('--format: docx or pdf');
    const noAgency = await alur(
      url,
      'report',
      'pk',
      '--agency',
      'tidak-ada',
      '--year',
      '2026',
      '--out',
      out('y.pdf'),
    );
    expect(noAgency.code).toBe(1);
    expect(noAgency.stderr).toContain('Agency not found');
  });
});
