import { DomainError, fieldError } from '../../core/errors';

/** A document of another agency, or none: the same answer, so existence is not leaked. */
export function documentNotFound(): DomainError {
  return new DomainError('NOT_FOUND', { id: 'Dokumen tidak ditemukan.', en: 'Document not found.' });
}

export function versionNotFound(field = 'versionId'): DomainError {
  return new DomainError(
    'NOT_FOUND',
    { id: 'Versi dokumen tidak ditemukan.', en: 'Document version not found.' },
    [fieldError(field, 'Versi dokumen tidak ditemukan.', 'Document version not found.')],
  );
}

export function jobNotFound(): DomainError {
  return new DomainError('NOT_FOUND', {
    id: 'Pekerjaan pembuatan dokumen tidak ditemukan.',
    en: 'Generation job not found.',
  });
}

/** Someone else changed the document (narrative, status) since it was read. */
export function documentConflict(): DomainError {
  return new DomainError(
    'DOCUMENT_CONFLICT',
    {
      id: 'Dokumen ini baru saja diubah orang lain. Muat ulang, periksa perubahannya, lalu simpan lagi.',
      en: 'Someone else changed this document just now. Reload, check their changes, then save again.',
    },
    [
      fieldError(
        'version',
        'Dokumen sudah diubah sejak Anda membukanya.',
        'The document changed since you opened it.',
      ),
    ],
  );
}

export function notLatestVersion(action: { id: string; en: string }): DomainError {
  return new DomainError(
    'DOCUMENT_NOT_LATEST_VERSION',
    {
      id: `${action.id} hanya dapat dilakukan pada versi terakhir dokumen.`,
      en: `${action.en} can only be done on the document's latest version.`,
    },
    [fieldError('versionId', 'Bukan versi terakhir dokumen.', "Not the document's latest version.")],
  );
}
