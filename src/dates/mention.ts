/** Candidate → the contract's DateMention. */
import type { DateMention } from '../schema/index.js';
import { toIso } from './calendar.js';
import { confidenceOf, isAmbiguous } from './refiners/score.js';
import type { Candidate } from './types.js';

/** Alternatives: remaining in-window readings first, then window rejects; deduplicated. */
function alternatives(c: Candidate, value: string): string[] {
  if (c.readings.length < 2 && c.windowRejected.length === 0) return []; // the common case, kept cheap
  const all = [...c.readings.slice(1), ...c.windowRejected].map((r) => toIso(r, c.precision));
  return [...new Set(all)].filter((v) => v !== value);
}

export function toMentions(candidates: Candidate[]): DateMention[] {
  const index = new Map<Candidate, number>();
  const out: DateMention[] = [];
  for (const c of candidates) {
    const best = c.readings[0];
    if (best === undefined || best.year === null) continue;
    const value = toIso(best, c.precision);
    const mention: DateMention = {
      raw: c.raw,
      span: { start: c.span.start, end: c.span.end },
      value,
      precision: c.precision,
      repaired: c.repaired,
      yearInferred: c.yearInferred !== 'no',
      ambiguous: isAmbiguous(c),
      alternatives: alternatives(c, value),
      confidence: confidenceOf(c),
    };
    const start = c.rangeStart === null ? undefined : index.get(c.rangeStart);
    if (start !== undefined) mention.rangeStart = start;
    index.set(c, out.length);
    out.push(mention);
  }
  return out;
}
