/**
 * A worker thread's loop. A worker runs whole jobs, or one half of each job
 * when the pool pairs two workers (pool.ts): the first reads and starts each
 * job (job.ts, startJob) and posts its batch of halves straight to the second,
 * which finishes them. Results go to the pool a batch to a message, the output
 * for stdout in the ring the pool shares with the worker that finishes jobs
 * (see ring.ts). One message per batch, not per job: each message wakes the
 * other thread, and per job that cost the main thread most of its time and
 * each worker ~5% of its own.
 */
import { parentPort, type MessagePort } from 'node:worker_threads';
import { HandOn, kibOf } from './hand-on.js';
import { finishJob, runJob, startJob, type HalfDone, type Job, type JobResult } from './job.js';
import { RingWriter, type RingSlot } from './ring.js';

/** What a worker posts for one job: the result, or the result with its output in the ring. */
export type Posted = JobResult | (Extract<JobResult, { ok: true }> & { rendered: null; slot: RingSlot });

/** What a worker is given (its workerData). */
export type WorkerSetup =
  /** Whole jobs, from the pool; results to the pool, output in `ring`. */
  | { role: 'whole'; ring: SharedArrayBuffer }
  /**
   * Jobs from the pool; their first halves to the paired worker at `next`,
   * counted in `handOn` (hand-on.ts; `handOnMostKiB`: its bound, when not the usual).
   */
  | { role: 'first'; next: MessagePort; handOn: SharedArrayBuffer; handOnMostKiB?: number }
  /** First halves from the paired worker at `previous`, released from `handOn` as finished; results to the pool, output in `ring`. */
  | { role: 'second'; ring: SharedArrayBuffer; previous: MessagePort; handOn: SharedArrayBuffer };

/** Serve the pool from this worker thread in the role it was given. */
export function serveWorker(setup: WorkerSetup): void {
  switch (setup.role) {
    case 'whole':
      return serveResults(parentPort!, setup.ring, runJob);
    case 'first': {
      const handOn = new HandOn(setup.handOn, setup.handOnMostKiB);
      parentPort!.on('message', (batch: Job[]) => {
        const halves = batch.map(startJob);
        handOn.reserve(halves.reduce((sum, half) => sum + kibHandedOn(half), 0));
        setup.next.postMessage(halves);
      });
      return;
    }
    case 'second': {
      const handOn = new HandOn(setup.handOn);
      return serveResults(setup.previous, setup.ring, (half: HalfDone) => {
        const result = finishJob(half);
        handOn.release(kibHandedOn(half));
        return result;
      });
    }
  }
}

/** What a half counts for in the pair's hand-on (hand-on.ts): a failed job holds no text. */
const kibHandedOn = (half: HalfDone): number => ('failed' in half ? 0 : kibOf(half.half.input.bytes));

/** Take batches from `source`, finish each item into a result, and post the results to the pool. */
function serveResults<T>(source: MessagePort, shared: SharedArrayBuffer, finish: (item: T) => JobResult): void {
  const ring = new RingWriter(shared);
  source.on('message', (batch: T[]) => {
    let done: Posted[] = [];
    // The pool frees ring room only for results it has been sent: before the ring waits for room, send those.
    const post = () => {
      if (done.length > 0) parentPort!.postMessage(done);
      done = [];
    };
    for (const item of batch) {
      // Not `done.push(posted(…))`: that reads `done` before `post` may replace it, and the result would be lost.
      const result = posted(ring, finish(item), post);
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
