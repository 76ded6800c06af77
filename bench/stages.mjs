// Per-stage timing, by calling the stages from dist/ directly (the library has no
// timing hook). "rest" = parseNotice total minus the four stages: signatures,
// contacts, attachments, sha256, assembly and zod validation.
//
//   node bench/stages.mjs [--iterations 5] [--files LIST]
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseNotice } from '../dist/index.js';
import { findDates } from '../dist/dates/index.js';
import { decodeBytes } from '../dist/decode/index.js';
import { extractNotice, guessFormat } from '../dist/extract/index.js';
import { segmentOutline } from '../dist/outline/index.js';
import { fmt, median, parseArgs, realPages } from './util.mjs';

export const STAGES = ['decode', 'extract', 'dates', 'outline', 'rest', 'total'];

/** Median ms per stage for each file, then per stage: sum over files and median over files. */
export function stages(files, { iterations = 5 } = {}) {
  const inputs = files.map((path) => readFileSync(path));
  const perFile = inputs.map(() => Object.fromEntries(STAGES.map((s) => [s, []])));
  for (let it = 0; it <= iterations; it++) {
    for (const [i, bytes] of inputs.entries()) {
      const t0 = performance.now();
      const decoded = decodeBytes(bytes);
      const t1 = performance.now();
      const ex = extractNotice(decoded.pieces, guessFormat(decoded.pieces[0]));
      const t2 = performance.now();
      findDates(ex.text, { publishedAt: ex.meta.publishedAt, encoding: decoded.encoding, title: ex.title });
      const t3 = performance.now();
      segmentOutline(ex.text, { body: ex.body, title: ex.title });
      const t4 = performance.now();
      parseNotice(bytes);
      const t5 = performance.now();
      if (it === 0) continue; // warm-up
      const stage = { decode: t1 - t0, extract: t2 - t1, dates: t3 - t2, outline: t4 - t3, total: t5 - t4 };
      stage.rest = Math.max(0, stage.total - (t4 - t0));
      for (const s of STAGES) perFile[i][s].push(stage[s]);
    }
  }
  const out = {};
  for (const s of STAGES) {
    const medians = perFile.map((f) => median(f[s]));
    out[s] = { totalMs: medians.reduce((a, b) => a + b, 0), medianMs: median(medians) };
  }
  return { files: files.length, bytes: inputs.reduce((a, b) => a + b.length, 0), iterations, stages: out };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs();
  const files = args.files ? readFileSync(args.files, 'utf8').split('\n').filter(Boolean).slice(0, Number(args.limit ?? 1e9)) : realPages();
  const r = stages(files, { iterations: Number(args.iterations ?? 5) });
  for (const s of STAGES) console.log(`${s}: median ${fmt(r.stages[s].medianMs, 2)} ms/file, ${fmt(r.stages[s].totalMs)} ms for ${r.files} files`);
}
