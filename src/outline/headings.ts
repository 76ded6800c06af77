/**
 * Headings: the short phrase right after a marker that starts a line, up to
 * the first full stop, semicolon, colon or the line end. A long phrase is a
 * sentence of a plain paragraph, not a heading.
 */
import { trimBack, trimForward } from './lines.js';

/** Longest phrase still read as a heading (characters). */
export const MAX_HEADING_LENGTH = 40;

/** Folded forms of 。 ； ： (；：fold to ; :). */
const HEADING_STOPS = new Set([0x3002, 0x3b, 0x3a]);

/**
 * The heading after a marker ending at `markerEnd`, or null.
 * `startsLine` is false for inline markers (一是 inside running text): those never carry a heading.
 */
export function headingAfter(
  text: string,
  folded: string,
  markerEnd: number,
  lineEnd: number,
  startsLine: boolean,
): string | null {
  if (!startsLine) return null;
  const from = trimForward(folded, markerEnd, lineEnd);
  // Scan at most one character past the limit: anything longer is no heading anyway.
  const limit = Math.min(lineEnd, from + MAX_HEADING_LENGTH + 1);
  let stop = from;
  while (stop < limit && !HEADING_STOPS.has(folded.charCodeAt(stop))) stop++;
  if (stop === limit && limit < lineEnd) return null;
  const end = trimBack(folded, from, stop);
  if (end === from || end - from > MAX_HEADING_LENGTH) return null;
  return text.slice(from, end);
}
