/**
 * parseNotice and noticeFailure, apart from the library entry (index.ts) so
 * that the CLI can use them without the entry's re-export of the zod schema,
 * which a parse does not build (see assemble/validate.ts).
 */
import { runPipeline, type ParseOptions } from './pipeline.js';
import type { Diagnostic, Notice } from './schema/index.js';

/**
 * Parse one notice.
 * @param input - the raw bytes of a file (decoded by detection) or an already decoded string
 * @param options - path to record, forced encoding or input format
 * @returns the notice in the output contract, already validated
 * @throws never for bad input (see noticeFailure); DecodeError for an unknown forced encoding; ContractError on an internal bug
 */
export function parseNotice(input: Uint8Array | string, options: ParseOptions = {}): Notice {
  return runPipeline(input, options);
}

/** Diagnostic codes that mean the input holds no notice at all: not text, undecodable, empty. */
const FATAL_CODES = new Set(['input/not-a-notice', 'decode/undecodable', 'input/empty']);

/**
 * Why the input holds no notice, or null when it does. parseNotice never
 * throws for bad input; a caller that must fail (the CLI) asks this.
 * @param notice - a result of parseNotice
 * @returns the fatal diagnostic, or null
 */
export function noticeFailure(notice: Notice): Diagnostic | null {
  return notice.diagnostics.find((d) => d.severity === 'error' && FATAL_CODES.has(d.code)) ?? null;
}
