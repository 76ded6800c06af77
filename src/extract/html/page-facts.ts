/**
 * What a page states about itself, gathered in one iterative walk over the
 * tree: <meta name|property content>, <title>, the first <h1>, the canonical
 * link and links to documents. (CSS selectors would walk the tree once per
 * query, and recursively; a crawled page can be nested very deep.)
 */
import type { AnyNode, Element } from 'domhandler';

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

export function readPageFacts(roots: readonly AnyNode[]): PageFacts {
  const facts: PageFacts = { metaTags: new Map(), documentTitle: null, h1: null, canonicalUrl: null, links: [] };
  const stack: AnyNode[] = [...roots].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'root') continue;
    if (node.type === 'tag') visit(node, facts);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return facts;
}

function visit(el: Element, facts: PageFacts): void {
  const name = el.name.toLowerCase();
  const attr = (key: string) => el.attribs[key]?.trim() ?? '';
  if (name === 'meta') {
    const key = (attr('name') || attr('property')).toLowerCase();
    if (key && el.attribs['content'] !== undefined && !facts.metaTags.has(key)) facts.metaTags.set(key, attr('content'));
  } else if (name === 'title') {
    facts.documentTitle ??= tidy(textOf(el));
  } else if (name === 'h1') {
    facts.h1 ??= tidy(textOf(el));
  } else if (name === 'link' && attr('rel').toLowerCase() === 'canonical') {
    facts.canonicalUrl ??= attr('href') || null;
  } else if (name === 'a' && DOCUMENT_LINK.test(attr('href'))) {
    facts.links.push({ name: tidy(textOf(el)) ?? '', url: attr('href') });
  }
}

/** All text under `el`, without recursion. */
function textOf(el: Element): string {
  let text = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.data;
    else if (node.type === 'tag') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text;
}

function tidy(value: string): string | null {
  const text = value.replace(/\s+/g, ' ').trim();
  return text === '' ? null : text;
}
