/** One input: the result to stdout (or --output), errors as one line naming the file. */
import { resolve } from 'node:path';
import { noticeFailure, parseNotice } from '../parse.js';
import { InputError, oneLineMessage, problemLine, readInput, wouldReplace, writeAtomically } from './io.js';
import { EXIT } from './exit.js';
import type { MainParams } from './main.js';
import type { CliOptions } from './options.js';
import { paintFor, type Paint } from './paint.js';
import { renderDateTable } from './render/explain-dates.js';
import { renderNotice } from './render/index.js';

export async function runSingle(input: string, options: CliOptions, params: MainParams, paint: Paint): Promise<number> {
  const where = input === '-' ? '<stdin>' : input;
  try {
    if (options.output !== undefined && input !== '-' && wouldReplace(resolve(params.cwd, options.output), resolve(params.cwd, input))) {
      throw new InputError(options.output, 'refusing to overwrite the input file with its own output');
    }
    const bytes = await readInput(input, params.cwd, params.stdin);
    const timings: Array<[string, number]> = [];
    const onStage = options.timings ? (stage: string, ms: number) => timings.push([stage, ms]) : undefined;
    const notice = parseNotice(bytes, { path: input === '-' ? null : input, encoding: options.encoding, format: options.inputFormat, onStage });
    if (options.timings) params.stderr.write(renderTimings(timings));
    const failure = noticeFailure(notice);
    if (failure) throw new InputError(where, failure.message);
    const stdoutPaint = await paintFor(params.stdoutColorLevel ?? 0);
    const rendered = renderNotice(notice, { format: options.format, pretty: options.pretty === true, paint: stdoutPaint });
    if (options.explainDates) params.stderr.write(renderDateTable(notice, paint));
    if (options.output === undefined) params.stdout.write(rendered);
    else writeAtomically(resolve(params.cwd, options.output), rendered);
    return EXIT.ok;
  } catch (error) {
    const [place, message] = error instanceof InputError ? [error.where, error.message] : [where, oneLineMessage(error)];
    params.stderr.write(problemLine(paint.red('notice-parse:'), place, message));
    return EXIT.failed;
  }
}

function renderTimings(timings: ReadonlyArray<[string, number]>): string {
  const total = timings.reduce((sum, [, ms]) => sum + ms, 0);
  return [...timings, ['total', total] as const].map(([stage, ms]) => `${stage.padEnd(12)}${ms.toFixed(2).padStart(9)} ms\n`).join('');
}
