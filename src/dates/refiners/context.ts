/**
 * Mentions that are dates only in context:
 *  - a lone day (25日, tag loneDay) borrows month and year from the nearest
 *    earlier month-or-finer mention in the same sentence (于2024年3月召开,25日结束);
 *  - otherwise a range-only day or month must end a range;
 *  - a 2024.03 (needsContext) must start or end a range.
 * `anchorDays` runs before the ranges refiner (an anchored 25日 may open a
 * range: 25日至28日), `keepInContext` after it.
 */
import type { Candidate, Refiner } from '../types.js';

/** Sentence ends: a lone day never borrows across one. */
const BREAK = /[。！？!?；;\n]/;

function canAnchor(c: Candidate): boolean {
  if (c.precision === 'year' || c.tags.includes('needsContext')) return false;
  return !c.tags.includes('rangeOnly') || c.anchor !== null;
}

export const anchorDays: Refiner = (candidates, ctx) => {
  let anchor: Candidate | null = null;
  let prevEnd = 0;
  // Candidates no longer overlap here, so every gap is scanned once: linear.
  for (const c of candidates) {
    if (anchor !== null && BREAK.test(ctx.folded.slice(prevEnd, c.span.start))) anchor = null;
    prevEnd = c.span.end;
    if (anchor !== null && c.tags.includes('loneDay')) c.anchor = anchor;
    if (canAnchor(c)) anchor = c;
  }
  return candidates;
};

export const keepInContext: Refiner = (candidates) => {
  const starts = new Set<Candidate>();
  for (const c of candidates) if (c.rangeStart !== null) starts.add(c.rangeStart);
  return candidates.filter((c) => {
    if (c.tags.includes('rangeOnly')) return c.rangeStart !== null || c.anchor !== null;
    if (c.tags.includes('needsContext')) return c.rangeStart !== null || starts.has(c);
    return true;
  });
};
