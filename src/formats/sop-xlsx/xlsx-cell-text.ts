import type ExcelJS from 'exceljs';

export type CellText = { text: string } | { problem: 'formula' | 'merged' | 'error' };

/**
 * The text of a cell where a plain value is expected. Numbers and dates become text (a date as
 * `YYYY-MM-DD`); rich text and hyperlinks their visible text. A formula, a merged cell or an error
 * value is a problem: the reader does not evaluate formulas nor guess which cell of a merge counts.
 */
export function cellText(cell: ExcelJS.Cell): CellText {
  if (cell.isMerged) return { problem: 'merged' };
  const value = cell.value;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value.trim() };
  if (typeof value === 'number' || typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) return { text: value.toISOString().slice(0, 10) };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { problem: 'formula' };
    if ('error' in value) return { problem: 'error' };
    if ('richText' in value)
      return {
        text: value.richText
          .map((part) => part.text)
          .join('')
          .trim(),
      };
    if ('text' in value && typeof value.text === 'string') return { text: value.text.trim() };
  }
  return { problem: 'error' };
}

export const CELL_PROBLEMS: Record<'formula' | 'merged' | 'error', { id: string; en: string }> = {
  formula: {
    id: 'sel berisi rumus (formula); tulis nilainya langsung.',
    en: 'the cell holds a formula; write the value itself.',
  },
  merged: {
    id: 'sel digabung (merge); pisahkan sel dan isi setiap sel sendiri.',
    en: 'the cell is merged; unmerge it and fill each cell on its own.',
  },
  error: {
    id: 'nilai sel tidak dapat dibaca.',
    en: 'the cell value cannot be read.',
  },
};
