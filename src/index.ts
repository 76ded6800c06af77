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
import type { Notice } from './schema/index.js';

/**
 * Parse one notice.
 * @param input - the raw bytes of a file (decoded by detection) or an already decoded string
 * @param options - path to record, forced encoding or input format
 * @returns the notice in the output contract, already validated
 * @throws DecodeError when the bytes decode in no supported encoding; ContractError on an internal bug
 */
export function parseNotice(input: Uint8Array | string, options: ParseOptions = {}): Notice {
  return runPipeline(input, options);
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
