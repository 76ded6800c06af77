/**
 * The 落款 blocks of a notice: an issuing organ (one or two lines, or the
 * start of the date's line) over a date that stands alone on its line. A
 * forwarded or attached document brings its own, so there may be several;
 * the first closes the notice itself. A date alone on the body's last line
 * is a signature even without an organ above it.
 */
import type { DateMention, Signature, Span } from '../schema/index.js';
import { isOrganName, splitLines, type Line } from '../text/index.js';

/** An organ over two lines (a long name wrapped, or two joint issuers) is the most seen. */
const ORGAN_LINES_MAX = 2;

/**
 * Find the signatures, in order.
 * @param text - the document text
 * @param body - the notice body
 * @param dates - the dates stage's mentions, to read each signature date from
 */
export function findSignatures(text: string, body: Span, dates: readonly DateMention[]): Signature[] {
  const lines = splitLines(text).filter((l) => l.content !== '' && l.start >= body.start && l.end <= body.end);
  const signatures: Signature[] = [];
  // A block above the first sentence of the body (a bulletin's issuer under its title) closes nothing.
  const firstSentence = lines.findIndex((l) => l.content.includes('。'));
  let next = 0;
  lines.forEach((line, index) => {
    if (firstSentence === -1 || index < firstSentence) return;
    while (next < dates.length && dates[next]!.span.end < line.end) next++;
    const date = dates[next];
    if (!date || date.span.end !== line.end || date.span.start < line.start || date.precision === 'year' || date.precision === 'month') return;
    const before = text.slice(line.start, date.span.start).trim();
    if (before !== '' && !isOrganName(before)) return;
    const organs = before !== '' ? [line] : organLinesAbove(lines, index);
    if (organs.length === 0 && index !== lines.length - 1) return;
    const organization = before !== '' ? before : organs.map((l) => l.content).join(' ') || null;
    signatures.push({ organization, date: date.value.slice(0, 10), span: { start: (organs[0] ?? line).start, end: date.span.end } });
  });
  return signatures;
}

function organLinesAbove(lines: readonly Line[], index: number): Line[] {
  const organs: Line[] = [];
  for (let i = index - 1; i >= 0 && organs.length < ORGAN_LINES_MAX && isOrganName(lines[i]!.content); i--) organs.unshift(lines[i]!);
  return organs;
}

