/**
 * What a typed figure will be stored as, for the preview under an input. The server reads `.` or `,`
 * as the decimal mark and refuses thousands separators; Rupiah, though, are typed with dots between
 * thousands (`1.250.000.000`), so for Rupiah those dots are dropped before sending.
 */
export function normaliseDraft(text: string, kind: 'decimal' | 'rupiah' | 'text'): string {
  // What was typed goes to the server as typed (it names the place and quotes the text when it is not
  // a number), except the Rupiah forms people write: a leading "Rp" and dots between thousands.
  const trimmed = text.trim();
  if (kind === 'rupiah') {
    const noPrefix = trimmed.replace(/^rp\.?\s*/i, '');
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(noPrefix)) return noPrefix.replace(/\./g, '').replace(',', '.');
    return noPrefix;
  }
  return trimmed;
}

/** The stored decimal text as a person edits it: `97.7` → `97,7`. */
export function draftOf(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  return /^-?\d+(\.\d+)?$/.test(value) ? value.replace('.', ',') : value;
}

/** A draft that reads as a number: its canonical text (`2.000` → `2`, `97,70` → `97.7`); else null. */
export function canonicalDraft(text: string): string | null {
  const t = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  const [whole = '0', fraction = ''] = t.replace('-', '').split('.');
  const w = whole.replace(/^0+(?=\d)/, '');
  const f = fraction.replace(/0+$/, '');
  const sign = t.startsWith('-') && /[1-9]/.test(w + f) ? '-' : '';
  return `${sign}${w}${f ? `.${f}` : ''}`;
}
