/** Worker-thread entry: run each job it is sent and post the result back. */
import { parentPort } from 'node:worker_threads';
import { runJob, type Job } from './job.js';

parentPort?.on('message', (job: Job) => {
  void runJob(job).then((result) => parentPort?.postMessage(result));
});
