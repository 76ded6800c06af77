/**
 * Dates in Chinese numerals: 二〇二五年六月二十日, 二O二四年度, 十二月三十一日.
 * Years read digit by digit (二〇二五), months and days by units (二十).
 * A Latin O is accepted as zero: width folding turns Ｏ into O, and typists
 * use it for 〇; the lookbehind keeps it from starting inside a word.
 */
import { CN_DIGITS, parseChineseNumber, parsePositional } from '../../text/index.js';
import { isValid, makeReading } from '../calendar.js';
import type { Candidate, Parser, Reading, Tag } from '../types.js';
import { EXPLICIT, propose, SP } from './shared.js';

const DIGIT = `[${Object.keys(CN_DIGITS).join('')}]`;
const NUMBER = `[${Object.keys(CN_DIGITS).join('')}十拾]`;
/** Years in notices start with 一 (19xx) or 二 (20xx) in either script. */
const YEAR_LEAD = '[一壹二贰貳]';
const NOT_AFTER = `(?<![A-Za-z]|${NUMBER})`;
const MONTH_DAY = `${SP}{0,2}(${NUMBER}{1,2})${SP}{0,2}月(?:份)?(?:${SP}{0,2}(${NUMBER}{1,3})${SP}{0,2}[日号])?`;

/** Unit reading, undefined group → null field; a non-number → NaN so the reading is invalid. */
function readUnits(chars: string | undefined): number | null {
  if (chars === undefined) return null;
  return parseChineseNumber(chars) ?? Number.NaN;
}

function chinese(m: RegExpExecArray, text: string, r: Reading): Candidate | null {
  const precision = r.day !== null ? 'day' : r.month !== null ? 'month' : 'year';
  const valid = isValid(r) && !Number.isNaN(r.month) && !Number.isNaN(r.day);
  return propose(m, text, { readings: valid ? [r] : [], precision, tags: EXPLICIT, baseConfidence: 0.95, priority: 3 });
}

/** 二〇二五年 / 二〇二五年度 / 二〇二五年六月 / 二〇二五年六月二十日 */
export const chineseYear: Parser = {
  name: 'chinese-year',
  pattern: new RegExp(`${NOT_AFTER}(${YEAR_LEAD}${DIGIT}{3})${SP}{0,2}年(?:度)?(?:${MONTH_DAY})?`, 'g'),
  extract(m, _folded, text) {
    const year = parsePositional(m[1] ?? '');
    if (year === null) return null;
    const r = makeReading({ year, month: readUnits(m[2]), day: readUnits(m[3]) }, { year: true, month: true, day: true });
    return chinese(m, text, r);
  },
};

/** 六月二十日: requires the day, since a lone 一月 too often belongs to a word. */
export const chineseMonthDay: Parser = {
  name: 'chinese-md',
  pattern: new RegExp(`${NOT_AFTER}(${NUMBER}{1,2})${SP}{0,2}月${SP}{0,2}(${NUMBER}{1,3})${SP}{0,2}[日号]`, 'g'),
  anchor: { chars: '月', within: 4 },
  extract(m, _folded, text) {
    const r = makeReading({ month: readUnits(m[1]), day: readUnits(m[2]) }, { month: true, day: true });
    if (r.month === null || !(r.month >= 1 && r.month <= 12)) return null;
    return chinese(m, text, r);
  },
};

const RANGE_END: Tag[] = ['rangeOnly'];

/**
 * 五日 / 六月 as the end of a range (三月一日至五日, 一月至六月). Alone they are
 * too often words (一日游, 同一月), so refiners/context.ts keeps only range ends.
 */
export const chineseEnd: Parser = {
  name: 'chinese-end',
  pattern: new RegExp(`${NOT_AFTER}(${NUMBER}{1,3})${SP}{0,2}([日号月])`, 'g'),
  anchor: { chars: '日号月', within: 5 },
  extract(m, _folded, text) {
    const n = readUnits(m[1]);
    const r = m[2] === '月' ? makeReading({ month: n }, { month: true }) : makeReading({ day: n }, { day: true });
    if (n === null || Number.isNaN(n) || !isValid(r)) return null;
    const precision = m[2] === '月' ? 'month' : 'day';
    return propose(m, text, { readings: [r], precision, tags: RANGE_END, baseConfidence: 0.95, priority: 1 });
  },
};
