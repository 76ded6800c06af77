/**
 * Stage 1, decode: bytes → string, and a visible record of why that encoding.
 * Order: what the bytes are (a PDF or an image is no notice) → byte-order
 * mark → the caller's option → a charset declaration in the first bytes
 * (unless the bytes contradict it) → byte statistics. Never throws for any
 * bytes: what cannot be read is a fatal diagnostic.
 */
import type { Diagnostic } from '../schema/index.js';
import { countIn, diagnostic, firstIndexIn, lengthOf } from '../text/index.js';
import { sniffBom } from './bom.js';
import { sniffDeclaredCharset } from './declared.js';
import { encodingExists } from './legacy.js';
import { decodeCounting, detectEncoding, isValidUtf8, type Detection } from './detect.js';
import { sniffNotText } from './magic.js';

export type EncodingSource = 'bom' | 'option' | 'declared' | 'detected';

export interface DecodeOptions {
  /** Force an encoding label (any label iconv-lite knows). */
  encoding?: string | undefined;
}

export interface Decoded {
  /** The text, in pieces: large UTF-8 and GB18030 input comes in several (src/text/pieces.ts). */
  pieces: readonly string[];
  encoding: string;
  encodingSource: EncodingSource;
  diagnostics: Diagnostic[];
  /** Set when the bytes are no notice at all (a PDF, undecodable): the reason; the text is then empty. */
  fatal: Diagnostic | null;
}

/** Raised for an encoding label nobody knows: the caller's mistake, not the input's. */
export class DecodeError extends Error {
  override name = 'DecodeError';
}

/** Above this share of replaced characters a decoding is soup, not text with a few bad bytes. */
const MAX_REPLACED_SHARE = 0.01;
/** A truncated multi-byte sequence at the very end decodes as at most this many replacements. */
const TRUNCATED_TAIL = 2;

/**
 * Decode a notice's bytes.
 * @param bytes - the raw file
 * @param options - `encoding` forces a label
 * @returns the text (BOM stripped), the encoding and why, diagnostics, and a fatal reason or null
 * @throws DecodeError only for an unknown forced encoding label
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const notText = sniffNotText(bytes);
  if (notText) return failed(`looks like ${notText}; notice-parse reads HTML or text`, 'input/not-a-notice');
  const bom = sniffBom(bytes);
  if (bom) return finish(decodeCounting(bytes.subarray(bom.length), bom.encoding), 'bom');
  if (options.encoding) return decodeForced(bytes, options.encoding);

  const declared = sniffDeclaredCharset(bytes);
  const fromDeclaration = declared ? decodeDeclared(bytes, declared) : null;
  if (fromDeclaration) return finish(fromDeclaration, 'declared');
  const detected = detectEncoding(bytes);
  const result = finish(detected, 'detected');
  if (declared && !result.fatal && canonicalLabel(declared) !== detected.encoding) {
    result.diagnostics.push(
      diagnostic('warning', 'decode/declaration-ignored', `the page declares ${declared} but its bytes are ${detected.encoding}; decoded as ${detected.encoding}`),
    );
  }
  return result;
}

/** Whether `label` names an encoding this stage can decode (gbk, big5, utf-16le…). */
export function isKnownEncoding(label: string): boolean {
  return encodingExists(canonicalLabel(label));
}

/** Labels that name a subset of GB18030 decode as GB18030: real "gb2312" pages hold characters outside it. */
function canonicalLabel(label: string): string {
  const lower = label.toLowerCase().trim();
  if (['gb2312', 'gbk', 'gb_2312-80', 'x-gbk', 'cp936', 'euc-cn', 'hz-gb-2312', 'gb18030'].includes(lower)) return 'gb18030';
  if (['utf8', 'utf-8', 'unicode-1-1-utf-8'].includes(lower)) return 'utf-8';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cn-big5', 'csbig5'].includes(lower)) return 'big5';
  return lower;
}

function decodeDeclared(bytes: Uint8Array, label: string): Detection | null {
  const encoding = canonicalLabel(label);
  if (!encodingExists(encoding)) return null;
  // A declaration that lies loses to the bytes: a page that says gb2312 but
  // is valid UTF-8 with non-ASCII text is UTF-8.
  if (encoding !== 'utf-8' && isValidUtf8(bytes) && hasNonAscii(bytes)) return null;
  if (encoding === 'utf-8' && !isValidUtf8(bytes)) return null;
  const decoded = decodeCounting(bytes, encoding);
  return decoded.replacements === 0 ? decoded : null;
}

function decodeForced(bytes: Uint8Array, label: string): Decoded {
  const encoding = canonicalLabel(label);
  if (!encodingExists(encoding)) throw new DecodeError(`unknown encoding "${label}"`);
  const decoded = decodeCounting(bytes, encoding);
  const result = withNulCheck({ pieces: decoded.pieces, encoding, encodingSource: 'option', diagnostics: [], fatal: null });
  if (decoded.replacements > 0) {
    result.diagnostics.push(
      diagnostic('warning', 'decode/replacement-characters', `${decoded.replacements} byte sequence(s) are not valid ${encoding} and were replaced by U+FFFD`),
    );
  }
  return result;
}

/** Accept a clean decoding; a truncated tail or a few bad bytes with a warning; soup as fatal. */
function finish(detection: Detection, encodingSource: EncodingSource): Decoded {
  const { pieces, encoding, replacements } = detection;
  const result: Decoded = { pieces, encoding, encodingSource, diagnostics: [], fatal: null };
  if (replacements === 0) return withNulCheck(result);
  const length = lengthOf(pieces);
  const tailOnly = replacements <= TRUNCATED_TAIL && firstIndexIn(pieces, '\ufffd') >= length - TRUNCATED_TAIL;
  if (tailOnly) {
    result.diagnostics.push(diagnostic('warning', 'decode/truncated', `the file ends in the middle of a ${encoding} character; it was replaced by U+FFFD`));
  } else if (replacements <= Math.max(1, length * MAX_REPLACED_SHARE)) {
    result.diagnostics.push(
      diagnostic('warning', 'decode/replacement-characters', `${replacements} byte sequence(s) are not valid ${encoding} (mixed encodings?) and were replaced by U+FFFD`),
    );
  } else {
    return failed('cannot decode: the bytes are not valid UTF-8, UTF-16, GB18030 or Big5 (try --encoding)', 'decode/undecodable');
  }
  return withNulCheck(result);
}

function withNulCheck(result: Decoded): Decoded {
  const nuls = countIn(result.pieces, '\u0000');
  if (nuls > 0) result.diagnostics.push(diagnostic('warning', 'input/nul-bytes', `the text holds ${nuls} NUL character(s), kept as written`));
  return result;
}

function failed(message: string, code: string): Decoded {
  const fatal = diagnostic('error', code, message);
  return { pieces: [''], encoding: 'unknown', encodingSource: 'detected', diagnostics: [fatal], fatal };
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}
