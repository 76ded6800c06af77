/** Helpers every parser uses to turn a regex match into a `Proposal`. */
import type { Precision } from '../../schema/index.js';
import type { Candidate, Reading, Tag } from '../types.js';

/** Shared tag lists: never mutated, and one array per mention adds up on huge inputs. */
export const EXPLICIT: Tag[] = ['explicit'];

/** Whitespace inside a date, never a line break; always bounded where used. */
export const SP = '[^\\S\\n]';

export interface ProposalFields {
  readings: Reading[];
  precision: Precision;
  tags: Tag[];
  baseConfidence: number;
  priority: number;
  repaired?: boolean;
  lost?: string[];
  /** Where the mention ends when not at the end of the match (a clock that was dropped). */
  end?: number | undefined;
}

/**
 * Spans come from the folded text, raw from the original: folding keeps offsets.
 * Built field by field, refiner fields initialised: object spread is slow in
 * V8 and a 10 MB input can carry a million mentions.
 */
export function propose(match: RegExpExecArray, text: string, fields: ProposalFields): Candidate {
  const start = match.index;
  const end = fields.end ?? start + match[0].length;
  return {
    span: { start, end },
    raw: text.slice(start, end),
    readings: fields.readings,
    precision: fields.precision,
    repaired: fields.repaired ?? false,
    lost: fields.lost ?? [],
    tags: fields.tags,
    baseConfidence: fields.baseConfidence,
    priority: fields.priority,
    rangeStart: null,
    anchor: null,
    yearInferred: 'no',
    windowRejected: [],
    outOfWindow: false,
    tieBroken: false,
  };
}

/** Optional numeric capture group. */
export function num(group: string | undefined): number | null {
  return group === undefined ? null : Number(group);
}

/** Escape a list of literal words into a regex alternation. */
export function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
