/**
 * The head of a notice: everything from the top of the text to where the
 * notice's own body starts. Read line by line: site welcome, breadcrumb,
 * chrome, the title, labelled metadata (read once: sites often repeat the
 * block), until the first line that is none of these.
 */
import { isChromeLine, readBreadcrumb, readWelcomeSite } from './chrome.js';
import { mayHoldLabels, readLabels as readLabelsOnce, type LabelField, type LabelValue } from './labels.js';
import type { Line } from '../text/index.js';
import { densestRegionStart } from './body.js';
import { findTitle, type TitleLines } from './title.js';

export type LabelledField = Exclude<LabelField, 'ignored'>;

export interface Head {
  site: string | null;
  breadcrumb: string[];
  title: TitleLines | null;
  labels: Partial<Record<LabelledField, string>>;
  /** Index of the first body line (lines.length when there is none). */
  bodyStartLine: number;
}

/**
 * The head asks of the same few lines again and again (furniture? a label?
 * the title's neighbour?): each parse gets a reader that reads a line's
 * labels once.
 */
function labelReader(): (content: string) => LabelValue[] | null {
  const seen = new Map<string, LabelValue[] | null>();
  return (content) => {
    // Not remembered: looking again costs less than the lookup.
    if (!mayHoldLabels(content)) return null;
    let labels = seen.get(content);
    if (labels === undefined) seen.set(content, (labels = readLabelsOnce(content)));
    return labels;
  };
}

/** How far down a page the title and its metadata are looked for. */
const HEAD_LINES = 300;

/**
 * Read the head. `titleHints` (from HTML metadata) anchor the title when the
 * text holds one of them. Without a title in the text, the body starts where
 * notice text is densest and the head is everything above it.
 */
export function readHead(lines: readonly Line[], titleHints: readonly string[]): Head {
  const readLabels = labelReader();
  const isFurniture = (content: string) => isChromeLine(content) || isScrap(content) || readLabels(content) !== null || readBreadcrumb(content) !== null;
  const head: Head = { site: null, breadcrumb: [], title: null, labels: {}, bodyStartLine: lines.length };
  const top = lines.slice(0, HEAD_LINES);
  const labelled = labelledTitle(top, readLabels);
  head.title = findTitle(top, labelled ? [...titleHints, labelled] : titleHints, { isFurniture, isLabelLine: (c) => readLabels(c) !== null });
  const anchored = head.title !== null && head.title.first >= 0;
  const densest = anchored ? null : densestRegionStart(lines);
  let pending: LabelField | null = null;
  for (const line of lines) {
    const { content } = line;
    if (densest !== null && line.index >= densest) {
      head.bodyStartLine = densest;
      break;
    }
    if (content === '') continue;
    if (head.title && line.index >= head.title.first && line.index <= head.title.last) continue;
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
    if (isChromeLine(content) || isScrap(content)) continue;
    if (pending) {
      record(head, pending, content);
      pending = null;
      continue;
    }
    // Lines above the title are the page's top; the first other line after it is the body.
    if (!anchored || line.index < head.title!.first) continue;
    head.bodyStartLine = line.index;
    break;
  }
  return head;
}

function record(head: Head, field: LabelField, value: string): void {
  if (field !== 'ignored') head.labels[field] ??= value;
}

/** The value of a `标题：` label (the gov.cn metadata table states the title above the text). */
function labelledTitle(lines: readonly Line[], readLabels: (content: string) => LabelValue[] | null): string | null {
  for (const line of lines) {
    const title = readLabels(line.content)?.find((l) => l.field === 'title' && l.value !== '');
    if (title) return title.value;
  }
  return null;
}

/** A scrap left by widgets: a share counter `0`, a stray `x` or `|`. */
function isScrap(content: string): boolean {
  return content.length <= 3 && !/[\u4e00-\u9fff]/.test(content);
}
