/**
 * Dates written with their characters: 2024年3月25日 (optionally 16:43,
 * 16时43分, 下午4时), 2024年3月, 2024年, 2024年度, 3月25日, 3月份, and a bare
 * 25日 that counts only when it ends a range (3月20日至25日) or follows a
 * month mention in its sentence; the refiners decide that.
 */
import { isValid, makeReading } from '../calendar.js';
import type { Parser, Tag } from '../types.js';
import { EXPLICIT, num, propose, SP } from './shared.js';
import { CLOCK, proposeDated } from './time.js';
import { COUNT_AFTER, endsWithAny, LONE_DAY_NOT_AFTER, startsWithAny } from './words.js';

export const DAY = `${SP}{0,2}(\\d{1,2})${SP}{0,2}[日号]`;
export const TIME = `(?<time>${SP}{0,3}${CLOCK})?`;
export const MONTH = `${SP}{0,2}(\\d{1,2})${SP}{0,2}月(?:份)?`;

const INTACT = { tags: EXPLICIT, baseConfidence: 1, priority: 3 };

/** 2024年 / 2024年度 / 2024年3月(份) / 2024年3月25日 16:43 */
export const yearFirst: Parser = {
  name: 'full-year',
  pattern: new RegExp(`(?<!\\d)(\\d{4})${SP}{0,2}年(?:度)?(?:${MONTH}(?:${DAY}${TIME})?)?`, 'g'),
  extract(m, _folded, text) {
    const r = makeReading({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }, { year: true, month: true, day: true });
    return proposeDated(m, text, r, INTACT);
  },
};

/** 3月25日 / 3月份 / 3月: the year comes from context later. */
export const monthFirst: Parser = {
  name: 'full-month',
  pattern: new RegExp(`(?<![\\d.])(\\d{1,2})${SP}{0,2}月(?:份)?(?:${DAY}${TIME})?`, 'g'),
  extract(m, _folded, text) {
    const r = makeReading({ month: num(m[1]), day: num(m[2]) }, { month: true, day: true });
    // Without a year, "13月" is some other count, not a broken date worth a warning.
    if (r.month === null || r.month < 1 || r.month > 12) return null;
    return proposeDated(m, text, r, INTACT);
  },
};

const RANGE_END: Tag[] = ['rangeOnly'];
const LONE: Tag[] = ['rangeOnly', 'loneDay'];

/**
 * 25日 / 25号: proposed here, kept only as a range end, or (日 only, not a
 * count) after a month mention. 号 stays range-only: 〔2024〕12号 is a 文号.
 */
export const dayOnly: Parser = {
  name: 'full-day',
  pattern: new RegExp(`(?<![\\d.])(\\d{1,2})${SP}{0,2}([日号])(?!\\d)`, 'g'),
  extract(m, folded, text) {
    const r = makeReading({ day: num(m[1]) }, { day: true });
    if (!isValid(r)) return null;
    const end = m.index + m[0].length;
    const counted = endsWithAny(folded, m.index, LONE_DAY_NOT_AFTER) || startsWithAny(folded, end, COUNT_AFTER);
    const tags = m[2] === '日' && !counted ? LONE : RANGE_END;
    return propose(m, text, { readings: [r], precision: 'day', tags, baseConfidence: 1, priority: 1 });
  },
};
