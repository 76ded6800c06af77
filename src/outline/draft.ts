/**
 * The working form of an outline node: offsets instead of strings, so the
 * stage can move ends and attach children before anything is sliced.
 */
import type { NodeRole, NodeStyle, OutlineNode } from '../schema/index.js';

export interface Draft {
  kind: OutlineNode['kind'];
  style: NodeStyle;
  /** Nesting identity (a MarkerFamily id, or the enumeration style). */
  family: string;
  /** GB/T prior rank of the family (enumerations: unused). */
  rank: number;
  level: number;
  marker: string;
  ordinal: number;
  heading: string | null;
  /** Offset of the marker. */
  start: number;
  /** Offset just past the marker. */
  markerEnd: number;
  /** End of the whole node, children included, trailing blanks excluded. */
  end: number;
  role: NodeRole | null;
  children: Draft[];
}

/** Pre-order visit. Depth is bounded by the number of marker families, so recursion is safe. */
export function walk(nodes: readonly Draft[], visit: (node: Draft, parent: Draft | null) => void, parent: Draft | null = null): void {
  for (const node of nodes) {
    visit(node, parent);
    walk(node.children, visit, node);
  }
}
