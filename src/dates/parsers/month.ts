/**
 * Month dates that are dates only in context, and the first halves of
 * ranges that share their unit character with the second half.
 *   发布时间: 2024.03, 2024.03起, 2024.03-2024.06 → 2024-03 (2024-03, 2024/03 too)
 *   2024年1-6月  → "2024年1" = 2024-01, then 6月 (full.ts) as its range end
 *   2024年3月1-5日, 3月1-5日 → "…3月1" = 3-01, then 5日 as its range end
 * A 2024.03 with neither label, 起 nor range is a decimal (2024.03万元).
 */
import { isValid, makeReading, plausibleYear } from '../calendar.js';
import type { Parser, Tag } from '../types.js';
import { EXPLICIT, num, propose, SP } from './shared.js';
import { labelled, startsWithAny } from './words.js';

const NEEDS_CONTEXT: Tag[] = ['needsContext'];
/** Words right after 2024.03 that make it a date on their own. */
const DATE_AFTER = ['起'];

export const numericMonth: Parser = {
  name: 'numeric-month',
  // Not followed by a digit, nor by the same separator and a day (that is 2024-03-25).
  pattern: /(?<![\d.])(\d{4})([-/.])(\d{1,2})(?!\d|\2\d{1,2}(?!\d))/g,
  extract(m, folded, text) {
    const year = num(m[1]) ?? 0;
    const r = makeReading({ year, month: num(m[3]) }, { year: true, month: true });
    if (!plausibleYear(year) || !isValid(r)) return null;
    const sure = labelled(folded, m.index) || startsWithAny(folded, m.index + m[0].length, DATE_AFTER);
    const tags = sure ? EXPLICIT : NEEDS_CONTEXT;
    return propose(m, text, { readings: [r], precision: 'month', tags, baseConfidence: 0.9, priority: 3 });
  },
};

/** A range separator and the end's number, looked at but not consumed. */
const OPEN_END = `(?=${SP}{0,2}(?:至|到|[-~〜–—－]{1,2})${SP}{0,2}\\d{1,2}${SP}{0,2}`;

/** 2024年1(-6月): the month's 月 is written only after the range end. */
export const monthOpen: Parser = {
  name: 'month-open',
  pattern: new RegExp(`(?<!\\d)(\\d{4})${SP}{0,2}年${SP}{0,2}(\\d{1,2})${OPEN_END}月)`, 'g'),
  extract(m, _folded, text) {
    const r = makeReading({ year: num(m[1]), month: num(m[2]) }, { year: true, month: true });
    if (!isValid(r)) return null;
    return propose(m, text, { readings: [r], precision: 'month', tags: EXPLICIT, baseConfidence: 0.95, priority: 3 });
  },
};

/** (2024年)3月1(-5日): the day's 日 is written only after the range end. */
export const dayOpen: Parser = {
  name: 'day-open',
  pattern: new RegExp(`(?:(?<!\\d)(\\d{4})${SP}{0,2}年${SP}{0,2}|(?<![\\d.]))(\\d{1,2})${SP}{0,2}月${SP}{0,2}(\\d{1,2})${OPEN_END}[日号])`, 'g'),
  extract(m, _folded, text) {
    const written = { year: m[1] !== undefined, month: true, day: true };
    const r = makeReading({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }, written);
    if (r.month === null || r.month < 1 || r.month > 12) return null;
    return propose(m, text, { readings: isValid(r) ? [r] : [], precision: 'day', tags: EXPLICIT, baseConfidence: 0.95, priority: 3 });
  },
};
