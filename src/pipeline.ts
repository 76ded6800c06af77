/**
 * The stages, in order, in one place. Each stage is a function of what the
 * earlier ones produced; none calls another.
 */
// One call, not createHash().update().digest(): no Hash object (a stream) to build and warm up per input.
import { hash } from 'node:crypto';
import { assembleNotice } from './assemble/index.js';
import { findAttachments } from './attachments/index.js';
import { findContacts } from './contacts/index.js';
import { findDates } from './dates/index.js';
import { decodeBytes } from './decode/index.js';
import { extractNotice, guessFormat, type Extracted, type InputFormat } from './extract/index.js';
import { segmentOutline } from './outline/index.js';
import type { DateMention, Diagnostic, Fact, InputInfo, Notice } from './schema/index.js';
import { findReportFacts, inspectReport } from './inspection/index.js';
import { findSignatures } from './signature/index.js';
import { diagnostic, type StageResult } from './text/index.js';

export interface ParseOptions {
  /** The path to record in `input.path` (null or absent: stdin or memory). */
  path?: string | null | undefined;
  /** Force the encoding instead of detecting it (bytes only). */
  encoding?: string | undefined;
  /** Force the input format instead of guessing it from the content. */
  format?: InputFormat | undefined;
  /** Called after each stage with its name and the milliseconds it took (for --timings). */
  onStage?: ((stage: string, ms: number) => void) | undefined;
}

export function runPipeline(input: Uint8Array | string, options: ParseOptions): Notice {
  return secondHalf(firstHalf(input, options), options);
}

/**
 * Whether a first half on a worker of its own also runs ahead the stages
 * that need no outline, by input format: the dates, and the figures of a
 * rectification report. A batch runs the halves on two workers
 * (cli/batch/pool.ts), each then compiling only its half's code, and this
 * keeps the two near even. An HTML page's extraction is the heavier, so for
 * a page they stay in the second half (BENCHMARKS.md, "Batch, twelfth round").
 */
const AHEAD: Readonly<Record<InputFormat, boolean>> = { text: true, html: false };

/**
 * What the first half of a parse hands the second: plain data, which a worker
 * can post to another (a structured clone) and which stays valid there. The
 * decoded pieces stay behind: the extracted text is all the rest reads.
 */
export interface FirstHalf {
  input: InputInfo;
  extracted: Extracted;
  /** Decoding's diagnostics, then an empty input's. */
  diagnostics: Diagnostic[];
  /** What was run ahead (AHEAD), or null: the second half runs it. */
  ahead: { dates: StageResult<DateMention[]>; facts: Fact[] | null } | null;
}

/**
 * Decode and extract; `ahead`, for a first half on a worker of its own, also
 * what AHEAD gives it. (In one thread, running those ahead would only change
 * the order in which --timings lists the stages.)
 */
export function firstHalf(input: Uint8Array | string, options: ParseOptions, ahead = false): FirstHalf {
  const timed = stageTimer(options.onStage);
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const decoded = timed('decode', () =>
    typeof input === 'string'
      ? { pieces: [input], encoding: 'utf-8', encodingSource: 'string' as const, diagnostics: [], fatal: null }
      : decodeBytes(input, { encoding: options.encoding }),
  );
  // A page says it is one within its first few thousand characters, and the first piece holds more than 16,000.
  const format = options.format ?? guessFormat(decoded.pieces[0]!);
  const extracted = timed('extract', () => extractNotice(decoded.pieces, format));
  const empty = decoded.fatal ? [] : emptiness(bytes.byteLength, extracted.text, format);
  const inputInfo: InputInfo = {
    path: options.path ?? null,
    format,
    encoding: decoded.encoding,
    encodingSource: decoded.encodingSource,
    bytes: bytes.byteLength,
    sha256: hash('sha256', bytes, 'hex'),
  };
  return { input: inputInfo, extracted, diagnostics: [...decoded.diagnostics, ...empty], ahead: ahead && AHEAD[format] ? runAhead(extracted, inputInfo, timed) : null };
}

function runAhead(extracted: Extracted, input: InputInfo, timed: StageTimer): NonNullable<FirstHalf['ahead']> {
  const { text, title, body } = extracted;
  return { dates: findDatesTimed(extracted, input, timed), facts: timed('inspection', () => findReportFacts(text, { title, body })) };
}

/** The other stages, the assembly and the check against the contract. */
export function secondHalf(first: FirstHalf, options: ParseOptions): Notice {
  const timed = stageTimer(options.onStage);
  const { input: inputInfo, extracted } = first;
  const { text, body, title, meta } = extracted;
  const dates = first.ahead?.dates ?? findDatesTimed(extracted, inputInfo, timed);
  const outline = timed('outline', () => segmentOutline(text, { body, title }));
  const [signature = null, ...signatures] = timed('signature', () => findSignatures(text, body, dates.value));
  const contacts = timed('contacts', () => findContacts(text, body));
  const attachments = timed('attachments', () => findAttachments(text, body, extracted.links, meta.url));
  const context = { title, titleSpan: extracted.titleSpan, body, dates: dates.value, outline: outline.value };
  const report = timed('inspection', () => inspectReport(text, context, first.ahead?.facts));
  return timed('assemble', () => assembleNotice({
    input: inputInfo,
    title,
    meta,
    text,
    body,
    outline: outline.value,
    dates: dates.value,
    signature,
    signatures,
    contacts,
    attachments,
    inspection: report.inspection,
    facts: report.facts,
    checks: report.checks,
    diagnostics: [...first.diagnostics, ...extracted.diagnostics, ...dates.diagnostics, ...outline.diagnostics, ...report.diagnostics],
  }));
}

function findDatesTimed(extracted: Extracted, input: InputInfo, timed: StageTimer): StageResult<DateMention[]> {
  const { text, meta, title } = extracted;
  return timed('dates', () => findDates(text, { publishedAt: meta.publishedAt, encoding: input.encoding, title }));
}

/** A notice with nothing in it is no notice: say why, as a fatal diagnostic. */
function emptiness(bytes: number, text: string, format: InputFormat): Diagnostic[] {
  if (text.trim() !== '') return [];
  const why = bytes === 0 ? 'is empty (0 bytes)' : format === 'html' ? 'has no visible text' : 'holds only whitespace';
  return [diagnostic('error', 'input/empty', why)];
}

/** Runs a stage, reporting its time when someone asked; otherwise just runs it. */
type StageTimer = <T>(stage: string, run: () => T) => T;

function stageTimer(onStage: ParseOptions['onStage']): StageTimer {
  return (stage, run) => {
    if (!onStage) return run();
    const started = performance.now();
    const result = run();
    onStage(stage, performance.now() - started);
    return result;
  };
}
