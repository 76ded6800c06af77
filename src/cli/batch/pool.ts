/**
 * Run jobs on N worker threads (or in this thread for N = 1), handing each
 * worker its next job as it finishes one. Results arrive in completion order;
 * the caller puts them back in input order where that matters. When `stop`
 * aborts, no job is started any more, the workers are ended, and the jobs
 * that were cut off while running are handed back (their output may be half
 * written); in this thread a stop falls between jobs, so none is.
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './job.js';
import { createRing, RingReader } from './ring.js';
import type { Posted } from './worker.js';

/** Jobs handed to each worker before it asks: enough to hide the round trip, few enough to keep order cheap. */
const JOBS_AHEAD = 3;
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
/** Bytecode TurboFan may inline into one function when a worker compiles for itself (V8's default: 920). */
const INLINED_BYTECODE_PER_FUNCTION = 300;

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
  if (threads >= size.cores) compileOnEachWorker();
  return runOnWorkers(jobs, threads, onResult, stop);
}

/**
 * V8 compiles hot code on background threads, which pays when a core is
 * idle. With a worker on every core there is none: those threads only take
 * turns with the workers. With each worker compiling its hot code itself,
 * `--jobs 2` finished 5,000 notices ~8% sooner on 2 cores (BENCHMARKS.md,
 * "Batch, seventh round"). The flag is the process's, read as each worker's V8
 * instance starts; this thread's started before, and parses nothing here.
 * Compiling on the worker's own time, each compile costs what it inlines:
 * with a third of V8's default inlining budget per function, 5,000 notices
 * took ~6% less time again, and 20,000 no more ("Batch, eighth round").
 */
function compileOnEachWorker(): void {
  setFlagsFromString('--no-concurrent-recompilation');
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_PER_FUNCTION}`);
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

async function runOnWorkers(jobs: readonly Job[], threads: number, onResult: OnResult, stop?: AbortSignal): Promise<Job[]> {
  let next = 0;
  const cutOff: Job[] = [];
  const workerUrl = new URL('./worker.js', import.meta.url);
  // One listener for all workers: one each made Node warn of a leak from --jobs 11 on.
  const ends: Array<() => void> = [];
  stop?.addEventListener('abort', () => ends.forEach((end) => end()), { once: true });
  const one = () =>
    new Promise<void>((done, fail) => {
      const shared = createRing(RING_BYTES);
      const ring = new RingReader(shared);
      const worker = new Worker(workerUrl, { workerData: { ring: shared }, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
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
        const job = stop?.aborted ? undefined : jobs[next++];
        if (job) {
          inFlight.set(job.index, job);
          worker.postMessage(job);
        } else if (inFlight.size === 0) end();
      };
      worker.on('message', (posted: Posted) => {
        const result = fromRing(posted, ring);
        inFlight.delete(result.index);
        void onResult(result).then(feed, fail);
      });
      worker.on('error', fail);
      ends.push(end);
      // A few jobs queued ahead, so a worker never waits a round trip for its next one.
      for (let i = 0; i < JOBS_AHEAD; i++) feed();
    });
  await Promise.all(Array.from({ length: threads }, one));
  return cutOff;
}
