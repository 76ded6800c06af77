/**
 * Stage 2, extract: the document's text (the coordinate system of every span),
 * its title, metadata and where the notice body lies. HTML is reduced to its
 * visible text first; from there both formats go through the same line rules.
 */
import type { Diagnostic, Meta, Span } from '../schema/index.js';
import { bodySpan } from './body.js';
import { readHead } from './head.js';
// A namespace import: the CLI bundle loads it on first use (scripts/bundle.mjs), so text input never starts htmlparser2.
import * as html from './html/index.js';
import type { HtmlPage } from './html/index.js';
import { documentTitleParts } from './html/page-facts.js';
import { joined, splitLines } from '../text/index.js';
import { readMeta } from './meta.js';

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
  diagnostics: Diagnostic[];
}

/**
 * Extract text, title, metadata and body from a decoded document.
 * @param decoded - the document as a string, or in pieces that joined are the document (src/text/pieces.ts)
 * @param format - 'text' or 'html'; see `guessFormat`
 * @returns the extracted parts, with every span into `text`
 */
export function extractNotice(decoded: string | readonly string[], format: InputFormat): Extracted {
  const pieces = typeof decoded === 'string' ? [decoded] : decoded;
  const page = format === 'html' ? html.readHtml(pieces) : null;
  // The contract: text input keeps everything but CR; HTML is its visible text.
  const text = page ? page.text : joined(pieces).replace(/\r\n?/g, '\n');
  const lines = splitLines(text);
  const head = readHead(lines, page ? titleHints(page) : []);
  const title = head.title;
  const diagnostics: Diagnostic[] = [];
  const titleLines = title && title.first >= 0 ? { first: lines[title.first]!, last: lines[title.last]! } : null;
  return {
    format,
    text,
    title: title?.text ?? null,
    titleSpan: titleLines ? { start: titleLines.first.start, end: titleLines.last.end } : null,
    meta: readMeta(head, page, diagnostics),
    body: bodySpan(lines, head.bodyStartLine, text.length),
    links: page?.links ?? [],
    diagnostics,
  };
}

const HTML_START = /^\s{0,200}(?:<!--[^]{0,2000}?-->\s{0,200})?<(?:!doctype\s{1,10}html|html|head|body|meta|title|div|p|table)[\s>/]/i;

/** 'html' when the document starts like a web page, else 'text'. */
export function guessFormat(decoded: string): InputFormat {
  const head = decoded.slice(0, 4096);
  // HTML_START needs a `<`; plain text is told without compiling it.
  return head.includes('<') && HTML_START.test(head) ? 'html' : 'text';
}

/** What the page says its title is, best first: gov-site and Open Graph tags, <title> before the site name, <h1>. */
function titleHints(page: HtmlPage): string[] {
  const hints = [page.metaTags.get('articletitle'), page.metaTags.get('og:title'), documentTitleParts(page.documentTitle)[0], page.h1];
  return hints.filter((hint): hint is string => hint !== undefined && hint !== null && hint.length >= 4);
}
