/**
 * Link ranges: A至B, A到B, A—B, A-B, A~B (A起至B). The second half records its
 * first half; its missing year/month are filled from A later (resolve), once
 * A's own reading is settled. What ends no range is judged by context.ts.
 */
import type { Candidate, Refiner } from '../types.js';

/** What may stand between the halves; short and bounded so the test is O(1). */
const SEPARATOR = /^[^\S\n]{0,2}(?:起)?(?:至|到|[-~〜–—－]{1,2})[^\S\n]{0,2}$/;
const MAX_GAP = 8;

function canStart(a: Candidate): boolean {
  // A range end cannot open another range (A至B至C is a list of ends), nor can a
  // day that has no month of its own; an anchored lone day can (召开于3月,25日至28日).
  return a.rangeStart === null && (!a.tags.includes('rangeOnly') || a.anchor !== null);
}

function canEnd(a: Candidate, b: Candidate): boolean {
  // "25日" needs a month to borrow; "5月" needs at least a year-bearing start.
  if (b.tags.includes('rangeOnly')) return a.precision !== 'year';
  return true;
}

export const linkRanges: Refiner = (candidates, ctx) => {
  for (let i = 1; i < candidates.length; i++) {
    const a = candidates[i - 1];
    const b = candidates[i];
    if (a === undefined || b === undefined) continue;
    const gap = b.span.start - a.span.end;
    if (gap < 1 || gap > MAX_GAP) continue;
    if (!SEPARATOR.test(ctx.folded.slice(a.span.end, b.span.start))) continue;
    if (canStart(a) && canEnd(a, b)) b.rangeStart = a;
  }
  return candidates;
};
