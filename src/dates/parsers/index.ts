/**
 * The parser table. Each parser scans the folded text once with a global
 * regex; overlaps between their proposals are settled by the overlap refiner,
 * so order here does not matter.
 */
import { anchoredMatches, anchoredScan, type AnchoredScan } from '../../text/anchored.js';
import type { Candidate, Parser } from '../types.js';
import { bareDigits } from './bare.js';
import { chineseEnd, chineseMonthDay, chineseYear } from './chinese.js';
import { monthDay, yearDay, yearMonth } from './collapsed.js';
import { dayOnly, monthFirst, yearFirst } from './full.js';
import { dayOpen, monthOpen, numericMonth } from './month.js';
import { numeric } from './numeric.js';
import { rocBare, rocPrefixed } from './roc.js';

export const PARSERS: readonly Parser[] = [
  numeric,
  yearFirst,
  monthFirst,
  dayOnly,
  yearDay,
  yearMonth,
  monthDay,
  bareDigits,
  chineseYear,
  chineseMonthDay,
  chineseEnd,
  numericMonth,
  monthOpen,
  dayOpen,
  rocPrefixed,
  rocBare,
];

/** Every parser's candidates, sorted by position (longest, then highest priority, first). */
export function runParsers(text: string, folded: string): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of PARSERS) {
    for (const match of parserMatches(parser, folded)) {
      const candidate = parser.extract(match, folded, text);
      if (candidate !== null && candidate.span.end > candidate.span.start) out.push(candidate);
    }
  }
  return out.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end || b.priority - a.priority);
}

/** What `folded.matchAll(parser.pattern)` gives, found faster for a parser with an anchor. */
export function parserMatches(parser: Parser, folded: string): Iterable<RegExpExecArray> {
  const scan = SCANS.get(parser);
  return scan ? anchoredMatches(folded, scan) : folded.matchAll(parser.pattern);
}

const SCANS = new Map<Parser, AnchoredScan>(
  PARSERS.filter((p) => p.anchor).map((p) => [p, anchoredScan(p.pattern, new RegExp(`[${p.anchor!.chars}]`), p.anchor!.within)]),
);
