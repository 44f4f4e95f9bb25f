import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { type Signer as CmsSigner, SignPdf } from '@signpdf/signpdf';
import { PDFDocument } from 'pdf-lib';
import { readPdfSignatures } from './read-pdf-signatures';
import { pdfNotSignable } from './signature-errors';
import type { SignatureRequest } from './signer';

const SUBFILTER_PADES = 'ETSI.CAdES.detached';

/**
 * Appends one PAdES signature as an incremental update: placeholder-plain appends the signature
 * dictionary, an invisible widget, the page and AcroForm objects and a new xref section after the
 * last `%%EOF`; `@signpdf/signpdf` fills the ByteRange and the CMS. Nothing before the old end of
 * file changes, so earlier signatures keep verifying.
 *
 * placeholder-plain reads classic xref tables only. A PDF that uses an xref stream and carries no
 * signature yet is first rewritten with pdf-lib (classic table, same content); one that is already
 * signed cannot be rewritten without breaking its signatures and is refused.
 */
export async function appendSignature(
  pdf: Buffer,
  request: SignatureRequest,
  cmsSigner: CmsSigner,
  signatureLength: number,
): Promise<Buffer> {
  let source = pdf;
  let withPlaceholder: Buffer;
  try {
    withPlaceholder = addPlaceholder(source, request, signatureLength);
  } catch (first) {
    if (readPdfSignatures(pdf).signatures.length > 0)
      throw pdfNotSignable(`xref: ${first instanceof Error ? first.message : String(first)}`);
    source = await rewriteWithClassicXref(pdf);
    try {
      withPlaceholder = addPlaceholder(source, request, signatureLength);
    } catch (second) {
      throw pdfNotSignable(second instanceof Error ? second.message : String(second));
    }
  }
  return new SignPdf().sign(withPlaceholder, cmsSigner, request.signingTime);
}

function addPlaceholder(pdf: Buffer, request: SignatureRequest, signatureLength: number): Buffer {
  return plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: pdfText(request.reason),
    location: pdfText(request.location),
    name: pdfText(request.name),
    contactInfo: pdfText(request.contactInfo ?? ''),
    signingTime: request.signingTime,
    signatureLength,
    subFilter: SUBFILTER_PADES,
    appName: 'Alur',
  });
}

async function rewriteWithClassicXref(pdf: Buffer): Promise<Buffer> {
  try {
    const document = await PDFDocument.load(pdf, { updateMetadata: false });
    return Buffer.from(await document.save({ useObjectStreams: false }));
  } catch (error) {
    throw pdfNotSignable(error instanceof Error ? error.message : String(error));
  }
}

/**
 * placeholder-plain writes its strings through `Buffer.from(text)` (UTF-8) after encoding non-ASCII
 * text as UTF-16 bytes, which garbles it; the dictionary texts are kept to printable ASCII
 * (accents dropped). The signer's real name lives in the certificate.
 */
function pdfText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '?');
}
