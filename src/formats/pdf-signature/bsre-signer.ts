import { DomainError } from '../../core/errors';
import type { SignatureRequest, Signer } from './signer';

/** How Alur signs in at the national CA's service (BSrE, under BSSN). */
export interface BsreConnection {
  /** The service's base address, e.g. the agency's gateway to BSrE. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
}

/** Whom BSrE signs for: the signer's NIK (the certificate is issued to the person) and passphrase. */
export interface BsreSignerIdentity {
  nik: string;
  passphrase: string;
}

/**
 * The outline of signing through BSrE: the service receives the PDF, the signer's NIK and passphrase,
 * signs with the certificate it holds for that person (PAdES, appearance left to the PDF as rendered)
 * and returns the signed PDF. Alur keeps the `Signer` contract; an agency with a BSrE agreement fills
 * in `sign` with its gateway's request format. Not configured in this release: every call says so.
 */
export class BsreSigner implements Signer {
  readonly kind = 'bsre' as const;
  readonly #connection: BsreConnection;
  readonly #identity: BsreSignerIdentity;

  constructor(connection: BsreConnection, identity: BsreSignerIdentity) {
    this.#connection = connection;
    this.#identity = identity;
  }

  /** Where the request would go: `POST <baseUrl>/api/sign/pdf` with the PDF, NIK, passphrase and texts. */
  endpoint(): string {
    return `${this.#connection.baseUrl.replace(/\/+$/, '')}/api/sign/pdf`;
  }

  async sign(_pdf: Buffer, _request: SignatureRequest): Promise<Buffer> {
    // The identity is held for the request this method will send; nothing else may read it.
    void this.#identity;
    throw notConfigured();
  }
}

function notConfigured(): DomainError {
  return new DomainError('SIGNER_NOT_CONFIGURED', {
    id: 'Penandatanganan melalui BSrE belum dikonfigurasi untuk instansi ini. Gunakan sertifikat lokal (PKCS#12).',
    en: 'Signing through BSrE is not configured for this agency. Use a local certificate (PKCS#12).',
  });
}
