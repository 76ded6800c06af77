/**
 * The head of a notice: everything from the top of the text to where the
 * notice's own body starts. Read line by line: site welcome, breadcrumb,
 * chrome, the title, labelled metadata (read once: sites often repeat the
 * block), until the first line that is none of these.
 */
import { isChromeLine, readBreadcrumb, readWelcomeSite } from './chrome.js';
import { readLabels, type LabelField } from './labels.js';
import type { Line } from './lines.js';
import { isTitleLike } from './title.js';

export interface Head {
  site: string | null;
  breadcrumb: string[];
  title: Line | null;
  labels: Partial<Record<Exclude<LabelField, 'ignored'>, string>>;
  /** Index of the first body line (lines.length when there is none). */
  bodyStartLine: number;
}

/** Read the head; `titleHint` (from HTML metadata) anchors the title line when given. */
export function readHead(lines: readonly Line[], titleHint: string | null): Head {
  const head: Head = { site: null, breadcrumb: [], title: null, labels: {}, bodyStartLine: lines.length };
  const titleIndex = findTitleLine(lines, titleHint);
  let pending: LabelField | null = null;
  for (const line of lines) {
    const { content } = line;
    if (content === '') continue;
    if (line.index === titleIndex) {
      head.title = line;
      continue;
    }
    const breadcrumb = readBreadcrumb(content);
    if (breadcrumb) {
      if (head.breadcrumb.length === 0) head.breadcrumb = breadcrumb;
      continue;
    }
    head.site ??= readWelcomeSite(content);
    const labels = readLabels(content);
    if (labels) {
      pending = null;
      for (const { field, value } of labels) {
        if (value === '') pending = field;
        else record(head, field, value);
      }
      continue;
    }
    if (isChromeLine(content)) continue;
    if (pending) {
      record(head, pending, content);
      pending = null;
      continue;
    }
    // Lines above the title are the page's top; the first other line after it is the body.
    if (titleIndex !== -1 && line.index < titleIndex) continue;
    head.bodyStartLine = line.index;
    break;
  }
  return head;
}

function record(head: Head, field: LabelField, value: string): void {
  if (field !== 'ignored') head.labels[field] ??= value;
}

/** How far down a page the title is looked for. */
const TITLE_SEARCH_LINES = 200;

function findTitleLine(lines: readonly Line[], hint: string | null): number {
  const searched = lines.slice(0, TITLE_SEARCH_LINES);
  if (hint) {
    const exact = searched.find((l) => l.content === hint) ?? searched.find((l) => l.content.includes(hint));
    if (exact) return exact.index;
  }
  const strong = searched.find((l) => isTitleLike(l.content, 'strong') && !isFurniture(l.content));
  if (strong) return strong.index;
  const weak = searched.find((l) => l.content !== '' && !isFurniture(l.content));
  return weak && isTitleLike(weak.content, 'weak') ? weak.index : -1;
}

/** Lines that belong to the page, not to the notice. */
function isFurniture(content: string): boolean {
  return isChromeLine(content) || readLabels(content) !== null || readBreadcrumb(content) !== null;
}
