/**
 * `--format summary`: a short report for a person: the title, who inspected
 * whom and when, the figures the report states, and its checks with ✓/✗.
 */
import type { Paint } from '../paint.js';
import type { Notice } from '../../schema/index.js';

export function renderSummary(notice: Notice, paint: Paint): string {
  const lines = [paint.bold(notice.title ?? '(no title)'), paint.dim(`${notice.input.path ?? '<stdin>'} · published ${notice.meta.publishedAt ?? 'unknown'}`)];
  const i = notice.inspection;
  if (!i) return `${[...lines, '  not an inspection rectification report'].join('\n')}\n`;
  const field = (label: string, value: string | null | undefined) => (value ? lines.push(`  ${label.padEnd(10)}${value}`) : undefined);
  field('round', [i.round?.value, i.team?.value].filter(Boolean).join(' '));
  field('kind', i.kind ? `${i.kind.mode ?? ''}${i.kind.value}` : null);
  field('subject', i.subject?.value);
  field('inspected', i.inspected?.value);
  field('period', i.period ? `${i.period.start} – ${i.period.end}` : null);
  field('feedback', i.feedbackDate?.value);
  if (notice.facts.length > 0) lines.push(`  facts     ${notice.facts.map((f) => `${f.raw}`).join('  ')}`);
  for (const check of notice.checks) lines.push(`  ${check.ok ? paint.green('✓') : paint.red('✗')} ${check.message}`);
  return `${lines.join('\n')}\n`;
}
