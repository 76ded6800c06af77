/**
 * Where the notice body lies. It starts after the head (see head.ts: after
 * the title and metadata, or where the page is densest in notice text); it runs to its last content line before the footer: a footer phrase,
 * or a long run of unpunctuated lines (link lists, navigation). So a short
 * notice still beats a long menu, and a signature's unpunctuated organ line,
 * alone between content lines, stays in.
 */
import type { Span } from '../schema/index.js';
import { contentWeight, isContentLine, isFooterLine } from './density.js';
import type { Line } from '../text/index.js';

/** This many unpunctuated lines in a row end the body (a link list, a menu; a table header is shorter). */
const FURNITURE_RUN = 12;

export function bodySpan(lines: readonly Line[], startLine: number, textLength: number): Span {
  const first = lines[startLine];
  if (!first) return { start: textLength, end: textLength };
  const last = lastContentLine(lines, first.index);
  return { start: first.start, end: Math.max(first.start, lines[last]!.end) };
}

/** The last line of the body: before a footer phrase or a run of furniture, at a content line. */
function lastContentLine(lines: readonly Line[], from: number): number {
  let last = from;
  let run = 0;
  for (let i = from + 1; i < lines.length; i++) {
    const { content } = lines[i]!;
    if (content === '') continue;
    if (isFooterLine(content)) break;
    if (isContentLine(content)) {
      last = i;
      run = 0;
    } else if (++run >= FURNITURE_RUN) {
      break;
    } else if (run === 1 && isLastLineOrFollowedByContent(lines, i)) {
      last = i; // a lone unpunctuated line between content: a subheading, an organ above its date
    }
  }
  return last;
}

function isLastLineOrFollowedByContent(lines: readonly Line[], index: number): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    const { content } = lines[i]!;
    if (content !== '') return isContentLine(content);
  }
  return true;
}

/** The first line of the region (between footers or furniture runs) that holds the most notice text. */
export function densestRegionStart(lines: readonly Line[]): number | null {
  let best: { start: number; weight: number } | null = null;
  let region: { start: number; weight: number } | null = null;
  let run = 0;
  for (const line of lines) {
    if (line.content === '') continue;
    const weight = contentWeight(line.content);
    if (weight === 0 && (++run >= FURNITURE_RUN || isFooterLine(line.content))) region = null;
    if (weight === 0) continue;
    run = 0;
    region ??= { start: line.index, weight: 0 };
    region.weight += weight;
    if (!best || region.weight > best.weight) best = { ...region };
  }
  return best?.start ?? null;
}
