/**
 * Byte statistics among UTF-8, GB18030 and Big5. GB2312-range hanzi always
 * have a trail byte ≥ 0xA1; about half of Big5's common hanzi have a trail
 * byte in 0x40–0x7E. That share separates the two double-byte encodings.
 */
import iconv from 'iconv-lite';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    utf8.decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Share of double-byte pairs whose trail byte is in 0x40–0x7E above which the text is Big5. */
const BIG5_LOW_TRAIL_SHARE = 0.2;

/** The encoding that decodes the bytes cleanly, or null when none does. */
export function detectEncoding(bytes: Uint8Array): string | null {
  if (isValidUtf8(bytes)) return 'utf-8';
  const order = lowTrailShare(bytes) > BIG5_LOW_TRAIL_SHARE ? ['big5', 'gb18030'] : ['gb18030', 'big5'];
  for (const encoding of order) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding);
    if (!text.includes('\ufffd')) return encoding;
  }
  return null;
}

function lowTrailShare(bytes: Uint8Array): number {
  let pairs = 0;
  let lowTrail = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead > 0xfe) continue;
    const trail = bytes[i + 1]!;
    pairs++;
    if (trail >= 0x40 && trail <= 0x7e) lowTrail++;
    i++; // skip the trail byte
  }
  return pairs === 0 ? 0 : lowTrail / pairs;
}
