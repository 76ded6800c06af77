// A/B of two builds of the library in one process, passes interleaved, so that
// both see the same machine: on a shared 2-core VM, wall time between separate
// runs varied by ±40% within minutes, far more than most changes. Reports the
// median pass time of each and the median of the paired ratios B/A.
//
//   git stash && npm run build && rm -rf .bench/dist-A && cp -r dist .bench/dist-A && git stash pop && npm run build
//   node bench/ab.mjs .bench/dist-A dist [html|seed]
//
// (A build must sit inside the project, where its imports of zod and
// htmlparser2 resolve; .bench/ is git-ignored.) html: the 39 real pages;
// seed: fixtures/seed.txt 40 times per pass.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median, realPages } from './util.mjs';

const [dirA, dirB, kind = 'html'] = process.argv.slice(2);
if (!dirA || !dirB) {
  console.error('usage: node bench/ab.mjs DIST_A DIST_B [html|seed]');
  process.exit(2);
}
const load = async (dir) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)).parseNotice;
const [parseA, parseB] = [await load(dirA), await load(dirB)];
const inputs = kind === 'html' ? realPages().map((p) => readFileSync(p)) : Array.from({ length: 40 }, () => readFileSync(new URL('../fixtures/seed.txt', import.meta.url)));

const pass = (parse) => {
  const t = performance.now();
  for (const bytes of inputs) parse(bytes, { path: 'x' });
  return performance.now() - t;
};
for (let i = 0; i < 5; i++) [pass(parseA), pass(parseB)]; // warm-up (and past the validator's switch to compiled)
const a = [];
const b = [];
for (let i = 0; i < 30; i++) {
  // Alternate which goes first, so neither always runs on a warmer cache.
  if (i % 2) [a[i], b[i]] = [pass(parseA), pass(parseB)];
  else [b[i], a[i]] = [pass(parseB), pass(parseA)];
}
const ratios = a.map((x, i) => b[i] / x);
console.log(`A ${median(a).toFixed(1)} ms/pass, B ${median(b).toFixed(1)} ms/pass, B/A median of paired ratios ${median(ratios).toFixed(3)} (${kind}, 30 passes)`);
