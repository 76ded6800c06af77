/** Worker-thread entry: run each job it is sent and post the result back. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

parentPort?.on('message', (job: Job) => {
  const result = runJob(job);
  parentPort?.postMessage(result);
});
