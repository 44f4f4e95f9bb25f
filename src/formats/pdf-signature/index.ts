export { type BsreConnection, BsreSigner, type BsreSignerIdentity } from './bsre-signer';
export { type CertificateDetails, normaliseSerial, validAt } from './certificate-details';
export {
  type CertificateHolder,
  createDemoCertificateAuthority,
  type DemoCertificateAuthority,
  generateSigningKey,
  issueCertificate,
  issueCertificateWithDetails,
} from './demo-certificate-authority';
export { inspectP12 } from './inspect-p12';
export { LocalP12Signer } from './local-p12-signer';
export { type PdfSignature, type PdfSignatureReport, readPdfSignatures } from './read-pdf-signatures';
export type { SignatureRequest, Signer, SignerKind } from './signer';
