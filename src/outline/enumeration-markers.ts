/**
 * The markers of inline enumerations as data, and where one may stand: at a
 * clause start (start of the text, start of a line, or right after
 * 。；，：！？). In hard-wrapped text a continuation line's start is no clause
 * start by itself (统 / 一是 split by the wrap): the end of the line it
 * continues decides.
 */
import type { NodeStyle } from '../schema/index.js';
import { parseChineseNumber } from '../text/index.js';
import type { Layout } from './layout.js';
import { isBlank } from './lines.js';

export interface EnumerationFamily {
  style: NodeStyle;
  /** Global pattern over the folded text; group 1 is the number word. Bounded, no nested quantifiers. */
  pattern: RegExp;
  /** The ordinal of a marker given the previous one in the run (null at a run start); null rejects it. */
  read: (word: string, previous: number | null) => number | null;
  /** Whether a run may start above 1 (kept with a diagnostic) or must start at 1. */
  lateStart: 'keep' | 'reject';
}

const readChinese = (word: string): number | null => {
  const v = parseChineseNumber(word);
  return v !== null && v > 0 ? v : null;
};

/** 首先/其次/再次 are 1/2/3; 最后 is whatever comes next. */
const SEQUENCE_WORDS: Readonly<Record<string, number>> = { 首先: 1, 其次: 2, 再次: 3 };
const readSequence = (word: string, previous: number | null): number | null =>
  word === '最后' ? (previous === null ? null : previous + 1) : (SEQUENCE_WORDS[word] ?? null);

/** Earlier rows win when runs of two families overlap. */
export const ENUMERATION_FAMILIES: readonly EnumerationFamily[] = [
  { style: 'cn-shi', pattern: /([一二三四五六七八九十]{1,3})是/g, read: readChinese, lateStart: 'keep' },
  // 第一，… (folded ，is ","); 第一条/第一章 are section markers and never match here.
  { style: 'ordinal', pattern: /第([一二三四五六七八九十]{1,3})[,、]/g, read: readChinese, lateStart: 'reject' },
  { style: 'sequence', pattern: /(首先|其次|再次|最后)[,、]/g, read: readSequence, lateStart: 'reject' },
];

/** Folded 。；，：！？ (and the half-width ones): what may precede a clause start. */
const CLAUSE_BREAKS = new Set([0x3002, 0x3b, 0x2c, 0x3a, 0x21, 0x3f, 0x0a]);

export interface Candidate {
  family: EnumerationFamily;
  word: string;
  start: number;
  end: number;
}

/** Every enumeration marker in [from, to) of the folded text, in text order. */
export function findCandidates(folded: string, from: number, to: number): Candidate[] {
  const out: Candidate[] = [];
  for (const family of ENUMERATION_FAMILIES) {
    family.pattern.lastIndex = from;
    for (let m = family.pattern.exec(folded); m !== null && m.index < to; m = family.pattern.exec(folded)) {
      out.push({ family, word: m[1] ?? '', start: m.index, end: m.index + m[0].length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Right after the region start, a line start or a clause break, blanks aside. */
export function isClauseStart(folded: string, layout: Layout, pos: number, regionStart: number): boolean {
  const p = blanksBefore(folded, pos, regionStart);
  if (p === regionStart || p === 0) return true;
  // A wrapped line's start counts as what the line it continues ends with.
  const wrappedFrom = layout.continuations.get(p);
  return CLAUSE_BREAKS.has(folded.charCodeAt(wrappedFrom === undefined ? p - 1 : wrappedFrom));
}

/** A line start that is not the start of a wrapped continuation. */
export function isLineStart(folded: string, layout: Layout, pos: number): boolean {
  const p = blanksBefore(folded, pos, 0);
  return (p === 0 || folded.charCodeAt(p - 1) === 0x0a) && !layout.continuations.has(p);
}

/** Back from `pos` over blanks on the same line, never before `floor`. */
function blanksBefore(folded: string, pos: number, floor: number): number {
  let p = pos;
  while (p > floor && folded.charCodeAt(p - 1) !== 0x0a && isBlank(folded.charCodeAt(p - 1))) p--;
  return p;
}
