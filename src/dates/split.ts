/**
 * Readings of a digit run whose 月/日 characters were lost. "325" may be
 * 3-25 or 32-5; only calendar-valid splits are kept, so a damaged date is
 * ambiguous exactly when two splits both exist on the calendar.
 */
import { isValid, makeReading } from './calendar.js';
import type { Reading } from './types.js';

/** Every split of `digits` into a 1–2 digit month and a 1–2 digit day, valid in `year` (null = any year). */
export function splitMonthDay(digits: string, year: number | null, yearWritten: boolean): Reading[] {
  const out: Reading[] = [];
  for (let monthLen = 1; monthLen <= 2; monthLen++) {
    const dayLen = digits.length - monthLen;
    if (dayLen < 1 || dayLen > 2) continue;
    const month = Number(digits.slice(0, monthLen));
    const day = Number(digits.slice(monthLen));
    const r = makeReading({ year, month, day }, { year: yearWritten, month: true, day: true });
    if (isValid(r)) out.push(r);
  }
  return out;
}

/** A year followed by 3–4 more digits (2024325, 20241216): the year is the first four. */
export function splitYearMonthDay(digits: string): Reading[] {
  const year = Number(digits.slice(0, 4));
  return splitMonthDay(digits.slice(4), year, true);
}
