/**
 * Where the bundled CLI's batch worker threads start (src/cli/batch/pool.ts,
 * worker-entry.ts): load the bundle as bin/notice-parse.js does, with the V8
 * code cache made under this worker's V8 flags (the pool says which), and
 * serve the pool in the role it gives this worker.
 */
const { workerData } = require('node:worker_threads');
const { loadBundle } = require('./load-bundle.js');

const bundle = loadBundle({ variant: workerData.codeCache ?? undefined }).exports;
bundle.serveWorker(workerData).catch((error) => {
  // The pool hears of it as the worker's 'error', and says which inputs were cut off.
  setImmediate(() => {
    throw error;
  });
});
