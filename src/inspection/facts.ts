/**
 * The figures a rectification report states about itself: 反馈问题 5 个,
 * 已完成整改 5 个, 细化分解为 9 项具体问题, 整改措施 32 条… A table of
 * patterns, each naming what it counts; a completion count is of whatever
 * the nearest count before it in the sentence counted.
 */
import type { Fact, Span } from '../schema/index.js';
import { anchoredMatches, anchoredScan, type AnchoredScan } from '../text/anchored.js';
import { foldedSlice } from '../text/index.js';
import { QUANTITY, readQuantity } from './quantity.js';

interface FactRule {
  pattern: RegExp;
  /** For a rule that opens with the figure: found from each occurrence of the word after it. */
  scan?: AnchoredScan;
  subject: Fact['subject'] | 'previous';
  status: Fact['status'];
  unit: string;
}

const N = `(${QUANTITY})`;
const CLAUSE = '[^，,。；;：:\\n]{0,8}';
const rule = (source: string, subject: FactRule['subject'], status: Fact['status'], unit: string): FactRule => ({
  pattern: new RegExp(source, 'g'),
  subject,
  status,
  unit,
});
/** The longest figure QUANTITY matches: 约 + 1234567.1234 + 余. */
const QUANTITY_MAX = 14;
/** A figure then a word (5 个问题): searched by the word, which V8 finds fast, rather than by the figure at every position. */
const figureThen = (word: string, subject: FactRule['subject'], status: Fact['status'], unit: string): FactRule => {
  const made = rule(`${N}${word}`, subject, status, unit);
  return { ...made, scan: anchoredScan(made.pattern, new RegExp(word), QUANTITY_MAX) };
};

/** Longer, more specific rules first: the first rule to claim a figure wins. */
const RULES: readonly FactRule[] = [
  figureThen('项具体问题', '具体问题', 'declared', '项'),
  rule(`细化(?:问题|为)${N}个`, '具体问题', 'declared', '个'),
  rule(`(?:细化|分解)为${N}个(?:具体)?问题`, '具体问题', 'declared', '个'),
  figureThen('个方面', '方面', 'declared', '个'),
  rule(`反馈问题${N}个`, '问题', 'declared', '个'),
  figureThen('个问题', '问题', 'declared', '个'),
  rule(`立行立改${N}个`, '问题', 'completed', '个'),
  rule(`(?:已(?:全部)?完成整改|已整改(?:完成)?|整改完成)${N}个`, 'previous', 'completed', '个'),
  rule(`(?:正在|持续)(?:推进)?整改${N}个`, 'previous', 'inProgress', '个'),
  rule(`整改措施${N}条`, '措施', 'declared', '条'),
  figureThen('条整改措施', '措施', 'declared', '条'),
  rule(`(?:健全|完善|建立|修订|制定)${CLAUSE}制度${N}项`, '制度', 'declared', '项'),
  rule(`完成率(?:为|达到?)?${N}%`, '完成率', 'declared', '%'),
  rule(`(?:清退|追回|挽回|退还|收缴)${CLAUSE}?${N}万元`, '资金', 'completed', '万元'),
  rule(`(?:清退|追回|挽回|退还|收缴)${CLAUSE}?${N}亿元`, '资金', 'completed', '亿元'),
  rule(`约谈${CLAUSE}?${N}人次`, '人', 'completed', '人次'),
  rule(`(?:问责|约谈|处分|诫勉谈话)${CLAUSE}?${N}人`, '人', 'completed', '人'),
  rule(`移交(?:问题)?线索${N}件`, '线索', 'completed', '件'),
  figureThen('件问题线索', '线索', 'completed', '件'),
];

const SENTENCE_END = /[。；;\n]/;

/** Every figure in the body, in order. */
export function findFacts(text: string, body: Span): Fact[] {
  const folded = foldedSlice(text, body.start, body.end);
  const claimed: Array<{ start: number; end: number; rule: FactRule; number: string }> = [];
  // Which characters an earlier rule already read: a figure is one fact, not two.
  const taken = new Uint8Array(folded.length);
  for (const r of RULES) {
    for (const m of r.scan ? anchoredMatches(folded, r.scan) : folded.matchAll(r.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      taken.fill(1, start, end);
      claimed.push({ start, end, rule: r, number: m[1]! });
    }
  }
  claimed.sort((a, b) => a.start - b.start);
  const facts: Fact[] = [];
  for (const c of claimed) {
    const read = readQuantity(c.number);
    if (!read) continue;
    const subject = c.rule.subject === 'previous' ? previousSubject(facts, folded, c.start, body.start, c.rule.unit) : c.rule.subject;
    const start = body.start + c.start;
    facts.push({ raw: text.slice(start, body.start + c.end), ...read, unit: c.rule.unit, subject, status: c.rule.status, span: { start, end: body.start + c.end } });
  }
  return facts;
}

/**
 * What a bare completion count (已完成整改 5 个) counts: the last count declared
 * before it in its sentence, preferring one in the same unit (5个问题 … 9项具体问题，
 * 已完成整改4个 counts the 问题); 问题 when the sentence declares none.
 */
function previousSubject(facts: readonly Fact[], folded: string, at: number, offset: number, unit: string): Fact['subject'] {
  const inSentence: Fact[] = [];
  for (let i = facts.length - 1; i >= 0; i--) {
    const fact = facts[i]!;
    if (SENTENCE_END.test(folded.slice(fact.span.end - offset, at))) break;
    if (fact.status === 'declared' && (fact.subject === '问题' || fact.subject === '具体问题')) inSentence.push(fact);
  }
  return (inSentence.find((f) => f.unit === unit) ?? inSentence[0])?.subject ?? '问题';
}
