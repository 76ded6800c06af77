/**
 * Stage 1, decode: bytes → string, and a visible record of why that encoding.
 * Order: byte-order mark → the caller's option → a charset declaration in the
 * first bytes (unless the bytes contradict it) → byte statistics.
 */
import iconv from 'iconv-lite';
import type { Diagnostic } from '../schema/index.js';
import { diagnostic } from '../text/index.js';
import { sniffBom } from './bom.js';
import { sniffDeclaredCharset } from './declared.js';
import { detectEncoding, isValidUtf8 } from './detect.js';

export type EncodingSource = 'bom' | 'option' | 'declared' | 'detected';

export interface DecodeOptions {
  /** Force an encoding label (any label iconv-lite knows). */
  encoding?: string | undefined;
}

export interface Decoded {
  text: string;
  encoding: string;
  encodingSource: EncodingSource;
  diagnostics: Diagnostic[];
}

/** Raised for bytes that no supported encoding decodes cleanly, or an unknown label. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/**
 * Decode a notice's bytes.
 * @param bytes - the raw file
 * @param options - `encoding` forces a label
 * @returns the text (BOM stripped), the encoding and its source, and diagnostics
 * @throws DecodeError when nothing decodes cleanly and no encoding was forced
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const bom = sniffBom(bytes);
  if (bom) return decodeWith(bytes.subarray(bom.length), bom.encoding, 'bom');
  if (options.encoding) return decodeForced(bytes, options.encoding);

  const declared = sniffDeclaredCharset(bytes);
  if (declared) {
    const fromDeclaration = decodeDeclared(bytes, declared);
    if (fromDeclaration) return fromDeclaration;
  }
  const detected = detectEncoding(bytes);
  if (!detected) {
    throw new DecodeError('cannot decode: the bytes are not valid UTF-8, GB18030 or Big5 (try --encoding)');
  }
  const result = decodeWith(bytes, detected, 'detected');
  if (declared) {
    result.diagnostics.push(
      diagnostic('warning', 'decode/declaration-ignored', `the page declares ${declared} but its bytes are ${detected}; decoded as ${detected}`),
    );
  }
  return result;
}

/** Labels that name a subset of GB18030 decode as GB18030: real "gb2312" pages hold characters outside it. */
function canonicalLabel(label: string): string {
  const lower = label.toLowerCase().trim();
  if (['gb2312', 'gbk', 'gb_2312-80', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312', 'gb18030'].includes(lower)) return 'gb18030';
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8'].includes(lower)) return 'utf-8';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cn-big5', 'csbig5'].includes(lower)) return 'big5';
  return lower;
}

function decodeDeclared(bytes: Uint8Array, label: string): Decoded | null {
  const encoding = canonicalLabel(label);
  if (!iconv.encodingExists(encoding)) return null;
  // A declaration that lies loses to the bytes: a page that says gb2312 but
  // is valid UTF-8 with non-ASCII text is UTF-8.
  if (encoding !== 'utf-8' && isValidUtf8(bytes) && hasNonAscii(bytes)) return null;
  if (encoding === 'utf-8' && !isValidUtf8(bytes)) return null;
  const result = decodeWith(bytes, encoding, 'declared');
  return countReplacements(result.text) === 0 ? result : null;
}

function decodeForced(bytes: Uint8Array, label: string): Decoded {
  const encoding = canonicalLabel(label);
  if (!iconv.encodingExists(encoding)) throw new DecodeError(`unknown encoding "${label}"`);
  const result = decodeWith(bytes, encoding, 'option');
  const bad = countReplacements(result.text);
  if (bad > 0) {
    result.diagnostics.push(
      diagnostic('warning', 'decode/replacement-characters', `${bad} byte sequence(s) are not valid ${encoding} and were replaced by U+FFFD`),
    );
  }
  return result;
}

function decodeWith(bytes: Uint8Array, encoding: string, encodingSource: EncodingSource): Decoded {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  return { text, encoding, encodingSource, diagnostics: [] };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

function countReplacements(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) count++;
  return count;
}

/** Whether `label` names an encoding this stage can decode (gbk, big5, utf-16le…). */
export function isKnownEncoding(label: string): boolean {
  return iconv.encodingExists(canonicalLabel(label));
}
