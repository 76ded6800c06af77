/**
 * Year inference for mentions that wrote no year (520日, 3月25日, 222日).
 * Candidate years are the years written anywhere in the text plus the
 * window's bounds and the year before the upper bound (a notice published in
 * January often reports the previous December); the chosen year keeps the date inside the window and is
 * the nearest such to the reference day (the preceding date mention).
 */
import { isValid, periodOf, withFields } from '../calendar.js';
import type { Candidate, Reading, Window } from '../types.js';
import { distance, inWindow } from './choose.js';

export function candidateYears(candidates: Candidate[], window: Window): number[] {
  const years = new Set<number>();
  for (const c of candidates) {
    for (const r of c.readings) if (r.written.year && r.year !== null) years.add(r.year);
  }
  for (const bound of [window.lower, window.upper]) if (bound !== null) years.add(Math.floor(bound / 10_000));
  if (window.upper !== null) years.add(Math.floor(window.upper / 10_000) - 1);
  return [...years].sort((a, b) => b - a);
}

/** The best year for one year-less reading, or null when no candidate year makes it valid. */
export function fillYear(r: Reading, years: number[], window: Window, applyLower: boolean, ref: number | null): Reading | null {
  let best: { r: Reading; inside: boolean; d: number } | null = null;
  for (const year of years) {
    const filled = withFields(r, { year });
    if (!isValid(filled) || periodOf(filled) === null) continue;
    const inside = inWindow(filled, window, applyLower);
    const d = distance(filled, ref);
    if (best === null || (inside && !best.inside) || (inside === best.inside && d < best.d)) best = { r: filled, inside, d };
  }
  return best?.r ?? null;
}
