/**
 * Section markers as data: one row per marker family. A family is the unit
 * of nesting (all its members are siblings); `style` is what the contract
 * calls it, and two families may share a style ((1) and 1) are both
 * "arabic-paren" but documents use them at different depths).
 */
import type { NodeStyle } from '../schema/index.js';
import { parseChineseNumber } from '../text/index.js';
import { isBlank } from './lines.js';

/** Chinese numerals as used in section numbers (一 … 九十九, 一百…). Bounded: at most 6 chars. */
const CN = '[一二三四五六七八九十百零〇两]{1,6}';
/** Arabic section numbers: 1–3 digits, so years (2024.) never look like markers. */
const AR = '\\d{1,3}';
/** Blanks between a number and its heading (folded: U+3000 is a space by then). */
const BLANK = '[ \\t\\u00a0\\u3000]';
const CJK = '[\\u3400-\\u9fff]';
/** Right after a number these are its unit or a date part, not a heading: 1.5亿元, 2.0版, 3个方面, 10月. */
const UNIT = '[亿万千百十元角个倍版年月日号秒天岁米吨斤亩克]';
/** After blanks only a quantity's unit gives the number away (1.5 亿元); 3 个人防护 may be a heading. */
const SPACED_UNIT = '[亿万千百元%倍]';
/** What follows a decimal section number: blanks then a visible non-unit character, or a CJK heading right away. */
const HEADING_FOLLOWS = `(?=${BLANK}{1,8}(?!${SPACED_UNIT})\\S|(?!${UNIT})${CJK})`;
/** A gated family's line is a heading line: at most this many visible characters after the marker. */
const SHORT_HEADING = 20;

/**
 * A per-document condition for a family too weak to trust line by line:
 * `withFamilies`, the document also has a marker of one of those families
 * (a bare 1 总则 only beside 1.1); `ascending`, at least that many lines of
 * the family follow each other in ascending order (01综合 02农业 03工业…).
 */
export type Gate = { withFamilies: readonly string[] } | { ascending: number };

export interface MarkerFamily {
  /** Identity for nesting; unique per row. */
  id: string;
  style: NodeStyle;
  /**
   * Sticky pattern tried at the first visible character of a line of the
   * folded text. Group 1 is the number (group 2 for a row's alternative
   * one-character form, such as ㈠). No nested quantifiers.
   */
  pattern: RegExp;
  /** Reads the number the marker stands for; null rejects the match. */
  read: (number: string) => number | null;
  /**
   * GB/T 9704 rank: smaller is shallower. Used only as a prior when a family
   * first appears below a shallower one (see tree.ts).
   */
  rank: number;
  /** The family numbers provisions (第一条), whose one-sentence paragraphs have no heading (see headings.ts). */
  provision?: boolean;
  /** Counts only in a document that meets this condition (see gates.ts). */
  gate?: Gate;
  /** Only on a heading line: the rest of the line is a short phrase without sentence punctuation. */
  headingLine?: boolean;
}

const readArabic = (n: string): number | null => {
  const v = Number.parseInt(n, 10);
  return v > 0 ? v : null;
};
const readChinese = (n: string): number | null => {
  const v = parseChineseNumber(n);
  return v !== null && v > 0 ? v : null;
};
/** ① is U+2460, ⑴ is U+2474: the ordinal is the distance from the first one. */
const readFrom = (first: number) => (n: string): number | null => {
  const v = (n.codePointAt(0) ?? 0) - first + 1;
  return v > 0 && v <= 20 ? v : null;
};

export const MARKER_FAMILIES: readonly MarkerFamily[] = [
  { id: 'chapter', style: 'chapter', pattern: new RegExp(`第(${CN}|${AR})[章编]`, 'y'), read: readAny, rank: 1 },
  { id: 'section', style: 'chapter', pattern: new RegExp(`第(${CN}|${AR})节`, 'y'), read: readAny, rank: 2 },
  { id: 'article', style: 'article', pattern: new RegExp(`第(${CN}|${AR})条`, 'y'), read: readAny, rank: 3, provision: true },
  // 一、 but not 一、二级 / 一、二等奖 (a range of grades written at a line start).
  { id: 'cn-dun', style: 'cn-dun', pattern: new RegExp(`(${CN})、(?![一二三四五六七八九十]{1,3}[级等类档])`, 'y'), read: readChinese, rank: 4 },
  // ㈠…㈩ (U+3220–3229) are （一）…（十） as one character: same family, same level.
  { id: 'cn-paren', style: 'cn-paren', pattern: new RegExp(`\\((${CN})\\)|([\u3220-\u3229])`, 'y'), read: readCnParen, rank: 5 },
  // 1. 1、 but not 1.5亿元, 2.0版, 1、2号: a digit right after means a decimal or a list of numbers.
  { id: 'arabic-dot', style: 'arabic-dot', pattern: new RegExp(`(${AR})[.、](?!\\d)`, 'y'), read: readArabic, rank: 6 },
  { id: 'arabic-paren', style: 'arabic-paren', pattern: new RegExp(`\\((${AR})\\)`, 'y'), read: readArabic, rank: 7 },
  { id: 'arabic-half-paren', style: 'arabic-paren', pattern: new RegExp(`(${AR})\\)`, 'y'), read: readArabic, rank: 8 },
  { id: 'circled', style: 'circled', pattern: /([\u2460-\u2473])/y, read: readFrom(0x2460), rank: 9 },
  { id: 'paren-digit', style: 'circled', pattern: /([\u2474-\u2487])/y, read: readFrom(0x2474), rank: 10 },
  // Decimal outlines (1 总则, 1.1, 1.1.1, 1.1.1.1): one family per depth. Ranked just below （一）, above 1. and （1）.
  ...[1, 2, 3, 4].map((parts): MarkerFamily => ({
    id: `decimal-${parts}`,
    style: 'decimal',
    pattern: new RegExp(`(${AR}${'\\.\\d{1,3}'.repeat(parts - 1)})${HEADING_FOLLOWS}`, 'y'),
    read: readLastPart,
    rank: 5 + parts / 10,
    ...(parts === 1 ? { gate: { withFamilies: ['decimal-2', 'decimal-3', 'decimal-4'] }, headingLine: true } : {}),
  })),
  // Statistics bulletins: 01综合 02农业 … 12资源、环境和应急管理, no separator after the number.
  { id: 'padded', style: 'padded', pattern: new RegExp(`(0[1-9]|1\\d)(?!${UNIT})(?=${CJK})`, 'y'), read: readArabic, rank: 4.5, gate: { ascending: 3 }, headingLine: true },
];

/** Ids of the families that count only when a document meets their gate. */
export const GATED_FAMILIES: ReadonlySet<string> = new Set(MARKER_FAMILIES.filter((f) => f.gate !== undefined).map((f) => f.id));

/** 1.2.3 → 3; no part may be 0 or start with 0 (2.0版, 1.05, 01 are no section numbers). */
function readLastPart(n: string): number | null {
  const parts = n.split('.');
  if (!parts.every((p) => /^[1-9]\d{0,2}$/.test(p))) return null;
  return readArabic(parts.at(-1) ?? '');
}

function readCnParen(n: string): number | null {
  return /^[\u3220-\u3229]$/.test(n) ? readFrom(0x3220)(n) : readChinese(n);
}

function readAny(n: string): number | null {
  return /^\d/.test(n) ? readArabic(n) : readChinese(n);
}

export interface MarkerMatch {
  family: MarkerFamily;
  /** Offset of the marker's first character in `text`. */
  start: number;
  /** Offset just past the marker. */
  end: number;
  ordinal: number;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * The section marker that starts at `at` in the folded text, if any; the
 * first matching row wins. `open`: the gated families this document lets count.
 */
export function matchMarker(folded: string, at: number, open: ReadonlySet<string> = NONE): MarkerMatch | null {
  for (const family of MARKER_FAMILIES) {
    if (family.gate !== undefined && !open.has(family.id)) continue;
    family.pattern.lastIndex = at;
    const m = family.pattern.exec(folded);
    if (m === null) continue;
    const ordinal = family.read(m[1] ?? m[2] ?? '');
    if (ordinal === null) continue;
    if (family.headingLine === true && !isHeadingLine(folded, at + m[0].length, SHORT_HEADING)) continue;
    return { family, start: at, end: at + m[0].length, ordinal };
  }
  return null;
}

/** Folded 。，；：！？: a heading line has none of them. */
const SENTENCE_MARKS = new Set([0x3002, 0x2c, 0x3b, 0x3a, 0x21, 0x3f]);

/**
 * Whether the rest of the line from `from` is a heading: 1 to `max` visible
 * characters, no sentence punctuation. Scans at most a few times `max`.
 */
export function isHeadingLine(folded: string, from: number, max: number): boolean {
  const limit = Math.min(folded.length, from + 4 * max);
  let visible = 0;
  for (let p = from; p < limit; p++) {
    const c = folded.charCodeAt(p);
    if (c === 0x0a || c === 0x0d) return visible > 0;
    if (SENTENCE_MARKS.has(c)) return false;
    if (!isBlank(c) && ++visible > max) return false;
  }
  return limit === folded.length && visible > 0;
}
