/** Helpers shared by the dates tests: full-width rendering and a compact view of mentions. */
import { findDates, type DateContext } from '../../src/dates/index.js';
import type { DateMention, Precision } from '../../src/schema/index.js';

/** Half-width characters that have a full-width twin in notices, and the space's (U+3000). */
const HALF = '0123456789:-/.~() ';

/** The same text as typed with a full-width IME: digits and date punctuation to U+FF10…, space to U+3000. */
export function fullWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    if (!HALF.includes(ch)) out += ch;
    else out += ch === ' ' ? '\u3000' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0);
  }
  return out;
}

/** The fields a forms table asserts, with the common defaults filled in. */
export interface Seen {
  raw: string;
  value: string;
  precision: Precision;
  yearInferred: boolean;
  repaired: boolean;
  ambiguous: boolean;
  alternatives: string[];
  rangeStart?: number;
}

export type Flags = Partial<Omit<Seen, 'raw' | 'value' | 'precision'>>;

/** One expected mention: raw, value, precision, then only the flags that differ from false/[]. */
export function m(raw: string, value: string, precision: Precision, flags: Flags = {}): Seen {
  const seen: Seen = {
    raw,
    value,
    precision,
    yearInferred: flags.yearInferred ?? false,
    repaired: flags.repaired ?? false,
    ambiguous: flags.ambiguous ?? false,
    alternatives: flags.alternatives ?? [],
  };
  if (flags.rangeStart !== undefined) seen.rangeStart = flags.rangeStart;
  return seen;
}

export function view(d: DateMention): Seen {
  const { raw, value, precision, yearInferred, repaired, ambiguous, alternatives, rangeStart } = d;
  const seen: Seen = { raw, value, precision, yearInferred, repaired, ambiguous, alternatives };
  if (rangeStart !== undefined) seen.rangeStart = rangeStart;
  return seen;
}

/** Every mention of `text`, viewed; also checks that each span slices back to its raw. */
export function mentions(text: string, context: DateContext = { publishedAt: null }): Seen[] {
  const { value } = findDates(text, context);
  for (const d of value) {
    if (text.slice(d.span.start, d.span.end) !== d.raw) throw new Error(`span of ${d.raw} does not slice to it in ${text}`);
  }
  return value.map(view);
}

/** Mentions finer than a year: what a non-date must never produce. */
export function fine(text: string, context: DateContext = { publishedAt: '2025-07-01' }): Seen[] {
  return mentions(text, context).filter((d) => d.precision !== 'year');
}
