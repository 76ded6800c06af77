import { isChromeLine } from './chrome.js';
import type { Line } from './lines.js';
import type { Span } from '../schema/index.js';

/**
 * The body's span: from the first body line to the last line that is not
 * footer chrome (版权所有, 主办单位, ICP备…). An empty span at the end of the
 * head when the notice has no body at all.
 */
export function bodySpan(lines: readonly Line[], startLine: number, textLength: number): Span {
  const first = lines[startLine];
  if (!first) return { start: textLength, end: textLength };
  let last = lines.length - 1;
  while (last > startLine && (lines[last]!.content === '' || isChromeLine(lines[last]!.content))) last--;
  return { start: first.start, end: Math.max(first.start, lines[last]!.end) };
}
