/**
 * Batch mode: many inputs, parsed on worker threads, each result written to
 * its own file under --out-dir (atomically, so an interrupted run leaves no
 * half file) or printed to stdout in input order whatever the thread count.
 * A failed input is reported and counted; the others are still written.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { constants } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { EXIT } from '../exit.js';
import { describeFsError, problemLine, removeTemporaries, wouldReplace, writeAtomically } from '../io.js';
import type { Writer } from '../main.js';
import type { ColorLevel, Paint } from '../paint.js';
import { renderPreamble, type OutputFormat } from '../render/index.js';
import { expandInputs, type InputFile, type InputProblem } from './inputs.js';
import type { Job, JobResult } from './job.js';
import { outputPaths, type OutputTarget } from './outputs.js';
import { runPool } from './pool.js';
import { Progress } from './progress.js';

export interface BatchOptions {
  inputs: readonly string[];
  /** A folder to write NAME.json files in, or null to print to stdout. */
  outDir: string | null;
  format: OutputFormat;
  /** Indent the JSON files written under --out-dir. */
  pretty: boolean;
  extensions: readonly string[];
  jobs: number;
  /** The machine's cores (os.availableParallelism). */
  cores: number;
  progress: 'bar' | 'summary' | 'quiet';
  reportPath: string | null;
  skipExisting: boolean;
  encoding?: string | undefined;
  inputFormat?: 'text' | 'html' | undefined;
  stdoutColorLevel: ColorLevel;
}

export interface BatchIo {
  cwd: string;
  stdout: Writer;
  stderr: Writer;
  paint: Paint;
  /** Asks to be told of Ctrl-C or a kill (SIGINT, SIGTERM), to stop with nothing half written under --out-dir. */
  onInterrupt?: ((stop: (signal: NodeJS.Signals) => void) => void) | undefined;
}

/** How a batch tells of one thing about one input or file. */
type Say = (where: string, message: string) => void;

/** Run the batch; the exit code is 1 when any input failed, 128 + the signal's number when one stopped it. */
export async function runBatch(options: BatchOptions, io: BatchIo): Promise<number> {
  // Through the progress bar once there is one, so that a failure never lands on the bar's line.
  let say = (line: string) => io.stderr.write(line);
  const fail = (where: string, message: string) => say(problemLine(io.paint.red('notice-parse:'), where, message));
  const failures: InputProblem[] = [];
  /** A failed input: printed, and counted wherever failures are (summary, report, exit code). */
  const failed = (where: string, message: string) => {
    failures.push({ where, message });
    fail(where, message);
  };
  /** Worth saying, not a failure; --quiet keeps it back. */
  const note = (where: string, message: string) => {
    if (options.progress !== 'quiet') io.stderr.write(problemLine('notice-parse:', where, message));
  };
  if (options.outDir !== null) {
    const made = await mkdir(resolve(io.cwd, options.outDir), { recursive: true }).then(
      () => null,
      (error: unknown) => error,
    );
    if (made !== null) {
      fail(options.outDir, `cannot use it as the output folder: ${describeFsError(made)}`);
      return 1;
    }
  }
  const { files, jobs } = await withYoungGenerationHeld(async () => {
    const { files, problems, notes } = await expandInputs(options.inputs, io.cwd, options.extensions);
    for (const { where, message } of notes) note(where, message);
    for (const { where, message } of problems) failed(where, message);
    return { files, jobs: planJobs(files, options, io.cwd, failed, note) };
  });
  const clash = options.reportPath === null ? null : reportClash(resolve(io.cwd, options.reportPath), files, jobs);
  if (clash !== null) {
    fail(options.reportPath!, `the report would replace ${clash}; nothing was parsed`);
    return EXIT.usage;
  }
  // What a run killed outright (SIGKILL, the OOM killer) left: its temporary files, if old enough not to be another run's.
  removeTemporaries(jobs.flatMap((job) => job.target ?? []), { olderThanMs: STALE_TEMPORARY_MS });
  const progress = new Progress(jobs.length, io.stderr, options.progress, failures.length);
  say = (line) => progress.say(line);
  const inOrder = new OrderedWriter(io.stdout, jobs.map((j) => j.index));
  if (options.outDir === null) io.stdout.write(renderPreamble(options.format));
  // Output on stdout has no half-written file to fear: there, a signal keeps its default and ends the run at once.
  // Under --out-dir the run also stops when the folder takes no more: every later write would fail the same way.
  const interrupt = new AbortController();
  if (options.outDir !== null) io.onInterrupt?.((signal) => interrupt.abort(signal));
  const cutOff = await runPool(jobs, { threads: options.jobs, cores: options.cores }, async (result: JobResult) => {
    const file = files[result.index]!;
    if (!result.ok) {
      failed(file.display, result.reason);
      if (result.outputFull && !interrupt.signal.aborted) interrupt.abort(new OutputFull(result.reason));
    }
    if (options.outDir === null) inOrder.put(result.index, result.ok ? { output: result.rendered ?? '', release: result.release } : { output: '' });
    progress.tick(result.ok);
  }, interrupt.signal);
  const summary = progress.finish();
  const reason: unknown = interrupt.signal.aborted ? interrupt.signal.reason : null;
  const signal = typeof reason === 'string' ? (reason as NodeJS.Signals) : null;
  removeTemporaries(cutOff.flatMap((job) => job.target ?? []));
  const stopped = `after ${summary.files} of ${jobs.length} files; no output is half written`;
  if (signal !== null) fail(signal, `interrupted ${stopped}; run again with --skip-existing to go on`);
  if (reason instanceof OutputFull) fail(options.outDir!, `stopped ${stopped}: the output folder takes no more; make room, then run again with --skip-existing`);
  const extra = signal !== null ? { interrupted: signal } : reason instanceof OutputFull ? { stopped: reason.message } : {};
  const reported = options.reportPath === null || writeReport(resolve(io.cwd, options.reportPath), { ...summary, ...extra }, failures, fail);
  return signal !== null ? exitCodeOf(signal) : failures.length > 0 || !reported ? 1 : 0;
}

/**
 * Lists the inputs and plans their jobs with V8's young generation held at
 * its size. All the main thread makes then is kept for the run, and V8 reads
 * that survival as a reason to double the young generation, which then stays
 * at its largest though the main thread makes little afterwards: 10,000
 * inputs left it committing ~28 MB against ~10 MB for 1,000, ~19 MB held
 * (BENCHMARKS.md, "Batch, twelfth round"). The flag is the process's and V8
 * reads it each time it would grow; the workers start after it is back at
 * V8's default.
 */
async function withYoungGenerationHeld<T>(list: () => Promise<T>): Promise<T> {
  setFlagsFromString('--semi-space-growth-factor=1');
  try {
    return await list();
  } finally {
    setFlagsFromString('--semi-space-growth-factor=2');
  }
}

/** A temporary file this old is no run's work in progress: writing one notice takes milliseconds. */
const STALE_TEMPORARY_MS = 60_000;

/** Why a run stopped before its end when no signal stopped it. */
class OutputFull {
  constructor(readonly message: string) {}
}

/** As a shell reports a process that a signal ended: 128 + its number (130 for Ctrl-C). */
function exitCodeOf(signal: NodeJS.Signals): number {
  return 128 + constants.signals[signal];
}

/** Whether the report was written; when not, why is said (and the run exits 1: a report asked for is part of the result). */
function writeReport(path: string, summary: { files: number; failed: number; seconds: number; interrupted?: string; stopped?: string }, failures: InputProblem[], fail: Say): boolean {
  const report = { ...summary, failures: failures.map((f) => ({ file: f.where, reason: f.message })) };
  try {
    writeAtomically(path, `${JSON.stringify(report, null, 2)}\n`);
    return true;
  } catch (error) {
    fail(path, error instanceof Error ? error.message : String(error));
    return false;
  }
}

/** What writing the report at `path` would replace: an input or an output of this run, or null for neither. */
function reportClash(path: string, files: readonly InputFile[], jobs: readonly Job[]): string | null {
  const output = jobs.find((job) => job.target === path);
  if (output) return `the result of ${output.display}`;
  // Only a file that is there can be an input; checking each input's real path costs a call per input.
  const input = existsSync(path) ? files.find((file) => wouldReplace(path, file.path)) : undefined;
  return input ? `the input ${input.display}` : null;
}

/**
 * One job per input, but none for an input whose output would fall outside
 * --out-dir (a failure), whose output exists under --skip-existing, or that
 * was already listed (one file, one output). A numbered output name is said.
 */
function planJobs(files: readonly InputFile[], options: BatchOptions, cwd: string, failed: Say, note: Say): Job[] {
  const targets = options.outDir === null ? files.map(() => null) : outputPaths(files, resolve(cwd, options.outDir));
  const planned = new Set<OutputTarget>();
  const jobs: Job[] = [];
  for (const [index, file] of files.entries()) {
    const target = targets[index] ?? null;
    if (options.outDir !== null && target === null) {
      failed(file.display, 'its output would fall outside --out-dir; skipped');
      continue;
    }
    if (target !== null && (planned.has(target) || (options.skipExisting && existsSync(target.path)))) continue;
    if (target !== null) planned.add(target);
    if (target?.wanted) {
      const shown = (path: string) => relative(cwd, path);
      note(file.display, `written as ${shown(target.path)}, since ${shown(target.wanted.path)} is ${target.wanted.heldBy}`);
    }
    jobs.push({ index, path: file.path, display: file.display, listedAsFile: file.listedAsFile === true, format: options.format, pretty: options.pretty, encoding: options.encoding, inputFormat: options.inputFormat, colorLevel: options.stdoutColorLevel, target: target?.path ?? null });
  }
  return jobs;
}

/** One result for stdout, and what to call once it is written when its bytes are lent (see ring.ts). */
interface Printed {
  output: string | Uint8Array;
  release?: (() => void) | undefined;
}

/** Prints results in input order as they complete out of order, holding only those that came early. */
class OrderedWriter {
  private readonly waiting = new Map<number, Printed>();
  private position = 0;

  constructor(
    private readonly out: Writer,
    private readonly order: readonly number[],
  ) {}

  put(index: number, printed: Printed): void {
    this.waiting.set(index, printed);
    while (this.position < this.order.length && this.waiting.has(this.order[this.position]!)) {
      const key = this.order[this.position++]!;
      const { output, release } = this.waiting.get(key)!;
      this.waiting.delete(key);
      if (output.length > 0) this.out.write(output, release);
      else release?.();
    }
  }
}
