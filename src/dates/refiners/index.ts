/**
 * The refiners, in the order they must run:
 *   1. rocContext    — before overlaps: a bare 113年3月25日 on a Simplified page must go
 *                       while its inner 3月25日 is still there;
 *   2. removeOverlaps — so an invalid 2023年2月29日 still hides its inner 2月29日,
 *                       and a range sees whole mentions only;
 *   3. dropInvalid   — proposals with no valid reading go (explicit ones reported);
 *   4. anchorDays    — a lone 25日 finds the month mention it belongs to;
 *   5. linkRanges    — needs neighbours final (and anchored days, which may open a range);
 *   6. keepInContext — drops lone days, range-only ends and 2024.03s that context did not claim;
 *   7. computeWindow — needs final mentions to find the feedback date and bounds;
 *   8. resolve       — needs links and window: borrow, infer years, choose readings;
 *   9. reportDoubts  — needs every choice made.
 * Confidence is computed when mentions are built (mention.ts).
 */
import type { Candidate, RefineContext, Refiner } from '../types.js';
import { anchorDays, keepInContext } from './context.js';
import { removeOverlaps } from './overlap.js';
import { linkRanges } from './ranges.js';
import { reportDoubts } from './report.js';
import { resolve } from './resolve.js';
import { rocContext } from './script.js';
import { dropInvalid } from './validity.js';
import { computeWindow } from './window.js';

export const REFINERS: readonly Refiner[] = [
  rocContext,
  removeOverlaps,
  dropInvalid,
  anchorDays,
  linkRanges,
  keepInContext,
  computeWindow,
  resolve,
  reportDoubts,
];

export function refine(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  return REFINERS.reduce((list, refiner) => refiner(list, ctx), candidates);
}
