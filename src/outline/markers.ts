/**
 * Section markers as data: one row per marker family. A family is the unit
 * of nesting (all its members are siblings); `style` is what the contract
 * calls it, and two families may share a style ((1) and 1) are both
 * "arabic-paren" but documents use them at different depths).
 */
import type { NodeStyle } from '../schema/index.js';
import { parseChineseNumber } from '../text/index.js';

/** Chinese numerals as used in section numbers (一 … 九十九, 一百…). Bounded: at most 6 chars. */
const CN = '[一二三四五六七八九十百零〇两]{1,6}';
/** Arabic section numbers: 1–3 digits, so years (2024.) never look like markers. */
const AR = '\\d{1,3}';

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
];

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

/** The section marker that starts at `at` in the folded text, if any; the first matching row wins. */
export function matchMarker(folded: string, at: number): MarkerMatch | null {
  for (const family of MARKER_FAMILIES) {
    family.pattern.lastIndex = at;
    const m = family.pattern.exec(folded);
    if (m === null) continue;
    const ordinal = family.read(m[1] ?? m[2] ?? '');
    if (ordinal === null) continue;
    return { family, start: at, end: at + m[0].length, ordinal };
  }
  return null;
}
