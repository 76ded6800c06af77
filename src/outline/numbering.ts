/**
 * Numbering checks. Both restarting under each parent (1. 2. | 1. 2.) and
 * running on across parents (1) 2) 3) | 4) 5)) are normal; anything else is
 * reported, never repaired: the node stays where the text put it.
 */
import type { Diagnostic } from '../schema/index.js';
import { diagnostic } from '../text/index.js';
import type { Draft } from './draft.js';

export class NumberingChecker {
  /** Last ordinal seen per family anywhere in the document, for run-on numbering. */
  private readonly lastByFamily = new Map<string, number>();

  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** Check `node` against its previous sibling (null when it is the first of its family under its parent). */
  check(node: Draft, previous: Draft | null): void {
    const runOn = (this.lastByFamily.get(node.family) ?? 0) + 1;
    this.lastByFamily.set(node.family, node.ordinal);
    if (previous === null) {
      if (node.ordinal === 1 || node.ordinal === runOn) return;
      this.report('outline/numbering-gap', node, `numbering starts at ${node.ordinal}, expected 1 or ${runOn}`);
      return;
    }
    const expected = previous.ordinal + 1;
    if (node.ordinal === expected) return;
    if (node.ordinal === previous.ordinal) {
      this.report('outline/numbering-repeat', node, `${node.marker} repeats the previous number`);
    } else if (node.ordinal < previous.ordinal) {
      this.report('outline/numbering-backwards', node, `${node.marker} follows ${previous.marker}: numbering goes backwards`);
    } else {
      this.report('outline/numbering-gap', node, `${node.marker} follows ${previous.marker}: expected ${expected}`);
    }
  }

  private report(code: string, node: Draft, message: string): void {
    this.diagnostics.push(diagnostic('warning', code, message, { start: node.start, end: node.markerEnd }));
  }
}
