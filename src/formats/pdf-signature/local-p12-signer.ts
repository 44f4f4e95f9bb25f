import { P12Signer } from '@signpdf/signer-p12';
import { appendSignature } from './append-signature';
import { type CertificateDetails, validAt } from './certificate-details';
import { inspectP12 } from './inspect-p12';
import { certificateExpired, certificateNotYetValid } from './signature-errors';
import type { SignatureRequest, Signer } from './signer';

/**
 * Signs with a PKCS#12 held by Alur. The passphrase lives in a private field for the life of this
 * object only (one signing); it is never written anywhere.
 */
export class LocalP12Signer implements Signer {
  readonly kind = 'local_p12' as const;
  readonly #p12: Buffer;
  readonly #passphrase: string;

  constructor(p12: Buffer, passphrase: string) {
    this.#p12 = p12;
    this.#passphrase = passphrase;
  }

  /** The certificate that will sign; a wrong passphrase fails here, before any PDF work. */
  certificate(): CertificateDetails {
    return inspectP12(this.#p12, this.#passphrase);
  }

  /**
   * @throws DomainError `CERTIFICATE_PASSPHRASE_WRONG`, `CERTIFICATE_EXPIRED` or
   * `CERTIFICATE_NOT_YET_VALID` (checked against `request.signingTime`), `PDF_NOT_SIGNABLE`.
   */
  async sign(pdf: Buffer, request: SignatureRequest): Promise<Buffer> {
    const certificate = this.certificate();
    if (!validAt(certificate, request.signingTime)) {
      throw request.signingTime < certificate.notBefore
        ? certificateNotYetValid(certificate.notBefore, request.signingTime)
        : certificateExpired(certificate.notAfter, request.signingTime);
    }
    // The CMS carries the file's certificates (signer and chain) plus the signature: room for all.
    const signatureLength = Math.max(8192, this.#p12.length + 4096);
    return appendSignature(
      pdf,
      request,
      new P12Signer(this.#p12, { passphrase: this.#passphrase }),
      signatureLength,
    );
  }
}
