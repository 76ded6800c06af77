/**
 * The command line, as a function: `main(params) → exit code`. Everything it
 * touches (arguments, streams, the working directory, colour) comes in
 * through `params`, so tests run it in-process; bin/notice-parse.js is the
 * only place that knows about `process`.
 */
import { resolve } from 'node:path';
import { Chalk, type ChalkInstance } from 'chalk';
import { Command, CommanderError, Option } from 'commander';
import { isKnownEncoding } from '../decode/index.js';
import { noticeJsonSchema, parseNotice } from '../index.js';
import { EXAMPLES } from './help.js';
import { InputError, readInput, writeAtomically } from './io.js';
import { renderCleanText } from './render/clean-text.js';
import { renderDateTable } from './render/explain-dates.js';
import { VERSION } from './version.js';

export interface Writer {
  write(chunk: string): unknown;
}

export interface MainParams {
  /** The user's arguments, without `node` and the script. */
  argv: readonly string[];
  cwd: string;
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Writer;
  stderr: Writer;
  /** chalk colour level for stderr: 0 none … 3 truecolor. */
  colorLevel: 0 | 1 | 2 | 3;
}

interface CliOptions {
  pretty?: boolean;
  schema?: boolean;
  output?: string;
  encoding?: string;
  inputFormat?: 'text' | 'html';
  format: OutputFormat;
  explainDates?: boolean;
}

const OUTPUT_FORMATS = ['json', 'text'] as const;
type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

export async function main(params: MainParams): Promise<number> {
  const chalk = new Chalk({ level: params.colorLevel });
  const fail = (where: string, message: string) => params.stderr.write(`${chalk.red('notice-parse:')} ${where}: ${message}\n`);
  const program = buildProgram(params, chalk);
  try {
    program.parse([...params.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  const options = program.opts<CliOptions>();
  const input = program.args[0];
  if (options.schema) {
    params.stdout.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (input === undefined) {
    params.stderr.write(`${chalk.red('notice-parse:')} missing input: give a file, or - to read stdin (see --help)\n`);
    return EXIT.usage;
  }
  if (options.encoding !== undefined && !isKnownEncoding(options.encoding)) {
    params.stderr.write(`${chalk.red('notice-parse:')} unknown encoding "${options.encoding}" (try utf-8, gb18030, gbk, big5, utf-16le)\n`);
    return EXIT.usage;
  }
  const where = input === '-' ? '<stdin>' : input;
  try {
    if (options.output !== undefined && input !== '-' && resolve(params.cwd, options.output) === resolve(params.cwd, input)) {
      throw new InputError(options.output, 'refusing to overwrite the input file with its own output');
    }
    const bytes = await readInput(input, params.cwd, params.stdin);
    const notice = parseNotice(bytes, { path: input === '-' ? null : input, encoding: options.encoding, format: options.inputFormat });
    const rendered = options.format === 'text' ? renderCleanText(notice) : `${JSON.stringify(notice, null, options.pretty ? 2 : undefined)}\n`;
    if (options.explainDates) params.stderr.write(renderDateTable(notice, chalk));
    if (options.output === undefined) params.stdout.write(rendered);
    else await writeAtomically(resolve(params.cwd, options.output), rendered);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof InputError) fail(error.where, error.message);
    else fail(where, oneLine(error));
    return EXIT.failed;
  }
}

function buildProgram(params: MainParams, chalk: ChalkInstance): Command {
  // A new Command per call: no state leaks between runs in one process.
  return new Command('notice-parse')
    .description('Turn a Chinese government notice (HTML or text; UTF-8, GBK/GB18030, Big5) into structured JSON.')
    .version(VERSION, '-V, --version')
    .argument('[input]', 'the notice file (HTML or text), or - to read stdin')
    .addOption(new Option('--format <format>', 'json, or text: the document text with repaired dates written in full').choices(OUTPUT_FORMATS).default('json'))
    .option('--pretty', 'indent the JSON for reading')
    .option('--explain-dates', 'print a table of every date, how it was read and why, on stderr')
    .option('-o, --output <file>', 'write the JSON to FILE (atomically) instead of stdout')
    .option('--encoding <label>', 'decode the input as LABEL instead of detecting it (gbk, big5, utf-16le…)')
    .addOption(new Option('--input-format <format>', 'read the input as text or html instead of guessing').choices(['text', 'html']))
    .option('--schema', 'print the output contract as JSON Schema and exit')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      outputError: (text, write) => write(`${chalk.red('notice-parse:')} ${text.replace(/^error: /, '')}`),
    });
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s*\n\s*/g, ' ');
}
