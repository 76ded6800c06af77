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
