/**
 * Where the outline stops. The last section would otherwise swallow the
 * notice's closing matter: the appeal to readers, 特此通知, the attachment
 * list, contact lines and the signature block. Only lines after the last
 * marker line are examined, and the first closing line ends every open node.
 */
import { forEachLine } from './lines.js';

interface ClosingRule {
  /** Why such a line is not part of the last section. */
  why: string;
  /** Tested against the line's visible text (folded), anchored at its start. */
  pattern: RegExp;
  /** The rule does not apply when an open section's heading matches this (a section titled 联系方式 holds contact lines). */
  unlessHeading?: RegExp;
}

const CLOSING_RULES: readonly ClosingRule[] = [
  { why: 'sign-off formula', pattern: /^特此(?:通知|通报|公告|函告|说明|批复|报告)/ },
  { why: 'appeal to the readers', pattern: /^(?:请|欢迎)(?:广大|社会各界|各界)/ },
  { why: 'invitation to give feedback', pattern: /^如(?:有|对)[^。\n]{0,20}(?:意见|建议|疑问)/ },
  { why: 'attachment list', pattern: /^附件\s{0,4}(?:\d|[一二三四五六七八九十]|:|$)/, unlessHeading: /附件/ },
  {
    why: 'contact line',
    pattern: /^(?:联系人|联系电话|联系方式|咨询电话|监督电话|举报电话|电子(?:信箱|邮箱))\s{0,4}:/,
    unlessHeading: /联系|咨询|举报|监督/,
  },
  { why: 'date line of the signature', pattern: /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/ },
];

/** A signature block is pushed right: a short line indented by at least this many blanks. */
const SIGNATURE_INDENT = 6;
const SIGNATURE_MAX_LENGTH = 40;

/**
 * Offset of the first closing line in [from, to), or `to` when there is none.
 * `headings` are the headings of the sections still open.
 */
export function findClosing(folded: string, from: number, to: number, headings: readonly string[]): number {
  const rules = CLOSING_RULES.filter((r) => r.unlessHeading === undefined || !headings.some((h) => r.unlessHeading?.test(h)));
  let found = to;
  forEachLine(folded, from, to, (line) => {
    if (line.content === line.end) return true;
    const visible = folded.slice(line.content, line.end).trimEnd();
    const signature = line.content - line.start >= SIGNATURE_INDENT && visible.length <= SIGNATURE_MAX_LENGTH;
    if (signature || rules.some((r) => r.pattern.test(visible))) {
      found = line.start;
      return false;
    }
    return true;
  });
  return found;
}
