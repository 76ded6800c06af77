/** Calendar arithmetic on `Reading`s: validity, ISO output, comparison keys. */
import type { Precision } from '../schema/index.js';
import type { Reading } from './types.js';

/** Years a four-digit prefix may plausibly stand for in a government notice. */
export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;
/** Gregorian year = Republic-of-China year (民國113年) + this. */
export const ROC_OFFSET = 1911;

export function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month; February without a known year allows 29 so 2月29日 survives until a year is chosen. */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2) return year === null || isLeap(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function makeReading(fields: Partial<Omit<Reading, 'written'>>, written: Partial<Reading['written']>): Reading {
  return {
    year: fields.year ?? null,
    month: fields.month ?? null,
    day: fields.day ?? null,
    hour: fields.hour ?? null,
    minute: fields.minute ?? null,
    second: fields.second ?? null,
    written: { year: written.year ?? false, month: written.month ?? false, day: written.day ?? false },
  };
}

/** A copy of `r` with some fields replaced (explicit, not spread: see parsers/shared.ts). */
export function withFields(r: Reading, patch: Partial<Omit<Reading, 'written'>>): Reading {
  return {
    year: patch.year === undefined ? r.year : patch.year,
    month: patch.month === undefined ? r.month : patch.month,
    day: patch.day === undefined ? r.day : patch.day,
    hour: patch.hour === undefined ? r.hour : patch.hour,
    minute: patch.minute === undefined ? r.minute : patch.minute,
    second: patch.second === undefined ? r.second : patch.second,
    written: r.written,
  };
}

/** A four-digit run is read as a year only inside this range (damaged and bare forms). */
export function plausibleYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

/**
 * Every present field is in range, the day exists in its month, the time is on
 * a clock. Years are not range-checked here: a written 1900年 is a year.
 */
export function isValid(r: Reading): boolean {
  if (r.year !== null && (r.year < 1000 || r.year > 2999)) return false;
  if (r.month !== null && (r.month < 1 || r.month > 12)) return false;
  const lastDay = r.month === null ? 31 : daysInMonth(r.month, r.year);
  if (r.day !== null && (r.day < 1 || r.day > lastDay)) return false;
  if (r.hour !== null && r.hour > 23) return false;
  if (r.minute !== null && r.minute > 59) return false;
  return r.second === null || r.second <= 59;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 at the given precision; times are China Standard Time, as notices are. */
export function toIso(r: Reading, precision: Precision): string {
  const y = pad(r.year ?? 0, 4);
  if (precision === 'year') return y;
  const ym = `${y}-${pad(r.month ?? 1)}`;
  if (precision === 'month') return ym;
  const ymd = `${ym}-${pad(r.day ?? 1)}`;
  if (precision === 'day') return ymd;
  const hm = `${ymd}T${pad(r.hour ?? 0)}:${pad(r.minute ?? 0)}`;
  return `${hm}:${pad(precision === 'second' ? (r.second ?? 0) : 0)}+08:00`;
}

/** The inclusive [first, last] day a reading covers, as yyyymmdd numbers; null without a year. */
export function periodOf(r: Reading): [number, number] | null {
  if (r.year === null) return null;
  const base = r.year * 10_000;
  if (r.month === null) return [base + 101, base + 1231];
  const bm = base + r.month * 100;
  if (r.day === null) return [bm + 1, bm + daysInMonth(r.month, r.year)];
  return [bm + r.day, bm + r.day];
}

/** Whole days since the epoch for a yyyymmdd key: distances between readings. */
export function dayNumber(key: number): number {
  const y = Math.floor(key / 10_000);
  const m = Math.floor(key / 100) % 100;
  return Date.UTC(y, m - 1, key % 100) / 86_400_000;
}

/** The day a reading is "at" for proximity: the middle of its period. */
export function midpoint(r: Reading): number | null {
  const p = periodOf(r);
  return p === null ? null : (dayNumber(p[0]) + dayNumber(p[1])) / 2;
}

export function keyToString(key: number): string {
  return `${pad(Math.floor(key / 10_000), 4)}-${pad(Math.floor(key / 100) % 100)}-${pad(key % 100)}`;
}

/** Period of an ISO value such as publishedAt ("2025-07-01T16:43:00+08:00", "2025-07", "2025"). */
export function periodOfIso(iso: string): [number, number] | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (m === null) return null;
  const r = makeReading(
    { year: Number(m[1]), month: m[2] === undefined ? null : Number(m[2]), day: m[3] === undefined ? null : Number(m[3]) },
    {},
  );
  return isValid(r) ? periodOf(r) : null;
}
