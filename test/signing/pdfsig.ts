import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * poppler's `pdfsig` on the bytes (written to a temporary file): its full report, and the
 * "Signature Validation:" line of each signature in order. pdfsig exits non-zero when a signature is
 * invalid, so the exit code is not an error here.
 */
export async function pdfsig(pdf: Buffer): Promise<{ output: string; validations: string[] }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-pdfsig-'));
  const file = path.join(dir, 'signed.pdf');
  fs.writeFileSync(file, pdf);
  let output: string;
  try {
    const { stdout, stderr } = await run('pdfsig', [file], { timeout: 60_000 });
    output = stdout + stderr;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    output = (e.stdout ?? '') + (e.stderr ?? '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  const validations = [...output.matchAll(/Signature Validation: (.*)/g)].map((m) => m[1]!.trim());
  return { output, validations };
}
