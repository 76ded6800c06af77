import type { Span } from '../schema/index.js';

export interface OutlineContext {
  /** Where the notice body lies in text (page chrome and title excluded); only search here. */
  body: Span;
  /** The notice title, used to decide whether this is an inspection/rectification report. */
  title: string | null;
}
