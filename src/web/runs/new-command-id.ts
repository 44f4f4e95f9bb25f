/**
 * A fresh id for one click on a run command: the server acts once per id, so a retried request
 * (a double tap, a flaky network) does not act twice. `crypto.randomUUID` exists only in secure
 * contexts; an agency server reached over plain HTTP on its LAN falls back to random bytes.
 */
export function newCommandId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
