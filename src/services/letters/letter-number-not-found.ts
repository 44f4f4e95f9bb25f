import { DomainError } from '../../core/errors';

export function letterNumberNotFound(): DomainError {
  return new DomainError('NOT_FOUND', { id: 'Nomor surat tidak ditemukan.', en: 'Letter number not found.' });
}
