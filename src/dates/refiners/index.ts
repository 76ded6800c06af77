/**
 * The refiners, in the order they must run:
 *   1. removeOverlaps — first, so an invalid 2023年2月29日 still hides its inner 2月29日,
 *                       and a range sees whole mentions only;
 *   2. dropInvalid   — proposals with no valid reading go (explicit ones reported);
 *   3. linkRanges    — needs neighbours final; drops lone 25日;
 *   4. computeWindow — needs final mentions to find the feedback date and bounds;
 *   5. resolve       — needs links and window: borrow, infer years, choose readings;
 *   6. reportDoubts  — needs every choice made.
 * Confidence is computed when mentions are built (mention.ts).
 */
import type { Candidate, RefineContext, Refiner } from '../types.js';
import { removeOverlaps } from './overlap.js';
import { linkRanges } from './ranges.js';
import { reportDoubts } from './report.js';
import { resolve } from './resolve.js';
import { dropInvalid } from './validity.js';
import { computeWindow } from './window.js';

export const REFINERS: readonly Refiner[] = [removeOverlaps, dropInvalid, linkRanges, computeWindow, resolve, reportDoubts];

export function refine(candidates: Candidate[], ctx: RefineContext): Candidate[] {
  return REFINERS.reduce((list, refiner) => refiner(list, ctx), candidates);
}
