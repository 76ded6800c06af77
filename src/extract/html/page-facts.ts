/**
 * What a page states about itself, gathered as the parser streams the page:
 * <meta name|property content>, <title>, the first <h1>, the canonical link
 * and links to documents.
 */
import { RAW_TEXT, type HtmlListener } from './events.js';

export interface PageFacts {
  /** <meta name|property → content>, names lower-cased; the first of each wins. */
  metaTags: Map<string, string>;
  documentTitle: string | null;
  h1: string | null;
  canonicalUrl: string | null;
  links: Array<{ name: string; url: string }>;
}

/** How sites join the article's title and their own name in <title>: 标题_站名, 标题 - 站名, 标题－站名. */
const TITLE_SEPARATOR = /\s{0,3}(?:_{1,2}|－|\s[-|｜—–]\s)\s{0,3}/;

/** The parts of a <title>, article first, site last. */
export function documentTitleParts(documentTitle: string | null): string[] {
  return documentTitle ? documentTitle.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean) : [];
}

const DOCUMENT_LINK = /\.(?:docx?|pdf|xlsx?|wps|et|zip|rar)(?:[?#]|$)/i;

const FACT_TAGS = new Set(['meta', 'title', 'h1', 'link', 'a']);

/** An element whose text is wanted, open until the parser closes it. */
interface Capture {
  depth: number;
  text: string;
  done: (text: string) => void;
}

export class PageFactsReader implements HtmlListener {
  private readonly facts: PageFacts = { metaTags: new Map(), documentTitle: null, h1: null, canonicalUrl: null, links: [] };
  private readonly names: string[] = [];
  private captures: Capture[] = [];

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.names.push(name);
    if (!FACT_TAGS.has(name)) return; // most elements (div, p, span, td) say nothing about the page
    const attr = (key: string) => attributes[key]?.trim() ?? '';
    const facts = this.facts;
    if (name === 'meta') {
      const key = (attr('name') || attr('property')).toLowerCase();
      if (key && attributes['content'] !== undefined && !facts.metaTags.has(key)) facts.metaTags.set(key, attr('content'));
    } else if (name === 'title') {
      this.capture((text) => (facts.documentTitle ??= tidy(text)));
    } else if (name === 'h1') {
      this.capture((text) => (facts.h1 ??= tidy(text)));
    } else if (name === 'link' && attr('rel').toLowerCase() === 'canonical') {
      facts.canonicalUrl ??= attr('href') || null;
    } else if (name === 'a' && DOCUMENT_LINK.test(attr('href'))) {
      const link = { name: '', url: attr('href') };
      facts.links.push(link); // in document order, named when the link closes
      this.capture((text) => (link.name = tidy(text) ?? ''));
    }
  }

  close(): void {
    const depth = this.names.length;
    this.names.pop();
    if (this.captures.length === 0) return;
    const closing = this.captures.filter((c) => c.depth === depth);
    if (closing.length === 0) return;
    this.captures = this.captures.filter((c) => c.depth !== depth);
    for (const capture of closing) capture.done(capture.text);
  }

  text(data: string): void {
    if (this.captures.length === 0 || RAW_TEXT.has(this.names[this.names.length - 1] ?? '')) return;
    for (const capture of this.captures) capture.text += data;
  }

  result(): PageFacts {
    // An element still open at the end of a truncated page ends with it.
    for (const capture of this.captures) capture.done(capture.text);
    this.captures = [];
    return this.facts;
  }

  private capture(done: (text: string) => void): void {
    this.captures.push({ depth: this.names.length, text: '', done });
  }
}

function tidy(value: string): string | null {
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
