/**
 * Confidence. Starts from the parser's confidence in an intact reading of
 * the form and is multiplied down by each doubt, so doubts compound:
 * a repaired, year-inferred, ambiguous mention ends well below an intact one.
 */
import type { Candidate } from '../types.js';

const FACTOR = {
  yearFromRange: 0.95, // the year is the range start's: almost always right
  yearFromAnchor: 0.9, // month and year are the preceding mention's: usually right
  yearFromContext: 0.8, // the year is the window's best guess
  ambiguousWindowDecided: 0.75, // another valid reading lost only to the window
  ambiguousTieBroken: 0.5, // readings equally plausible; proximity chose
  outOfWindow: 0.6, // even the best reading contradicts the document's dates
};

export function isAmbiguous(c: Candidate): boolean {
  return c.readings.length + c.windowRejected.length > 1;
}

export function confidenceOf(c: Candidate): number {
  let conf = c.baseConfidence;
  if (c.yearInferred === 'range') conf *= FACTOR.yearFromRange;
  if (c.yearInferred === 'anchor') conf *= FACTOR.yearFromAnchor;
  if (c.yearInferred === 'context') conf *= FACTOR.yearFromContext;
  if (isAmbiguous(c)) conf *= c.tieBroken ? FACTOR.ambiguousTieBroken : FACTOR.ambiguousWindowDecided;
  if (c.outOfWindow) conf *= FACTOR.outOfWindow;
  return Math.round(conf * 100) / 100;
}
