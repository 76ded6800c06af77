/**
 * A table of contents repeats the headings of the body (1 总则 / 1.1 编制目的
 * … 7 附则, then 1 总则 again where the body starts). Its lines are markers
 * too, and would double the outline. A contents block is a run of at least
 * MIN_CONTENTS_LINES heading-only marker lines with no prose between them,
 * whose first two lines come back later, one after the other: the block ends
 * where they come back (or where the run ends), and is skipped.
 */
import type { Diagnostic } from '../schema/index.js';
import { diagnostic } from '../text/index.js';
import { compact } from './furniture.js';
import { MAX_HEADING_LENGTH } from './headings.js';
import type { Line } from './lines.js';
import { trimBack } from './lines.js';
import type { MarkerMatch } from './markers.js';
import { isHeadingLine } from './markers.js';

const MIN_CONTENTS_LINES = 3;
/** Dot leaders and a page number after a contents heading (总则……3) are no part of it. */
const LEADER = /^([^]*?[^.·…\u22ef-])??[.·…\u22ef-]*\d{0,4}$/;

export interface MarkerLine {
  match: MarkerMatch;
  line: Line;
  /** The line is hard-wrapped into the next. */
  continued: boolean;
  /** Some other visible line (prose, an attachment list) stands between the previous marker line and this one. */
  afterProse: boolean;
}

/** The marker lines with any contents block left out; an info diagnostic says what was skipped. */
export function skipContents(folded: string, lines: readonly MarkerLine[], diagnostics: Diagnostic[]): MarkerLine[] {
  const keys = lines.map((m) => (m.continued || !isHeadingLine(folded, m.match.end, MAX_HEADING_LENGTH) ? null : compact(folded.slice(m.match.start, m.line.end)).replace(LEADER, '$1')));
  // Where each pair of consecutive heading lines stands, in text order.
  const pairs = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    if (key === null || next === null || next === undefined) return;
    const at = pairs.get(`${key}\n${next}`);
    if (at === undefined) pairs.set(`${key}\n${next}`, [i]);
    else at.push(i);
  });
  // Per pair, how many of its places lie behind the scan: each list is walked once in all.
  const passed = new Map<string, number>();
  const comesBack = (pair: string, from: number): number | undefined => {
    const at = pairs.get(pair) ?? [];
    let p = passed.get(pair) ?? 0;
    while (p < at.length && (at[p] ?? 0) < from) p++;
    passed.set(pair, p);
    return at[p];
  };
  const skipped = new Uint8Array(lines.length);
  for (let i = 0; i < lines.length; ) {
    let runEnd = i; // the run of heading lines from i, prose-free: [i, runEnd)
    while (runEnd < lines.length && keys[runEnd] !== null && (runEnd === i || lines[runEnd]?.afterProse === false)) runEnd++;
    const again = runEnd - i >= MIN_CONTENTS_LINES ? comesBack(`${keys[i]}\n${keys[i + 1]}`, i + MIN_CONTENTS_LINES) : undefined;
    const end = again === undefined ? i : Math.min(again, runEnd);
    const first = lines[i];
    const last = lines[end - 1];
    if (end > i && first !== undefined && last !== undefined) {
      skipped.fill(1, i, end);
      const span = { start: first.match.start, end: trimBack(folded, first.match.start, last.line.end) };
      diagnostics.push(diagnostic('info', 'outline/table-of-contents-skipped', `skipped ${end - i} lines of a table of contents: the same headings follow`, span));
    }
    i = Math.max(runEnd, i + 1);
  }
  return lines.filter((_, i) => skipped[i] === 0);
}
