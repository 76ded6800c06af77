/**
 * Every doubt becomes a diagnostic, never a silent guess: repairs and year
 * inference are info, ambiguity and window conflicts are warnings. Each
 * carries the mention's span and quotes its raw text.
 */
import type { Diagnostic } from '../../schema/index.js';
import { diagnostic } from '../../text/index.js';
import { keyToString, ROC_OFFSET, toIso } from '../calendar.js';
import type { Candidate, RefineContext, Refiner } from '../types.js';
import { isAmbiguous } from './score.js';

function windowText(ctx: RefineContext): string {
  const { lower, upper } = ctx.window;
  return `[${lower === null ? '…' : keyToString(lower)}, ${upper === null ? '…' : keyToString(upper)}]`;
}

function report(c: Candidate, ctx: RefineContext): Diagnostic[] {
  const best = c.readings[0];
  if (best === undefined) return [];
  const value = toIso(best, c.precision);
  const out: Diagnostic[] = [];
  if (c.repaired) {
    const lost = c.lost.length > 0 ? ` (${c.lost.join('/')} lost)` : '';
    out.push(diagnostic('info', 'date/repaired', `"${c.raw}" read as ${value}${lost}`, c.span));
  }
  if (c.yearInferred === 'range' && c.rangeStart !== null) {
    const msg = `"${c.raw}": year ${best.year} taken from the range start "${c.rangeStart.raw}"`;
    out.push(diagnostic('info', 'date/year-inferred', msg, c.span));
  }
  if (c.yearInferred === 'anchor' && c.anchor !== null) {
    const msg = `"${c.raw}": year and month taken from the preceding date "${c.anchor.raw}"`;
    out.push(diagnostic('info', 'date/year-inferred', msg, c.span));
  }
  if (c.tags.includes('rocYear') && best.year !== null) {
    const msg = `"${c.raw}": Republic-of-China year ${best.year - ROC_OFFSET} converted to ${best.year}`;
    out.push(diagnostic('info', 'date/roc-year', msg, c.span));
  }
  if (c.yearInferred === 'context') {
    const msg = `"${c.raw}": year ${best.year} inferred from the document window ${windowText(ctx)}`;
    out.push(diagnostic('info', 'date/year-inferred', msg, c.span));
  }
  if (isAmbiguous(c)) {
    const iso = (list: typeof c.readings): string[] => list.map((r) => toIso(r, c.precision));
    const others = [...iso(c.readings.slice(1)), ...iso(c.windowRejected)];
    const rejected = iso(c.windowRejected).join(', ');
    const why = c.tieBroken
      ? 'chose the reading nearest the preceding date'
      : `${rejected} falls outside the document window ${windowText(ctx)}`;
    const msg = `"${c.raw}" is ambiguous: read as ${value}, also possible ${others.join(', ')}; ${why}`;
    out.push(diagnostic('warning', 'date/ambiguous', msg, c.span));
  }
  if (c.outOfWindow) {
    const msg = `"${c.raw}" read as ${value}, which lies outside the document window ${windowText(ctx)}`;
    out.push(diagnostic('warning', 'date/out-of-window', msg, c.span));
  }
  return out;
}

export const reportDoubts: Refiner = (candidates, ctx) => {
  for (const c of candidates) for (const d of report(c, ctx)) ctx.diagnostics.push(d);
  return candidates;
};
