/**
 * The dates stage: every date mention in a notice, in text order.
 * Parsers (parsers/) propose candidates with all valid readings; refiners
 * (refiners/) link ranges, infer years and choose readings; every doubt is
 * reported as a diagnostic. All matching runs on the width-folded text, whose
 * offsets equal the original's, so spans and raw come from `text` unchanged.
 */
import type { DateMention } from '../schema/index.js';
import { diagnostic, foldedText, type StageResult } from '../text/index.js';
import { toMentions } from './mention.js';
import { runParsers } from './parsers/index.js';
import { refine } from './refiners/index.js';
import type { RefineContext } from './types.js';

export interface DateContext {
  /** ISO publication date from page metadata, or null. Upper bound of the document's time window. */
  publishedAt: string | null;
  /** The encoding the bytes were decoded as (e.g. 'big5'); a hint for Republic-of-China years. Optional. */
  encoding?: string | undefined;
  /** The notice's title: whether it announces (通知, 安排) or reports (通报, 整改) sets how far past publication dates may fall. */
  title?: string | null | undefined;
}

export function findDates(text: string, context: DateContext): StageResult<DateMention[]> {
  const ctx: RefineContext = {
    text,
    folded: foldedText(text),
    publishedAt: context.publishedAt,
    encoding: context.encoding?.toLowerCase() ?? null,
    title: context.title ?? null,
    window: { lower: null, upper: null, lowerAfter: null },
    diagnostics: [],
  };
  try {
    const mentions = toMentions(refine(runParsers(text, ctx.folded), ctx));
    const diagnostics = ctx.diagnostics.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
    return { value: mentions, diagnostics };
  } catch (err) {
    // A bug here must not take down the whole notice: report it and yield no dates.
    const message = `date extraction failed: ${err instanceof Error ? err.message : String(err)}`;
    return { value: [], diagnostics: [diagnostic('error', 'date/internal', message)] };
  }
}
