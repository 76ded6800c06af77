/**
 * notice-parse: Chinese government notices (HTML or text, UTF-8, GB18030 or
 * Big5) to structured, validated JSON. The library never prints and never exits.
 *
 * @example
 * import { readFileSync } from 'node:fs';
 * import { parseNotice } from 'notice-parse';
 * const notice = parseNotice(readFileSync('notice.html'), { path: 'notice.html' });
 * console.log(notice.title, notice.dates.map((d) => d.value));
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

export type { ParseOptions } from './pipeline.js';
export type { InputFormat } from './extract/index.js';
export { DecodeError } from './decode/index.js';
export { ContractError } from './assemble/index.js';
export {
  NoticeSchema,
  noticeJsonSchema,
  type Attachment,
  type Contact,
  type Contacts,
  type DateMention,
  type Diagnostic,
  type InputInfo,
  type Meta,
  type Notice,
  type OutlineNode,
  type Signature,
  type Span,
} from './schema/index.js';
