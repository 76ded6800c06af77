import type { Span } from '../schema/index.js';

/** A non-blank line of the body; `start`/`end` bound its trimmed content. */
export interface BodyLine {
  start: number;
  end: number;
  content: string;
}

/** The body's non-blank lines, trimmed, with offsets into the text. */
export function bodyLines(text: string, body: Span): BodyLine[] {
  const lines: BodyLine[] = [];
  let lineStart = body.start;
  while (lineStart < body.end) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 || newline > body.end ? body.end : newline;
    const raw = text.slice(lineStart, lineEnd);
    const content = raw.trim();
    if (content !== '') {
      const start = lineStart + (raw.length - raw.trimStart().length);
      lines.push({ start, end: start + content.length, content });
    }
    lineStart = lineEnd + 1;
  }
  return lines;
}
