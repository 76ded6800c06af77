/**
 * The visible text of an HTML page, per the contract: scripts, styles,
 * comments and hidden elements dropped, block elements on lines of their own,
 * table rows one per line with cells separated by a tab, entities decoded.
 * Built as the parser streams the page, with one frame per open element.
 */
import { RAW_TEXT, type HtmlListener } from './events.js';

const SKIPPED = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas', 'select', 'button', 'textarea']);
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot',
  'tr', 'ul', 'caption',
]);
const CELLS = new Set(['td', 'th']);
const HIDDEN_STYLE = /(?:^|;)\s{0,10}(?:display\s{0,10}:\s{0,10}none|visibility\s{0,10}:\s{0,10}hidden)/i;
const BOLD = new Set(['strong', 'b']);
/** A bold run that starts with an outline marker is a heading set inside a paragraph. */
const STARTS_WITH_MARKER = /^[\s\u3000]{0,4}(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|[0-9０-９]{1,2}[.．、](?![0-9０-９])|第[一二三四五六七八九十百]{1,4}[章节条])/;
/** How much of a bold run's text is enough to see whether it starts with a marker. */
const BOLD_PEEK = 16;

export function isHidden(attributes: Readonly<Record<string, string>>): boolean {
  if (attributes['hidden'] !== undefined) return true;
  const style = attributes['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

interface Frame {
  name: string;
  /** This element or one around it is not shown. */
  skipped: boolean;
}

/** A bold run not yet known to be a heading: where its line break would go, and its first characters. */
interface OpenBold {
  frame: Frame;
  slot: number;
  peek: string;
}

export class VisibleTextReader implements HtmlListener {
  private readonly out: string[] = [];
  private readonly frames: Frame[] = [];
  private readonly cellCounts: number[] = [];
  private openBolds: OpenBold[] = [];
  /** Consecutive pieces of one text run, joined before blanks are collapsed. */
  private pending = '';

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    this.flush();
    const skipped = this.skipping() || SKIPPED.has(name) || isHidden(attributes);
    const frame = { name, skipped };
    this.frames.push(frame);
    if (skipped) return;
    if (name === 'br' || BLOCKS.has(name)) this.out.push('\n');
    if (BOLD.has(name)) {
      this.openBolds.push({ frame, slot: this.out.length, peek: '' });
      this.out.push('');
    }
    if (name === 'tr') this.cellCounts.push(0);
    if (CELLS.has(name) && this.cellCounts.length > 0) {
      const index = this.cellCounts.length - 1;
      if (this.cellCounts[index]! > 0) this.out.push('\t');
      this.cellCounts[index]!++;
    }
  }

  close(): void {
    this.flush();
    const frame = this.frames.pop();
    if (!frame) return;
    const bold = this.openBolds.length > 0 ? this.openBolds.find((b) => b.frame === frame) : undefined;
    if (bold) this.decide(bold);
    if (frame.skipped) return;
    if (frame.name === 'tr') this.cellCounts.pop();
    if (BLOCKS.has(frame.name)) this.out.push('\n');
  }

  text(data: string): void {
    // A bold run is judged by all the text under it, shown or not, as a reader of its markup would.
    if (this.openBolds.length > 0 && !RAW_TEXT.has(this.frames[this.frames.length - 1]?.name ?? '')) for (const bold of this.openBolds) {
      bold.peek += data;
      if (bold.peek.length >= BOLD_PEEK) this.decide(bold);
    }
    if (!this.skipping()) this.pending += data;
  }

  breakText(): void {
    this.flush();
  }

  result(): string {
    this.flush();
    return tidyLines(this.out.join(''));
  }

  private skipping(): boolean {
    return this.frames.length > 0 && this.frames[this.frames.length - 1]!.skipped;
  }

  private flush(): void {
    if (this.pending === '') return;
    this.out.push(collapseHtmlSpace(this.pending));
    this.pending = '';
  }

  private decide(bold: OpenBold): void {
    if (STARTS_WITH_MARKER.test(bold.peek)) this.out[bold.slot] = '\n';
    this.openBolds = this.openBolds.filter((b) => b !== bold);
  }
}

/** Runs of HTML white space (space, tab, newline, CR, form feed) as one space, as a browser shows them. */
function collapseHtmlSpace(text: string): string {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (!isHtmlSpace(code)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isHtmlSpace(text.charCodeAt(end))) end++;
    if (end - i > 1 || code !== 0x20) {
      out += `${text.slice(copied, i)} `;
      copied = end;
    }
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const isHtmlSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x09 || code === 0x0d || code === 0x0c;
const isSpaceOrTab = (code: number) => code === 0x20 || code === 0x09;

/**
 * Trim spaces and tabs at line ends and drop empty lines (block boundaries
 * pile up newlines). By index, not by regex per line: this ran over every
 * line of every page and was a tenth of reading the HTML.
 */
function tidyLines(raw: string): string {
  const lines: string[] = [];
  for (let start = 0; start <= raw.length; ) {
    const newline = raw.indexOf('\n', start);
    const end = newline === -1 ? raw.length : newline;
    let from = start;
    let to = end;
    while (from < to && isSpaceOrTab(raw.charCodeAt(from))) from++;
    while (to > from && isSpaceOrTab(raw.charCodeAt(to - 1))) to--;
    if (to > from) lines.push(raw.slice(from, to));
    start = end + 1;
  }
  return lines.join('\n');
}
