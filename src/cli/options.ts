/** The CLI's options, declared once: commander builds --help and parses from this. */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './exit.js';
import { EXAMPLES } from './help.js';
import type { MainParams } from './main.js';
import type { Paint } from './paint.js';
import { DEFAULT_EXTENSIONS } from './plain-call.js';
import { OUTPUT_FORMATS, type OutputFormat } from './render/formats.js';
import { VERSION } from './version.js';

export interface CliOptions {
  pretty?: boolean;
  schema?: boolean;
  output?: string;
  encoding?: string;
  inputFormat?: 'text' | 'html';
  format: OutputFormat;
  explainDates?: boolean;
  outDir?: string;
  jsonl?: boolean;
  filesFrom?: string;
  ext: string[];
  jobs?: number;
  quiet?: boolean;
  report?: string;
  skipExisting?: boolean;
  timings?: boolean;
}

export function buildProgram(params: MainParams, paint: Paint): Command {
  // A new Command per call: no state leaks between runs in one process.
  return new Command('notice-parse')
    .description('Turn Chinese government notices (HTML or text; UTF-8, GBK/GB18030, Big5) into structured JSON.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'notice files, folders (searched recursively) or globs; - reads one notice from stdin')
    .addOption(new Option('--format <format>', 'json; text: the text with repaired dates in full; tree: an outline for people; csv: a row per outline node; summary: an inspection report\'s facts and checks').choices(OUTPUT_FORMATS).default('json'))
    .option('--pretty', 'indent the JSON (one input, or the files under --out-dir)')
    .option('-o, --output <file>', 'write the result to FILE (atomically) instead of stdout (one input)')
    .option('--explain-dates', 'print how each date was read, and why, on stderr (one input)')
    .option('--timings', 'print the milliseconds each stage took on stderr (one input)')
    .option('--out-dir <dir>', 'batch: write one NAME.json per input under DIR, mirroring the input tree (- for stdout)')
    .option('--jsonl', 'batch: print one compact JSON line per input on stdout, in input order')
    .option('--files-from <file>', 'batch: read the list of inputs from FILE, one per line (- for stdin)')
    .option('--ext <list>', 'batch: the extensions looked for in folders', parseExtensions, [...DEFAULT_EXTENSIONS])
    .option('--jobs <n>', 'batch: worker threads (default: the number of cores)', parsePositive)
    .option('--skip-existing', 'batch: leave inputs whose output already exists (resume an interrupted run)')
    .option('--report <file>', 'batch: write a JSON report of the run, every failure with its reason')
    .option('-q, --quiet', 'batch: no progress bar or summary; errors are still printed')
    .option('--encoding <label>', 'decode as LABEL instead of detecting it (gbk, big5, utf-16le…)')
    .addOption(new Option('--input-format <format>', 'read the input as text or html instead of guessing').choices(['text', 'html']))
    .option('--schema', 'print the output contract as JSON Schema and exit')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => params.stdout.write(text),
      writeErr: (text) => params.stderr.write(text),
      outputError: (text, write) => write(`${paint.red('notice-parse:')} ${text.replace(/^error: /, '')}`),
    });
}

/** The options and inputs commander reads from the arguments, or the exit code when it has answered (--help) or refused them. */
export function parseArguments(params: MainParams, paint: Paint): { options: CliOptions; args: string[] } | number {
  const program = buildProgram(params, paint);
  try {
    program.parse([...params.argv], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
  return { options: program.opts<CliOptions>(), args: program.args };
}

/** `html, .HTM,txt` → html, htm, txt; none at all would find nothing in any folder, so it is refused. */
function parseExtensions(value: string): string[] {
  const extensions = value.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
  if (extensions.length === 0) throw new InvalidArgumentError('a comma-separated list such as html,txt');
  return extensions;
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}
