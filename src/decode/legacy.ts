/**
 * Decoders for everything but UTF-8. GB18030 (and so GBK and GB2312, which
 * decode as GB18030) goes through Node's own TextDecoder: ICU's decoder gives
 * the same text as iconv-lite on the corpus, about 1.5 times faster. The rest
 * (Big5, UTF-16, the odd label) goes through iconv-lite, loaded on first use
 * and synchronously, so UTF-8 and GBK input never pays for its ~300 KB of
 * code tables (a third of the CLI's start-up parse when it was loaded eagerly).
 */
import { createRequire } from 'node:module';
import { TextDecoder } from 'node:util';
import { PIECE_BYTES } from '../text/index.js';

type Iconv = typeof import('iconv-lite');
const load = createRequire(import.meta.url);
let loaded: Iconv | undefined;
const iconv = (): Iconv => (loaded ??= load('iconv-lite') as Iconv);

/** Encodings Node decodes natively here; a decoder is made on first use (making one costs ~1 ms of start-up). */
const NATIVE_ENCODINGS = new Set(['gb18030']);
const native = new Map<string, TextDecoder | null>();

/** Node's decoder for an encoding, or null when it has none (a Node built without full ICU has none of them). */
function nativeDecoder(encoding: string): TextDecoder | null {
  if (!NATIVE_ENCODINGS.has(encoding)) return null;
  let decoder = native.get(encoding);
  if (decoder === undefined) {
    try {
      // ignoreBOM: a byte-order mark is left in place, as with iconv-lite below (the caller strips it on purpose).
      decoder = new TextDecoder(encoding, { ignoreBOM: true });
    } catch {
      decoder = null; // not available: iconv-lite decodes it
    }
    native.set(encoding, decoder);
  }
  return decoder;
}

/** Whether an encoding (already canonical, lower case) can be decoded. */
export function encodingExists(encoding: string): boolean {
  return encoding === 'utf-8' || nativeDecoder(encoding) !== null || iconv().encodingExists(encoding);
}

/**
 * Decode bytes that are not UTF-8, leaving a byte-order mark in place. Node's
 * decoder streams large input in pieces (src/text/pieces.ts), which by the
 * Encoding Standard decode as the whole does; iconv-lite decodes it whole.
 */
export function decodeLegacy(bytes: Buffer, encoding: string, pieceBytes = PIECE_BYTES): string[] {
  const decoder = nativeDecoder(encoding);
  if (decoder === null) return [iconv().decode(bytes, encoding, { stripBOM: false })];
  if (bytes.length <= pieceBytes) return [decoder.decode(bytes)];
  const pieces: string[] = [];
  for (let start = 0; start < bytes.length; start += pieceBytes) pieces.push(decoder.decode(bytes.subarray(start, start + pieceBytes), { stream: true }));
  pieces.push(decoder.decode());
  // The closing call gives '' unless the input ends inside a character; no piece need be empty.
  return pieces.filter((piece, i) => i === 0 || piece !== '');
}
