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
export { noticeFailure, parseNotice } from './parse.js';
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
