import fs from 'node:fs';
import type { Command } from 'commander';
import type { Runtime } from '../services/runtime';
import { checkFile, type FileCheck } from '../services/verification/check-file';

type WithRuntime = (action: (runtime: Runtime) => Promise<void>) => Promise<void>;

const VERDICTS: Record<FileCheck['outcome'], string> = {
  match: 'matches the final file Alur signed / cocok dengan berkas final yang ditandatangani di Alur',
  not_final:
    'a version of an Alur document, not its final signed file / versi dokumen Alur, bukan berkas final bertanda tangan',
  altered: 'CHANGED after it was signed in Alur / BERUBAH setelah ditandatangani',
  unknown: 'not a file Alur signed / tidak dikenal',
};

/**
 * `alur verify <file.pdf>`: every signature in the file (signer, time, intact or not, certificate
 * validity) and whether the file is one Alur signed (by its SHA-256, in the configured database).
 * Exits 0 only when the file is the final signed file and every signature is intact.
 */
export function registerVerifyCommand(program: Command, withRuntime: WithRuntime): void {
  program
    .command('verify')
    .argument('<file>', 'a PDF file')
    .description('check the signatures of a PDF and whether it is a document Alur signed')
    .action(async (file: string) => {
      if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new Error(`cannot read ${file}`);
      const bytes = fs.readFileSync(file);
      await withRuntime(async (runtime) => {
        const result = await checkFile(runtime.ctx.db, null, bytes);
        for (const line of describe(file, result)) console.log(line);
        const ok =
          result.outcome === 'match' &&
          result.signatures.length > 0 &&
          result.signatures.every((s) => s.intact);
        console.log(ok ? 'Result: VERIFIED / TERVERIFIKASI' : 'Result: NOT VERIFIED / TIDAK TERVERIFIKASI');
        if (!ok) process.exitCode = 1;
      });
    });
}

function describe(file: string, result: FileCheck): string[] {
  const lines = [`File: ${file}`, `SHA-256: ${result.sha256}`];
  if (result.signatures.length === 0) lines.push('Signatures: none / tidak ada tanda tangan');
  for (const [index, s] of result.signatures.entries()) {
    lines.push(`Signature ${index + 1}: ${s.signerName ?? '(no certificate name)'}`);
    lines.push(`  signed at:   ${s.signingTime ? utc(s.signingTime) : 'unknown'}`);
    lines.push(
      `  intact:      ${s.intact ? 'yes / utuh' : `NO / TIDAK UTUH — ${s.problems.join('; ') || 'check failed'}`}`,
    );
    if (s.certificate) {
      const validity = `${s.certificate.notBefore.slice(0, 10)} to ${s.certificate.notAfter.slice(0, 10)}`;
      const atSigning =
        s.certificateValidAtSigning === null ? 'unknown' : s.certificateValidAtSigning ? 'yes' : 'NO';
      lines.push(`  certificate: ${s.certificate.subject}`);
      lines.push(`  issuer:      ${s.certificate.issuer}`);
      lines.push(`  valid:       ${validity} (at signing: ${atSigning}), serial ${s.certificate.serial}`);
    }
    lines.push(`  recorded:    ${s.recorded ? 'yes, Alur recorded this signature' : 'no'}`);
  }
  if (result.bytesAfterLastSignature > 0)
    lines.push(
      `After the last signature: ${result.bytesAfterLastSignature} bytes added / ada tambahan setelah tanda tangan`,
    );
  lines.push(`Alur: ${VERDICTS[result.outcome]}`);
  if (result.document) {
    const d = result.document;
    lines.push(`Document: ${d.title}${d.number ? ` — ${d.number}` : ''}${d.date ? `, ${d.date}` : ''}`);
    lines.push(`  ${d.agency.name}`);
    lines.push(`  verification code: ${d.token}`);
  }
  return lines;
}

function utc(iso: string): string {
  return `${iso.slice(0, 19).replace('T', ' ')} UTC`;
}
