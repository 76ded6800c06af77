/**
 * Page furniture: what a PDF dump leaves between the lines of the notice —
 * page numbers, and a running header at the top of every page. Such a line is
 * never a marker, never closing matter, and does not end the paragraph it
 * interrupts (the line after it may continue the line before it). The text is
 * not changed: furniture can stay inside a node's span, never in a heading.
 */
interface FurnitureRule {
  why: string;
  /** Tested against the line's folded visible text with every blank removed. Bounded, anchored. */
  pattern: RegExp;
  /** Only in hard-wrapped text, where a bare number on its own line can be nothing but a page number. */
  wrappedOnly: boolean;
}

/** Folded: the full-width dash － is already "-"; the long dashes stay as written. */
const DASH = '[-\u2010-\u2015\u2212\u2500]';

export const FURNITURE_RULES: readonly FurnitureRule[] = [
  { why: 'page number between dashes: — 3 —, - 3 -, -3-', pattern: new RegExp(`^${DASH}{1,2}\\d{1,4}${DASH}{1,2}$`), wrappedOnly: false },
  { why: 'page number in words: 第3页, 第3页 共12页', pattern: /^第\d{1,4}页(?:[,/]?共\d{1,4}页)?$/, wrappedOnly: false },
  { why: 'page of pages: 3/12', pattern: /^\d{1,4}\/\d{1,4}$/, wrappedOnly: false },
  { why: 'bare page number', pattern: /^\d{1,3}$/, wrappedOnly: true },
];

/** Page furniture is short (a running title at most this long); longer lines are never compacted or compared. */
export const MAX_FURNITURE_LENGTH = 80;

/** Blanks removed: PDF dumps space page numbers and headers unpredictably. */
export const compact = (s: string): string => s.replace(/\s+/g, '');

/**
 * Whether a line's visible text is furniture by the rules above or repeats
 * the title (a running header); `title` is folded and compacted already.
 */
export function isFurniture(visible: string, title: string | null, wrapped: boolean): boolean {
  if (visible.length > MAX_FURNITURE_LENGTH) return false;
  const line = compact(visible);
  if (line === title) return true;
  return FURNITURE_RULES.some((r) => (wrapped || !r.wrappedOnly) && r.pattern.test(line));
}

/** A running header repeats on at least this many pages... */
const MIN_REPEATS = 3;
/** ...and pages are at least this many lines long. */
const MIN_PAGE_LINES = 5;

/**
 * Lines that repeat identically at regular intervals: a running header that
 * is not the title (the issuer's name, a document number). `lines` are the
 * compacted texts of the candidate lines (short, not marker lines) with their
 * line indices, in order. Returns the texts that are furniture.
 */
export function findRepeatedLines(lines: readonly { key: string; index: number }[]): Set<string> {
  const seen = new Map<string, number[]>();
  for (const { key, index } of lines) {
    const list = seen.get(key);
    if (list === undefined) seen.set(key, [index]);
    else list.push(index);
  }
  const out = new Set<string>();
  for (const [key, indices] of seen) {
    if (indices.length >= MIN_REPEATS && isRegular(indices)) out.add(key);
  }
  return out;
}

/** Gaps between occurrences all within a quarter (at least 2 lines) of the median gap. */
function isRegular(indices: readonly number[]): boolean {
  const gaps = indices.slice(1).map((v, i) => v - (indices[i] ?? 0));
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (median < MIN_PAGE_LINES) return false;
  const slack = Math.max(2, Math.floor(median / 4));
  return gaps.every((g) => Math.abs(g - median) <= slack);
}
