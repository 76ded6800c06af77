/**
 * Publication dates as sites print them in their metadata: `2025-07-01 16:43`,
 * `2024/3/25`, `2024年3月25日 16时43分`. Times are China Standard Time.
 * (Dates in the notice text are the dates stage's business; this reads one
 * labelled value.)
 *
 * Read by a scanner, not a regular expression: the pattern it replaces, with
 * ten bounded runs of white space, took ~3 ms for V8 to compile on a Chinese
 * string, the most of any pattern in a single text notice's start. The scanner
 * matches exactly what that pattern matched (test/extract/meta-date.test.ts
 * checks it against the pattern on random strings):
 *
 *     ^(?:民[国國]\s{0,2})?(\d{3,4})\s{0,2}[-/.年]\s{0,2}(\d{1,2})\s{0,2}[-/.月]\s{0,2}(\d{1,2})\s{0,2}日?
 *      (?:[\sT-]{0,5}(\d{1,2})\s{0,2}[:：时]\s{0,2}(\d{1,2})(?:\s{0,2}[:：分]\s{0,2}(\d{1,2}))?)?
 */

import { isRegexSpace } from '../text/index.js';

const ROC_OFFSET = 1911;
/** Publication dates outside these years are garbage, not dates (and Date.UTC reads 0099 as 1999). */
const FIRST_YEAR = 1900;
const LAST_YEAR = 2199;
const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 for a metadata date string, or null when it is not one (or not a real day). */
export function readMetaDate(raw: string): string | null {
  const parts = scanMetaDate(nfkc(raw).trim());
  if (!parts) return null;
  const [writtenYear, writtenMonth, writtenDay, writtenHour, writtenMinute, writtenSecond] = parts;
  // A three-digit year is a Republic-of-China year (民國113年 = 2024): Taiwan sites print them.
  const written = Number(writtenYear);
  const [year, month, day] = [writtenYear.length === 3 ? written + ROC_OFFSET : written, Number(writtenMonth), Number(writtenDay)];
  if (year < FIRST_YEAR || year > LAST_YEAR) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (writtenHour === undefined || writtenMinute === undefined) return date;
  const [hour, minute, second] = [Number(writtenHour), Number(writtenMinute), writtenSecond === undefined ? null : Number(writtenSecond)];
  if (hour > 23 || minute > 59 || (second !== null && second > 59)) return date;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second ?? 0)}+08:00`;
}

/**
 * `raw.normalize('NFKC')` (full-width digits, colons and spaces to ASCII),
 * skipped when it would change nothing: loading ICU's normaliser costs ~5 ms,
 * a fifth of a text notice's first parse, and most dates here are ASCII and
 * 年月日. ASCII and the CJK Unified Ideographs (U+4E00–U+9FFF) are NFKC-stable.
 */
export function nfkc(raw: string): string {
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code >= 0x80 && (code < 0x4e00 || code > 0x9fff)) return raw.normalize('NFKC');
  }
  return raw;
}

/** The pattern's six groups (year, month, day, hour, minute, second; the last three may be missing), or null. */
export type MetaDateParts = [string, string, string, string | undefined, string | undefined, string | undefined];

/**
 * The pattern above, read left to right. Each bounded run of white space is
 * followed by something white space cannot be, so "at most N, then X" means
 * the run is at most N long; the optional time is tried where the date ends
 * and dropped whole if any of it is missing, as the pattern's greedy optional
 * group does.
 */
export function scanMetaDate(text: string): MetaDateParts | null {
  let at = 0;
  if (text.charCodeAt(0) === MIN && (text.charCodeAt(1) === GUO || text.charCodeAt(1) === GUO_T)) at = spacesThen(text, 2, 2);
  const year = digits(text, at, 3, 4);
  if (year === null) return null;
  const month = digits(text, afterSeparator(text, year.end, DATE_SEPARATORS, YEAR_MARK), 1, 2);
  if (month === null) return null;
  const day = leadingDigits(text, afterSeparator(text, month.end, DATE_SEPARATORS, MONTH_MARK));
  if (day === null) return null;
  let at2 = day.end;
  for (let n = 0; n < 2 && isRegexSpace(text.charCodeAt(at2)); n++) at2++;
  if (text.charCodeAt(at2) === DAY_MARK) at2++;
  return [year.value, month.value, day.value, ...readTime(text, at2)];
}

/** `(?:[\sT-]{0,5}(\d{1,2})\s{0,2}[:：时]\s{0,2}(\d{1,2})(?:\s{0,2}[:：分]\s{0,2}(\d{1,2}))?)?` from `at`. */
function readTime(text: string, at: number): [string | undefined, string | undefined, string | undefined] {
  let from = at;
  while (from - at <= 5 && isTimeLead(text.charCodeAt(from))) from++;
  if (from - at > 5) return [undefined, undefined, undefined];
  const hour = digits(text, from, 1, 2);
  if (hour === null) return [undefined, undefined, undefined];
  const minute = leadingDigits(text, afterSeparator(text, hour.end, TIME_SEPARATORS, HOUR_MARK));
  if (minute === null) return [undefined, undefined, undefined];
  const second = leadingDigits(text, afterSeparator(text, minute.end, TIME_SEPARATORS, MINUTE_MARK));
  return [hour.value, minute.value, second?.value];
}

const MIN = 0x6c11; // 民
const GUO = 0x56fd; // 国
const GUO_T = 0x570b; // 國
const YEAR_MARK = 0x5e74; // 年
const MONTH_MARK = 0x6708; // 月
const DAY_MARK = 0x65e5; // 日
const HOUR_MARK = 0x65f6; // 时
const MINUTE_MARK = 0x5206; // 分
const DATE_SEPARATORS = '-/.';
const TIME_SEPARATORS = ':\uff1a';

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isTimeLead = (code: number) => isRegexSpace(code) || code === 0x54 || code === 0x2d; // [\sT-]

/** Where a run of at most `max` spaces from `at` ends, or -1 when the run is longer (what follows it can never be a space). */
function spacesThen(text: string, at: number, max: number): number {
  let end = at;
  while (isRegexSpace(text.charCodeAt(end))) end++;
  return end - at <= max ? end : -1;
}

/** `\s{0,2}[SEPARATORS or MARK]\s{0,2}` from `at`: the position after it, or -1. */
function afterSeparator(text: string, at: number, separators: string, mark: number): number {
  if (at < 0) return -1;
  const sep = spacesThen(text, at, 2);
  if (sep < 0) return -1;
  const code = text.charCodeAt(sep);
  if (code !== mark && !separators.includes(text.charAt(sep))) return -1;
  return spacesThen(text, sep + 1, 2);
}

/** A run of `min`–`max` digits from `at` that is not followed by another digit, or null. */
function digits(text: string, at: number, min: number, max: number): { value: string; end: number } | null {
  if (at < 0) return null;
  let end = at;
  while (isDigit(text.charCodeAt(end))) end++;
  return end - at >= min && end - at <= max ? { value: text.slice(at, end), end } : null;
}

/** `(\d{1,2})` with nothing required after it: the first one or two digits of the run at `at`, or null. */
function leadingDigits(text: string, at: number): { value: string; end: number } | null {
  if (at < 0 || !isDigit(text.charCodeAt(at))) return null;
  const end = isDigit(text.charCodeAt(at + 1)) ? at + 2 : at + 1;
  return { value: text.slice(at, end), end };
}
