/**
 * Attachments: `附件：…` lines in the text (with the numbered list that may
 * follow) and, for HTML, links to documents (.pdf, .docx …).
 */
import type { Attachment, Span } from '../schema/index.js';
import { foldedText, foldWidth } from '../text/index.js';

const ATTACHMENT_LINE = /^[ \t\u3000]{0,20}附件\s{0,3}\d{0,3}\s{0,3}[:：]\s{0,3}([^\n]{0,300})$/gm;
const NUMBERED_ITEM = /^[ \t\u3000]{0,20}\d{1,3}\s{0,2}[.、]\s{0,3}([^\n]{1,300})$/;

/**
 * Find the attachments of the notice.
 * @param text - the document text
 * @param body - where the body lies; only its 附件 lines count
 * @param links - document links read from the HTML
 * @param pageUrl - the page's own URL, when it states one: relative links are resolved against it
 */
export function findAttachments(text: string, body: Span, links: ReadonlyArray<{ name: string; url: string }>, pageUrl: string | null = null): Attachment[] {
  const found: Attachment[] = [];
  const folded = foldedText(text);
  ATTACHMENT_LINE.lastIndex = body.start;
  for (let m = ATTACHMENT_LINE.exec(folded); m && m.index < body.end; m = ATTACHMENT_LINE.exec(folded)) {
    const first = m[1]!.trim();
    const lineEnd = m.index + m[0].length;
    if (first !== '') found.push(item(text, lineEnd - m[1]!.length, m[1]!));
    found.push(...numberedItemsAfter(text, folded, lineEnd, body.end));
  }
  for (const link of links) {
    const url = resolveUrl(link.url, pageUrl);
    const named = found.find((a) => a.name === link.name);
    if (named) {
      named.url = url;
      continue;
    }
    const at = link.name ? text.indexOf(link.name, body.start) : -1;
    found.push({ name: link.name || link.url, url, span: at === -1 ? null : { start: at, end: at + link.name.length } });
  }
  return found;
}

/** `./P020.pdf` against `https://www.gov.cn/zhengce/a.htm` → an absolute URL; as written when there is no base. */
function resolveUrl(url: string, base: string | null): string {
  if (base === null) return url;
  try {
    return new URL(url, base).href;
  } catch {
    return url;
  }
}

/** An attachment entry; a leading `1.` is list numbering, not part of the name. */
function item(text: string, start: number, raw: string): Attachment {
  const numbering = /^\s{0,3}\d{1,3}\s{0,2}[.、]\s{0,3}/.exec(foldWidth(raw))?.[0] ?? '';
  const nameStart = start + numbering.length;
  const name = text.slice(nameStart, start + raw.trimEnd().length);
  return { name, url: null, span: { start: nameStart, end: nameStart + name.length } };
}

function numberedItemsAfter(text: string, folded: string, from: number, limit: number): Attachment[] {
  const items: Attachment[] = [];
  let lineStart = from + 1;
  while (lineStart < limit) {
    const lineEnd = folded.indexOf('\n', lineStart) === -1 ? folded.length : folded.indexOf('\n', lineStart);
    const match = NUMBERED_ITEM.exec(folded.slice(lineStart, lineEnd));
    if (!match) break;
    items.push(item(text, lineEnd - match[1]!.length, match[1]!));
    lineStart = lineEnd + 1;
  }
  return items;
}
