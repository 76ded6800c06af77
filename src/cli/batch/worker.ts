/**
 * Worker-thread entry: run each job it is sent and post the result back, the
 * output for stdout in the ring the pool shares with this worker (see ring.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';
import { RingWriter, type RingSlot } from './ring.js';

/** What a worker posts: the result, or the result with its output in the ring. */
export type Posted = JobResult | (Extract<JobResult, { ok: true }> & { rendered: null; slot: RingSlot });

const ring = new RingWriter((workerData as { ring: SharedArrayBuffer }).ring);

parentPort?.on('message', (job: Job) => {
  parentPort?.postMessage(posted(runJob(job)));
});

function posted(result: JobResult): Posted {
  if (!result.ok || typeof result.rendered !== 'string') return result;
  const slot = ring.put(result.rendered);
  return slot === null ? result : { ...result, rendered: null, slot };
}
