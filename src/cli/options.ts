/** The CLI's options, declared once: commander builds --help and parses from this. */
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXAMPLES } from './help.js';
import type { MainParams } from './main.js';
import type { Paint } from './paint.js';
import { OUTPUT_FORMATS, type OutputFormat } from './render/index.js';
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

const DEFAULT_EXTENSIONS = ['html', 'htm', 'shtml', 'txt'];

/**
 * `notice-parse FILE`, the call scripts make most, read without building the
 * option parser (commander's set-up is a few ms of a ~170 ms start): one
 * argument that is not an option gives what commander gives for it, the
 * defaults (test/cli/options.test.ts holds the two equal). null otherwise.
 */
export function plainFileCall(argv: readonly string[]): { options: CliOptions; args: string[] } | null {
  const [only] = argv;
  if (argv.length !== 1 || only === undefined || only.startsWith('-')) return null;
  return { options: { format: 'json', ext: [...DEFAULT_EXTENSIONS] }, args: [only] };
}

export function buildProgram(params: MainParams, paint: Paint): Command {
  // A new Command per call: no state leaks between runs in one process.
  return new Command('notice-parse')
    .description('Turn Chinese government notices (HTML or text; UTF-8, GBK/GB18030, Big5) into structured JSON.')
    .version(VERSION, '-V, --version')
    .argument('[inputs...]', 'notice files, folders (searched recursively) or globs; - reads one notice from stdin')
    .addOption(new Option('--format <format>', 'json; text: the text with repaired dates in full; tree: an outline for people; csv: a row per outline node; summary: an inspection report\'s facts and checks').choices(OUTPUT_FORMATS).default('json'))
    .option('--pretty', 'indent the JSON (one input)')
    .option('-o, --output <file>', 'write the result to FILE (atomically) instead of stdout (one input)')
    .option('--explain-dates', 'print how each date was read, and why, on stderr (one input)')
    .option('--timings', 'print the milliseconds each stage took on stderr (one input)')
    .option('--out-dir <dir>', 'batch: write one NAME.json per input under DIR, mirroring the input tree (- for stdout)')
    .option('--jsonl', 'batch: print one compact JSON line per input on stdout, in input order')
    .option('--files-from <file>', 'batch: read the list of inputs from FILE, one per line (- for stdin)')
    .option('--ext <list>', 'batch: the extensions looked for in folders', (value: string) => value.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean), DEFAULT_EXTENSIONS)
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

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number of at least 1');
  return n;
}
