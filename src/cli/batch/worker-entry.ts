/**
 * The file a batch worker thread starts from: worker.js beside this module,
 * where the CLI runs from dist/ as tsc wrote it. The CLI bundle replaces this
 * module (scripts/bundle.mjs) with one that names bin/worker.js, which loads
 * the bundle with the V8 code cache made under the workers' flags: a worker's
 * first result came ~30 ms sooner (BENCHMARKS.md, "Batch, eleventh round").
 */
export const workerEntry = (): URL => new URL('./worker.js', import.meta.url);
