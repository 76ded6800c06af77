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

/** What ends a sentence, for finding the sentence in which a team gives its feedback. */
const SENTENCE_ENDS: ReadonlySet<number> = new Set([...'。！？!?；;\n'].map((c) => c.charCodeAt(0)));
const TEAM = /巡[视察]组/g;
const FEEDBACK = '反馈';

/**
 * Where an inspection team gives its feedback (…巡视组…于2024年3月25日…反馈…):
 * for each sentence of text[from, to) that names a 巡视组 or 巡察组 and then
 * 反馈, the stretch from the sentence's start to 反馈, in text order. The
 * feedback date is the last date in the first such stretch that has one; the
 * dates stage (its time window) and the inspection stage (its header) both
 * read it, so both find the sentence this way. Found from each team named,
 * which few sentences do, rather than by cutting the whole text into
 * sentences; each character is looked at a bounded number of times.
 */
export function feedbackClauses(text: string, from = 0, to = text.length): Span[] {
  const clauses: Span[] = [];
  TEAM.lastIndex = from;
  for (let m = TEAM.exec(text); m !== null && m.index + m[0].length <= to; m = TEAM.exec(text)) {
    let start = m.index;
    while (start > from && !SENTENCE_ENDS.has(text.charCodeAt(start - 1))) start--;
    let end = m.index + m[0].length;
    while (end < to && !SENTENCE_ENDS.has(text.charCodeAt(end))) end++;
    // The sentence's first team decides: 反馈 after a later one is after it too. The next team is looked for after the sentence.
    const said = text.slice(m.index, end).indexOf(FEEDBACK);
    if (said >= 0) clauses.push({ start, end: m.index + said });
    TEAM.lastIndex = end;
  }
  return clauses;
}
