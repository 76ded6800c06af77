/**
 * Where proposals overlap, the longest wins (2024年3月25日 over its 3月25日
 * and over a bare 25日); on equal length the higher parser priority wins
 * (an explicit form over a damaged reading of the same characters).
 * Input is sorted by start, so a single pass with a stack suffices.
 */
import type { Candidate, Refiner } from '../types.js';

function beats(a: Candidate, b: Candidate): boolean {
  const la = a.span.end - a.span.start;
  const lb = b.span.end - b.span.start;
  return la > lb || (la === lb && a.priority > b.priority);
}

export const removeOverlaps: Refiner = (candidates) => {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    let wins = true;
    for (let last = kept.at(-1); last !== undefined && last.span.end > c.span.start; last = kept.at(-1)) {
      if (!beats(c, last)) {
        wins = false;
        break;
      }
      kept.pop();
    }
    if (wins) kept.push(c);
  }
  return kept;
};
