/**
 * Headings: the short phrase right after a marker that starts a line, up to
 * the first full stop, semicolon, colon or the line end, when that phrase
 * reads as a heading rather than as a sentence of a plain paragraph:
 * - longer than MAX_HEADING_LENGTH: a sentence;
 * - with a comma (，) it is a run-on of clauses unless it is short and more
 *   text follows it in the paragraph (加强理论学习,贯彻落实林长制工作要求。一是…)
 *   or it stands alone without punctuation (提高政治站位，强化责任担当);
 *   1.各地区要在…完成排查，建立台账，并于…报送。 is a sentence;
 * - an article (第一条) is a provision: a phrase that is its whole paragraph
 *   (本办法由县农业农村局负责解释。 / 本办法适用于：) is its text, not a heading.
 * 、 is no comma: 加强镇、街道、村级林长责任 is a heading.
 */
import { trimBack, trimForward } from './lines.js';

/** Longest phrase still read as a heading (characters). */
export const MAX_HEADING_LENGTH = 40;
/** A phrase with a comma longer than this is a sentence. */
export const MAX_CLAUSED_HEADING_LENGTH = 30;

/** Folded forms of 。 ； ： (；：fold to ; :). */
const HEADING_STOPS = new Set([0x3002, 0x3b, 0x3a]);
/** Folded ，(and the half-width comma). */
const COMMA = ',';

export interface HeadingContext {
  /** False for inline markers (一是 inside running text): those never carry a heading. */
  startsLine: boolean;
  /** The line is hard-wrapped into the next: a phrase that reaches the line end runs on past it, which no heading does. */
  continued: boolean;
  /** The marker numbers provisions (第一条): a one-phrase paragraph is no heading. */
  provision: boolean;
}

/** The heading after a marker ending at `markerEnd` on a line ending at `lineEnd`, or null. */
export function headingAfter(text: string, folded: string, markerEnd: number, lineEnd: number, context: HeadingContext): string | null {
  if (!context.startsLine) return null;
  const from = trimForward(folded, markerEnd, lineEnd);
  // Scan at most one character past the limit: anything longer is no heading anyway.
  const limit = Math.min(lineEnd, from + MAX_HEADING_LENGTH + 1);
  let stop = from;
  while (stop < limit && !HEADING_STOPS.has(folded.charCodeAt(stop))) stop++;
  const punctuated = stop < lineEnd;
  if (!punctuated && (limit < lineEnd || context.continued)) return null;
  const end = trimBack(folded, from, stop);
  if (end === from || end - from > MAX_HEADING_LENGTH) return null;
  // Nothing after the stop on the whole paragraph: the phrase is the paragraph.
  const alone = punctuated && !context.continued && trimBack(folded, stop + 1, lineEnd) === stop + 1;
  if (folded.slice(from, end).includes(COMMA) && (end - from > MAX_CLAUSED_HEADING_LENGTH || alone)) return null;
  if (context.provision && alone) return null;
  return text.slice(from, end);
}
