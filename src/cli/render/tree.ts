/**
 * `--format tree`: the notice for a person at a terminal: title, when and
 * where from, its dates, and the outline as an indented tree.
 */
import type { Paint } from '../paint.js';
import type { Notice, OutlineNode } from '../../schema/index.js';

/** How much of a heading-less node's text the tree shows. */
const PREVIEW = 36;

export function renderTree(notice: Notice, paint: Paint): string {
  const lines = [paint.bold(notice.title ?? '(no title)')];
  const about = [notice.meta.publishedAt, notice.meta.source, notice.signature?.organization].filter(Boolean).join(' · ');
  if (about) lines.push(paint.dim(about));
  if (notice.dates.length > 0) lines.push(`dates: ${notice.dates.map((d) => (d.repaired || d.ambiguous ? paint.yellow(d.value) : d.value)).join(', ')}`);
  const visit = (nodes: readonly OutlineNode[], indent: string) => {
    for (const node of nodes) {
      const label = node.heading ?? preview(node.text);
      const role = node.role ? paint.dim(` [${node.role}]`) : '';
      lines.push(`${indent}${paint.cyan(node.marker)} ${label}${role}`);
      visit(node.children, `${indent}  `);
    }
  };
  visit(notice.outline, '  ');
  return `${lines.join('\n')}\n`;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW)}…` : flat;
}
