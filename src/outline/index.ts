/** The outline stage: the numbered hierarchy of a notice body (see ../../shared/spec/OUTPUT.md, Outline node). */
import type { OutlineNode } from '../schema/index.js';
import { diagnostic } from '../text/index.js';
import type { StageResult } from '../text/index.js';
import type { OutlineContext } from './context.js';
import { segment } from './segment.js';

export type { OutlineContext } from './context.js';

/** Segment the body of `text` into outline nodes. Never throws: a failure is an empty outline and an error diagnostic. */
export function segmentOutline(text: string, context: OutlineContext): StageResult<OutlineNode[]> {
  try {
    return segment(typeof text === 'string' ? text : '', context);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { value: [], diagnostics: [diagnostic('error', 'outline/internal-error', `outline stage failed: ${reason}`)] };
  }
}
