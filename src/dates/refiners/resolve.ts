/**
 * One pass in text order settling each mention's reading:
 *   1. a range end borrows missing year/month from its (already settled) start,
 *      a lone day from its anchor;
 *   2. a mention still without a year gets one inferred (years.ts);
 *   3. readings are ranked against the window and the preceding date (choose.ts).
 * Text order matters because the preceding date is the reference for 2 and 3.
 */
import { diagnostic } from '../../text/index.js';
import { isValid, midpoint, periodOf, withFields } from '../calendar.js';
import type { Candidate, Reading, RefineContext, Refiner, Window } from '../types.js';
import { fallbackRef, rankReadings } from './choose.js';
import { candidateYears, fillYear } from './years.js';

/** The feedback date bounds only what the text reports after it. */
function lowerApplies(c: Candidate, window: Window): boolean {
  return window.lowerAfter !== null && c.span.start > window.lowerAfter.span.start;
}

function borrow(r: Reading, from: Reading): Reading {
  const month = r.month ?? (r.day !== null ? from.month : null);
  return withFields(r, { month, year: r.year ?? from.year });
}

/**
 * Step 1; false when no reading survives borrowing (31日 after 2月). A range
 * end is reported when invalid or reversed; a lone day (anchor) just goes,
 * since "31日" after "4月" was likely never meant as that month's day.
 */
function borrowFrom(c: Candidate, start: Candidate, isRange: boolean, ctx: RefineContext): boolean {
  const a = start.readings[0];
  if (a === undefined) return true;
  const filled = c.readings.map((r) => borrow(r, a)).filter(isValid);
  if (filled.length === 0) {
    const msg = `"${c.raw}" is not a valid date after "${start.raw}"; ignored`;
    if (isRange) ctx.diagnostics.push(diagnostic('warning', 'date/invalid', msg, c.span));
    return false;
  }
  if (c.readings.some((r) => r.year === null) && a.year !== null) c.yearInferred = isRange ? 'range' : 'anchor';
  if (!isRange) {
    c.readings = filled;
    return true;
  }
  const aStart = periodOf(a)?.[0] ?? null;
  const ordered = filled.filter((r) => aStart === null || (periodOf(r)?.[1] ?? aStart) >= aStart);
  if (ordered.length === 0) {
    const msg = `range "${start.raw}" … "${c.raw}" ends before it starts`;
    ctx.diagnostics.push(diagnostic('warning', 'date/range-reversed', msg, c.span));
  }
  c.readings = ordered.length > 0 ? ordered : filled;
  return true;
}

/** Step 2; false when no year can be found at all. */
function inferYear(c: Candidate, years: number[], ctx: RefineContext, applyLower: boolean, ref: number | null): boolean {
  const filled = c.readings
    .map((r) => (r.year === null ? fillYear(r, years, ctx.window, applyLower, ref) : r))
    .filter((r): r is Reading => r !== null);
  if (filled.length === 0) {
    ctx.diagnostics.push(diagnostic('info', 'date/year-unknown', `"${c.raw}" looks like a date but no year is known; ignored`, c.span));
    return false;
  }
  c.readings = filled;
  c.yearInferred = 'context';
  return true;
}

export const resolve: Refiner = (candidates, ctx) => {
  const years = candidateYears(candidates, ctx.window);
  const kept: Candidate[] = [];
  let ref = fallbackRef(ctx.window);
  for (const c of candidates) {
    const applyLower = lowerApplies(c, ctx.window);
    const source = c.rangeStart ?? c.anchor;
    if (source !== null && !borrowFrom(c, source, c.rangeStart !== null, ctx)) continue;
    if (c.readings.some((r) => r.year === null) && !inferYear(c, years, ctx, applyLower, ref)) continue;
    rankReadings(c, ctx.window, applyLower, ref);
    kept.push(c);
    const best = c.readings[0];
    const mid = best !== undefined && c.precision !== 'year' ? midpoint(best) : null;
    if (mid !== null) ref = mid;
  }
  return kept;
};
