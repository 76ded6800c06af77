/**
 * `--format csv`: one row per outline node, for spreadsheets: the file, the
 * node's path in the tree (2.1.3), what it is, its heading, the dates in it.
 */
import type { Notice, OutlineNode } from '../../schema/index.js';

const COLUMNS = ['file', 'path', 'kind', 'style', 'role', 'level', 'marker', 'ordinal', 'heading', 'dates'] as const;

export function csvHeader(): string {
  return `${COLUMNS.join(',')}\n`;
}

export function renderCsvRows(notice: Notice): string {
  const rows: string[] = [];
  const file = notice.input.path ?? '-';
  const visit = (nodes: readonly OutlineNode[], prefix: string) =>
    nodes.forEach((node, i) => {
      const path = `${prefix}${i + 1}`;
      const dates = notice.dates.filter((d) => d.span.start >= node.span.start && d.span.end <= node.span.end).map((d) => d.value);
      const cells = [file, path, node.kind, node.style, node.role ?? '', node.level, node.marker, node.ordinal, node.heading ?? '', dates.join(';')];
      rows.push(cells.map((cell) => csvCell(String(cell))).join(','));
      visit(node.children, `${path}.`);
    });
  visit(notice.outline, '');
  return rows.length === 0 ? '' : `${rows.join('\n')}\n`;
}

/** RFC 4180: quote a cell holding a comma, quote or line break; double its quotes. */
function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
