import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '../../src/db/database';
import { seedDemo } from '../../src/services/demo/seed-demo';
import { DEMO_SIGNING_PASSPHRASE } from '../../src/services/signing/seed-demo-signing-certificates';
import { engines, freshDatabaseUrl } from '../database-context';
import { aSignedDocument, type SignedDocument } from '../signing/signing-builders';
import { DEMO_NOW, personOf } from '../signing/signing-context';
import { aRealPdf } from '../signing/signing-fixtures';

const run = promisify(execFile);
const BIN = path.resolve(import.meta.dirname, '../../bin/alur.js');

describe.each(engines())('alur verify <file.pdf> (%s)', (engine) => {
  let url: string;
  let dir: string;
  let signed: SignedDocument;
  const file = (name: string, bytes: Buffer) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, bytes);
    return at;
  };
  /** Runs the real command; resolves with its output and exit code (1 is an answer, not a failure). */
  async function verify(target: string) {
    try {
      const { stdout, stderr } = await run('node', [BIN, 'verify', target], {
        env: { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'silent' },
        timeout: 60_000,
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, stdout: e.stdout, stderr: e.stderr };
    }
  }

  beforeAll(async () => {
    url = await freshDatabaseUrl(engine);
    const database = await openDatabase(url);
    await migrateToLatest(database.db);
    const ctx = { db: database.db, now: () => DEMO_NOW };
    await seedDemo(ctx);
    const head = await personOf(ctx.db, 'desdm.kadis');
    const secretary = await personOf(ctx.db, 'desdm.sekretaris');
    signed = await aSignedDocument(ctx.db, {
      agencyId: head.agencyId,
      letterNumber: 'K. 075 / 12 / DESDM/2026',
      signatories: [
        { personId: secretary.personId, passphrase: DEMO_SIGNING_PASSPHRASE, position: 'Sekretaris' },
        { personId: head.personId, passphrase: DEMO_SIGNING_PASSPHRASE, position: 'Kepala Dinas' },
      ],
    });
    await database.close();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-verify-'));
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('the final signed file: every signature, the document, exit 0', { timeout: 60_000 }, async () => {
    const result = await verify(file('final.pdf', signed.finalPdf));
    expect(result.code, result.stdout + result.stderr).toBe(0);
    expect(result.stdout).toContain(`SHA-256: ${signed.finalSha256}`);
    expect(result.stdout).toContain('Signature 1: Rina Kartika');
    expect(result.stdout).toContain('Signature 2: Hendra Wijaya');
    expect(result.stdout).toContain('signed at:   2026-11-23 03:01:00 UTC');
    expect(result.stdout.match(/intact: {6}yes/g)).toHaveLength(2);
    expect(result.stdout).toMatch(/valid: {7}\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2} \(at signing: yes\)/);
    expect(result.stdout).toContain('Alur: matches the final file Alur signed');
    expect(result.stdout).toContain(
      'Document: Surat Pengantar LKjIP 2026 — K. 075 / 12 / DESDM/2026, 2026-11-23',
    );
    expect(result.stdout).toContain('Result: VERIFIED');
  });

  it('a byte changed: the signatures are not intact, the file is changed, exit 1', {
    timeout: 60_000,
  }, async () => {
    const altered = Buffer.from(signed.finalPdf);
    const at = altered.indexOf('stream') + 20;
    altered[at] = altered[at]! ^ 0x01;
    const result = await verify(file('altered.pdf', altered));
    expect(result.code).toBe(1);
    expect(result.stdout.match(/intact: {6}NO/g)).toHaveLength(2);
    expect(result.stdout).toContain('changed after signing');
    expect(result.stdout).toContain('Alur: CHANGED after it was signed in Alur');
    expect(result.stdout).toContain('Result: NOT VERIFIED');
  });

  it('a foreign file and a missing one: exit 1', { timeout: 60_000 }, async () => {
    // Not the PDF the builder prepared for signing (that one is a version of the document).
    const other = Buffer.concat([await aRealPdf(), Buffer.from('% dari aplikasi lain\n')]);
    const foreign = await verify(file('foreign.pdf', other));
    expect(foreign.code).toBe(1);
    expect(foreign.stdout).toContain('Signatures: none');
    expect(foreign.stdout).toContain('Alur: not a file Alur signed / tidak dikenal');
    const missing = await verify(path.join(dir, 'tidak-ada.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('cannot read');
  });
});
