/**
 * iconv-lite, loaded on first use and synchronously: UTF-8 input, most of
 * what people feed us, never pays for its ~300 KB of code tables (a third of
 * the CLI's start-up parse when it was loaded eagerly).
 */
import { createRequire } from 'node:module';

type Iconv = typeof import('iconv-lite');
const load = createRequire(import.meta.url);
let loaded: Iconv | undefined;
const iconv = (): Iconv => (loaded ??= load('iconv-lite') as Iconv);

/** Whether an encoding (already canonical, lower case) can be decoded. */
export function encodingExists(encoding: string): boolean {
  return encoding === 'utf-8' || iconv().encodingExists(encoding);
}

/** Decode with iconv-lite, leaving a byte-order mark in place (the caller strips it on purpose). */
export function decodeWithIconv(bytes: Buffer, encoding: string): string {
  return iconv().decode(bytes, encoding, { stripBOM: false });
}
