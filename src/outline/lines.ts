/**
 * Lines of the body with offsets. Everything in the outline stage works on
 * offsets into the original `text`; the folded copy has the same length, so
 * an offset found in one is valid in the other.
 */

/** One line of the body: `start`/`end` exclude the newline, `content` is after the indentation. */
export interface Line {
  start: number;
  end: number;
  /** First non-blank offset, or `end` when the line is blank. */
  content: number;
}

/** Blank characters as they appear after width folding (U+3000 is already a space). */
export function isBlank(ch: number): boolean {
  return ch === 0x20 || ch === 0x09 || ch === 0x0a || ch === 0x0d || ch === 0xa0 || ch === 0x3000 || ch === 0xfeff;
}

/**
 * Visit the lines of `text` between `from` and `to` in order; returning
 * `false` stops the walk. A callback and one reused Line object (read it,
 * do not keep it) keep a million-line body from costing a million objects.
 */
export function forEachLine(text: string, from: number, to: number, visit: (line: Line) => boolean | void): void {
  const line: Line = { start: from, end: from, content: from };
  let start = from;
  while (start < to) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 || nl > to ? to : nl;
    let content = start;
    while (content < end && isBlank(text.charCodeAt(content))) content++;
    line.start = start;
    line.end = end;
    line.content = content;
    if (visit(line) === false) return;
    start = end + 1;
  }
}

/** Move `end` back over blanks, never before `floor`: spans end at the last visible character. */
export function trimBack(text: string, floor: number, end: number): number {
  let e = end;
  while (e > floor && isBlank(text.charCodeAt(e - 1))) e--;
  return e;
}

/** Move `start` forward over blanks, never past `ceiling`. */
export function trimForward(text: string, start: number, ceiling: number): number {
  let s = start;
  while (s < ceiling && isBlank(text.charCodeAt(s))) s++;
  return s;
}

/** End of the line holding `pos` (the offset of its newline, or `limit`). */
export function lineEndAt(text: string, pos: number, limit: number): number {
  const nl = text.indexOf('\n', pos);
  return nl < 0 || nl > limit ? limit : nl;
}
