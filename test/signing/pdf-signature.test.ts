import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/errors';
import { BsreSigner, inspectP12, LocalP12Signer, readPdfSignatures } from '../../src/formats/pdf-signature';
import { pdfsig } from './pdfsig';
import { aCertificate, aRealPdf, SIGNING_DAY } from './signing-fixtures';

const run = promisify(execFile);
const PASS = 'rahasia-uji-1';
const request = (name: string, minutes = 0) => ({
  reason: 'Menyetujui dokumen',
  location: 'Samarinda',
  name,
  signingTime: new Date(SIGNING_DAY.getTime() + minutes * 60_000),
});

async function caught(promise: Promise<unknown> | (() => unknown)): Promise<DomainError> {
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('PAdES signatures (incremental updates)', { timeout: 60_000 }, () => {
  it('signs a real PDF twice with two certificates; pdfsig finds both valid', async () => {
    const original = await aRealPdf();
    const head = new LocalP12Signer(
      aCertificate('Dr. Ir. Budi Santoso, M.T.', { nip: '197503122000031001' }),
      PASS,
    );
    const secretary = new LocalP12Signer(aCertificate('Siti Rahmawati, S.E., M.Si.'), PASS);
    const once = await head.sign(original, request('Dr. Ir. Budi Santoso, M.T.'));
    const twice = await secretary.sign(once, request('Siti Rahmawati, S.E., M.Si.', 5));

    // Incremental: each signed file starts with the bytes it was given.
    expect(once.subarray(0, original.length - 1).equals(original.subarray(0, original.length - 1))).toBe(
      true,
    );
    expect(twice.subarray(0, once.length).equals(once)).toBe(true);

    const report = await pdfsig(twice);
    expect(report.validations, report.output).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    expect(report.output).toContain('Signature Type: ETSI.CAdES.detached');
    expect(report.output).toContain('Signer Certificate Common Name: Dr. Ir. Budi Santoso, M.T.');
    expect(report.output).toContain('Signer Certificate Common Name: Siti Rahmawati, S.E., M.Si.');

    const read = readPdfSignatures(twice);
    expect(read.bytesAfterLastSignature).toBe(0);
    expect(read.signatures.map((s) => [s.signerName, s.intact, s.coversRevision, s.coversWholeFile])).toEqual(
      [
        ['Dr. Ir. Budi Santoso, M.T.', true, true, false],
        ['Siti Rahmawati, S.E., M.Si.', true, true, true],
      ],
    );
    const [first, second] = read.signatures;
    expect(first!.revisionEnd).toBe(once.length);
    expect(first!.signingTime?.toISOString()).toBe(SIGNING_DAY.toISOString());
    expect(first!.reason).toBe('Menyetujui dokumen');
    expect(first!.location).toBe('Samarinda');
    expect(first!.subFilter).toBe('ETSI.CAdES.detached');
    expect(first!.fieldName).toBe('Signature1');
    expect(second!.fieldName).toBe('Signature2');
    expect(first!.certificate?.issuer).toBe('C=ID, O=Alur Test, CN=Alur Test CA');
    expect(first!.certificate?.subject).toContain('serialNumber=197503122000031001');
    expect(first!.certificateValidAtSigning).toBe(true);
    expect(first!.certificate?.fingerprint).toBe(head.certificate().fingerprint);
  });

  it('a byte changed inside the signed range: pdfsig and readPdfSignatures both say so', async () => {
    const signer = new LocalP12Signer(aCertificate('Budi'), PASS);
    const signed = await signer.sign(await aRealPdf(), request('Budi'));
    const altered = Buffer.from(signed);
    // A byte of the page content stream, well inside the first part of the ByteRange.
    const at = altered.indexOf('stream') + 20;
    altered[at] = altered[at]! ^ 0x01;

    const report = await pdfsig(altered);
    expect(report.validations, report.output).toEqual(['Digest Mismatch.']);
    const [signature] = readPdfSignatures(altered).signatures;
    expect(signature!.digestMatches).toBe(false);
    expect(signature!.intact).toBe(false);
    expect(signature!.problems.join(' ')).toContain('changed after signing');
  });

  it('bytes appended after the signature are reported, the signature itself stays intact', async () => {
    const signed = await new LocalP12Signer(aCertificate('Budi'), PASS).sign(
      await aRealPdf(),
      request('Budi'),
    );
    const appended = Buffer.concat([signed, Buffer.from('\n1 0 obj\n<< >>\nendobj\n')]);
    const read = readPdfSignatures(appended);
    expect(read.signatures[0]!.intact).toBe(true);
    expect(read.signatures[0]!.coversWholeFile).toBe(false);
    expect(read.bytesAfterLastSignature).toBeGreaterThan(10);
  });

  it('a hostile file (garbage signatures, thousands of them) is read without failing, up to a cap', () => {
    const junk =
      '1 0 obj\n<< /Type /Sig /ByteRange [0 10 20 30] /Contents <3082ffff0102> /M (D:2026) >>\nendobj\n';
    const report = readPdfSignatures(Buffer.from(`%PDF-1.7\n${junk.repeat(5000)}%%EOF\n`));
    expect(report.signatures).toHaveLength(20);
    expect(report.signatures.every((s) => !s.intact && s.certificate === null)).toBe(true);
    expect(report.signatures[0]!.problems).toContain('the signature contents are not a CMS structure');
  });

  it('a PDF without signatures has none', async () => {
    expect(readPdfSignatures(await aRealPdf())).toEqual({ signatures: [], bytesAfterLastSignature: 0 });
  });

  it('a wrong passphrase is refused naming the passphrase field, before anything is signed', async () => {
    const p12 = aCertificate('Budi');
    const error = await caught(() => inspectP12(p12, 'tebakan-keliru'));
    expect(error.code).toBe('CERTIFICATE_PASSPHRASE_WRONG');
    expect(error.fields.map((f) => f.field)).toEqual(['passphrase']);
    expect(error.userMessage.id).toBe('Frasa sandi sertifikat salah.');
    const signing = await caught(
      new LocalP12Signer(p12, 'tebakan-keliru').sign(await aRealPdf(), request('Budi')),
    );
    expect(signing.code).toBe('CERTIFICATE_PASSPHRASE_WRONG');
    expect(JSON.stringify(signing)).not.toContain('tebakan-keliru');
  });

  it('reads and signs with a PKCS#12 made by OpenSSL 3 (AES-256, SHA-256 MAC), as agencies upload them', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alur-openssl-'));
    const file = (name: string) => path.join(dir, name);
    await run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file('k.pem'),
      '-out',
      file('c.pem'),
      '-subj',
      '/C=ID/O=Dinas Uji/CN=Rina Wulandari, S.T.',
      '-days',
      '30',
    ]);
    await run('openssl', [
      'pkcs12',
      '-export',
      '-inkey',
      file('k.pem'),
      '-in',
      file('c.pem'),
      '-out',
      file('c.p12'),
      '-passout',
      'pass:rahasia-openssl',
    ]);
    const { stdout } = await run('openssl', [
      'x509',
      '-in',
      file('c.pem'),
      '-noout',
      '-fingerprint',
      '-sha256',
    ]);
    const p12 = fs.readFileSync(file('c.p12'));
    fs.rmSync(dir, { recursive: true, force: true });

    const details = inspectP12(p12, 'rahasia-openssl');
    expect(details.fingerprint).toBe(stdout.split('=')[1]!.trim().replace(/:/g, '').toLowerCase());
    expect(details.commonName).toBe('Rina Wulandari, S.T.');
    const signed = await new LocalP12Signer(p12, 'rahasia-openssl').sign(await aRealPdf(), {
      ...request('Rina Wulandari, S.T.'),
      signingTime: new Date(),
    });
    expect((await pdfsig(signed)).validations).toEqual(['Signature is Valid.']);
  });

  it('a file that is not PKCS#12 is refused naming the file field', async () => {
    const error = await caught(() => inspectP12(Buffer.from('bukan sertifikat'), PASS));
    expect(error.code).toBe('CERTIFICATE_INVALID');
    expect(error.fields.map((f) => f.field)).toEqual(['p12']);
  });

  it('an expired certificate and a not-yet-valid one are refused at the signing time', async () => {
    const pdf = await aRealPdf();
    const expired = aCertificate('Budi', {
      validFrom: new Date('2025-01-01T00:00:00Z'),
      validTo: new Date('2026-06-30T23:59:59Z'),
    });
    const error = await caught(new LocalP12Signer(expired, PASS).sign(pdf, request('Budi')));
    expect(error.code).toBe('CERTIFICATE_EXPIRED');
    expect(error.userMessage.id).toContain('berlaku sampai 2026-06-30');
    expect(error.userMessage.en).toContain('valid until 2026-06-30, signing on 2026-11-23');

    const future = aCertificate('Budi', {
      validFrom: new Date('2027-01-01T00:00:00Z'),
      validTo: new Date('2028-01-01T00:00:00Z'),
    });
    const notYet = await caught(new LocalP12Signer(future, PASS).sign(pdf, request('Budi')));
    expect(notYet.code).toBe('CERTIFICATE_NOT_YET_VALID');
    expect(notYet.userMessage.id).toContain('berlaku mulai 2027-01-01');
    // The same certificate signs once its day has come.
    const later = await new LocalP12Signer(future, PASS).sign(pdf, {
      ...request('Budi'),
      signingTime: new Date('2027-02-01T00:00:00Z'),
    });
    expect(readPdfSignatures(later).signatures[0]!.intact).toBe(true);
  });

  it('BSrE is outlined, not configured: it says so', async () => {
    const bsre = new BsreSigner(
      { baseUrl: 'https://bsre.example/', clientId: 'alur', clientSecret: 'x' },
      { nik: '6400000000000001', passphrase: 'p' },
    );
    expect(bsre.endpoint()).toBe('https://bsre.example/api/sign/pdf');
    const error = await caught(bsre.sign(await aRealPdf(), request('Budi')));
    expect(error.code).toBe('SIGNER_NOT_CONFIGURED');
  });
});
