/**
 * Physical layout of the body: page furniture, and whether the text is
 * hard-wrapped. Text dumped from a PDF breaks every line at the page width,
 * so a wrapped continuation can start with 1.5亿元, 2024年 or （一）项. The
 * text is never changed (spans index into it); instead wrapped lines are
 * joined logically: a continuation line never starts a node, never closes
 * the outline, and a paragraph (heading scan, enumeration extent) runs on
 * through it.
 */
import { foldWidth } from '../text/index.js';
import { compact, findRepeatedLines, isFurniture, MAX_FURNITURE_LENGTH } from './furniture.js';
import { forEachLine, lineEndAt, trimBack } from './lines.js';
import { matchMarker } from './markers.js';

export interface Layout {
  /** The wrap width (characters per full line, indentation included), or 0 when the text is not hard-wrapped. */
  width: number;
  /** Start offsets of furniture lines. */
  furniture: Set<number>;
  /** Start offset of each continuation line → offset of the last visible character of the line it continues. */
  continuations: Map<number, number>;
}

/** Lines shorter than this say nothing about a wrap width (headings, salutations, page numbers). */
const MIN_WIDTH = 16;
/** No page is this wide: longer lines are whole paragraphs, evidence against wrapping. */
const MAX_WIDTH = 120;
/** A line within this many characters of the width is a full line (half-width digits and punctuation make widths vary). */
const WIDTH_SLACK = 2;
/** Hard-wrapped: at least this many full lines... */
const MIN_FULL_LINES = 4;
/** ...making up at least this share of the lines of at least MIN_WIDTH... */
const MIN_FULL_SHARE = 0.5;
/** ...of which fewer than this share end a sentence (ordinary paragraphs, one per line, nearly all do). */
const MAX_ENDING_SHARE = 0.5;
/** A running header must repeat at least this much of the title. */
const MIN_TITLE_LENGTH = 4;

/** Folded 。；：！？ and the closing quotes/brackets that may follow them. */
const SENTENCE_ENDS = new Set([0x3002, 0x3b, 0x3a, 0x21, 0x3f]);
const CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0x29, 0x3011, 0x300b, 0x22, 0x27]);

/** Whether the visible text ending just before `end` ends a sentence: 。 or 。” but not a bare ）. */
export function endsSentence(folded: string, start: number, end: number): boolean {
  let last = end - 1;
  if (last > start && CLOSERS.has(folded.charCodeAt(last))) last--;
  return last >= start && SENTENCE_ENDS.has(folded.charCodeAt(last));
}

/** `open`: the gated marker families this document lets count (see gates.ts). */
export function analyzeLayout(folded: string, from: number, to: number, rawTitle: string | null, open: ReadonlySet<string>): Layout {
  // Compared with folded lines, blanks removed; a title too short to tell a header from prose is ignored.
  const compacted = rawTitle === null ? '' : compact(foldWidth(rawTitle));
  const title = compacted.length >= MIN_TITLE_LENGTH ? compacted : null;
  const layout: Layout = { width: 0, furniture: new Set(), continuations: new Map() };
  // Pass 1: furniture by rule, and the histogram of line lengths (with how many end a sentence).
  const lengths = new Map<number, { lines: number; ending: number }>();
  let long = 0;
  forEachLine(folded, from, to, (line) => {
    const end = trimBack(folded, line.content, line.end);
    if (end === line.content) return;
    if (end - line.content <= MAX_FURNITURE_LENGTH && isFurniture(folded.slice(line.content, end), title, false)) {
      layout.furniture.add(line.start);
      return;
    }
    const length = end - line.start;
    // Marker lines are left out: a document of many equally long headings is not wrapped for that.
    if (length < MIN_WIDTH || matchMarker(folded, line.content, open) !== null) return;
    long++;
    if (length > MAX_WIDTH) return;
    const entry = lengths.get(length) ?? { lines: 0, ending: 0 };
    entry.lines++;
    if (endsSentence(folded, line.content, end)) entry.ending++;
    lengths.set(length, entry);
  });
  const width = wrapWidth(lengths, long);
  if (width === 0) return layout;
  layout.width = width;
  markWrappedFurniture(folded, from, to, title, layout, open);
  // Pass 3: a line continues the previous visible line when that one is full and ends no sentence.
  let previous: { length: number; last: number; ends: boolean } | null = null;
  forEachLine(folded, from, to, (line) => {
    const end = trimBack(folded, line.content, line.end);
    if (end === line.content || layout.furniture.has(line.start)) return; // blanks and furniture break nothing
    if (previous !== null && previous.length >= width - WIDTH_SLACK && !previous.ends) layout.continuations.set(line.start, previous.last);
    previous = { length: end - line.start, last: end - 1, ends: endsSentence(folded, line.content, end) };
  });
  return layout;
}

/** The most common length among long lines, when the lines around it make the text look hard-wrapped; else 0. */
function wrapWidth(lengths: ReadonlyMap<number, { lines: number; ending: number }>, long: number): number {
  let mode = 0;
  let best = 0;
  for (const [length, { lines }] of lengths) {
    if (lines > best || (lines === best && length > mode)) [mode, best] = [length, lines];
  }
  let full = 0;
  let ending = 0;
  for (let l = mode - WIDTH_SLACK; l <= mode + WIDTH_SLACK; l++) {
    full += lengths.get(l)?.lines ?? 0;
    ending += lengths.get(l)?.ending ?? 0;
  }
  const wrapped = full >= MIN_FULL_LINES && full >= MIN_FULL_SHARE * long && ending < MAX_ENDING_SHARE * full;
  return wrapped ? mode : 0;
}

/** Pass 2, wrapped text only: bare page numbers, and short lines repeating at regular intervals (running headers). */
function markWrappedFurniture(folded: string, from: number, to: number, title: string | null, layout: Layout, open: ReadonlySet<string>): void {
  const candidates: { key: string; index: number; start: number }[] = [];
  let index = 0;
  forEachLine(folded, from, to, (line) => {
    index++;
    const end = trimBack(folded, line.content, line.end);
    if (end === line.content || layout.furniture.has(line.start) || end - line.content > MAX_FURNITURE_LENGTH) return;
    const visible = folded.slice(line.content, end);
    if (isFurniture(visible, title, true)) layout.furniture.add(line.start);
    else if (matchMarker(folded, line.content, open) === null) candidates.push({ key: compact(visible), index, start: line.start });
  });
  const repeated = findRepeatedLines(candidates);
  for (const c of candidates) if (repeated.has(c.key)) layout.furniture.add(c.start);
}

/** Whether the line starting at `lineStart` is furniture or a continuation: either way it starts nothing. */
export function isPassive(layout: Layout, lineStart: number): boolean {
  return layout.furniture.has(lineStart) || layout.continuations.has(lineStart);
}

/**
 * End of the logical line (paragraph) holding `pos`: its physical line end,
 * extended over the continuation lines that follow, furniture and blank
 * lines between them skipped. Never past `limit`.
 */
export function paragraphEnd(layout: Layout, folded: string, pos: number, limit: number): number {
  let end = lineEndAt(folded, pos, limit);
  if (layout.width === 0) return end;
  for (let next = end + 1; next < limit; ) {
    const lineEnd = lineEndAt(folded, next, limit);
    if (layout.continuations.has(next)) end = lineEnd;
    else if (!layout.furniture.has(next) && trimBack(folded, next, lineEnd) > next) break;
    next = lineEnd + 1;
  }
  return end;
}
