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

/**
 * The figures a rectification report states, or null for any other document:
 * the heaviest part of the stage, and one that needs neither the outline nor
 * the dates, so a batch can run it ahead on another worker (pipeline.ts).
 */
export function findReportFacts(text: string, context: Pick<InspectionContext, 'title' | 'body'>): Fact[] | null {
  return isRectificationReport(context.title, text.slice(context.body.start, context.body.end)) ? findFacts(text, context.body) : null;
}

/** Read a rectification report (its facts found here unless `found` has them) and check it against its outline; empty for any other document. */
export function inspectReport(text: string, context: InspectionContext, found?: Fact[] | null): InspectionResult {
  const facts = found === undefined ? findReportFacts(text, context) : found;
  if (facts === null) return { inspection: null, facts: [], checks: [], diagnostics: [] };
  const checks = checkReport(facts, context.outline);
  const diagnostics = checks.filter((c) => !c.ok).map((c) => diagnostic('warning', 'inspection/count-mismatch', c.message, c.spans[0] ?? null));
  return { inspection: readInspection(text, context), facts, checks, diagnostics };
}
