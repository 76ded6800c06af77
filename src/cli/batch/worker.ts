/**
 * Worker-thread entry where the CLI runs from dist/ as tsc wrote it (the
 * tests, and the library's users who start the CLI's main themselves). The
 * bundled CLI starts its workers from bin/worker.js instead, which loads the
 * bundle with its V8 code cache (see worker-entry.ts).
 */
import { workerData } from 'node:worker_threads';
import { serveWorker, type WorkerSetup } from './serve.js';

serveWorker(workerData as WorkerSetup);
