// Preloaded with `node --import bench/rss-hook.mjs ...`: on exit, write this
// process's peak RSS (KiB, worker threads included) to $NP_BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const file = process.env.NP_BENCH_RSS_FILE;
if (file && isMainThread) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
