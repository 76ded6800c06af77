/**
 * Damaged dates whose 年/月 characters were lost in conversion:
 *   2024325日 → 2024-3-25, 202494日 → 2024-9-4   (year + month + day + 日)
 *   20251月   → 2025-01                          (year + month + 月)
 *   520日     → 5-20, year from context          (month + day + 日)
 * Each digit run is split every calendar-valid way; a run with no valid split
 * is simply not a date (no diagnostic: it was never claimed to be one).
 */
import { isValid, makeReading, plausibleYear } from '../calendar.js';
import { splitMonthDay, splitYearMonthDay } from '../split.js';
import type { Parser, Tag } from '../types.js';
import { alternation, propose } from './shared.js';
import { COUNT_AFTER, COUNT_BEFORE } from './words.js';

const TAGS: Tag[] = ['collapsed'];

/** YYYY + 2–4 digits + 日. */
export const yearDay: Parser = {
  name: 'collapsed-ymd',
  pattern: /(?<![\d.])(\d{6,8})日/g,
  extract(m, _folded, text) {
    const digits = m[1] ?? '';
    if (!plausibleYear(Number(digits.slice(0, 4)))) return null;
    const readings = splitYearMonthDay(digits);
    if (readings.length === 0) return null;
    return propose(m, text, { tags: TAGS, repaired: true, priority: 2, readings, precision: 'day', lost: ['年', '月'], baseConfidence: 0.8 });
  },
};

/** YYYY + 1–2 digits + 月. */
export const yearMonth: Parser = {
  name: 'collapsed-ym',
  pattern: /(?<![\d.])(\d{4})(\d{1,2})月/g,
  extract(m, _folded, text) {
    const year = Number(m[1]);
    const r = makeReading({ year, month: Number(m[2]) }, { year: true, month: true });
    if (!plausibleYear(year) || !isValid(r)) return null;
    return propose(m, text, { tags: TAGS, repaired: true, priority: 2, readings: [r], precision: 'month', lost: ['年'], baseConfidence: 0.85 });
  },
};

/** 3–4 digits + 日, not a duration; the year is inferred later. */
export const monthDay: Parser = {
  name: 'collapsed-md',
  pattern: new RegExp(`(?<!\\d|\\.|${alternation(COUNT_BEFORE)})(\\d{3,4})日(?!${alternation(COUNT_AFTER)})`, 'g'),
  extract(m, _folded, text) {
    const readings = splitMonthDay(m[1] ?? '', null, false);
    if (readings.length === 0) return null;
    return propose(m, text, { tags: TAGS, repaired: true, priority: 2, readings, precision: 'day', lost: ['月'], baseConfidence: 0.8 });
  },
};
