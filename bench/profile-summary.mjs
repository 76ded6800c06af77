// Sums self time per function and per module over .cpuprofile files (from `node --cpu-prof`).
//
//   node bench/profile-summary.mjs /tmp/np-prof [--top 15]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fmt, parseArgs, ROOT } from './util.mjs';

const dir = process.argv[2];
const top = Number(parseArgs().top ?? 15);
const where = (url) => {
  if (!url) return '(native/vm)';
  const path = url.replace(/^file:\/\//, '');
  const pkg = [...path.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].pop();
  if (pkg) return `pkg:${pkg[1]}`;
  if (path.startsWith('node:')) return 'node:internal';
  return path.replace(`${ROOT}/`, '');
};
for (const file of readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort()) {
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  const nodes = new Map(prof.nodes.map((n) => [n.id, n.callFrame]));
  const byFn = new Map();
  const byModule = new Map();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const ms = (prof.timeDeltas[i] ?? 0) / 1000;
    const cf = nodes.get(id);
    const mod = where(cf.url);
    const fn = `${cf.functionName || '(anonymous)'}  ${mod}${cf.url ? `:${cf.lineNumber + 1}` : ''}`;
    byFn.set(fn, (byFn.get(fn) ?? 0) + ms);
    const m = mod.startsWith('pkg:') || mod.startsWith('(') || mod === 'node:internal' ? mod : mod.split('/').slice(0, 2).join('/');
    byModule.set(m, (byModule.get(m) ?? 0) + ms);
    total += ms;
  });
  const show = (title, map) => {
    console.log(`  ${title}`);
    for (const [k, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`    ${fmt(ms).padStart(8)} ms ${fmt((100 * ms) / total).padStart(5)}%  ${k}`);
  };
  console.log(`${file}: ${fmt(total)} ms sampled`);
  show('self time by function', byFn);
  show('self time by module (dist folder / package)', byModule);
}
