/**
 * What a signature says besides the signer's certificate. `reason`, `location` and `name` go into the
 * PDF signature dictionary (shown by PDF readers in the signature panel); `signingTime` is also the
 * moment the certificate must be valid at.
 */
export interface SignatureRequest {
  reason: string;
  location: string;
  /** The signer's name as people know it (the certificate's own name is read from the certificate). */
  name: string;
  signingTime: Date;
  contactInfo?: string;
}

/** `local_p12`: a PKCS#12 held by Alur; `bsre`: the national CA's signing service. */
export type SignerKind = 'local_p12' | 'bsre';

/**
 * Signs a PDF as one PAdES signature (`ETSI.CAdES.detached`) appended as an incremental update: the
 * bytes given are kept as they are, so signatures already in them stay valid.
 */
export interface Signer {
  readonly kind: SignerKind;
  sign(pdf: Buffer, request: SignatureRequest): Promise<Buffer>;
}
