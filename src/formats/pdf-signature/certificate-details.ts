import { createHash, X509Certificate } from 'node:crypto';

/** What people and records need to know of an X.509 certificate. */
export interface CertificateDetails {
  /** Distinguished name in the certificate's order, `CN=…, O=…, C=ID`. */
  subject: string;
  issuer: string;
  commonName: string | null;
  /** Hexadecimal, upper case, without leading zeros (the same form wherever a serial is compared). */
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /** SHA-256 of the DER certificate, lower-case hex. */
  fingerprint: string;
}

/**
 * Reads a DER certificate with Node's X.509 parser (RSA and EC keys alike; node-forge reads RSA only).
 */
export function describeCertificate(der: Buffer): CertificateDetails {
  const x509 = new X509Certificate(der);
  return {
    subject: distinguishedName(x509.subject),
    issuer: distinguishedName(x509.issuer),
    commonName: commonNameOf(x509.subject),
    serial: normaliseSerial(x509.serialNumber),
    notBefore: new Date(x509.validFrom),
    notAfter: new Date(x509.validTo),
    fingerprint: createHash('sha256').update(der).digest('hex'),
  };
}

/** Node writes one attribute a line; records and screens want one line. */
function distinguishedName(multiline: string): string {
  return multiline
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join(', ');
}

function commonNameOf(multiline: string): string | null {
  const line = multiline.split('\n').find((l) => l.startsWith('CN='));
  // Node escapes DN specials (`Siti\\, S.E.`); a name is shown without them.
  return line ? line.slice(3).replace(/\\(.)/g, '$1') : null;
}

/** DER integers carry a leading zero byte when the high bit is set; parsers differ in keeping it. */
export function normaliseSerial(hex: string): string {
  return hex
    .replace(/[^0-9a-f]/gi, '')
    .replace(/^0+(?=.)/, '')
    .toUpperCase();
}

/** Is `at` within the certificate's validity? */
export function validAt(certificate: Pick<CertificateDetails, 'notBefore' | 'notAfter'>, at: Date): boolean {
  return at.getTime() >= certificate.notBefore.getTime() && at.getTime() <= certificate.notAfter.getTime();
}
