/**
 * `--explain-dates`: one row per date mention (raw, reading, why,
 * alternatives) for a person checking the dates stage's choices. The "why"
 * is what the stage said about that mention in its diagnostics.
 */
import type { Paint } from '../paint.js';
import type { DateMention, Notice } from '../../schema/index.js';
import { fitWidth } from './width.js';

const COLUMNS = { raw: 18, reading: 26, confidence: 5 } as const;

export function renderDateTable(notice: Notice, paint: Paint): string {
  const header = `${fitWidth('raw', COLUMNS.raw)} ${fitWidth('reading', COLUMNS.reading)} ${fitWidth('conf', COLUMNS.confidence)} why · alternatives`;
  const rows = notice.dates.map((date) => {
    const reading = date.rangeStart === undefined ? date.value : `${date.value} (range from #${date.rangeStart})`;
    const colour = date.ambiguous ? paint.yellow : date.repaired || date.yearInferred ? paint.cyan : (s: string) => s;
    const alternatives = date.alternatives.length > 0 ? paint.yellow(` · also ${date.alternatives.join(', ')}`) : '';
    return `${colour(fitWidth(date.raw, COLUMNS.raw))} ${fitWidth(reading, COLUMNS.reading)} ${fitWidth(date.confidence.toFixed(2), COLUMNS.confidence)} ${why(notice, date)}${alternatives}`;
  });
  const title = `dates in ${notice.input.path ?? '<stdin>'}: ${notice.dates.length}`;
  return [paint.bold(title), paint.dim(header), ...rows].join('\n') + '\n';
}

function why(notice: Notice, date: DateMention): string {
  const said = notice.diagnostics.filter((d) => d.code.startsWith('date/') && d.span?.start === date.span.start && d.span.end === date.span.end);
  return said.length > 0 ? said.map((d) => stripQuote(d.message, date.raw)).join('; ') : 'written in full';
}

/** The diagnostic quotes the raw text, which the table already shows in its first column. */
function stripQuote(message: string, raw: string): string {
  const quoted = `"${raw}"`;
  return message.startsWith(quoted) ? message.slice(quoted.length).replace(/^:?\s*/, '') : message;
}
