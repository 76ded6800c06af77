/**
 * What the HTML readers listen to: the elements and text of a page in
 * document order, as htmlparser2's streaming parser reports them. Every
 * `open` gets its `close` (htmlparser2 closes void elements at once and
 * implied or unclosed ones when their parent ends or the page does).
 */
export interface HtmlListener {
  /** `name` is lower-case; attribute values are decoded. */
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  close(name: string): void;
  /** Decoded text; one run of text may arrive in several pieces. */
  text(data: string): void;
  /** A comment or declaration: it ends a run of text, as a node between two text nodes would. */
  breakText?(): void;
}

/** Where raw text lives: its content is not page text, and not part of an element's text either. */
export const RAW_TEXT = new Set(['script', 'style']);
