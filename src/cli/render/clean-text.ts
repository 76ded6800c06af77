/**
 * `--format text`: the document text with every repaired date written out in
 * full (2024325日 → 2024年3月25日), for people who want clean text, not JSON.
 */
import type { DateMention, Notice } from '../../schema/index.js';

export function renderCleanText(notice: Notice): string {
  let out = '';
  let at = 0;
  for (const date of notice.dates) {
    if (!date.repaired || date.span.start < at) continue;
    out += notice.text.slice(at, date.span.start) + writtenInFull(date);
    at = date.span.end;
  }
  out += notice.text.slice(at);
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** A date in the standard written form at its precision: 2024年3月25日, 2024年8月, 2024年. */
export function writtenInFull(date: DateMention): string {
  const [year, month, day] = date.value.slice(0, 10).split('-').map(Number);
  let written = `${year}年`;
  if (month !== undefined) written += `${month}月`;
  if (day !== undefined) written += `${day}日`;
  const time = /T(\d{2}):(\d{2})(?::(\d{2}))?/.exec(date.value);
  if (time) written += ` ${time[1]}:${time[2]}${date.precision === 'second' ? `:${time[3]}` : ''}`;
  return written;
}
