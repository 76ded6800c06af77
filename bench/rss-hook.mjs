// Preloaded with `node --import bench/rss-hook.mjs ...`: on exit, write this
// process's peak RSS (KiB) and CPU time (user + system, µs), worker threads
// included, to $NP_BENCH_RSS_FILE as JSON.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.NP_BENCH_RSS_FILE;
if (file && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSS: usage.maxRSS, cpuMicros: usage.userCPUTime + usage.systemCPUTime }));
  });
}
