/**
 * Rendering a known date in every written form the stage reads, for the
 * property tests. Each rendering knows its true ISO value and whether its
 * digits have only one calendar-valid reading (computed here, independently
 * of the parsers, by enumerating the splits of collapsed digit runs).
 */
import fc from 'fast-check';
import type { Precision } from '../../src/schema/index.js';
import { fullWidth } from './support.js';

export interface Truth {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
}

export interface Rendered {
  /** Context that must stand right before the date (a label, a line break); not part of the mention. */
  before: string;
  date: string;
  after: string;
  value: string;
  precision: Precision;
  unambiguous: boolean;
  encoding?: string;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const leap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const lastDay = (y: number, mo: number): number => (mo === 2 ? (leap(y) ? 29 : 28) : [4, 6, 9, 11].includes(mo) ? 30 : 31);

/** How many (month, day) splits of a digit run exist on the calendar of year y. */
function splits(y: number, digits: string): number {
  let n = 0;
  for (let ml = 1; ml <= 2; ml++) {
    const dl = digits.length - ml;
    const mo = Number(digits.slice(0, ml));
    const d = Number(digits.slice(ml));
    if (dl >= 1 && dl <= 2 && mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, mo)) n++;
  }
  return n;
}

const CN = '〇一二三四五六七八九';
const cnYear = (y: number, zero: string): string => [...String(y)].map((c) => (c === '0' ? zero : CN[Number(c)])).join('');
function cnNumber(n: number): string {
  if (n < 10) return CN[n] ?? '';
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : CN[tens]}十${n % 10 === 0 ? '' : CN[n % 10]}`;
}

/** Clock suffixes: [text, precision]; the leading blank is the caller's. */
function clocks(t: Truth): [string, Precision][] {
  const period = t.h === 0 ? '凌晨0' : t.h < 12 ? `上午${t.h}` : t.h === 12 ? '中午12' : `下午${t.h - 12}`;
  return [
    [`${t.h}:${pad(t.mi)}`, 'minute'],
    [`${pad(t.h)}:${pad(t.mi)}:${pad(t.s)}`, 'second'],
    [`${t.h}时${t.mi}分`, 'minute'],
    [`${t.h}时${pad(t.mi)}分${pad(t.s)}秒`, 'second'],
    [`${period}时${t.mi === 0 ? '' : `${t.mi}分`}`, 'minute'],
  ];
}

function iso(t: Truth, p: Precision): string {
  const day = `${t.y}-${pad(t.mo)}-${pad(t.d)}`;
  if (p === 'month') return day.slice(0, 7);
  if (p === 'day') return day;
  return `${day}T${pad(t.h)}:${pad(t.mi)}:${p === 'second' ? pad(t.s) : '00'}+08:00`;
}

/** Every form of one date: [before, date, after, precision, unambiguous, encoding?]. */
function forms(t: Truth, clockAt: number): Rendered[] {
  const { y, mo, d } = t;
  const [clock, clockPrecision] = clocks(t)[clockAt] ?? ['', 'day'];
  const out: Rendered[] = [];
  const add = (date: string, precision: Precision, unambiguous = true, before = '', after = '', encoding?: string): void => {
    const r: Rendered = { before, date, after, value: iso(t, precision), precision, unambiguous };
    if (encoding !== undefined) r.encoding = encoding;
    out.push(r);
  };
  const ymd = `${y}年${mo}月${d}日`;
  add(ymd, 'day');
  add(`${y}年${pad(mo)}月${pad(d)}日`, 'day');
  add(`${ymd} ${clock}`, clockPrecision);
  add(`${ymd}${clock}`, clockPrecision);
  add(`${y}年${mo}月`, 'month');
  for (const sep of ['-', '/', '.']) add(`${y}${sep}${pad(mo)}${sep}${pad(d)}`, 'day');
  add(`${y}-${mo}-${d}`, 'day');
  add(`${y}-${pad(mo)}-${pad(d)} ${clock}`, clockPrecision);
  add(`${y}.${pad(mo)}`, 'month', true, '发布时间:');
  add(`${y}-${pad(mo)}`, 'month', true, '日期: ');
  for (const [m, dd] of [[String(mo), String(d)], [pad(mo), pad(d)], [String(mo), pad(d)], [pad(mo), String(d)]] as const) {
    add(`${y}${m}${dd}日`, 'day', splits(y, m + dd) === 1);
  }
  add(`${y}${mo}月`, 'month');
  add(`${y}${pad(mo)}月`, 'month');
  add(`${y}${pad(mo)}${pad(d)}`, 'day', true, '发布日期:');
  add(`${y}${mo}${pad(d)}`, 'day', splits(y, `${mo}${pad(d)}`) === 1, '\n', '\n');
  for (const zero of ['〇', '零', '○']) add(`${cnYear(y, zero)}年${cnNumber(mo)}月${cnNumber(d)}日`, 'day');
  add(`${cnYear(y, '〇')}年${cnNumber(mo)}月`, 'month');
  add(`民國${y - 1911}年${mo}月${d}日`, 'day');
  add(`民国${y - 1911}年${mo}月${d}日 ${clock}`, clockPrecision);
  add(`${y - 1911}年${mo}月${d}日`, 'day', true, '', '', 'big5');
  return out;
}

/** Words and punctuation that cannot form or extend a date: no digits, numerals, 年月日号时分秒, labels or count words. */
const POOL = ['会议', '通知', '召开', '工作', '各单位', '根据', '部署', '安排', '按照', '要求', '落实', '情况', '关于', '进行', '检查', '报送', '材料', '开展', '组织', '学习', '，', '。', '、', '；', '（', '）', '《', '》', ' '];
const words = fc.array(fc.constantFrom(...POOL), { maxLength: 6 }).map((w) => w.join(''));

export const truthArb: fc.Arbitrary<Truth> = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2035, 11, 31, 23, 59, 59)), noInvalidDate: true })
  .map((dt) => ({ y: dt.getUTCFullYear(), mo: dt.getUTCMonth() + 1, d: dt.getUTCDate(), h: dt.getUTCHours(), mi: dt.getUTCMinutes(), s: dt.getUTCSeconds() }));

export interface Case extends Rendered {
  text: string;
  /** Offset of the date in `text`. */
  at: number;
}

/** Every form of one random date, all full-width or not, each embedded in random neutral text. */
export const casesArb: fc.Arbitrary<Case[]> = fc
  .record({ t: truthArb, clockAt: fc.nat(4), wide: fc.boolean(), heads: fc.array(words, { minLength: 40, maxLength: 40 }) })
  .map(({ t, clockAt, wide, heads }) =>
    forms(t, clockAt).map((r, i) => {
      const w = wide ? fullWidth : (s: string): string => s;
      const before = (heads[i] ?? '') + w(r.before);
      const date = w(r.date);
      const tail = heads[heads.length - 1 - i] ?? '';
      return { ...r, before: w(r.before), date, after: w(r.after), text: before + date + w(r.after) + tail, at: before.length };
    }),
  );
