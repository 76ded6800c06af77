/**
 * The outline stage, in order: decide the gated marker families, read the
 * layout (page furniture, hard wrapping), find section markers at the starts
 * of logical lines outside attachment lists, skip a table of contents, nest
 * them, stop before the closing matter, attach inline enumerations, assign
 * roles, then slice strings.
 */
import type { Diagnostic, OutlineNode, Span } from '../schema/index.js';
import { diagnostic, foldedText, isRectificationReport } from '../text/index.js';
import type { StageResult } from '../text/index.js';
import { AttachmentLists } from './attachments.js';
import { findClosing } from './closing.js';
import type { MarkerLine } from './contents.js';
import { skipContents } from './contents.js';
import type { OutlineContext } from './context.js';
import { attachEnumerations } from './enumerations.js';
import { toOutlineNodes } from './finalize.js';
import { openGates } from './gates.js';
import { analyzeLayout, isPassive, paragraphEnd } from './layout.js';
import { forEachLine, trimBack } from './lines.js';
import { matchMarker } from './markers.js';
import { assignRoles } from './roles.js';
import { SectionTree } from './tree.js';

export function segment(text: string, context: OutlineContext): StageResult<OutlineNode[]> {
  const diagnostics: Diagnostic[] = [];
  const body = clampBody(text, context?.body, diagnostics);
  const folded = foldedText(text);
  const title = typeof context?.title === 'string' ? context.title : null;
  const open = openGates(folded, body.start, body.end);
  const layout = analyzeLayout(folded, body.start, body.end, title, open);
  const passive = (lineStart: number): boolean => isPassive(layout, lineStart);
  const attachments = new AttachmentLists();
  const markerLines: MarkerLine[] = [];
  let afterProse = false;
  forEachLine(folded, body.start, body.end, (line) => {
    // Blank, furniture and wrapped continuation lines start nothing and do not end an attachment list.
    if (line.content === line.end || passive(line.start)) return;
    const match = matchMarker(folded, line.content, open);
    if (attachments.holds(folded, line, match) || match === null) {
      afterProse = true;
      return;
    }
    markerLines.push({ match, line: { ...line }, continued: paragraphEnd(layout, folded, line.start, body.end) > line.end, afterProse });
    afterProse = false;
  });
  const tree = new SectionTree(text, folded, diagnostics);
  const sections = skipContents(folded, markerLines, diagnostics);
  for (const { match, line, continued } of sections) tree.add(match, line, continued);
  const afterLastMarker = sections.at(-1)?.line.end;
  if (afterLastMarker === undefined) return { value: [], diagnostics };
  const closing = findClosing(folded, afterLastMarker, body.end, tree.openHeadings(), passive);
  tree.finish(trimBack(text, 0, closing));
  attachEnumerations(text, folded, layout, tree.roots, diagnostics);
  if (isRectificationReport(title, text.slice(body.start, body.end))) assignRoles(tree.roots, text);
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
