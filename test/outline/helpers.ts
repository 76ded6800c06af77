/** Shared helpers for the outline tests (not a test file itself). */
import * as z from 'zod/mini';
import { OutlineNodeSchema } from '../../src/schema/index.js';
import type { OutlineNode, Span } from '../../src/schema/index.js';

/** Every node, pre-order, with its parent. */
export function flatten(nodes: readonly OutlineNode[], parent: OutlineNode | null = null): { node: OutlineNode; parent: OutlineNode | null }[] {
  return nodes.flatMap((node) => [{ node, parent }, ...flatten(node.children, node)]);
}

/**
 * A compact picture of the tree: markers, children in brackets.
 * "一、[(一)[1. 2.]] 二、"
 */
export function shape(nodes: readonly OutlineNode[]): string {
  return nodes.map((n) => (n.children.length > 0 ? `${n.marker}[${shape(n.children)}]` : n.marker)).join(' ');
}

/**
 * The invariants ../shared/tools/check-output.mjs checks for outline nodes, plus
 * the ones this stage promises: levels count from 1, the schema accepts every node,
 * spans end on a visible character and stay in the body.
 */
export function invariantProblems(text: string, nodes: readonly OutlineNode[], body: Span): string[] {
  const problems: string[] = [];
  const parsed = z.array(OutlineNodeSchema).safeParse(nodes);
  if (!parsed.success) problems.push(`schema: ${parsed.error.message}`);
  const visit = (list: readonly OutlineNode[], parent: OutlineNode | null): void => {
    let prevEnd = parent ? parent.span.start : body.start;
    for (const n of list) {
      const where = `${n.marker}@${n.span.start}`;
      const slice = text.slice(n.span.start, n.span.end);
      if (!slice.startsWith(n.marker)) problems.push(`${where}: span does not start with the marker`);
      if (slice !== slice.trimEnd()) problems.push(`${where}: span ends in blanks`);
      if (n.span.start < body.start || n.span.end > body.end) problems.push(`${where}: outside the body`);
      if (parent && (n.span.start < parent.span.start || n.span.end > parent.span.end)) problems.push(`${where}: outside its parent`);
      if (n.span.start < prevEnd) problems.push(`${where}: overlaps its previous sibling`);
      if (n.level !== (parent ? parent.level + 1 : 1)) problems.push(`${where}: level ${n.level}`);
      if (n.text !== n.text.trim()) problems.push(`${where}: text not trimmed`);
      prevEnd = n.span.end;
      visit(n.children, n);
    }
  };
  visit(nodes, null);
  return problems;
}
