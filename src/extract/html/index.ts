/**
 * HTML input: the visible text plus what the page states about itself.
 * cheerio/slim parses with htmlparser2 only; it is loaded on first use, and
 * synchronously, so plain-text input never pays for it and parseNotice stays
 * a plain function.
 */
import { createRequire } from 'node:module';
import { readPageFacts, type PageFacts } from './page-facts.js';
import { visibleText } from './visible-text.js';

const load = createRequire(import.meta.url);
let cheerio: typeof import('cheerio/slim') | undefined;
function loadCheerio(): typeof import('cheerio/slim') {
  cheerio ??= load('cheerio/slim') as typeof import('cheerio/slim');
  return cheerio;
}

export interface HtmlPage extends PageFacts {
  text: string;
}

export function readHtml(html: string): HtmlPage {
  const roots = loadCheerio().load(html).root().toArray();
  return { text: visibleText(roots), ...readPageFacts(roots) };
}
