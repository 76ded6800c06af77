/**
 * The visible text of an HTML page, per the contract: scripts, styles,
 * comments and hidden elements dropped, block elements on lines of their own,
 * table rows one per line with cells separated by a tab, entities decoded.
 * The walk is iterative so that deeply nested pages cannot overflow the stack.
 */
import type { AnyNode, Element } from 'domhandler';

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

export function isHidden(el: Element): boolean {
  if (el.attribs['hidden'] !== undefined) return true;
  const style = el.attribs['style'];
  return style !== undefined && HIDDEN_STYLE.test(style);
}

/** Visible text of the nodes under `roots`, with block boundaries as line breaks. */
export function visibleText(roots: readonly AnyNode[]): string {
  const out: string[] = [];
  const cellCount: number[] = [];
  type Step = { node: AnyNode; exit: boolean };
  const stack: Step[] = roots.map((node) => ({ node, exit: false })).reverse();
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      out.push(node.data.replace(HTML_SPACE_RUN, ' '));
      continue;
    }
    if (node.type === 'root') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
      continue;
    }
    if (node.type !== 'tag') continue; // comments, directives, script and style nodes
    const name = node.name.toLowerCase();
    if (exit) {
      if (name === 'tr') cellCount.pop();
      if (BLOCKS.has(name)) out.push('\n');
      continue;
    }
    if (SKIPPED.has(name) || isHidden(node)) continue;
    if (name === 'br' || BLOCKS.has(name)) out.push('\n');
    if (BOLD.has(name) && STARTS_WITH_MARKER.test(leadingText(node))) out.push('\n');
    if (name === 'tr') cellCount.push(0);
    if (CELLS.has(name) && cellCount.length > 0) {
      const index = cellCount.length - 1;
      if (cellCount[index]! > 0) out.push('\t');
      cellCount[index]!++;
    }
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i--) stack.push({ node: node.children[i]!, exit: false });
  }
  return tidyLines(out.join(''));
}

/** The first few characters of text under `el`, depth first, without recursion. */
function leadingText(el: Element): string {
  let text = '';
  const stack: AnyNode[] = [...el.children].reverse();
  while (stack.length > 0 && text.length < BOLD_PEEK) {
    const node = stack.pop()!;
    if (node.type === 'text') text += node.data;
    else if (node.type === 'tag') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return text;
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
