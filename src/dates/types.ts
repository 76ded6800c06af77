/**
 * Internal shapes of the dates stage. Parsers propose `Candidate`s with every
 * calendar-valid `Reading` of what was written; refiners then link, filter,
 * infer and choose. Nothing here is exported from the package.
 */
import type { Diagnostic, Precision, Span } from '../schema/index.js';

/** One way to read a mention. `null` = not written and not (yet) inferred. */
export interface Reading {
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  second: number | null;
  /** Which fields the text actually wrote (vs. filled in from context). */
  written: { year: boolean; month: boolean; day: boolean };
}

/** Why a candidate exists; refiners key behaviour off these, never off parser names. */
export type Tag =
  | 'explicit' // every field written with its 年/月/日 or separators
  | 'collapsed' // 年/月 characters lost: 2024325日, 520日, 20251月
  | 'bare' // a digit run standing alone (signature line, 日期: label)
  | 'rangeOnly' // only a date when it ends a range: the 25日 of 3月20日至25日
  | 'loneDay' // a rangeOnly day that may also stand alone after a month mention (召开于3月,25日结束)
  | 'needsContext' // 2024.03: a date only inside a range (labelled ones are proposed as explicit)
  | 'rocYear' // the year was written as a Republic-of-China year (民國113年)
  | 'rocBare'; // …without 民國: a year only on a Traditional-Chinese page

export interface Candidate {
  span: Span;
  raw: string;
  /** Calendar-valid readings, in the parser's preference order. Empty = not a valid date. */
  readings: Reading[];
  precision: Precision;
  repaired: boolean;
  /** The date characters the damaged form lost, for diagnostics: ['年', '月']. */
  lost: string[];
  tags: Tag[];
  /** Base confidence for an intact reading of this form, before doubts are applied. */
  baseConfidence: number;
  /** Tie-break when two candidates cover the same text: higher wins. */
  priority: number;

  // Filled in by refiners.
  rangeStart: Candidate | null;
  /** The earlier mention in the same sentence a lone day borrows its month and year from. */
  anchor: Candidate | null;
  yearInferred: 'no' | 'range' | 'anchor' | 'context';
  /** Valid readings the document window ruled out; still listed as alternatives. */
  windowRejected: Reading[];
  /** True when the chosen reading lies outside the window anyway. */
  outOfWindow: boolean;
  /** True when several readings stayed and only proximity chose between them. */
  tieBroken: boolean;
}

export interface Parser {
  name: string;
  /** Must carry the `g` flag and never match the empty string. */
  pattern: RegExp;
  /** `folded` is the width-folded text the pattern ran on; spans index both. */
  extract(match: RegExpExecArray, folded: string, text: string): Candidate | null;
  /**
   * Every match has one of `chars` at most `within` characters after its
   * start. The scan then tries only the few starts before each such character
   * instead of every position: a class of ~30 scattered Chinese numerals is
   * slow to test at each character of CJK text.
   */
  anchor?: { chars: string; within: number };
}

/** [first day, last day] as yyyymmdd numbers; bounds are inclusive. */
export interface Window {
  lower: number | null;
  upper: number | null;
  /** The lower bound only constrains mentions after this one (the feedback date). */
  lowerAfter: Candidate | null;
}

export interface RefineContext {
  text: string;
  folded: string;
  publishedAt: string | null;
  /** The encoding the bytes were decoded as, lower-cased; null when unknown. */
  encoding: string | null;
  /** The notice's title, or null when unknown (then the text's first line stands in). */
  title: string | null;
  window: Window;
  diagnostics: Diagnostic[];
}

export type Refiner = (candidates: Candidate[], ctx: RefineContext) => Candidate[];
