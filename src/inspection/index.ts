/**
 * Stage: inspection rectification reports as data. Who inspected whom and
 * when, the figures the report states, and the report checked against its
 * own outline. Nothing for documents that are no such report.
 */
import type { Check, DateMention, Diagnostic, Fact, Inspection, OutlineNode, Span } from '../schema/index.js';
import { diagnostic, isRectificationReport } from '../text/index.js';
import { checkReport } from './checks.js';
import { findFacts } from './facts.js';
import { readInspection } from './header.js';

export interface InspectionContext {
  title: string | null;
  titleSpan: Span | null;
  body: Span;
  dates: readonly DateMention[];
  outline: readonly OutlineNode[];
}

export interface InspectionResult {
  inspection: Inspection | null;
  facts: Fact[];
  checks: Check[];
  diagnostics: Diagnostic[];
}

/** Read a rectification report; empty for any other document. */
export function inspectReport(text: string, context: InspectionContext): InspectionResult {
  if (!isRectificationReport(context.title, text.slice(context.body.start, context.body.end))) return { inspection: null, facts: [], checks: [], diagnostics: [] };
  const facts = findFacts(text, context.body);
  const checks = checkReport(facts, context.outline);
  const diagnostics = checks.filter((c) => !c.ok).map((c) => diagnostic('warning', 'inspection/count-mismatch', c.message, c.spans[0] ?? null));
  return { inspection: readInspection(text, context), facts, checks, diagnostics };
}
