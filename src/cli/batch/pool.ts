/**
 * Run jobs on N worker threads (or in this thread for N = 1), handing each
 * worker its next batch of jobs as it finishes one. Results arrive in
 * completion order, a batch at a time; the caller puts them back in input
 * order where that matters. When `stop` aborts, no job is started any more,
 * the workers are ended, and the jobs that were cut off while running are
 * handed back (their output may be half written); in this thread a stop
 * falls between jobs, so none is.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';
import { createRing, RingReader } from './ring.js';
import type { Posted } from './serve.js';
import { workerEntry } from './worker-entry.js';

/**
 * Jobs go to a worker in batches, and come back a batch to a message (see
 * serve.ts): one message each way per job cost the main thread ~0.8 s of CPU
 * over 5,000 notices, on cores the workers needed. Smaller near the end of the
 * run, so that no worker is left with a long batch while the others are done.
 */
const BATCH_MOST = 8;
/** Jobs each worker holds, so that it never waits a round trip for its next batch. */
const JOBS_AHEAD = 2 * BATCH_MOST;
/**
 * How long jobs run in this thread before it lets the event loop turn. Awaiting
 * results that are already there never does, so without this a reader that
 * has gone (`| head`) or a signal was noticed only after the last job.
 */
const YIELD_MS = 50;
/** Each worker's ring (ring.ts): room for ~50 seed-sized results; one over half of it is posted as a string instead. */
const RING_BYTES = 1 << 21;
/**
 * The most V8 may grow a worker's young generation to. V8 sizes it by how
 * much survives each collection, and from 16 MB after 1,000 notices it went
 * on to 32 MB by 10,000, for no speed (BENCHMARKS.md, "Batch, eighth round").
 */
const YOUNG_GENERATION_MB = 16;
/**
 * V8's flags when every core has a worker (see compileOnEachWorker), each with
 * what it did to `--jobs 2` on 2 cores, interleaved with the build before
 * (BENCHMARKS.md, "Batch", seventh and eighth rounds). Exported for the bench,
 * which runs one worker's share on one core with them.
 */
export const FLAGS_WHEN_CORES_ARE_FULL: readonly string[] = [
  // Each worker compiles its hot code itself: 5,000 notices ~8% sooner.
  '--no-concurrent-recompilation',
  // ...so each compile costs the worker what it inlines; V8's default is 920: ~5% sooner again.
  '--max-inlined-bytecode-size-cumulative=300',
  // ...and what escape analysis takes: ~2% sooner again, 20,000 notices no slower.
  '--no-turbo-escape',
];

type OnResult = (result: JobResult) => Promise<void>;

export interface PoolSize {
  threads: number;
  /** The machine's cores: when every one has a worker, the workers compile for themselves. */
  cores: number;
}

/** The jobs a stop cut off while they ran: none, unless `stop` aborted the run. */
export async function runPool(jobs: readonly Job[], size: PoolSize, onResult: OnResult, stop?: AbortSignal): Promise<Job[]> {
  if (size.threads <= 1 || jobs.length <= 1) return runHere(jobs, onResult, stop);
  const threads = Math.min(size.threads, jobs.length);
  const coresFull = threads >= size.cores;
  if (coresFull) compileOnEachWorker();
  return runOnWorkers(jobs, threads, { codeCache: coresFull ? CODE_CACHE_WHEN_CORES_ARE_FULL : null }, onResult, stop);
}

/**
 * V8 compiles hot code on background threads, which pays when a core is
 * idle. With a worker on every core there is none: those threads only take
 * turns with the workers. So each worker compiles for itself, and then the
 * compiler's time is the worker's: it pays to make each compile cheaper, at
 * no cost to the steady state that could be measured. The flags are the
 * process's, read as each worker's V8 instance starts; this thread's started
 * before, and parses nothing here.
 */
function compileOnEachWorker(): void {
  for (const flag of FLAGS_WHEN_CORES_ARE_FULL) setFlagsFromString(flag);
}

/**
 * V8 accepts a code cache only under the flags it was made with, so the build
 * makes the bundle's a second time under FLAGS_WHEN_CORES_ARE_FULL, with this
 * name (scripts/bundle.mjs, bin/load-bundle.js); the workers are told which to load.
 */
export const CODE_CACHE_WHEN_CORES_ARE_FULL = 'cores-full';

/** What each worker is told besides its ring: which code cache its V8 flags take (bin/worker.js), if any. */
interface WorkerSetup {
  codeCache: string | null;
}

async function runHere(jobs: readonly Job[], onResult: OnResult, stop?: AbortSignal): Promise<Job[]> {
  let lastTurn = performance.now();
  for (const job of jobs) {
    // Between jobs, so nothing is half written when it stops.
    if (stop?.aborted) break;
    await onResult(runJob(job));
    if (performance.now() - lastTurn < YIELD_MS) continue;
    await new Promise((turned) => setImmediate(turned));
    lastTurn = performance.now();
  }
  return [];
}

/** The result a worker posted, with its output lent from the ring when it is there. */
function fromRing(posted: Posted, ring: RingReader): JobResult {
  if (!('slot' in posted)) return posted;
  const { slot, ...result } = posted;
  return { ...result, rendered: ring.view(slot), release: () => ring.release(slot) };
}

/** A batch's size: BATCH_MOST, until a quarter of what is left per worker is less. */
function batchSize(left: number, threads: number): number {
  return Math.max(1, Math.min(BATCH_MOST, Math.floor(left / (4 * threads))));
}

async function runOnWorkers(jobs: readonly Job[], threads: number, setup: WorkerSetup, onResult: OnResult, stop?: AbortSignal): Promise<Job[]> {
  let next = 0;
  const cutOff: Job[] = [];
  const workerUrl = workerEntry();
  // One listener for all workers: one each made Node warn of a leak from --jobs 11 on.
  const ends: Array<() => void> = [];
  stop?.addEventListener('abort', () => ends.forEach((end) => end()), { once: true });
  const one = () =>
    new Promise<void>((done, fail) => {
      const shared = createRing(RING_BYTES);
      const ring = new RingReader(shared);
      const worker = new Worker(workerUrl, { workerData: { ring: shared, ...setup }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const inFlight = new Map<number, Job>();
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        void worker.terminate().then(() => {
          // Whatever it had not reported when it ended may be half done.
          cutOff.push(...inFlight.values());
          done();
        });
      };
      const feed = () => {
        while (inFlight.size < JOBS_AHEAD && next < jobs.length && !stop?.aborted) {
          const batch = jobs.slice(next, next + batchSize(jobs.length - next, threads));
          next += batch.length;
          for (const job of batch) inFlight.set(job.index, job);
          worker.postMessage(batch);
        }
        if (inFlight.size === 0) end();
      };
      worker.on('message', (batch: Posted[]) => {
        const handled = batch.map((posted) => {
          const result = fromRing(posted, ring);
          inFlight.delete(result.index);
          return onResult(result);
        });
        void Promise.all(handled).then(feed, fail);
      });
      worker.on('error', fail);
      ends.push(end);
      feed();
    });
  await Promise.all(Array.from({ length: threads }, one));
  return cutOff;
}
