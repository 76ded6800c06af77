/**
 * A bare 7–8 digit run is a date only where nothing else could be meant:
 * alone on its line (the date under a signature, 2025620) or right after a
 * date label (发布日期: 20250620). In running text it is an id, a count, a
 * phone number, so it is never proposed there.
 */
import { plausibleYear } from '../calendar.js';
import { splitYearMonthDay } from '../split.js';
import type { Parser } from '../types.js';
import { propose } from './shared.js';
import { labelled } from './words.js';

/** How far to look either side; a line padded wider than this is not "a date alone". */
const REACH = 80;
const BLANK = /^[^\S\n]*$/;

/** Only blanks between the digits and the line break (or text edge) on both sides, within REACH. */
function aloneOnLine(folded: string, start: number, end: number): boolean {
  const from = Math.max(0, start - REACH);
  const before = folded.slice(from, start);
  const nl = before.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  if (!BLANK.test(before.slice(nl + 1))) return false;
  const to = Math.min(folded.length, end + REACH);
  const after = folded.slice(end, to);
  const nlAfter = after.indexOf('\n');
  if (nlAfter < 0 && to < folded.length) return false;
  return BLANK.test(nlAfter < 0 ? after : after.slice(0, nlAfter));
}

export const bareDigits: Parser = {
  name: 'bare',
  pattern: /(?<![\d.])(\d{7,8})(?![\d.])/g,
  extract(m, folded, text) {
    const digits = m[1] ?? '';
    const start = m.index;
    if (!labelled(folded, start) && !aloneOnLine(folded, start, start + digits.length)) return null;
    if (!plausibleYear(Number(digits.slice(0, 4)))) return null;
    const readings = splitYearMonthDay(digits);
    if (readings.length === 0) return null;
    // 8 digits is the compact ISO form (20250620), not damage; 7 means a zero or a 月/日 went missing.
    const compact = digits.length === 8;
    return propose(m, text, {
      readings,
      precision: 'day',
      tags: ['bare'],
      repaired: !compact,
      lost: compact ? [] : ['年', '月', '日'],
      baseConfidence: compact ? 0.9 : 0.75,
      priority: 1,
    });
  },
};
