/**
 * Stage 2, extract: the document's text (the coordinate system of every span),
 * its title, metadata and where the notice body lies. HTML is reduced to its
 * visible text first; from there both formats go through the same line rules.
 */
import type { Meta, Span } from '../schema/index.js';
import { bodySpan } from './body.js';
import { readHead } from './head.js';
import { readHtml, type HtmlPage } from './html/index.js';
import { splitLines } from './lines.js';
import { readMetaDate } from './meta-date.js';

export type InputFormat = 'text' | 'html';

export interface Extracted {
  format: InputFormat;
  text: string;
  title: string | null;
  titleSpan: Span | null;
  meta: Meta;
  body: Span;
  /** Document links found in HTML (<a href="….pdf">), for the attachments stage. */
  links: Array<{ name: string; url: string }>;
}

/**
 * Extract text, title, metadata and body from a decoded document.
 * @param decoded - the document as a string
 * @param format - 'text' or 'html'; see `guessFormat`
 * @returns the extracted parts, with every span into `text`
 */
export function extractNotice(decoded: string, format: InputFormat): Extracted {
  const page = format === 'html' ? readHtml(decoded) : null;
  // The contract: text input keeps everything but CR; HTML is its visible text.
  const text = page ? page.text : decoded.replace(/\r\n?/g, '\n');
  const lines = splitLines(text);
  const head = readHead(lines, page ? titleHint(page) : null);
  const tag = (name: string) => page?.metaTags.get(name) || null;
  const breadcrumb = head.breadcrumb;
  const published = tag('pubdate') ?? tag('publishdate') ?? head.labels.publishedAt ?? null;
  return {
    format,
    text,
    title: head.title?.content ?? null,
    titleSpan: head.title ? { start: head.title.start, end: head.title.end } : null,
    meta: {
      site: tag('sitename') ?? head.site ?? (page ? siteFromDocumentTitle(page.documentTitle) : null),
      breadcrumb,
      column: tag('columnname') ?? breadcrumb.at(-1) ?? null,
      publishedAt: published === null ? null : readMetaDate(published),
      source: tag('contentsource') ?? head.labels.source ?? null,
      author: tag('author') ?? head.labels.author ?? null,
      url: tag('url') ?? page?.canonicalUrl ?? null,
    },
    body: bodySpan(lines, head.bodyStartLine, text.length),
    links: page?.links ?? [],
  };
}

const HTML_START = /^\s{0,200}(?:<!--[^]{0,2000}?-->\s{0,200})?<(?:!doctype\s{1,10}html|html|head|body|meta|title|div|p|table)[\s>/]/i;

/** 'html' when the document starts like a web page, else 'text'. */
export function guessFormat(decoded: string): InputFormat {
  return HTML_START.test(decoded.slice(0, 4096)) ? 'html' : 'text';
}

function titleHint(page: HtmlPage): string | null {
  return page.metaTags.get('articletitle') || page.h1 || null;
}

/** `通知公告_通辽经济技术开发区` → the part after the last separator. */
function siteFromDocumentTitle(documentTitle: string | null): string | null {
  if (!documentTitle) return null;
  const parts = documentTitle.split(/\s{0,3}[_|｜\-—–]\s{0,3}/).filter(Boolean);
  return parts.length > 1 ? parts.at(-1)!.trim() : null;
}
