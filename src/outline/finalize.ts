/** Drafts to contract nodes: spans from offsets, and each node's own text with its children cut out. */
import type { OutlineNode } from '../schema/index.js';
import type { Draft } from './draft.js';

/** The node's text outside its children, each piece trimmed, pieces joined by a newline. */
function ownText(text: string, node: Draft): string {
  // Most nodes have no children: one slice, no arrays.
  if (node.children.length === 0) return text.slice(node.markerEnd, node.end).trim();
  const pieces: string[] = [];
  let from = node.markerEnd;
  for (const child of node.children) {
    pieces.push(text.slice(from, child.start).trim());
    from = child.end;
  }
  pieces.push(text.slice(from, node.end).trim());
  return pieces.filter((p) => p.length > 0).join('\n');
}

export function toOutlineNodes(text: string, drafts: readonly Draft[]): OutlineNode[] {
  return drafts.map((d) => ({
    kind: d.kind,
    style: d.style,
    level: d.level,
    marker: d.marker,
    ordinal: d.ordinal,
    heading: d.heading,
    text: ownText(text, d),
    span: { start: d.start, end: d.end },
    role: d.role,
    children: toOutlineNodes(text, d.children),
  }));
}
