/** Worker-thread entry: run each job it is sent and post the result back. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

parentPort?.on('message', (job: Job) => {
  // The rendered bytes are transferred, not copied: they are this job's alone.
  const result = runJob(job);
  parentPort?.postMessage(result, result.ok && result.rendered ? [result.rendered.buffer as ArrayBuffer] : []);
});
