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
const HTML_SPACE_RUN = /[ \t\n\r\f]+/g;
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
    const bold = this.openBolds.find((b) => b.frame === frame);
    if (bold) this.decide(bold);
    if (frame.skipped) return;
    if (frame.name === 'tr') this.cellCounts.pop();
    if (BLOCKS.has(frame.name)) this.out.push('\n');
  }

  text(data: string): void {
    // A bold run is judged by all the text under it, shown or not, as a reader of its markup would.
    const raw = RAW_TEXT.has(this.frames[this.frames.length - 1]?.name ?? '');
    if (!raw) for (const bold of this.openBolds) {
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
    this.out.push(this.pending.replace(HTML_SPACE_RUN, ' '));
    this.pending = '';
  }

  private decide(bold: OpenBold): void {
    if (STARTS_WITH_MARKER.test(bold.peek)) this.out[bold.slot] = '\n';
    this.openBolds = this.openBolds.filter((b) => b !== bold);
  }
}

/** Trim spaces at line ends and collapse runs of blank lines (block boundaries pile up newlines). */
function tidyLines(raw: string): string {
  const lines: string[] = [];
  for (const line of raw.split('\n')) {
    const tidy = line.replace(/^[ \t]+/, '').replace(/^([^]*[^ \t])?[ \t]+$/, '$1');
    if (tidy !== '') lines.push(tidy);
  }
  return lines.join('\n');
}
