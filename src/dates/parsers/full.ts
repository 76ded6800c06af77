/**
 * Dates written with their characters: 2024年3月25日 (optionally 16:43),
 * 2024年3月, 2024年, 2024年度, 3月25日, 3月份, and a bare 25日 that only counts
 * when it ends a range (3月20日至25日); the ranges refiner decides that.
 */
import { isValid, makeReading, withFields } from '../calendar.js';
import type { Candidate, Parser, Reading } from '../types.js';
import { EXPLICIT, num, propose, SP, timePrecision } from './shared.js';

const DAY = `${SP}{0,2}(\\d{1,2})${SP}{0,2}[日号]`;
const TIME = `(?:${SP}{0,3}(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?`;
const MONTH = `${SP}{0,2}(\\d{1,2})${SP}{0,2}月(?:份)?`;

function explicit(m: RegExpExecArray, text: string, r: Reading, timeAt: number): Candidate {
  const minute = num(m[timeAt + 1]);
  const second = num(m[timeAt + 2]);
  const base = r.day !== null ? 'day' : r.month !== null ? 'month' : 'year';
  const reading = withFields(r, { hour: num(m[timeAt]), minute, second });
  return propose(m, text, {
    readings: isValid(reading) ? [reading] : [],
    precision: timePrecision(minute, second, base),
    tags: EXPLICIT,
    baseConfidence: 1,
    priority: 3,
  });
}

/** 2024年 / 2024年度 / 2024年3月(份) / 2024年3月25日 16:43 */
export const yearFirst: Parser = {
  name: 'full-year',
  pattern: new RegExp(`(?<!\\d)(\\d{4})${SP}{0,2}年(?:度)?(?:${MONTH}(?:${DAY}${TIME})?)?`, 'g'),
  extract(m, _folded, text) {
    const r = makeReading({ year: num(m[1]), month: num(m[2]), day: num(m[3]) }, { year: true, month: true, day: true });
    return explicit(m, text, r, 4);
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
    return explicit(m, text, r, 3);
  },
};

/** 25日 / 25号: proposed here, kept only as the end of a range. */
export const dayOnly: Parser = {
  name: 'full-day',
  pattern: new RegExp(`(?<![\\d.])(\\d{1,2})${SP}{0,2}[日号](?!\\d)`, 'g'),
  extract(m, _folded, text) {
    const r = makeReading({ day: num(m[1]) }, { day: true });
    if (!isValid(r)) return null;
    return propose(m, text, { readings: [r], precision: 'day', tags: ['rangeOnly'], baseConfidence: 1, priority: 1 });
  },
};
