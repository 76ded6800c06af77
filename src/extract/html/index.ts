/**
 * HTML input: the visible text plus what the page states about itself in
 * <head> (gov-site <meta name="ArticleTitle|PubDate|…">, <title>) and its
 * document links. cheerio/slim parses with htmlparser2 only; it is imported
 * lazily so that plain-text input never pays for loading it.
 */
import { createRequire } from 'node:module';
import type { AnyNode } from 'domhandler';
import { visibleText } from './visible-text.js';

const require = createRequire(import.meta.url);
let cheerio: typeof import('cheerio/slim') | undefined;
/** Loaded on first use, synchronously, so parseNotice stays a plain function. */
function loadCheerio(): typeof import('cheerio/slim') {
  cheerio ??= require('cheerio/slim') as typeof import('cheerio/slim');
  return cheerio;
}

export interface HtmlPage {
  text: string;
  /** <meta name|property → content>, names lower-cased; the first of each wins. */
  metaTags: Map<string, string>;
  documentTitle: string | null;
  h1: string | null;
  canonicalUrl: string | null;
  links: Array<{ name: string; url: string }>;
}

const DOCUMENT_LINK = /\.(?:docx?|pdf|xlsx?|wps|et|zip|rar)(?:[?#]|$)/i;

export function readHtml(html: string): HtmlPage {
  const $ = loadCheerio().load(html);
  const metaTags = new Map<string, string>();
  $('meta').each((_, el) => {
    const name = (el.attribs['name'] ?? el.attribs['property'] ?? '').toLowerCase().trim();
    const content = el.attribs['content'];
    if (name && content !== undefined && !metaTags.has(name)) metaTags.set(name, content.trim());
  });
  const links: HtmlPage['links'] = [];
  $('a[href]').each((_, el) => {
    const url = (el.attribs['href'] ?? '').trim();
    if (DOCUMENT_LINK.test(url)) links.push({ name: $(el).text().replace(/\s+/g, ' ').trim(), url });
  });
  const roots: AnyNode[] = $.root().toArray();
  return {
    text: visibleText(roots),
    metaTags,
    documentTitle: textOrNull($('title').first().text()),
    h1: textOrNull($('h1').first().text()),
    canonicalUrl: textOrNull($('link[rel="canonical"]').attr('href') ?? ''),
    links,
  };
}

function textOrNull(value: string): string | null {
  const tidy = value.replace(/\s+/g, ' ').trim();
  return tidy === '' ? null : tidy;
}
