/**
 * Run jobs on N worker threads (or in this thread for N = 1), handing each
 * worker its next job as it finishes one. Results arrive in completion order;
 * the caller puts them back in input order where that matters.
 */
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';

export async function runPool(jobs: readonly Job[], threads: number, onResult: (result: JobResult) => Promise<void>): Promise<void> {
  if (threads <= 1 || jobs.length <= 1) {
    for (const job of jobs) await onResult(await runJob(job));
    return;
  }
  let next = 0;
  const workerUrl = new URL('./worker.js', import.meta.url);
  const one = () =>
    new Promise<void>((done, fail) => {
      const worker = new Worker(workerUrl);
      const feed = () => {
        const job = jobs[next++];
        if (job) worker.postMessage(job);
        else void worker.terminate().then(() => done());
      };
      worker.on('message', (result: JobResult) => void onResult(result).then(feed, fail));
      worker.on('error', fail);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(threads, jobs.length) }, one));
}
