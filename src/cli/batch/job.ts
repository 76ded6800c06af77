/**
 * One file's work in a batch: read, parse, render. Runs in a worker thread
 * or in-process; either way it never throws, it reports.
 */
import { Chalk } from 'chalk';
import { noticeFailure, parseNotice } from '../../index.js';
import { readRegularFile } from '../io.js';
import { renderNotice, type OutputFormat } from '../render/index.js';

export interface Job {
  index: number;
  path: string;
  display: string;
  format: OutputFormat;
  encoding?: string | undefined;
  inputFormat?: 'text' | 'html' | undefined;
  colorLevel: 0 | 1 | 2 | 3;
}

export type JobResult = { index: number; ok: true; rendered: string; bytes: number } | { index: number; ok: false; reason: string };

export async function runJob(job: Job): Promise<JobResult> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(job.path, job.display);
  } catch (error) {
    return { index: job.index, ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  try {
    const notice = parseNotice(bytes, { path: job.display, encoding: job.encoding, format: job.inputFormat });
    const failure = noticeFailure(notice);
    if (failure) return { index: job.index, ok: false, reason: failure.message };
    const rendered = renderNotice(notice, { format: job.format, pretty: false, chalk: new Chalk({ level: job.colorLevel }) });
    return { index: job.index, ok: true, rendered, bytes: bytes.byteLength };
  } catch (error) {
    return { index: job.index, ok: false, reason: (error instanceof Error ? error.message : String(error)).replace(/\s+/g, (ws) => (ws.includes('\n') ? ' ' : ws)) };
  }
}
