/**
 * Clocks after a day: 16:43, 16:43:05, 16时43分, 16时43分05秒, 下午4时,
 * 上午9时30分. An hour alone (下午4时) is minute precision at :00. The whole
 * clock sits in a named group `time` at the end of the match, so a clock off
 * the dial (24时) can be cut off and the date still stands.
 */
import type { Precision } from '../../schema/index.js';
import { isValid, withFields } from '../calendar.js';
import type { Candidate, Reading, Tag } from '../types.js';
import { alternation, propose, SP } from './shared.js';

/** Hours added to a 1–11 o'clock after each period word (中午1时 = 13:00). */
const PERIODS: Readonly<Record<string, number>> = {
  凌晨: 0, 早上: 0, 早晨: 0, 上午: 0, 中午: 12, 下午: 12, 傍晚: 12, 晚上: 12, 夜间: 12,
};

const PERIOD = `(?:(?<period>${alternation(Object.keys(PERIODS))})${SP}{0,2})?`;
const COLON = `(?<hc>\\d{1,2}):(?<mc>\\d{2})(?::(?<sc>\\d{2}))?`;
const WORDS = `(?<hz>\\d{1,2})${SP}?[时点](?:${SP}?(?<mz>\\d{1,2})${SP}?分(?:${SP}?(?<sz>\\d{1,2})${SP}?秒)?)?`;
/** One clock: optional period word, then colon or 时分秒 form. */
export const CLOCK = `${PERIOD}(?:${COLON}|${WORDS})`;

interface Clock {
  hour: number;
  minute: number;
  second: number | null;
}

function readClock(g: Record<string, string | undefined> | undefined): Clock | null {
  const hourText = g?.hc ?? g?.hz;
  if (g === undefined || hourText === undefined) return null;
  let hour = Number(hourText);
  const add = g.period === undefined ? 0 : (PERIODS[g.period] ?? 0);
  if (hour < 12) hour += add;
  const minute = Number(g.mc ?? g.mz ?? 0);
  const secondText = g.sc ?? g.sz;
  return { hour, minute, second: secondText === undefined ? null : Number(secondText) };
}

export interface DatedFields {
  tags: Tag[];
  baseConfidence: number;
  priority: number;
}

/** A date-level precision from the fields a reading wrote. */
export function dayPrecision(r: Reading): Precision {
  return r.day !== null ? 'day' : r.month !== null ? 'month' : 'year';
}

/** Propose `date` with the match's clock, if any; an impossible clock is left out of the mention. */
export function proposeDated(m: RegExpExecArray, text: string, date: Reading, f: DatedFields): Candidate {
  const clock = readClock(m.groups);
  const { tags, baseConfidence, priority } = f;
  if (clock !== null) {
    const timed = withFields(date, clock);
    if (isValid(timed)) {
      const precision = clock.second === null ? 'minute' : 'second';
      return propose(m, text, { readings: [timed], precision, tags, baseConfidence, priority });
    }
  }
  const end = m.index + m[0].length - (m.groups?.time?.length ?? 0);
  const readings = isValid(date) ? [date] : [];
  return propose(m, text, { readings, precision: dayPrecision(date), tags, baseConfidence, priority, end });
}
