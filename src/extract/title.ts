import type { Line } from '../text/index.js';

/** Words a notice title ends with (文种), longest first. */
const DOCUMENT_KINDS = [
  '进展情况的通报', '情况的通报', '通报', '通知', '公告', '通告', '公示', '公报', '办法', '意见', '决定', '方案', '报告',
  '规定', '批复', '复函', '函', '细则', '纪要', '答复', '说明', '规划', '条例', '决议', '命令', '名单', '指南', '要点',
];

const TITLE_MIN = 5;
const TITLE_MAX = 150;
const SENTENCE_END = /[。；;！!？?：:]$/;
/** A title set over several lines (gov.cn re-sets long titles in 2–3 lines) has at most this many. */
const TITLE_LINES_MAX = 4;

/**
 * Whether a line reads as a title. `strong`: it also ends with a document
 * kind (通知, 通报…), enough to pick it out of a page. `weak`: merely a
 * title-shaped line, accepted only as the first substantive line.
 */
export function isTitleLike(content: string, strength: 'strong' | 'weak'): boolean {
  if (content.length < TITLE_MIN || content.length > TITLE_MAX) return false;
  if (SENTENCE_END.test(content) || content.includes('。')) return false;
  if (strength === 'weak') return true;
  const bare = content.replace(/^([^]*[^\s)）」』"”])?[\s)）」』"”]+$/, '$1');
  return DOCUMENT_KINDS.some((kind) => bare.endsWith(kind));
}

/** The title: its text and the lines it occupies (first and last may be the same). */
export interface TitleLines {
  text: string;
  first: number;
  last: number;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/**
 * Find the title among `lines`, from the best evidence down: a hint (the
 * page's ArticleTitle, its <title> before the site name, <h1>, a 标题 label)
 * found in the text, also when set over several lines; the line just above
 * the metadata labels (发布时间…); the first line ending with a document kind;
 * a hint found nowhere in the text (then the title has no lines); the first
 * substantive line if it is title-shaped.
 */
export function findTitle(lines: readonly Line[], hints: readonly string[], page: { isFurniture: (c: string) => boolean; isLabelLine: (c: string) => boolean }): TitleLines | null {
  for (const hint of hints) {
    const found = findHint(lines, hint);
    if (found) return found;
  }
  const single = (line: Line): TitleLines => ({ text: line.content, first: line.index, last: line.index });
  const aboveLabels = lineAboveLabels(lines, page);
  if (aboveLabels) return single(aboveLabels);
  // The first candidate (not furniture) that is strongly title-like; else the first candidate, if weakly so.
  let first: Line | undefined;
  for (const line of lines) {
    // Too long to be a title: once the first candidate is known, whether it is furniture no longer matters.
    if (first && line.content.length > TITLE_MAX) continue;
    if (line.content === '' || page.isFurniture(line.content)) continue;
    first ??= line;
    if (isTitleLike(line.content, 'strong')) return single(line);
  }
  if (hints[0]) return { text: hints[0], first: -1, last: -1 };
  return first && isTitleLike(first.content, 'weak') ? single(first) : null;
}

/** The title-shaped line right above the first metadata label line, if there is one. */
function lineAboveLabels(lines: readonly Line[], page: { isFurniture: (c: string) => boolean; isLabelLine: (c: string) => boolean }): Line | null {
  const labels = lines.findIndex((l) => l.content !== '' && page.isLabelLine(l.content));
  for (let i = labels - 1; i >= 0; i--) {
    const { content } = lines[i]!;
    if (content === '' || page.isFurniture(content)) continue;
    return isTitleLike(content, 'weak') ? lines[i]! : null;
  }
  return null;
}

function lessWhitespace(a: string, b: string): string {
  const blanks = (s: string) => s.length - squeeze(s).length;
  return blanks(b) < blanks(a) ? b : a;
}

function findHint(lines: readonly Line[], hint: string): TitleLines | null {
  const wanted = squeeze(hint);
  for (const line of lines) {
    const here = squeeze(line.content);
    if (here.length < TITLE_MIN || !wanted.startsWith(here)) continue;
    let joined = here;
    const parts = [line.content];
    let last = line.index;
    for (let next = line.index + 1; joined !== wanted && next < lines.length && next - line.index < TITLE_LINES_MAX + 2; next++) {
      const more = squeeze(lines[next]!.content);
      if (more === '') continue;
      if (!wanted.startsWith(joined + more)) break;
      joined += more;
      parts.push(lines[next]!.content);
      last = next;
    }
    // The title as written: of the page's lines (joined) and the hint, the one with less stray whitespace.
    if (joined === wanted) return { text: lessWhitespace(parts.join(''), hint.trim()), first: line.index, last };
  }
  return null;
}
