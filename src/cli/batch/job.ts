/**
 * One file's work in a batch: read, parse, render, and write its own output
 * file when there is one. Runs whole in a worker thread or in-process, or in
 * two halves on a pair of workers (startJob, then finishJob: see pool.ts);
 * either way it never throws, it reports. Doing the writing here keeps the
 * main thread from becoming the bottleneck. Output for stdout goes back as a
 * string, which a worker puts in the ring it shares with the main thread
 * (ring.ts). Not as bytes transferred: the main thread frees them, and glibc
 * kept that memory in the workers' arenas (peak RSS grew from 10k to 20k
 * inputs).
 */
// A namespace import: the CLI bundle loads chalk on first use (scripts/bundle.mjs), so a worker without colour never sets it up.
import * as chalk from 'chalk';
import { noticeFailure } from '../../parse.js';
import { firstHalf, secondHalf, type FirstHalf, type ParseOptions } from '../../pipeline.js';
import { escapeControls, InputError, oneLineMessage, readListedFile, readRegularFile, writeAtomically } from '../io.js';
import { PLAIN, type ColorLevel } from '../paint.js';
import { renderNotice, type OutputFormat } from '../render/index.js';

export interface Job {
  index: number;
  path: string;
  display: string;
  /** Seen to be a regular file when the inputs were listed (see inputs.ts). */
  listedAsFile?: boolean;
  format: OutputFormat;
  /** Indented JSON: only for files under --out-dir (on stdout a batch prints one line per input). */
  pretty: boolean;
  encoding?: string | undefined;
  inputFormat?: 'text' | 'html' | undefined;
  colorLevel: ColorLevel;
  /** Where to write the result (absolute), or null to hand it back for stdout. */
  target: string | null;
}

/**
 * `rendered` is the output for stdout, or null when the job wrote its file
 * itself. From a worker it may be bytes lent from its ring (ring.ts), with
 * `release` to call once they are written.
 */
export type JobResult =
  | { index: number; ok: true; rendered: string | Uint8Array | null; bytes: number; release?: () => void }
  /** `outputFull`: the output folder took no more (full, over quota, read-only), so no later job could write either. */
  | { index: number; ok: false; reason: string; outputFull?: true };

/** Write errors after which every later write fails too. */
const OUTPUT_FULL_CODES: ReadonlySet<string | undefined> = new Set(['ENOSPC', 'EDQUOT', 'EROFS']);

/** The formats for people, where nothing in a result names its file: in a batch each is headed, as `head` heads several files. */
const HEADED_FORMATS: ReadonlySet<OutputFormat> = new Set(['text', 'tree']);
const headed = (display: string, rendered: string) => `==> ${escapeControls(display)} <==\n${rendered}${rendered.endsWith('\n') ? '' : '\n'}\n`;

export function runJob(job: Job): JobResult {
  return finishJob(startJob(job));
}

/**
 * A job between its halves (pipeline.ts), as one worker posts it to the next
 * (pool.ts): plain data. A job that failed in its first half carries its result.
 */
export type HalfDone = { job: Job; failed: JobResult } | { job: Job; half: FirstHalf };

/** Read the file and run the first half of its parse. */
export function startJob(job: Job): HalfDone {
  try {
    const bytes = job.listedAsFile ? readListedFile(job.path, job.display) : readRegularFile(job.path, job.display);
    return { job, half: firstHalf(bytes, parseOptions(job), true) };
  } catch (error) {
    return { job, failed: { index: job.index, ok: false, reason: oneLineMessage(error) } };
  }
}

/** The second half of the parse, then render, and write the output file when there is one. */
export function finishJob(started: HalfDone): JobResult {
  if ('failed' in started) return started.failed;
  const { job, half } = started;
  const bytes = half.input.bytes;
  try {
    const notice = secondHalf(half, parseOptions(job));
    const failure = noticeFailure(notice);
    if (failure) return { index: job.index, ok: false, reason: failure.message };
    const rendered = renderNotice(notice, { format: job.format, pretty: job.pretty, paint: job.colorLevel === 0 ? PLAIN : new chalk.Chalk({ level: job.colorLevel }) });
    if (job.target === null) return { index: job.index, ok: true, rendered: HEADED_FORMATS.has(job.format) ? headed(job.display, rendered) : rendered, bytes };
    writeAtomically(job.target, rendered);
    return { index: job.index, ok: true, rendered: null, bytes };
  } catch (error) {
    if (error instanceof InputError) return { index: job.index, ok: false, reason: error.message, ...(OUTPUT_FULL_CODES.has(error.code) ? { outputFull: true as const } : {}) };
    return { index: job.index, ok: false, reason: oneLineMessage(error) };
  }
}

const parseOptions = (job: Job): ParseOptions => ({ path: job.display, encoding: job.encoding, format: job.inputFormat });
