/**
 * Labelled metadata lines near the title: `发布时间: 2025-07-01 16:43`,
 * `信息来源:` with the value on the next line, several on one line
 * (`发布日期：2024-03-25 来源：市政府办 浏览次数：12`), the gov.cn metadata
 * table (`索 引 号：\t…\t主题分类：\t…`, labels spaced out to fill a cell), and
 * a news byline that starts with the time (`2015-05-21 05:03:58　来源: …`).
 * Rules as a table.
 */
import { foldHant, isRegexSpace } from '../text/index.js';
export type LabelField = 'publishedAt' | 'source' | 'author' | 'title' | 'docNumber' | 'issuer' | 'writtenAt' | 'keywords' | 'ignored';

const LABELS: ReadonlyArray<{ words: readonly string[]; field: LabelField }> = [
  { words: ['发布时间', '发布日期', '发表时间', '更新时间', '时间', '日期'], field: 'publishedAt' },
  { words: ['信息来源', '文章来源', '来源', '发布机构', '发布单位', '来源单位'], field: 'source' },
  { words: ['作者', '发布人', '撰稿', '撰稿人', '责任编辑', '编辑'], field: 'author' },
  { words: ['标题'], field: 'title' },
  { words: ['发文字号', '文号'], field: 'docNumber' },
  { words: ['发文机关'], field: 'issuer' },
  { words: ['成文日期'], field: 'writtenAt' },
  { words: ['主题词', '关键词'], field: 'keywords' },
  { words: ['浏览次数', '阅读次数', '点击数', '访问量', '索引号', '主题分类', '字号'], field: 'ignored' },
];

// Longest words first so 信息来源 is not read as 来源 with a value of 信息.
// A label may be spaced out (标  题, 索 引 号): up to BLANKS blanks between its characters and before the colon.
const WORDS = LABELS.flatMap(({ words, field }) => words.map((word) => ({ word, field }))).sort((a, b) => b.word.length - a.word.length);
const BLANKS = 3;
/** A byline that opens with the publication time, before any label. */
const LEADING_TIME = /^(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s{0,3}\d{1,2}:\d{2}(?::\d{2})?)?)\s{0,6}(?=\S)/;

/** A news byline with a full time in it (`maomaobear 2015-06-19 11:20:11 0人参与评论`). */
const BYLINE_TIME = /^[^\n]{0,30}?(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s{1,3}\d{1,2}:\d{2}(?::\d{2})?)/;
const BYLINE_MAX = 60;

export interface LabelValue {
  field: LabelField;
  label: string;
  /** Empty when the value stands on a following line. */
  value: string;
}

/** A metadata line is short; a longer line is text, and is not scanned for labels. */
const LABEL_LINE_MAX = 400;

/** Every label ends in a colon, and so does a byline's time. */
const COLON = /[:：]/;

/** Whether `readLabels` could find anything on the line: most lines are text, and are let go with one look. */
export function mayHoldLabels(line: string): boolean {
  return line.length <= LABEL_LINE_MAX && COLON.test(line);
}

/** The labelled values on a line, or null when the line does not start with a label. */
export function readLabels(original: string): LabelValue[] | null {
  if (!mayHoldLabels(original)) return null;
  // Matched on the Simplified fold (same length), values sliced from what is written.
  const content = foldHant(original);
  const leading = LEADING_TIME.exec(content);
  const offset = leading ? leading[0].length : 0;
  const hits = labelsIn(content, offset);
  if (hits.length === 0 || hits[0]!.start !== offset) return readByline(original);
  const values = hits.map((hit, i) => {
    const valueEnd = hits[i + 1]?.start ?? content.length;
    return { field: hit.field, label: hit.word, value: original.slice(hit.colon + 1, valueEnd).trim() };
  });
  return leading ? [{ field: 'publishedAt', label: '', value: original.slice(0, leading[1]!.length) }, ...values] : values;
}

interface LabelHit {
  start: number;
  colon: number;
  word: string;
  field: LabelField;
}

/**
 * Every label-and-colon from `from` on, left to right. Found from each colon
 * backwards rather than by one big alternation per line: that regex (30 words
 * with optional blanks between every character) was the slowest thing in the
 * extract stage and, at start-up, took V8 longer to compile than a notice to parse.
 */
function labelsIn(content: string, from: number): LabelHit[] {
  const hits: LabelHit[] = [];
  let floor = from;
  for (let colon = from; colon < content.length; colon++) {
    const char = content[colon];
    if (char !== ':' && char !== '：') continue;
    const end = skipBlanksBack(content, colon, floor);
    for (const { word, field } of WORDS) {
      const start = wordEndingAt(content, end, word, floor);
      if (start < 0) continue;
      hits.push({ start, colon, word, field });
      break;
    }
    floor = colon + 1;
  }
  return hits;
}

/** Where `word` starts if it ends at `end` (blanks allowed between its characters), or -1. */
function wordEndingAt(content: string, end: number, word: string, floor: number): number {
  let at = end;
  for (let i = word.length - 1; i >= 0; i--) {
    if (i < word.length - 1) at = skipBlanksBack(content, at, floor);
    if (at <= floor || content[at - 1] !== word[i]) return -1;
    at--;
  }
  return at;
}

function skipBlanksBack(content: string, at: number, floor: number): number {
  let skipped = 0;
  while (skipped < BLANKS && at > floor && isRegexSpace(content.charCodeAt(at - 1))) {
    at--;
    skipped++;
  }
  return at;
}

function readByline(content: string): LabelValue[] | null {
  const time = content.length <= BYLINE_MAX ? BYLINE_TIME.exec(content) : null;
  return time ? [{ field: 'publishedAt', label: '', value: time[1]! }] : null;
}
