/**
 * The command line, as a function: `main(params) → exit code`. Everything it
 * touches (arguments, streams, the working directory, colour, the machine's
 * thread count) comes in through `params`, so tests run it in-process;
 * bin/notice-parse.js is the only place that knows about `process`.
 */
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { isKnownEncoding } from '../decode/index.js';
import { hasGlob } from './batch/glob.js';
import type { WorkerSetup } from './batch/serve.js';
import { EXIT } from './exit.js';
import { InputError, oneLineMessage, problemLine, readInput } from './io.js';
import type { CliOptions } from './options.js';
import { plainFileCall } from './plain-call.js';
import { paintFor, type ColorLevel, type Paint } from './paint.js';
import { runSingle } from './single.js';

export interface Writer {
  /**
   * `done`, when given, must be called once the chunk is written or copied:
   * a batch lends bytes that a worker thread reuses after (batch/ring.ts).
   */
  write(chunk: string | Uint8Array, done?: () => void): unknown;
}

export interface MainParams {
  /** The user's arguments, without `node` and the script. */
  argv: readonly string[];
  cwd: string;
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: Writer;
  stderr: Writer;
  /** chalk colour level for stderr: 0 none … 3 truecolor. */
  colorLevel: ColorLevel;
  /** chalk colour level for stdout (for --format tree); 0 when absent. */
  stdoutColorLevel?: ColorLevel;
  /** Whether stderr is a terminal (a progress bar) or not (a summary line). */
  stderrIsTTY?: boolean;
  /** Whether stdout is a terminal: results printed there would be glued to a progress bar on the same screen. */
  stdoutIsTTY?: boolean;
  /** The machine's cores: the default for --jobs, and whether a pool takes every one. */
  cpus?: number;
  /** Registers what to do on the first Ctrl-C or kill (a batch under --out-dir stops cleanly); absent, signals keep their defaults. */
  onInterrupt?: (stop: (signal: NodeJS.Signals) => void) => void;
}

export { EXIT } from './exit.js';
/** For bin/notice-parse.js, which says in one line why stdout took no more. */
export { describeFsError } from './io.js';

/**
 * A batch worker thread's loop, for the bundle's worker entry (bin/worker.js),
 * which loads this bundle with its code cache and calls it. Loaded on first
 * use, as the rest of the batch code is: a single file's run never sets it up.
 */
export async function serveWorker(setup: WorkerSetup): Promise<void> {
  (await import('./batch/serve.js')).serveWorker(setup);
}

export async function main(params: MainParams): Promise<number> {
  const paint = await paintFor(params.colorLevel);
  const usage = (message: string) => {
    params.stderr.write(`${paint.red('notice-parse:')} ${message} (see --help)\n`);
    return EXIT.usage;
  };
  // Any other call loads the option parser (commander) here.
  const call = plainFileCall(params.argv) ?? (await import('./options.js')).parseArguments(params, paint);
  if (typeof call === 'number') return call;
  const { options, args } = call;
  if (options.schema) {
    // Loaded here: building the zod schema is start-up time that a parse does not need.
    const { noticeJsonSchema } = await import('../schema/json-schema.js');
    params.stdout.write(`${JSON.stringify(noticeJsonSchema(), null, 2)}\n`);
    return EXIT.ok;
  }
  if (options.encoding !== undefined && !isKnownEncoding(options.encoding)) {
    return usage(`unknown encoding "${options.encoding}" (try utf-8, gb18030, gbk, big5, utf-16le)`);
  }
  const inputs = [...args];
  if (options.filesFrom !== undefined) {
    try {
      inputs.push(...(await readList(options.filesFrom, params)));
    } catch (error) {
      const [where, message] = error instanceof InputError ? [error.where, error.message] : [options.filesFrom, oneLineMessage(error)];
      params.stderr.write(problemLine(paint.red('notice-parse:'), where, message));
      return EXIT.failed;
    }
  }
  // An empty list is a batch of nothing, not a mistake: a map step is handed empty partitions.
  if (inputs.length === 0 && options.filesFrom === undefined) return usage('missing input: give a file, a folder, or - to read stdin');
  // --report asks for what only a batch writes; for one input, a batch prints the same line as a single run would.
  const asksForBatch = options.outDir !== undefined || options.jsonl === true || options.filesFrom !== undefined || options.report !== undefined;
  const batch = asksForBatch || inputs.length > 1 || namesMany(inputs[0]!, params.cwd);
  if (!batch) return runSingle(inputs[0]!, options, params, paint);
  if (inputs.includes('-')) return usage('- (stdin) reads one notice; it cannot be part of a batch');
  if (options.output !== undefined) return usage('--output writes one result; in a batch (several inputs, a folder, --report…) use --out-dir');
  if (options.explainDates || options.timings) return usage('--explain-dates and --timings look at one file at a time');
  const outDir = options.outDir === undefined || options.outDir === '-' ? null : options.outDir;
  if (outDir !== null && options.format !== 'json') return usage('--out-dir writes JSON files; --format applies to stdout');
  if ((options.jsonl || options.outDir === '-') && options.format !== 'json') return usage(`--jsonl prints JSON lines; --format ${options.format} is another format: give one of the two`);
  if (outDir === null && options.pretty) return usage('--pretty indents one result; a batch on stdout prints one line per input (with --out-dir, each file is indented)');
  if (outDir === null && options.skipExisting) return usage('--skip-existing looks for results under --out-dir; on stdout there are none to skip');
  const jobs = options.jobs ?? params.cpus ?? 1;
  // Loaded here: a single file's start-up need not run the batch code, nor load
  // the fs/promises and worker_threads modules it uses.
  const { runBatch } = await import('./batch/index.js');
  return runBatch(
    {
      inputs,
      outDir,
      format: options.format,
      pretty: options.pretty === true,
      extensions: options.ext,
      jobs,
      // Unknown, the pool never takes every core for busy.
      cores: params.cpus ?? Number.POSITIVE_INFINITY,
      progress: options.quiet ? 'quiet' : params.stderrIsTTY && !(outDir === null && params.stdoutIsTTY) ? 'bar' : 'summary',
      reportPath: options.report ?? null,
      skipExisting: options.skipExisting === true,
      encoding: options.encoding,
      inputFormat: options.inputFormat,
      stdoutColorLevel: params.stdoutColorLevel ?? 0,
    },
    { cwd: params.cwd, stdout: params.stdout, stderr: params.stderr, paint, onInterrupt: params.onInterrupt },
  );
}

/** The inputs listed one per line in a file, or on stdin for `-`. */
async function readList(from: string, params: MainParams): Promise<string[]> {
  const bytes = await readInput(from, params.cwd, params.stdin);
  return Buffer.from(bytes)
    .toString('utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A folder, or a glob that is not itself a file's name: a batch, even as the only argument. */
function namesMany(path: string, cwd: string): boolean {
  if (path === '-') return false;
  try {
    return statSync(resolve(cwd, path)).isDirectory();
  } catch {
    return hasGlob(path);
  }
}
