/**
 * Run jobs on N worker threads (or in this thread for N = 1), two by two in
 * pairs that each split every job between them (see lanesFor), handing each
 * pair its next batch of jobs as it finishes one. Results arrive in
 * completion order, a batch at a time; the caller puts them back in input
 * order where that matters. When `stop` aborts, no job is started any more,
 * the workers are ended, and the jobs that were cut off while running are
 * handed back (their output may be half written); in this thread a stop
 * falls between jobs, so none is.
 */
import { setFlagsFromString } from 'node:v8';
import { MessageChannel, Worker, type WorkerOptions } from 'node:worker_threads';
import { createHandOn } from './hand-on.js';
import { runJob, type Job, type JobResult } from './job.js';
import { createRing, RingReader } from './ring.js';
import type { Posted, WorkerSetup } from './serve.js';
import { workerEntry } from './worker-entry.js';

/**
 * Jobs go to a worker in batches, and come back a batch to a message (see
 * serve.ts): one message each way per job cost the main thread ~0.8 s of CPU
 * over 5,000 notices, on cores the workers needed. Smaller near the end of the
 * run, so that no worker is left with a long batch while the others are done.
 */
const BATCH_MOST = 8;
/**
 * Jobs each lane holds, so that no worker waits a round trip for its next
 * batch. A pair holds many more: its halves are even over a run but not
 * from moment to moment (the second warms up more slowly), and each worker
 * then waited on the other. With 6 batches in hand, the two stood idle 9%
 * and 12% of a 5,000-notice run; with 32, 2% and 5%. What the first hands
 * on to the second is bounded in size as well (hand-on.ts).
 */
const JOBS_AHEAD: Readonly<Record<Lane, number>> = { whole: 2 * BATCH_MOST, pair: 32 * BATCH_MOST };
/**
 * How long jobs run in this thread before it lets the event loop turn. Awaiting
 * results that are already there never does, so without this a reader that
 * has gone (`| head`) or a signal was noticed only after the last job.
 */
const YIELD_MS = 50;
/** Each lane's ring (ring.ts), which its last worker writes: room for ~50 seed-sized results; one over half of it is posted as a string instead. */
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

/** What every worker is told besides its role: which code cache its V8 flags take (bin/worker.js), if any. */
interface CodeCacheChoice {
  codeCache: string | null;
}

/** One worker running whole jobs, or a pair: the first starts each job, the second finishes it (serve.ts). */
type Lane = 'whole' | 'pair';

/**
 * The threads in pairs, and one left over running whole jobs. Each worker's
 * V8 compiles the code it runs hot for itself, and on 5,000 seed-sized
 * notices that warming up was half of a worker's time. In a pair each worker
 * runs, and so compiles, half of the parse (pipeline.ts, firstHalf and
 * secondHalf): `--jobs 2` took ~0.8× the time of two whole workers on
 * text, and 0.9–1.0× on HTML (BENCHMARKS.md, "Batch, twelfth round").
 */
export function lanesFor(threads: number): Lane[] {
  return [...Array.from({ length: Math.floor(threads / 2) }, (): Lane => 'pair'), ...(threads % 2 === 1 ? ['whole' as const] : [])];
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

async function runOnWorkers(jobs: readonly Job[], threads: number, choice: CodeCacheChoice, onResult: OnResult, stop?: AbortSignal): Promise<Job[]> {
  let next = 0;
  const cutOff: Job[] = [];
  const workerUrl = workerEntry();
  // One listener for all lanes: one each made Node warn of a leak from --jobs 11 on.
  const ends: Array<() => void> = [];
  stop?.addEventListener('abort', () => ends.forEach((end) => end()), { once: true });
  const one = (lane: Lane) =>
    new Promise<void>((done, fail) => {
      const shared = createRing(RING_BYTES);
      const ring = new RingReader(shared);
      const workers = startLane(lane, workerUrl, shared, choice);
      const inFlight = new Map<number, Job>();
      let ended = false;
      const end = () => {
        if (ended) return;
        ended = true;
        void Promise.all(workers.map((worker) => worker.terminate())).then(() => {
          // Whatever the lane had not reported when it ended may be half done.
          cutOff.push(...inFlight.values());
          done();
        });
      };
      const feed = () => {
        while (inFlight.size < JOBS_AHEAD[lane] && next < jobs.length && !stop?.aborted) {
          const batch = jobs.slice(next, next + batchSize(jobs.length - next, threads));
          next += batch.length;
          for (const job of batch) inFlight.set(job.index, job);
          workers[0]!.postMessage(batch);
        }
        if (inFlight.size === 0) end();
      };
      workers.at(-1)!.on('message', (batch: Posted[]) => {
        const handled = batch.map((posted) => {
          const result = fromRing(posted, ring);
          inFlight.delete(result.index);
          return onResult(result);
        });
        void Promise.all(handled).then(feed, fail);
      });
      for (const worker of workers) worker.on('error', fail);
      ends.push(end);
      feed();
    });
  await Promise.all(lanesFor(threads).map(one));
  return cutOff;
}

/** A lane's workers, the one it is fed through first and the one it reports through last, which writes `ring`. */
function startLane(lane: Lane, url: URL, ring: SharedArrayBuffer, choice: CodeCacheChoice): Worker[] {
  const start = (setup: WorkerSetup, transferList: WorkerOptions['transferList'] = []) =>
    new Worker(url, { workerData: { ...setup, ...choice }, transferList, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
  if (lane === 'whole') return [start({ role: 'whole', ring })];
  const { port1, port2 } = new MessageChannel();
  const handOn = createHandOn();
  return [start({ role: 'first', next: port1, handOn }, [port1]), start({ role: 'second', ring, previous: port2, handOn }, [port2])];
}
