/**
 * Where the outline stops. The last section would otherwise swallow the
 * notice's closing matter: the appeal to readers, 特此通知, the attachment
 * list, contact lines and the signature block. Only lines after the last
 * marker line are examined, and the first closing line ends every open node.
 * Page furniture (a centred — 3 — looks like a signature) and wrapped
 * continuation lines (…详见 / 附件2) are not lines of their own and are skipped.
 */
import { isOrganName } from '../text/index.js';
import { forEachLine } from './lines.js';

interface ClosingRule {
  /** Why such a line is not part of the last section. */
  why: string;
  /** Tested against the line's visible text (folded), anchored at its start. */
  pattern: RegExp;
  /** The rule does not apply when an open section's heading matches this (a section titled 联系方式 holds contact lines). */
  unlessHeading?: RegExp;
  /** The line closes a signature block: the organ's name right above it (not indented, no punctuation) closes with it. */
  signs?: boolean;
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
  {
    why: 'date line of the signature',
    pattern: /^(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$/,
    signs: true,
  },
];

/** A signature block is pushed right: a short line indented by at least this many blanks. */
const SIGNATURE_INDENT = 6;
const SIGNATURE_MAX_LENGTH = 40;

/**
 * Offset of the first closing line in [from, to), or `to` when there is none.
 * `headings` are the headings of the sections still open; `passive` tells
 * the lines to skip by their start offset.
 */
export function findClosing(folded: string, from: number, to: number, headings: readonly string[], passive: (lineStart: number) => boolean): number {
  const rules = CLOSING_RULES.filter((r) => r.unlessHeading === undefined || !headings.some((h) => r.unlessHeading?.test(h)));
  let found = to;
  /** Start of the previous visible line when it could be an organ's name, else -1. */
  let organ = -1;
  forEachLine(folded, from, to, (line) => {
    if (line.content === line.end || passive(line.start)) return true;
    const visible = folded.slice(line.content, line.end).trimEnd();
    const signature = line.content - line.start >= SIGNATURE_INDENT && visible.length <= SIGNATURE_MAX_LENGTH;
    const rule = signature ? null : rules.find((r) => r.pattern.test(visible));
    if (signature || rule !== undefined) {
      found = rule?.signs === true && organ >= 0 ? organ : line.start;
      return false;
    }
    organ = visible.length <= SIGNATURE_MAX_LENGTH && isOrganName(visible) ? line.start : -1;
    return true;
  });
  return found;
}
