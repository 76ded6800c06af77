/**
 * Who inspected whom, when: the round, the team, the kind of inspection, its
 * subject, the organisation inspected, the inspection period and the date
 * the team gave its feedback. Read from the title and the opening of the
 * body; the dates come from the dates stage, never read twice.
 */
import type { DateMention, Inspection, Span } from '../schema/index.js';
import { feedbackClauses, foldedSlice } from '../text/index.js';

const LEVEL = '(?:中央|省委|自治区党委|区党委|市委|州委|盟委|县委|旗委|区委|党工委)';
const ORDINAL = '[一二三四五六七八九十\\d]{1,3}';
const ROUND = new RegExp(`(?:${ORDINAL}届)?${LEVEL}?第${ORDINAL}轮`);
const TEAM = new RegExp(`(${LEVEL})?(第${ORDINAL}巡[视察]组)`);
const LEVEL_AT = new RegExp(LEVEL);
const KIND = /(专项|常规|机动|回头看)?巡([视察])/;
const KIND_WITH_MODE = /(专项|常规|机动|回头看)巡([视察])/;
const SUBJECT = new RegExp(`第${ORDINAL}轮([^，,。；\\n]{2,30}?)(?:专项|常规|机动)?巡[视察]`);
const INSPECTED = /对([^，,。；;\n]{2,40}?)(?:开展|进行)了?(?:专项|常规|机动)?(?:巡[视察]|回头看)/;
/** How much of the body's opening holds who inspected whom, when. */
const OPENING = 2000;

export interface HeaderContext {
  body: Span;
  titleSpan: Span | null;
  dates: readonly DateMention[];
}

export function readInspection(text: string, context: HeaderContext): Inspection {
  const { body, titleSpan, dates } = context;
  const openingEnd = Math.min(body.end, body.start + OPENING);
  const title = titleSpan ?? { start: 0, end: 0 };
  const inTitleThenBody = (pattern: RegExp, group = 0) => find(text, title, pattern, group) ?? find(text, { start: body.start, end: openingEnd }, pattern, group);
  const round = inTitleThenBody(ROUND);
  const team = find(text, { start: body.start, end: openingEnd }, TEAM, 2);
  const levelFrom = round ?? find(text, { start: body.start, end: openingEnd }, TEAM, 1);
  const level = levelFrom ? find(text, levelFrom.span, LEVEL_AT) : null;
  return {
    level,
    round,
    team,
    kind: readKind(text, title, { start: body.start, end: openingEnd }),
    subject: find(text, title, SUBJECT, 1),
    inspected: find(text, { start: body.start, end: openingEnd }, INSPECTED, 1),
    period: readPeriod(text, body, dates),
    feedbackDate: readFeedback(text, { start: body.start, end: openingEnd }, dates),
  };
}

/** The first match of `pattern` within `within`, group `group`, with its span into the text. */
function find(text: string, within: Span, pattern: RegExp, group = 0): { value: string; span: Span } | null {
  const folded = foldedSlice(text, within.start, within.end);
  const m = pattern.exec(folded);
  const value = m?.[group];
  if (!m || !value) return null;
  const start = within.start + m.index + (group === 0 ? 0 : m[0].indexOf(value));
  return { value: text.slice(start, start + value.length), span: { start, end: start + value.length } };
}

/** The kind, with its mode (专项, 常规…) where the title or the opening states one. */
function readKind(text: string, title: Span, opening: Span): Inspection['kind'] {
  const attempts: Array<[Span, RegExp]> = [[title, KIND_WITH_MODE], [opening, KIND_WITH_MODE], [title, KIND], [opening, KIND]];
  for (const [within, pattern] of attempts) {
    const folded = foldedSlice(text, within.start, within.end);
    const m = pattern.exec(folded);
    if (!m) continue;
    const start = within.start + m.index;
    return { value: m[2] === '视' ? '巡视' : '巡察', mode: (m[1] as '常规' | '专项' | '机动' | '回头看' | undefined) ?? null, span: { start, end: start + m[0].length } };
  }
  return null;
}

/** The first range in the sentence that names the inspection: its two halves are the period. */
function readPeriod(text: string, body: Span, dates: readonly DateMention[]): Inspection['period'] {
  const end = dates.find((d) => d.rangeStart !== undefined && d.span.start >= body.start && d.precision !== 'year');
  if (!end || end.rangeStart === undefined) return null;
  const start = dates[end.rangeStart]!;
  const sentence = sentenceAround(text, start.span.start, body);
  if (!/巡[视察]/.test(text.slice(sentence.start, sentence.end))) return null;
  return { start: start.value, end: end.value, span: { start: start.span.start, end: end.span.end } };
}

/** The last day-precise mention in the first feedback clause of the opening that has one. */
function readFeedback(text: string, opening: Span, dates: readonly DateMention[]): Inspection['feedbackDate'] {
  for (const clause of feedbackClauses(text, opening.start, opening.end)) {
    const date = dates.filter((d) => d.span.start >= clause.start && d.span.end <= clause.end && (d.precision === 'day' || d.precision === 'minute')).at(-1);
    if (date) return { value: date.value.slice(0, 10), span: date.span };
  }
  return null;
}

function sentenceAround(text: string, at: number, body: Span): Span {
  let start = at;
  while (start > body.start && !/[。；;\n]/.test(text[start - 1]!)) start--;
  let end = at;
  while (end < body.end && !/[。；;\n]/.test(text[end]!)) end++;
  return { start, end };
}
