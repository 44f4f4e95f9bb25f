import { generateKeyPair, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';
import { type CertificateDetails, describeCertificate } from './certificate-details';

/**
 * A private certificate authority for the demo and the tests, never for real signatures: PDF readers
 * say its certificates come from an unknown issuer, and that is the truth.
 */
export interface DemoCertificateAuthority {
  commonName: string;
  organization: string;
  certificatePem: string;
  privateKeyPem: string;
}

export interface CertificateHolder {
  /** The holder's name with titles, as the certificate's common name. */
  name: string;
  /** The 18-digit NIP, recorded as the subject's serialNumber attribute (BSrE puts the NIK there). */
  nip?: string | null;
  email?: string | null;
  validFrom: Date;
  validTo: Date;
  passphrase: string;
  /** A key made earlier (`generateSigningKey`); a new one is generated when absent. */
  privateKeyPem?: string;
  /**
   * Key-derivation rounds protecting the PKCS#12 (default 2048, as OpenSSL). Each round costs time
   * when the file is made and opened; only a file whose passphrase is public anyway (the demo's)
   * has a reason to use fewer.
   */
  iterations?: number;
}

const YEAR_MS = 365 * 24 * 3600 * 1000;

/**
 * An RSA-2048 private key (PKCS#8 PEM), generated on libuv's thread pool. Generating one takes about
 * half a second of CPU, which is why callers that issue many certificates make their keys ahead.
 */
export async function generateSigningKey(): Promise<string> {
  const { privateKey } = await promisify(generateKeyPair)('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return privateKey;
}

export function createDemoCertificateAuthority(
  options: {
    commonName?: string;
    organization?: string;
    validFrom?: Date;
    validTo?: Date;
    privateKeyPem?: string;
  } = {},
): DemoCertificateAuthority {
  const commonName = options.commonName ?? 'Alur Demo CA (fiktif)';
  const organization = options.organization ?? 'Alur Demo';
  const validFrom = options.validFrom ?? new Date(Date.now() - YEAR_MS);
  const privateKeyPem = options.privateKeyPem ?? newKeySync();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKeyOf(privateKeyPem);
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = validFrom;
  cert.validity.notAfter = options.validTo ?? new Date(validFrom.getTime() + 20 * YEAR_MS);
  const name = [
    { shortName: 'C', value: 'ID' },
    { shortName: 'O', value: organization },
    { shortName: 'CN', value: commonName },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: true, critical: true },
    { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  signCertificate(cert, privateKeyPem);
  return { commonName, organization, certificatePem: forge.pki.certificateToPem(cert), privateKeyPem };
}

/**
 * Issues a signing certificate (RSA 2048, digital signature and non-repudiation) and returns it as a
 * PKCS#12 protected by `holder.passphrase`, with the CA certificate beside it so signatures carry the chain.
 */
export function issueCertificate(ca: DemoCertificateAuthority, holder: CertificateHolder): Buffer {
  return issueCertificateWithDetails(ca, holder).p12;
}

/** {@link issueCertificate}, also describing the certificate (what `inspectP12` would read back). */
export function issueCertificateWithDetails(
  ca: DemoCertificateAuthority,
  holder: CertificateHolder,
): { p12: Buffer; certificate: CertificateDetails } {
  const caCert = forge.pki.certificateFromPem(ca.certificatePem);
  const privateKeyPem = holder.privateKeyPem ?? newKeySync();
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKeyOf(privateKeyPem);
  cert.serialNumber = randomSerial();
  cert.validity.notBefore = holder.validFrom;
  cert.validity.notAfter = holder.validTo;
  cert.setSubject([
    { shortName: 'C', value: 'ID' },
    { shortName: 'O', value: ca.organization },
    ...(holder.nip ? [{ name: 'serialNumber', value: holder.nip }] : []),
    { shortName: 'CN', value: holder.name },
  ]);
  cert.setIssuer(caCert.subject.attributes);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', digitalSignature: true, nonRepudiation: true, critical: true },
    { name: 'extKeyUsage', emailProtection: true },
    ...(holder.email ? [{ name: 'subjectAltName', altNames: [{ type: 1, value: holder.email }] }] : []),
    { name: 'subjectKeyIdentifier' },
    { name: 'authorityKeyIdentifier', keyIdentifier: caCert.generateSubjectKeyIdentifier().getBytes() },
  ]);
  signCertificate(cert, ca.privateKeyPem);
  const p12 = forge.pkcs12.toPkcs12Asn1(
    forge.pki.privateKeyFromPem(privateKeyPem),
    [cert, caCert],
    holder.passphrase,
    {
      algorithm: 'aes256',
      friendlyName: holder.name,
      generateLocalKeyId: true,
      count: holder.iterations ?? 2048,
    },
  );
  return {
    p12: Buffer.from(forge.asn1.toDer(p12).getBytes(), 'binary'),
    certificate: describeCertificate(
      Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary'),
    ),
  };
}

function newKeySync(): string {
  return generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  }).privateKey;
}

function publicKeyOf(privateKeyPem: string): forge.pki.rsa.PublicKey {
  const key = forge.pki.privateKeyFromPem(privateKeyPem) as forge.pki.rsa.PrivateKey;
  return forge.pki.setRsaPublicKey(key.n, key.e);
}

/**
 * forge's `cert.sign` does the RSA operation in JavaScript (about 150 ms); Node's crypto signs the
 * same TBSCertificate bytes in a millisecond. The fields set are those `cert.sign` sets.
 */
function signCertificate(cert: forge.pki.Certificate, issuerKeyPem: string): void {
  const algorithm = forge.pki.oids.sha256WithRSAEncryption!;
  cert.signatureOid = algorithm;
  cert.siginfo.algorithmOid = algorithm;
  cert.tbsCertificate = getTbsCertificate(cert);
  const tbs = Buffer.from(forge.asn1.toDer(cert.tbsCertificate).getBytes(), 'binary');
  cert.signature = sign('sha256', tbs, issuerKeyPem).toString('binary');
}

/** Present in forge, missing from its typings. */
const getTbsCertificate = (
  forge.pki as unknown as { getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1 }
).getTBSCertificate;

/** 16 random bytes, high bit clear so the DER integer stays positive without a padding byte. */
function randomSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0]! & 0x7f) | 0x10;
  return bytes.toString('hex');
}
