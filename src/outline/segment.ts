/**
 * The outline stage, in order: find section markers at line starts, nest
 * them, stop before the closing matter, attach inline enumerations, assign
 * roles, then slice strings.
 */
import type { Diagnostic, OutlineNode, Span } from '../schema/index.js';
import { diagnostic, foldWidth } from '../text/index.js';
import type { StageResult } from '../text/index.js';
import { findClosing } from './closing.js';
import type { OutlineContext } from './context.js';
import { attachEnumerations } from './enumerations.js';
import { toOutlineNodes } from './finalize.js';
import { forEachLine, trimBack } from './lines.js';
import { matchMarker } from './markers.js';
import { assignRoles, isInspectionReport } from './roles.js';
import { SectionTree } from './tree.js';

export function segment(text: string, context: OutlineContext): StageResult<OutlineNode[]> {
  const diagnostics: Diagnostic[] = [];
  const body = clampBody(text, context?.body, diagnostics);
  const folded = foldWidth(text);
  const tree = new SectionTree(text, folded, diagnostics);
  let afterLastMarker = -1;
  forEachLine(folded, body.start, body.end, (line) => {
    const match = line.content < line.end ? matchMarker(folded, line.content) : null;
    if (match === null) return;
    tree.add(match, line);
    afterLastMarker = line.end;
  });
  if (afterLastMarker < 0) return { value: [], diagnostics };
  const closing = findClosing(folded, afterLastMarker, body.end, tree.openHeadings());
  tree.finish(trimBack(text, 0, closing));
  attachEnumerations(text, folded, tree.roots, diagnostics);
  const title = typeof context?.title === 'string' ? context.title : null;
  if (isInspectionReport(title, text.slice(body.start, body.end))) assignRoles(tree.roots, text);
  return { value: toOutlineNodes(text, tree.roots), diagnostics };
}

/** Keep the body inside the text whatever the caller passed; say so when it had to be moved. */
function clampBody(text: string, span: Span | undefined, diagnostics: Diagnostic[]): Span {
  const whole = (n: unknown, fallback: number): number => (typeof n === 'number' && Number.isFinite(n) ? Math.trunc(n) : fallback);
  const start = Math.min(Math.max(whole(span?.start, 0), 0), text.length);
  const end = Math.min(Math.max(whole(span?.end, text.length), start), text.length);
  if (start !== span?.start || end !== span?.end) {
    diagnostics.push(diagnostic('warning', 'outline/body-clamped', `body span moved into the text: ${start}–${end}`, { start, end }));
  }
  return { start, end };
}
