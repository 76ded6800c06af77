/**
 * Words around a number that decide whether it is a date: labels that make
 * the next number a date, and words that make "25日" a duration or a count.
 * Kept as tables so a new case is a one-word change.
 */
import { alternation } from './shared.js';

/** Labels after which a bare number is a date (发布时间: 20250620, 日期:2024.03). */
export const DATE_LABELS = ['发布时间', '发布日期', '成文日期', '印发日期', '落款日期', '日期', '时间'];

/** Words before "120日"/"25日" that make it a count or a recurring day, not a date. */
export const COUNT_BEFORE = [
  '第', '近', '约', '满', '共', '计', '逾', '达', '每', '超过', '历时', '为期', '用时', '耗时',
  '持续', '连续', '不少于', '不超过', '不足', '提前',
];
/** Words after "120日"/"25日" that make it a duration. */
export const COUNT_AFTER = ['内', '以内', '之内', '左右', '以上', '以下', '余', '多'];

/**
 * Before a lone day (25日) only: relative months we cannot resolve (次月25日
 * is the month after) and recurring ones (每月25日). 本月/当月 are fine: the
 * preceding month is meant.
 */
export const LONE_DAY_NOT_AFTER = [...COUNT_BEFORE, '次月', '下月', '上月', '每月', '前', '后'];

const LABEL_BEFORE = new RegExp(`(?:${alternation(DATE_LABELS)})[^\\S\\n]{0,3}:[^\\S\\n]{0,3}$`);
/** Longest label + blanks + colon + blanks: how far back `labelled` looks. */
const LABEL_REACH = 12;

/** True when a date label and a colon stand right before `start` in the folded text. */
export function labelled(folded: string, start: number): boolean {
  return LABEL_BEFORE.test(folded.slice(Math.max(0, start - LABEL_REACH), start));
}

/** True when one of `words` ends right before `start` (words are short; no regex needed). */
export function endsWithAny(folded: string, start: number, words: readonly string[]): boolean {
  return words.some((w) => start >= w.length && folded.startsWith(w, start - w.length));
}

/** True when one of `words` starts at `at`. */
export function startsWithAny(folded: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => folded.startsWith(w, at));
}
