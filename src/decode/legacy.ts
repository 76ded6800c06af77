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

type Iconv = typeof import('iconv-lite');
const load = createRequire(import.meta.url);
let loaded: Iconv | undefined;
const iconv = (): Iconv => (loaded ??= load('iconv-lite') as Iconv);

/** Encodings Node decodes natively here (a Node built without full ICU has none of them). */
const NATIVE = new Map<string, TextDecoder>();
for (const encoding of ['gb18030']) {
  try {
    // ignoreBOM: a byte-order mark is left in place, as with iconv-lite below (the caller strips it on purpose).
    NATIVE.set(encoding, new TextDecoder(encoding, { ignoreBOM: true }));
  } catch {
    // not available: iconv-lite decodes it
  }
}

/** Whether an encoding (already canonical, lower case) can be decoded. */
export function encodingExists(encoding: string): boolean {
  return encoding === 'utf-8' || NATIVE.has(encoding) || iconv().encodingExists(encoding);
}

/** Decode bytes that are not UTF-8, leaving a byte-order mark in place. */
export function decodeLegacy(bytes: Buffer, encoding: string): string {
  return NATIVE.get(encoding)?.decode(bytes) ?? iconv().decode(bytes, encoding, { stripBOM: false });
}
