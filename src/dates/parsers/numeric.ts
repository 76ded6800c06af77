/**
 * Separator dates: 2024-03-25, 2024/3/25, 2024.3.25, with an optional clock
 * (2025-07-01 16:43, 2025-07-01T16:43:05, 2024-03-25 下午4时). The same
 * separator must be used twice, which keeps phone numbers (0475-8628580) and
 * decimals (98.71) out.
 */
import { makeReading } from '../calendar.js';
import type { Parser } from '../types.js';
import { EXPLICIT, num, SP } from './shared.js';
import { CLOCK, proposeDated } from './time.js';

const TIME = `(?<time>(?:${SP}{1,3}|T)${CLOCK})?`;

export const numeric: Parser = {
  name: 'numeric',
  // (?!\d|\.\d): not the start of a longer number; a sentence-final '.' is fine.
  pattern: new RegExp(`(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})${TIME}(?!\\d|\\.\\d)`, 'g'),
  extract(m, _folded, text) {
    const r = makeReading({ year: num(m[1]), month: num(m[3]), day: num(m[4]) }, { year: true, month: true, day: true });
    return proposeDated(m, text, r, { tags: EXPLICIT, baseConfidence: 1, priority: 3 });
  },
};
