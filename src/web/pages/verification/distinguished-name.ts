/**
 * The attributes of a distinguished name as the API writes it (`C=ID, O=Dinas …, CN=Budi\, S.T.`):
 * commas inside a value are escaped with a backslash.
 */
export function dnAttributes(dn: string): Array<{ key: string; value: string }> {
  return dn
    .split(/(?<!\\), /)
    .map((part) => {
      const at = part.indexOf('=');
      return { key: part.slice(0, at), value: part.slice(at + 1).replace(/\\(.)/g, '$1') };
    })
    .filter((a) => a.key !== '');
}

/** The common name (`CN`), which names the holder or the issuing CA; the whole name when it has none. */
export function commonNameOf(dn: string): string {
  return dnAttributes(dn).find((a) => a.key === 'CN')?.value ?? dn;
}

/** Everything but the common name, for a smaller second line. */
export function detailsOf(dn: string): string {
  return dnAttributes(dn)
    .filter((a) => a.key !== 'CN')
    .map((a) => `${a.key}=${a.value}`)
    .join(', ');
}
