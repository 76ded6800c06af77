/**
 * Run jobs on N worker threads (or in this thread for N = 1), handing each
 * worker its next job as it finishes one. Results arrive in completion order;
 * the caller puts them back in input order where that matters.
 */
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';

/** Jobs handed to each worker before it asks: enough to hide the round trip, few enough to keep order cheap. */
const JOBS_AHEAD = 3;
/**
 * How long jobs run in this thread before it lets the event loop turn. Awaiting
 * results that are already there never does, so without this a reader that
 * has gone (`| head`) was noticed only after the last job.
 */
const YIELD_MS = 50;

export async function runPool(jobs: readonly Job[], threads: number, onResult: (result: JobResult) => Promise<void>): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    let lastTurn = performance.now();
    for (const job of jobs) {
      await onResult(runJob(job));
      if (performance.now() - lastTurn < YIELD_MS) continue;
      await new Promise((turned) => setImmediate(turned));
      lastTurn = performance.now();
    }
    return;
  }
  let next = 0;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const one = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(workerUrl);
      let inFlight = 0;
      const feed = () => {
        const job = jobs[next++];
        if (job) {
          inFlight++;
          worker.postMessage(job);
        } else if (inFlight === 0) void worker.terminate().then(() => done());
      };
      worker.on('message', (result: JobResult) => {
        inFlight--;
        void onResult(result).then(feed, fail);
      });
      worker.on('error', fail);
      // A few jobs queued ahead, so a worker never waits a round trip for its next one.
      for (let i = 0; i < JOBS_AHEAD; i++) feed();
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, one));
}
