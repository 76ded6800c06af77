/**
 * Separator dates: 2024-03-25, 2024/3/25, 2024.3.25, with an optional clock
 * (2025-07-01 16:43, 2025-07-01T16:43:05). The same separator must be used
 * twice, which keeps phone numbers (0475-8628580) and decimals (98.71) out.
 */
import { isValid, makeReading } from '../calendar.js';
import type { Parser } from '../types.js';
import { EXPLICIT, num, propose, SP, timePrecision } from './shared.js';

const TIME = `(?:${SP}{1,3}|T)(\\d{1,2}):(\\d{2})(?::(\\d{2}))?`;

export const numeric: Parser = {
  name: 'numeric',
  // (?!\d|\.\d): not the start of a longer number; a sentence-final '.' is fine.
  pattern: new RegExp(`(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:${TIME})?(?!\\d|\\.\\d)`, 'g'),
  extract(m, _folded, text) {
    const minute = num(m[6]);
    const second = num(m[7]);
    const reading = makeReading(
      { year: num(m[1]), month: num(m[3]), day: num(m[4]), hour: num(m[5]), minute, second },
      { year: true, month: true, day: true },
    );
    return propose(m, text, {
      readings: isValid(reading) ? [reading] : [],
      precision: timePrecision(minute, second, 'day'),
      tags: EXPLICIT,
      baseConfidence: 1,
      priority: 3,
    });
  },
};
