/** A line of `text` with its offsets; `content` is trimmed, `start`/`end` bound the trimmed content. */
export interface Line {
  index: number;
  start: number;
  end: number;
  content: string;
}

/** Split on LF, keeping offsets into the original text. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    const lead = raw.length - raw.trimStart().length;
    const content = raw.trim();
    const start = lineStart + lead;
    lines.push({ index: lines.length, start, end: start + content.length, content });
    lineStart = lineEnd + 1;
  }
  return lines;
}
