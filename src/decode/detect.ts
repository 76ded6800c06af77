/**
 * Byte statistics among UTF-16 (without a BOM), UTF-8, GB18030 and Big5.
 * UTF-16 text puts a zero byte in every ASCII character's high half, on one
 * side of each pair only. GB2312-range hanzi always have a trail byte ≥ 0xA1;
 * about half of Big5's common hanzi have a trail byte in 0x40–0x7E. That
 * share separates the two double-byte encodings.
 */
// transcode is there when Node is built with ICU, as its releases are; without it, toString does it all.
import { isUtf8, transcode } from 'node:buffer';
import { countIn, PIECE_BYTES } from '../text/index.js';
import { decodeLegacy } from './legacy.js';

/** Validated natively, without building the string (that happens once, in decodeCounting). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  return isUtf8(bytes);
}

/** Share of double-byte pairs whose trail byte is in 0x40–0x7E above which the text is Big5. */
const BIG5_LOW_TRAIL_SHARE = 0.2;
/**
 * UTF-16: at least this share of pairs has a zero byte on the ASCII side, and
 * several times fewer on the other (CJK such as 一, U+4E00, has one there too).
 */
const UTF16_ZERO_SHARE = 0.05;
const UTF16_SIDE_RATIO = 4;

export interface Detection {
  encoding: string;
  /** The text, in pieces (src/text/pieces.ts). */
  pieces: readonly string[];
  /** How many characters are U+FFFD replacements for bytes that did not decode. */
  replacements: number;
}

/** The encoding that decodes the bytes best: cleanly if any does, else with the fewest replacements. */
export function detectEncoding(bytes: Uint8Array): Detection {
  const utf16 = utf16Order(bytes);
  if (utf16) return decodeCounting(bytes, utf16);
  if (isValidUtf8(bytes)) return { encoding: 'utf-8', pieces: utf8Pieces(asBuffer(bytes)), replacements: 0 };
  const order = lowTrailShare(bytes) > BIG5_LOW_TRAIL_SHARE ? ['big5', 'gb18030', 'utf-8'] : ['gb18030', 'big5', 'utf-8'];
  let best: Detection | null = null;
  for (const encoding of order) {
    const candidate = decodeCounting(bytes, encoding);
    if (candidate.replacements === 0) return candidate;
    if (!best || candidate.replacements < best.replacements) best = candidate;
  }
  return best!;
}

export function decodeCounting(bytes: Uint8Array, encoding: string): Detection {
  // Node's own UTF-8 decoder is several times faster than iconv-lite's.
  const pieces = encoding === 'utf-8' ? decodeUtf8(asBuffer(bytes)) : decodeLegacy(asBuffer(bytes), encoding);
  return { encoding, pieces, replacements: countIn(pieces, '\ufffd') };
}

/** Only valid UTF-8 is cut into pieces: where bytes are broken, a cut could change how they decode. */
const decodeUtf8 = (bytes: Buffer) => (isValidUtf8(bytes) ? utf8Pieces(bytes) : [bytes.toString('utf8')]);

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * Valid UTF-8 as strings of about `pieceBytes` bytes each, every one cut
 * before a byte that starts a character, so that each decodes exactly as
 * its part of the whole does.
 */
export function utf8Pieces(bytes: Buffer, pieceBytes = PIECE_BYTES): string[] {
  if (bytes.length <= pieceBytes) return [decodeValidUtf8(bytes, 0, bytes.length)];
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; ) {
    let end = Math.min(start + pieceBytes, bytes.length);
    while (end > start && end < bytes.length && isContinuation(bytes[end]!)) end--;
    // A piece smaller than one character: it takes the whole character.
    if (end === start) for (end = start + 1; end < bytes.length && isContinuation(bytes[end]!); end++);
    pieces.push(decodeValidUtf8(bytes, start, end));
    start = end;
  }
  return pieces;
}

/**
 * Valid UTF-8 bytes as a string, by whichever of Node's two decoders is the
 * faster for them. V8's own (toString) is quick over ASCII but slow over
 * multi-byte characters: 44 µs for the seed notice (12 KB, nearly all hanzi),
 * where Node's transcoding to UTF-16 took 6. Over ASCII it is the other way
 * round (2 against 10 µs for 12 KB). Both give the same string; which one
 * runs is decided by the share of sampled bytes that are not ASCII.
 */
function decodeValidUtf8(bytes: Buffer, start: number, end: number): string {
  if (!transcode || nonAsciiShare(bytes, start, end) < TRANSCODE_FROM_SHARE) return bytes.toString('utf8', start, end);
  return transcode(bytes.subarray(start, end), 'utf8', 'utf16le').toString('utf16le');
}

/**
 * From this share of non-ASCII bytes on, transcoding was the faster on the
 * real pages (1.05–5× for all but two 8–9 KB pages at 0.28–0.29); below it,
 * V8's decoder mostly was (pages of markup).
 */
const TRANSCODE_FROM_SHARE = 0.3;
/** One byte in this many is looked at: a prime, so no periodic layout fools it. */
const SAMPLE_STRIDE = 61;

function nonAsciiShare(bytes: Buffer, start: number, end: number): number {
  let seen = 0;
  let high = 0;
  for (let i = start; i < end; i += SAMPLE_STRIDE, seen++) if (bytes[i]! >= 0x80) high++;
  return seen === 0 ? 0 : high / seen;
}

/** 10xxxxxx: inside a character, never its first byte. */
const isContinuation = (byte: number) => (byte & 0xc0) === 0x80;

function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros / pairs >= UTF16_ZERO_SHARE && evenZeros * UTF16_SIDE_RATIO <= oddZeros) return 'utf-16le';
  if (evenZeros / pairs >= UTF16_ZERO_SHARE && oddZeros * UTF16_SIDE_RATIO <= evenZeros) return 'utf-16be';
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
