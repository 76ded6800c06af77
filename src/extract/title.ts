/** Words a notice title ends with (文种), longest first. */
const DOCUMENT_KINDS = [
  '进展情况的通报', '情况的通报', '通报', '通知', '公告', '通告', '公示', '公报', '办法', '意见', '决定', '方案', '报告',
  '规定', '批复', '复函', '函', '细则', '纪要', '答复', '说明', '规划', '条例', '决议', '命令', '名单', '指南', '要点',
];

const TITLE_MIN = 5;
const TITLE_MAX = 150;
const SENTENCE_END = /[。；;！!？?：:]$/;

/**
 * Whether a line reads as a title. `strong`: it also ends with a document
 * kind (通知, 通报…), enough to pick it out of a page. `weak`: merely a
 * title-shaped line, accepted only as the first substantive line.
 */
export function isTitleLike(content: string, strength: 'strong' | 'weak'): boolean {
  if (content.length < TITLE_MIN || content.length > TITLE_MAX) return false;
  if (SENTENCE_END.test(content) || content.includes('。')) return false;
  if (strength === 'weak') return true;
  const bare = content.replace(/[\s)）」』"”]+$/, '');
  return DOCUMENT_KINDS.some((kind) => bare.endsWith(kind));
}
