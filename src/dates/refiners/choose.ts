/**
 * Choosing among a mention's readings. Policy:
 *  - a calendar-invalid reading never exists (parsers drop it), so it is never an alternative;
 *  - a valid reading outside the document window loses to one inside, but is
 *    still listed as an alternative and the mention stays ambiguous;
 *  - among readings equally placed, the one nearest the preceding date wins
 *    (notices narrate in order), and the choice is flagged as a tie-break.
 */
import { dayNumber, midpoint, periodOf } from '../calendar.js';
import type { Candidate, Reading, Window } from '../types.js';

export function inWindow(r: Reading, window: Window, applyLower: boolean): boolean {
  const p = periodOf(r);
  if (p === null) return true;
  if (window.upper !== null && p[0] > window.upper) return false;
  return !(applyLower && window.lower !== null && p[1] < window.lower);
}

/** Days from a reading to the reference day; Infinity-free so sorting stays total. */
export function distance(r: Reading, ref: number | null): number {
  const mid = midpoint(r);
  return mid === null || ref === null ? 0 : Math.abs(mid - ref);
}

/** Stable sort by distance to `ref`; parser order breaks exact ties. */
function byProximity(readings: Reading[], ref: number | null): Reading[] {
  return readings
    .map((r, i) => ({ r, i, d: distance(r, ref) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .map((x) => x.r);
}

/** The reference day when no earlier mention gives one: a window bound. */
export function fallbackRef(window: Window): number | null {
  const bound = window.upper ?? window.lower;
  return bound === null ? null : dayNumber(bound);
}

/** Reorder `c.readings` best first; record window rejects, out-of-window and tie-break. */
export function rankReadings(c: Candidate, window: Window, applyLower: boolean, ref: number | null): void {
  // Only a choice the window actually makes is judged against it: a date whose
  // digits read one way means what it says, even outside the window (plans, history).
  const doubted = c.yearInferred === 'context' || c.readings.length > 1;
  if (!doubted) return;
  const inside = c.readings.filter((r) => inWindow(r, window, applyLower));
  const outside = c.readings.filter((r) => !inWindow(r, window, applyLower));
  if (inside.length > 0) {
    c.readings = byProximity(inside, ref);
    c.windowRejected = byProximity(outside, ref);
    c.tieBroken = inside.length > 1;
  } else {
    c.readings = byProximity(outside, ref);
    c.outOfWindow = window.upper !== null || window.lower !== null;
    c.tieBroken = outside.length > 1;
  }
}
