import type { Span } from '../schema/index.js';

/** Words that, together, make a document an inspection rectification report. */
const REPORT_WORDS: readonly RegExp[] = [/巡[视察]/, /整改/];

/**
 * Whether a document is an inspection (巡视/巡察) rectification (整改) report:
 * its title or its body names both. The outline's roles and the inspection
 * stage ask the same question, so they share this answer.
 */
export function isRectificationReport(title: string | null, body: string): boolean {
  return REPORT_WORDS.every((w) => (title !== null && w.test(title)) || w.test(body));
}

/** Sentence ends, for finding the sentence in which a team gives its feedback. */
const SENTENCE = /[^。！？!?；;\n]+/g;
const TEAM = /巡[视察]组/;
const FEEDBACK = '反馈';

/**
 * Where an inspection team gives its feedback (…巡视组…于2024年3月25日…反馈…):
 * for each sentence of text[from, to) that names a 巡视组 or 巡察组 and then
 * 反馈, the stretch from the sentence's start to 反馈, in text order. The
 * feedback date is the last date in the first such stretch that has one; the
 * dates stage (its time window) and the inspection stage (its header) both
 * read it, so both find the sentence this way.
 */
export function* feedbackClauses(text: string, from = 0, to = text.length): Generator<Span> {
  const part = text.slice(from, to);
  for (const sentence of part.matchAll(SENTENCE)) {
    const team = TEAM.exec(sentence[0]);
    const said = team === null ? -1 : sentence[0].indexOf(FEEDBACK, team.index);
    if (said >= 0) yield { start: from + sentence.index, end: from + sentence.index + said };
  }
}
