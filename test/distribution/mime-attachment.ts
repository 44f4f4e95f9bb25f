/**
 * The attachments of a raw e-mail as nodemailer writes it (multipart/mixed, base64 parts), read
 * without a MIME library: enough to check what Alur actually put on the wire.
 */
export function attachmentsOf(
  raw: string,
): Array<{ contentType: string; filename: string; content: Buffer }> {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  if (!boundary) return [];
  return raw
    .split(`--${boundary}`)
    .map((part) => {
      const split = part.indexOf('\r\n\r\n');
      if (split < 0) return null;
      const headers = part.slice(0, split).replace(/\r\n\s+/g, ' ');
      const filename = /filename="?([^";\r\n]+)"?/i.exec(headers)?.[1];
      if (!filename || !/content-transfer-encoding:\s*base64/i.test(headers)) return null;
      return {
        contentType: /content-type:\s*([^;\r\n]+)/i.exec(headers)?.[1]?.trim() ?? '',
        filename,
        content: Buffer.from(part.slice(split + 4).replace(/\s+/g, ''), 'base64'),
      };
    })
    .filter((a) => a !== null);
}
