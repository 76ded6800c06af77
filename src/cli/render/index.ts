/**
 * What the CLI prints for one notice, by --format. Each renderer is a pure
 * function of the notice; colour comes in as a Paint (../paint.ts).
 */
import type { Paint } from '../paint.js';
import type { Notice } from '../../schema/index.js';
import { renderCleanText } from './clean-text.js';
import { csvHeader, renderCsvRows } from './csv.js';
import { renderSummary } from './summary.js';
import { renderTree } from './tree.js';
import type { OutputFormat } from './formats.js';

export { OUTPUT_FORMATS, type OutputFormat } from './formats.js';

export interface RenderOptions {
  format: OutputFormat;
  pretty: boolean;
  paint: Paint;
}

/** The notice as the format prints it, ending in a newline. */
export function renderNotice(notice: Notice, options: RenderOptions): string {
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(notice, null, options.pretty ? 2 : undefined)}\n`;
    case 'text':
      return renderCleanText(notice);
    case 'tree':
      return renderTree(notice, options.paint);
    case 'csv':
      return renderCsvRows(notice);
    case 'summary':
      return renderSummary(notice, options.paint);
  }
}

/** What a format prints once before the first notice (the CSV header), or ''. */
export function renderPreamble(format: OutputFormat): string {
  return format === 'csv' ? csvHeader() : '';
}
