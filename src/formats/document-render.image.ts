/**
 * The kind and pixel size of a PNG or JPEG (a logo, a cover image) from its first bytes, so both
 * renderers can size it by its proportions without decoding it.
 */
export function imageInfo(base64: string): { type: 'png' | 'jpg'; width: number; height: number } {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > 24 && bytes.readUInt32BE(0) === 0x89504e47)
    return { type: 'png', width: bytes.readUInt32BE(16) || 1, height: bytes.readUInt32BE(20) || 1 };
  // JPEG: walk the segments to the frame header (SOF0–SOF3), which holds height then width.
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) break;
    const marker = bytes[i + 1]!;
    if (marker >= 0xc0 && marker <= 0xc3)
      return { type: 'jpg', width: bytes.readUInt16BE(i + 7) || 1, height: bytes.readUInt16BE(i + 5) || 1 };
    i += 2 + bytes.readUInt16BE(i + 2);
  }
  return { type: base64.startsWith('/9j/') ? 'jpg' : 'png', width: 1, height: 1 };
}
