/**
 * Levels and nesting of section markers, the way nested lists nest: a family
 * seen for the first time opens a level below the current one; a family that
 * is already open closes everything deeper and becomes a sibling. GB/T 9704
 * order (一、 → （一） → 1. → （1） → ①) is the prior for one case only: a
 * family appearing for the first time below a deeper family while a
 * shallower-ranked one is open (一、 … 1. … （一）) closes the deeper one,
 * so （一） lands under 一、 rather than under 1.
 */
import type { Diagnostic } from '../schema/index.js';
import type { Draft } from './draft.js';
import { headingAfter } from './headings.js';
import type { Line } from './lines.js';
import { trimBack } from './lines.js';
import type { MarkerMatch } from './markers.js';
import { NumberingChecker } from './numbering.js';

export class SectionTree {
  readonly roots: Draft[] = [];
  /** Open nodes, shallowest first; never longer than the number of families. */
  private readonly stack: Draft[] = [];
  private readonly numbering: NumberingChecker;

  constructor(
    private readonly text: string,
    private readonly folded: string,
    diagnostics: Diagnostic[],
  ) {
    this.numbering = new NumberingChecker(diagnostics);
  }

  /** Headings of the nodes still open, deepest last. */
  openHeadings(): string[] {
    return this.stack.flatMap((n) => (n.heading === null ? [] : [n.heading]));
  }

  /** Add the section whose marker starts `line`; `continued`: the line is hard-wrapped into the next. */
  add(match: MarkerMatch, line: Line, continued: boolean): void {
    const keep = this.depthFor(match.family.id, match.family.rank);
    this.closeFrom(keep, match.start);
    const parent = this.stack[keep - 1];
    const siblings = parent === undefined ? this.roots : parent.children;
    const node: Draft = {
      kind: 'section',
      style: match.family.style,
      family: match.family.id,
      rank: match.family.rank,
      level: keep + 1,
      marker: this.text.slice(match.start, match.end),
      ordinal: match.ordinal,
      heading: headingAfter(this.text, this.folded, match.end, line.end, { startsLine: true, continued, provision: match.family.provision === true }),
      start: match.start,
      markerEnd: match.end,
      end: line.end,
      role: null,
      children: [],
    };
    const previous = siblings.at(-1);
    this.numbering.check(node, previous !== undefined && previous.family === node.family ? previous : null);
    siblings.push(node);
    this.stack.push(node);
  }

  /** Close every open node at `end` (the start of what follows the outline). */
  finish(end: number): void {
    this.closeFrom(0, end);
  }

  /** How many open nodes stay open when a marker of this family arrives. */
  private depthFor(family: string, rank: number): number {
    const open = this.stack.findIndex((n) => n.family === family);
    if (open >= 0) return open;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      if ((this.stack[i]?.rank ?? 0) < rank) return i + 1;
    }
    // No open family outranks it: the document has its own order; nest, as lists do.
    return this.stack.length;
  }

  /** Close stack[keep…] at offset `at`: all of them end at the last visible character before it. */
  private closeFrom(keep: number, at: number): void {
    if (keep >= this.stack.length) return;
    const end = trimBack(this.text, 0, at);
    for (const node of this.stack.splice(keep)) node.end = Math.max(end, node.markerEnd);
  }
}
