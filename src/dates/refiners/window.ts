/**
 * The document's time window, used to choose among readings and years.
 * Upper bound: publishedAt, else the latest explicit full date in the text.
 * A report of work done cannot mention later dates, but a notice that
 * announces (通知, 公告, 放假安排…) names holidays, deadlines and meetings to
 * come: there the bound is a year after publication. Which kind a document is
 * shows in its title (or, without one, the text's first line).
 * Lower bound (rectification reports only, text contains 整改): the date the
 * inspection team gave its feedback, i.e. the last date before 反馈 in the
 * first sentence naming 巡察组/巡视组 … 反馈. Work reported afterwards cannot
 * predate it; the inspection period written before it is not constrained.
 */
import { feedbackClauses } from '../../text/index.js';
import { periodOf, periodOfIso } from '../calendar.js';
import type { Candidate, Refiner, Window } from '../types.js';

const RECTIFICATION = '整改';
/** One year, in the yyyymmdd numbers that periods are compared as. */
const ONE_YEAR = 10_000;
const ANNOUNCES = /通知|公告|通告|安排|预告|邀请|征集|报名|须知/;
const REPORTS = /整改|通报|报告|总结|情况|公报/;
function announces(title: string | null, folded: string): boolean {
  const heading = title ?? folded.trimStart().split('\n', 1)[0] ?? '';
  return ANNOUNCES.test(heading) && !REPORTS.test(heading) && !folded.includes(RECTIFICATION);
}

function isFullDate(c: Candidate): boolean {
  const r = c.readings[0];
  return c.precision !== 'year' && c.precision !== 'month' && r !== undefined && r.written.year && r.year !== null;
}

function upperBound(candidates: Candidate[], publishedAt: string | null): number | null {
  const published = publishedAt === null ? null : periodOfIso(publishedAt);
  if (published !== null) return published[1];
  let latest: number | null = null;
  for (const c of candidates) {
    const p = c.tags.includes('explicit') && isFullDate(c) && c.readings[0] ? periodOf(c.readings[0]) : null;
    if (p !== null && (latest === null || p[1] > latest)) latest = p[1];
  }
  return latest;
}

/** The feedback-date mention: the last full date in the first feedback clause that has one. */
function feedbackMention(candidates: Candidate[], folded: string): Candidate | null {
  if (!folded.includes(RECTIFICATION)) return null;
  let next = 0;
  for (const clause of feedbackClauses(folded)) {
    // Candidates are in text order, and clauses do not overlap: one pass over both.
    while (next < candidates.length && candidates[next]!.span.start < clause.start) next++;
    let found: Candidate | null = null;
    for (let i = next; i < candidates.length && candidates[i]!.span.start < clause.end; i++) {
      const c = candidates[i]!;
      if (c.span.end <= clause.end && isFullDate(c)) found = c;
    }
    if (found !== null) return found;
  }
  return null;
}

export const computeWindow: Refiner = (candidates, ctx) => {
  const published = upperBound(candidates, ctx.publishedAt);
  const upper = published !== null && announces(ctx.title, ctx.folded) ? published + ONE_YEAR : published;
  const feedback = feedbackMention(candidates, ctx.folded);
  const first = feedback?.readings.find((r) => {
    const p = periodOf(r);
    return p !== null && (upper === null || p[0] <= upper);
  });
  const lowerPeriod = first === undefined ? null : periodOf(first);
  const window: Window = { upper, lower: lowerPeriod?.[0] ?? null, lowerAfter: lowerPeriod ? feedback ?? null : null };
  ctx.window = window;
  return candidates;
};
