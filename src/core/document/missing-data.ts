import { DomainError, type LocalizedText } from '../errors';

/**
 * One thing a document needs and the data lacks: what (for people, in both languages) and where
 * (the indicator, quarter, position or table it concerns), so the caller refuses with the whole list
 * instead of producing half a document.
 */
export interface MissingData {
  what: LocalizedText;
  where: string;
}

/**
 * The refusal for a document whose data is incomplete: `DOCUMENT_DATA_MISSING`, one field per
 * missing item (`field` is the item's `where`), the count in the message.
 */
export function missingDataError(document: LocalizedText, items: MissingData[]): DomainError {
  return new DomainError(
    'DOCUMENT_DATA_MISSING',
    {
      id: `${document.id} belum dapat dibuat: ${items.length} data belum lengkap.`,
      en: `The ${document.en} cannot be generated yet: ${items.length} data item(s) missing.`,
    },
    items.map((item) => ({ field: item.where, message: item.what })),
  );
}

/** Throws {@link missingDataError} when `items` is not empty. */
export function assertNothingMissing(document: LocalizedText, items: MissingData[]): void {
  if (items.length > 0) throw missingDataError(document, items);
}
