/**
 * The 落款: the issuing organ and the date that close the notice body,
 * either on two lines (organ, then date) or on one.
 */
import type { DateMention, Signature, Span } from '../schema/index.js';

/** How many non-empty lines at the end of the body may hold the signature. */
const SIGNATURE_LINES = 4;
const ORGAN_SUFFIX = /(?:委员会|人民政府|政府|办公室|办公厅|厅|局|委|部|院|会|中心|公司|集团|党组|组|处|所|站|队|社|馆|学校|大学|医院|银行|工委|街道|镇|乡|村|署|办)$/;
const ORGAN_MAX = 60;
const NOT_ORGAN = /[。，,；;：:！!？?]/;

interface BodyLine {
  start: number;
  end: number;
  content: string;
}

/**
 * Find the signature.
 * @param text - the document text
 * @param body - the notice body
 * @param dates - the dates stage's mentions, to read the signature date from
 */
export function findSignature(text: string, body: Span, dates: readonly DateMention[]): Signature | null {
  const lines = lastLines(text, body, SIGNATURE_LINES);
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const date = dates.find((d) => d.span.start >= line.start && d.span.end <= line.end);
    if (!date || !isOnlyDate(line, date)) continue;
    const before = text.slice(line.start, date.span.start).trim();
    if (isOrgan(before)) return { organization: before, date: dayValue(date), span: { start: line.start, end: date.span.end } };
    const organLine = lines[i - 1];
    const organization = organLine && isOrgan(organLine.content) ? organLine.content : null;
    return { organization, date: dayValue(date), span: { start: organLine && organization ? organLine.start : date.span.start, end: date.span.end } };
  }
  const last = lines.at(-1);
  if (last && isOrgan(last.content)) return { organization: last.content, date: null, span: { start: last.start, end: last.end } };
  return null;
}

/** The line holds the date and at most an organ before it. */
function isOnlyDate(line: BodyLine, date: DateMention): boolean {
  return date.span.end === line.end && date.precision !== 'year';
}

function isOrgan(content: string): boolean {
  return content.length >= 2 && content.length <= ORGAN_MAX && !NOT_ORGAN.test(content) && ORGAN_SUFFIX.test(content.replace(/\s+/g, ''));
}

/** A signature is dated to the day; a time, where one was written, is dropped. */
function dayValue(date: DateMention): string {
  return date.value.slice(0, 10);
}

function lastLines(text: string, body: Span, count: number): BodyLine[] {
  const lines: BodyLine[] = [];
  let end = body.end;
  while (lines.length < count && end > body.start) {
    const lineStart = Math.max(body.start, text.lastIndexOf('\n', end - 1) + 1);
    const raw = text.slice(lineStart, end);
    const content = raw.trim();
    if (content !== '') {
      const start = lineStart + (raw.length - raw.trimStart().length);
      lines.unshift({ start, end: start + content.length, content });
    }
    end = lineStart - 1;
  }
  return lines;
}
