/**
 * A worker thread's loop: run the jobs it is sent, a batch at a time, and
 * post the results back together, the output for stdout in the ring the pool
 * shares with this worker (see ring.ts). One message per batch, not per job:
 * each message wakes the other thread, and per job that cost the main thread
 * most of its time and each worker ~5% of its own.
 */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';
import { RingWriter, type RingSlot } from './ring.js';

/** What a worker posts for one job: the result, or the result with its output in the ring. */
export type Posted = JobResult | (Extract<JobResult, { ok: true }> & { rendered: null; slot: RingSlot });

/** Serve the pool from this worker thread, writing output into `shared` (the ring the pool made for it). */
export function serveBatches(shared: SharedArrayBuffer): void {
  const ring = new RingWriter(shared);
  parentPort?.on('message', (batch: Job[]) => {
    let done: Posted[] = [];
    // The pool frees ring room only for results it has been sent: before the ring waits for room, send those.
    const post = () => {
      if (done.length > 0) parentPort?.postMessage(done);
      done = [];
    };
    for (const job of batch) {
      // Not `done.push(posted(…))`: that reads `done` before `post` may replace it, and the result would be lost.
      const result = posted(ring, runJob(job), post);
      done.push(result);
    }
    post();
  });
}

function posted(ring: RingWriter, result: JobResult, beforeWaiting: () => void): Posted {
  if (!result.ok || typeof result.rendered !== 'string') return result;
  const slot = ring.put(result.rendered, beforeWaiting);
  return slot === null ? result : { ...result, rendered: null, slot };
}
