import { DomainError, fieldError } from '../../core/errors';

/** A UTC day `YYYY-MM-DD`: certificates are valid to the second, people read the day. */
function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function wrongPassphrase(): DomainError {
  const id = 'Frasa sandi sertifikat salah.';
  const en = 'The certificate passphrase is wrong.';
  return new DomainError('CERTIFICATE_PASSPHRASE_WRONG', { id, en }, [fieldError('passphrase', id, en)]);
}

/** The file is not a usable PKCS#12 (`detail` says why, in both languages). */
export function invalidCertificateFile(detail: { id: string; en: string }): DomainError {
  const id = `Berkas sertifikat tidak dapat dipakai: ${detail.id}`;
  const en = `The certificate file cannot be used: ${detail.en}`;
  return new DomainError('CERTIFICATE_INVALID', { id, en }, [fieldError('p12', id, en)]);
}

export function certificateExpired(notAfter: Date, at: Date): DomainError {
  const id = `Sertifikat sudah kedaluwarsa: berlaku sampai ${day(notAfter)}, penandatanganan pada ${day(at)}. Minta administrator mengunggah sertifikat baru.`;
  const en = `The certificate has expired: valid until ${day(notAfter)}, signing on ${day(at)}. Ask the administrator to upload a new certificate.`;
  return new DomainError('CERTIFICATE_EXPIRED', { id, en }, [fieldError('certificate', id, en)]);
}

export function certificateNotYetValid(notBefore: Date, at: Date): DomainError {
  const id = `Sertifikat belum berlaku: berlaku mulai ${day(notBefore)}, penandatanganan pada ${day(at)}.`;
  const en = `The certificate is not valid yet: valid from ${day(notBefore)}, signing on ${day(at)}.`;
  return new DomainError('CERTIFICATE_NOT_YET_VALID', { id, en }, [fieldError('certificate', id, en)]);
}

export function pdfNotSignable(detail: string): DomainError {
  const id = `PDF tidak dapat ditandatangani (${detail}).`;
  const en = `The PDF cannot be signed (${detail}).`;
  return new DomainError('PDF_NOT_SIGNABLE', { id, en }, [fieldError('pdf', id, en)]);
}
