import { constants, createHash, verify, X509Certificate } from 'node:crypto';
import forge from 'node-forge';
import {
  type CertificateDetails,
  describeCertificate,
  normaliseSerial,
  validAt,
} from './certificate-details';

/** One signature found in a PDF, and what checking it found. */
export interface PdfSignature {
  /** 1, 2, … in the order the signatures appear in the file (the order they were added). */
  index: number;
  /** The signature field's name (`Signature1`), when its widget is found. */
  fieldName: string | null;
  /** The signer's name from the certificate (its common name). */
  signerName: string | null;
  /** The CMS signing-time attribute, or else the signature dictionary's `/M`. */
  signingTime: Date | null;
  reason: string | null;
  location: string | null;
  contactInfo: string | null;
  subFilter: string | null;
  certificate: CertificateDetails | null;
  /** Was the certificate within its validity at the signing time? (null: unknown time or certificate) */
  certificateValidAtSigning: boolean | null;
  byteRange: number[];
  /** Where the revision this signature signed ends (ByteRange offset + length of its second part). */
  revisionEnd: number;
  /** The ByteRange starts at 0, leaves out exactly this signature's `/Contents` and ends at an `%%EOF`. */
  coversRevision: boolean;
  /** … and that revision is the whole file. */
  coversWholeFile: boolean;
  /** The digest of the signed bytes equals the CMS messageDigest. */
  digestMatches: boolean;
  /** The signer's public key verifies the CMS signature. */
  signatureVerified: boolean;
  /** All three of the above: the bytes this signature signed are unchanged. */
  intact: boolean;
  /** Why a check failed, in English (for logs and the command line; screens use the flags). */
  problems: string[];
}

export interface PdfSignatureReport {
  signatures: PdfSignature[];
  /** Bytes after the end of the last signed revision (a single trailing end-of-line not counted). */
  bytesAfterLastSignature: number;
}

const OID = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
};

/**
 * Files come from anyone (the public check): a hostile one could carry thousands of `/ByteRange`
 * entries or a huge dictionary. Real documents carry a handful of signatures of a few KB each.
 */
const MAX_SIGNATURES = 20;
const MAX_DICTIONARY = 512 * 1024;

const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
  '2.16.840.1.101.3.4.2.4': 'sha224',
};

/**
 * Finds every signature of a PDF (every `/ByteRange` with a `/Contents` in a dictionary written as a
 * plain object, which is how signers write them) and checks each one on its own: the range, the
 * digest of the signed bytes against the CMS, and the CMS signature against the signer's certificate.
 * The CMS is parsed with node-forge; hashing and the public-key check use Node's crypto, which also
 * reads EC keys. Trust in the issuer is not judged here: that is the verifier's policy.
 */
export function readPdfSignatures(pdf: Buffer): PdfSignatureReport {
  const text = pdf.toString('latin1');
  const headers = objectHeaders(text);
  const signatures: PdfSignature[] = [];
  const byteRangePattern = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;
  for (const match of text.matchAll(byteRangePattern)) {
    if (signatures.length >= MAX_SIGNATURES) break;
    const header = lastHeaderBefore(headers, match.index);
    if (!header) continue;
    const end = text.indexOf('endobj', match.index);
    const dictionary = text.slice(
      header.start,
      Math.min(end === -1 ? text.length : end, header.start + MAX_DICTIONARY),
    );
    const contents = /\/Contents\s*<([0-9A-Fa-f\s]*)>/.exec(dictionary);
    if (!contents) continue;
    const contentsStart = header.start + contents.index + contents[0].indexOf('<');
    const contentsEnd = header.start + contents.index + contents[0].length;
    signatures.push(
      checkSignature(pdf, text, {
        index: signatures.length + 1,
        objectNumber: header.number,
        dictionary,
        byteRange: match.slice(1, 5).map(Number),
        contentsHex: contents[1]!.replace(/\s/g, ''),
        contentsStart,
        contentsEnd,
      }),
    );
  }
  const lastEnd = Math.max(0, ...signatures.map((s) => s.revisionEnd));
  const tail = pdf.subarray(Math.min(lastEnd, pdf.length)).toString('latin1');
  return {
    signatures,
    bytesAfterLastSignature: signatures.length === 0 ? 0 : tail.replace(/^(\r\n|\r|\n)$/, '').length,
  };
}

interface FoundSignature {
  index: number;
  objectNumber: number;
  dictionary: string;
  byteRange: number[];
  contentsHex: string;
  contentsStart: number;
  contentsEnd: number;
}

function checkSignature(pdf: Buffer, text: string, found: FoundSignature): PdfSignature {
  const problems: string[] = [];
  const [start, firstLength, secondStart, secondLength] = found.byteRange as [number, number, number, number];
  const revisionEnd = secondStart + secondLength;
  const rangeInFile = start === 0 && revisionEnd <= pdf.length;
  const skipsOwnContents = firstLength === found.contentsStart && secondStart === found.contentsEnd;
  const endsAtEof = /%%EOF(\r\n|\r|\n)?$/.test(text.slice(Math.max(0, revisionEnd - 8), revisionEnd));
  const coversRevision = rangeInFile && skipsOwnContents && endsAtEof;
  if (!rangeInFile) problems.push('the ByteRange does not lie within the file');
  else if (!skipsOwnContents)
    problems.push("the ByteRange does not leave out exactly the signature's Contents");
  else if (!endsAtEof) problems.push('the ByteRange does not end at the end of a revision (%%EOF)');

  const signed = rangeInFile
    ? Buffer.concat([pdf.subarray(0, firstLength), pdf.subarray(secondStart, revisionEnd)])
    : Buffer.alloc(0);
  const cms = parseCms(found.contentsHex, signed, problems);
  const dictionaryTime = pdfDate(readString(found.dictionary, 'M'));
  const signingTime = cms.signingTime ?? dictionaryTime;
  const certificate = cms.certificate;
  return {
    index: found.index,
    fieldName: fieldNameOf(text, found.objectNumber),
    signerName: certificate?.commonName ?? null,
    signingTime,
    reason: readString(found.dictionary, 'Reason'),
    location: readString(found.dictionary, 'Location'),
    contactInfo: readString(found.dictionary, 'ContactInfo'),
    subFilter: /\/SubFilter\s*\/([^\s/<>[\]()]+)/.exec(found.dictionary)?.[1] ?? null,
    certificate,
    certificateValidAtSigning: certificate && signingTime ? validAt(certificate, signingTime) : null,
    byteRange: found.byteRange,
    revisionEnd,
    coversRevision,
    coversWholeFile: coversRevision && revisionEnd >= pdf.length - trailingEolLength(text),
    digestMatches: cms.digestMatches,
    signatureVerified: cms.signatureVerified,
    intact: coversRevision && cms.digestMatches && cms.signatureVerified,
    problems,
  };
}

function trailingEolLength(text: string): number {
  return /(\r\n|\r|\n)$/.exec(text)?.[0].length ?? 0;
}

interface CmsCheck {
  certificate: CertificateDetails | null;
  signingTime: Date | null;
  digestMatches: boolean;
  signatureVerified: boolean;
}

/** Reads the CMS SignedData and checks it against the signed bytes; records what fails in `problems`. */
function parseCms(hex: string, signed: Buffer, problems: string[]): CmsCheck {
  const result: CmsCheck = {
    certificate: null,
    signingTime: null,
    digestMatches: false,
    signatureVerified: false,
  };
  let contentInfo: forge.asn1.Asn1;
  try {
    // The placeholder is longer than the CMS: the zero padding after its DER end is not part of it.
    contentInfo = fromDer(forge.util.createBuffer(Buffer.from(hex, 'hex').toString('binary')), {
      parseAllBytes: false,
      decodeBitStrings: false,
    });
  } catch {
    problems.push('the signature contents are not a CMS structure');
    return result;
  }
  const outer = children(contentInfo);
  if (oidOf(outer[0]) !== OID.signedData) {
    problems.push('the signature contents are not CMS SignedData');
    return result;
  }
  const signedData = children(children(outer[1])[0]);
  const certificates = signedData
    .filter((node) => node.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && node.type === 0)
    .flatMap((node) => children(node))
    .map(derOf);
  const signerInfo = children(signedData[signedData.length - 1])[0];
  if (!signerInfo) {
    problems.push('the CMS has no signer');
    return result;
  }
  const parts = children(signerInfo);
  const sid = parts[1];
  const digestName = DIGESTS[oidOf(children(parts[2])[0]) ?? ''];
  let next = 3;
  const signedAttributes =
    parts[next]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC && parts[next]?.type === 0
      ? parts[next++]
      : undefined;
  const signatureAlgorithm = oidOf(children(parts[next++])[0]);
  const signatureValue = Buffer.from(String(parts[next]?.value ?? ''), 'binary');
  if (!digestName) {
    problems.push('the CMS uses an unknown digest algorithm');
    return result;
  }

  const digest = createHash(digestName).update(signed).digest();
  let toVerify = signed;
  if (signedAttributes) {
    const attributes = new Map(
      children(signedAttributes).map((attribute) => {
        const [type, values] = children(attribute);
        return [oidOf(type) ?? '', children(values)[0]] as const;
      }),
    );
    const messageDigest = attributes.get(OID.messageDigest);
    result.digestMatches =
      !!messageDigest && Buffer.from(String(messageDigest.value), 'binary').equals(digest);
    result.signingTime = asn1Time(attributes.get(OID.signingTime));
    // The signature covers the attributes DER-encoded as a SET (tag 0x31), not as the [0] they are stored under.
    const set = forge.asn1.create(
      forge.asn1.Class.UNIVERSAL,
      forge.asn1.Type.SET,
      true,
      children(signedAttributes),
    );
    toVerify = derOf(set);
  }
  const candidates = signerCandidates(certificates, sid);
  const signer = candidates.find((der) =>
    publicKeyVerifies(der, signatureAlgorithm, digestName, toVerify, signatureValue),
  );
  result.signatureVerified = !!signer;
  if (!signedAttributes) result.digestMatches = result.signatureVerified;
  const shown = signer ?? candidates[0];
  result.certificate = shown ? describeOrNull(shown) : null;
  if (!result.certificate) problems.push("the signer's certificate is not in the signature");
  if (!result.digestMatches)
    problems.push('the signed bytes do not match the digest in the signature (changed after signing)');
  else if (!result.signatureVerified)
    problems.push("the signature does not verify with the signer's certificate");
  return result;
}

function describeOrNull(der: Buffer): CertificateDetails | null {
  try {
    return describeCertificate(der);
  } catch {
    return null;
  }
}

/** The certificates the signer identifier names (issuer and serial), or all of them for a key identifier. */
function signerCandidates(certificates: Buffer[], sid: forge.asn1.Asn1 | undefined): Buffer[] {
  if (!sid || sid.tagClass !== forge.asn1.Class.UNIVERSAL) return certificates;
  const serialNode = children(sid)[1];
  const serial = normaliseSerial(forge.util.bytesToHex(String(serialNode?.value ?? '')));
  const named = certificates.filter((der) => {
    try {
      return normaliseSerial(new X509Certificate(der).serialNumber) === serial;
    } catch {
      return false;
    }
  });
  return named.length > 0 ? named : certificates;
}

function publicKeyVerifies(
  certificateDer: Buffer,
  algorithm: string | undefined,
  digestName: string,
  data: Buffer,
  signature: Buffer,
): boolean {
  try {
    const key = new X509Certificate(certificateDer).publicKey;
    if (algorithm === '1.2.840.113549.1.1.10')
      return verify(
        digestName,
        data,
        { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_AUTO },
        signature,
      );
    if (key.asymmetricKeyType === 'rsa')
      return verify(digestName, data, { key, padding: constants.RSA_PKCS1_PADDING }, signature);
    return verify(digestName, data, key, signature);
  } catch {
    return false;
  }
}

/** forge's typings predate the options object of `fromDer`. */
const fromDer = forge.asn1.fromDer as unknown as (
  bytes: forge.util.ByteStringBuffer,
  options: { parseAllBytes: boolean; decodeBitStrings: boolean },
) => forge.asn1.Asn1;

function children(node: forge.asn1.Asn1 | undefined): forge.asn1.Asn1[] {
  return node && Array.isArray(node.value) ? (node.value as forge.asn1.Asn1[]) : [];
}

function oidOf(node: forge.asn1.Asn1 | undefined): string | undefined {
  if (!node || node.type !== forge.asn1.Type.OID || typeof node.value !== 'string') return undefined;
  return forge.asn1.derToOid(forge.util.createBuffer(node.value));
}

function derOf(node: forge.asn1.Asn1): Buffer {
  return Buffer.from(forge.asn1.toDer(node).getBytes(), 'binary');
}

function asn1Time(node: forge.asn1.Asn1 | undefined): Date | null {
  if (!node || typeof node.value !== 'string') return null;
  if (node.type === forge.asn1.Type.UTCTIME) return forge.asn1.utcTimeToDate(node.value);
  if (node.type === forge.asn1.Type.GENERALIZEDTIME) return forge.asn1.generalizedTimeToDate(node.value);
  return null;
}

interface ObjectHeader {
  number: number;
  start: number;
}

/** Every `n g obj` in the file, in file order. */
function objectHeaders(text: string): ObjectHeader[] {
  return [...text.matchAll(/(?:^|[\r\n\s])(\d+)\s+\d+\s+obj\b/g)].map((m) => ({
    number: Number(m[1]),
    start: m.index + m[0].indexOf(m[1]!),
  }));
}

function lastHeaderBefore(headers: ObjectHeader[], position: number): ObjectHeader | undefined {
  let low = 0;
  let high = headers.length - 1;
  let found: ObjectHeader | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (headers[middle]!.start <= position) {
      found = headers[middle];
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

/** `/T` of the last widget (in file order: incremental updates rewrite objects) whose `/V` is the signature. */
function fieldNameOf(text: string, objectNumber: number): string | null {
  const pattern = new RegExp(`/V\\s+${objectNumber}\\s+\\d+\\s+R\\b`, 'g');
  let name: string | null = null;
  for (const match of text.matchAll(pattern)) {
    const start = text.lastIndexOf('obj', match.index);
    const end = text.indexOf('endobj', match.index);
    if (start === -1 || end === -1) continue;
    name = readString(text.slice(start, end), 'T') ?? name;
  }
  return name;
}

/** The first string value of `/key` in a dictionary's text (literal or hex), decoded. */
export function readString(dictionary: string, key: string): string | null {
  const pattern = new RegExp(`/${key}(?=[\\s(<])\\s*`, 'g');
  for (const match of dictionary.matchAll(pattern)) {
    const at = match.index + match[0].length;
    if (dictionary[at] === '(') return decodePdfBytes(literalBytes(dictionary, at));
    if (dictionary[at] === '<' && dictionary[at + 1] !== '<') {
      const close = dictionary.indexOf('>', at);
      if (close === -1) return null;
      return decodePdfBytes(Buffer.from(dictionary.slice(at + 1, close).replace(/\s/g, ''), 'hex'));
    }
  }
  return null;
}

const ESCAPES: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };

/** A literal string `( … )` starting at `at`: balanced parentheses, backslash escapes, octal codes. */
function literalBytes(text: string, at: number): Buffer {
  const bytes: number[] = [];
  let depth = 0;
  for (let i = at; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (next in ESCAPES) {
        bytes.push(ESCAPES[next]!);
        i++;
      } else if (/[0-7]/.test(next)) {
        const octal = /^[0-7]{1,3}/.exec(text.slice(i + 1))![0];
        bytes.push(Number.parseInt(octal, 8) & 0xff);
        i += octal.length;
      } else if (next === '\r' || next === '\n') {
        i += next === '\r' && text[i + 2] === '\n' ? 2 : 1;
      } else i++;
      continue;
    }
    if (c === '(') {
      depth++;
      if (depth === 1) continue;
    } else if (c === ')') {
      depth--;
      if (depth === 0) break;
    }
    bytes.push(c.charCodeAt(0) & 0xff);
  }
  return Buffer.from(bytes);
}

/** UTF-16BE with its byte order mark, or else PDFDocEncoding (Latin-1 for the characters signers write). */
function decodePdfBytes(bytes: Buffer): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const body = Buffer.from(bytes.subarray(2));
    body.swap16();
    return body.toString('utf16le');
  }
  return bytes.toString('latin1');
}

/** `D:YYYYMMDDHHmmSSOHH'mm'` → Date (missing parts default as the PDF specification says). */
function pdfDate(value: string | null): Date | null {
  const m = value
    ? /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?/.exec(value)
    : null;
  if (!m) return null;
  const [year, month = '01', day = '01', hour = '00', minute = '00', second = '00'] = m.slice(1, 7);
  const utc = Date.UTC(+year!, +month - 1, +day, +hour, +minute, +second);
  const sign = m[7] === '-' ? -1 : m[7] === '+' ? 1 : 0;
  const offset = sign * ((Number(m[8] ?? 0) * 60 + Number(m[9] ?? 0)) * 60_000);
  return new Date(utc - offset);
}
