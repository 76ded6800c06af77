// The benchmark report. `npm run bench [-- --quick] [-- --write] [-- --seed N]`
//
// Prints a markdown report; --write also puts it into BENCHMARKS.md between the
// results markers (the hand-written sections around them are kept).
// Full mode: 10k-notice corpus, ~6 minutes on 2 cores; --quick: ~2.5 minutes.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { compare } from './compare.mjs';
import { ensureCorpus } from './generate.mjs';
import { stages, STAGES } from './stages.mjs';
import { CLI, FIXTURES_DIR, REAL_DIR, ROOT, canPin, fmt, machine, median, parseArgs, passFail, probeMs, realPages, runNode, table } from './util.mjs';

const args = parseArgs();
const USAGE = `usage: npm run bench [-- --quick] [-- --write] [-- --seed N]
  --quick   smaller sizes, ~2.5 minutes (the full run takes ~6)
  --write   also put the report into BENCHMARKS.md between the results markers
  --seed N  another corpus (default 1)`;
const unknown = Object.keys(args).filter((k) => !['quick', 'write', 'seed', 'help'].includes(k));
const badSeed = args.seed !== undefined && !/^\d+$/.test(String(args.seed));
if (args.help || unknown.length > 0 || badSeed) {
  // A mistyped option would otherwise run the whole bench for minutes, ignoring it.
  if (unknown.length > 0) console.error(`bench: unknown option${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `--${k}`).join(', ')}`);
  if (badSeed) console.error('bench: --seed takes a whole number');
  console.error(USAGE);
  process.exit(args.help && unknown.length === 0 && !badSeed ? 0 : 2);
}
const quick = Boolean(args.quick);
const seed = Number(args.seed ?? 1);
const cfg = quick
  ? { n: 2000, subset: 400, small: 200, seedN: 1000, cold: 7, runs: 3, iterations: 2, jsdom: { iterations: 1, warmup: false }, sample: 50 }
  : { n: 10000, subset: 2000, small: 1000, seedN: 5000, cold: 20, runs: 3, iterations: 5, jsdom: { iterations: 1, warmup: true }, sample: 200 };
const started = performance.now();
const log = (msg) => console.error(`[${fmt((performance.now() - started) / 1000, 0).padStart(4)} s] ${msg}`);
const out = [];
const say = (...blocks) => out.push(...blocks.flatMap((b) => [b, '']));
const targets = [];
const target = (what, ok, detail) => targets.push([what, detail, passFail(ok)]);
// The machine's phase around each section: a fixed JS loop, timed before it (util.mjs, probeMs).
const probes = [];
const probe = (section) => {
  const ms = probeMs();
  probes.push([section, ms]);
  log(`  machine probe: ${fmt(ms)} ms`);
};

// ---- machine and corpus ----------------------------------------------------
const m = machine();
say(
  `Mode: **${quick ? 'quick' : 'full'}** (seed ${seed}), run ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
  `Machine: ${m.cpu}, ${m.cores} cores, ${m.memGiB} GiB RAM, Node ${m.node}, ${m.os}; load average at start ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}.`,
);
log(`machine: ${JSON.stringify(m)}`);
const corpus = ensureCorpus({ n: cfg.n, seed, log });
const seedCorpus = ensureCorpus({ n: cfg.seedN, seed, kind: 'seed', log });
// Four times as many: how fast a batch goes once each worker's JIT has warmed up (section 2).
const seedLong = ensureCorpus({ n: 4 * cfg.seedN, seed, kind: 'seed', log });
const c = corpus.manifest;
say(
  `Corpus (bench/generate.mjs): ${c.n} notices, ${fmt(c.bytes / 1e6)} MB, ${c.html} HTML / ${c.text} text, ${c.gbk} GBK, ` +
    `${fmt(c.minKB)}–${fmt(c.maxKB)} KB (median ${fmt(c.medianKB)} KB), in \`${corpus.dir}\`; ` +
    `seed-sized corpus: ${seedCorpus.manifest.n} UTF-8 text notices of ${fmt(seedCorpus.manifest.minKB)}–${fmt(seedCorpus.manifest.maxKB)} KB.`,
);

// ---- 1. cold start ------------------------------------------------------------
log('1. cold start');
probe('1. cold start');
const seedTxt = join(FIXTURES_DIR, 'seed.txt');
const htmlPage = join(REAL_DIR, 'govcn-p001-yijian-shuangsuiji.html');
const cold = { node: [], text: [], html: [] };
await runNode([CLI, seedTxt]); // warm the page cache
for (let i = 0; i < cfg.cold; i++) {
  cold.node.push((await runNode(['-e', '0'])).ms);
  cold.text.push((await runNode([CLI, seedTxt])).ms);
  cold.html.push((await runNode([CLI, htmlPage])).ms);
}
const base = median(cold.node);
const textRatio = median(cold.text) / base;
const htmlRatio = median(cold.html) / base;
target('cold start, text (fixtures/seed.txt) ≤ 1.5× `node -e 0`', textRatio <= 1.5, `${fmt(textRatio, 2)}×`);
target('cold start, HTML (govcn-p001) ≤ 2× `node -e 0`', htmlRatio <= 2, `${fmt(htmlRatio, 2)}×`);
say(
  `### 1. Single-file cold start (median of ${cfg.cold} runs each, interleaved)`,
  table(
    ['command', 'median ms', 'ratio to `node -e 0`', 'target', 'result'],
    [
      ['`node -e 0`', fmt(base), '1.00×', '', ''],
      ['`notice-parse fixtures/seed.txt`', fmt(median(cold.text)), `${fmt(textRatio, 2)}×`, '≤ 1.5×', passFail(textRatio <= 1.5)],
      ['`notice-parse …/govcn-p001-yijian-shuangsuiji.html`', fmt(median(cold.html)), `${fmt(htmlRatio, 2)}×`, '≤ 2×', passFail(htmlRatio <= 2)],
    ],
  ),
);

// ---- 2 + 3. batch throughput and peak memory -----------------------------
const listOf = (files, k, dir) => {
  const list = join(dir, `files-${k}.txt`);
  if (!existsSync(list)) writeFileSync(list, files.slice(0, k).join('\n') + '\n');
  return { list, n: k, bytes: files.slice(0, k).reduce((a, f) => a + statSync(f).size, 0) };
};
async function batchRun(input, jobs) {
  const r = await runNode([CLI, '--files-from', input.list, '--jsonl', '--jobs', String(jobs), '-q'], { usage: true });
  if (r.code !== 0) log(`  exit ${r.code}: ${r.stderr.split('\n').slice(0, 3).join(' | ')}`);
  return r;
}
function batchRow(input, jobs, results) {
  const ms = median(results.map((r) => r.ms));
  const row = { jobs, runs: results.length, n: input.n, bytes: input.bytes, ms, perSec: input.n / (ms / 1000), mbPerSec: input.bytes / 1e6 / (ms / 1000), rssMB: Math.max(...results.map((r) => r.rssMB ?? NaN)), rssMedianMB: median(results.map((r) => r.rssMB ?? NaN)), failed: results.some((r) => r.code !== 0) };
  log(`  ${input.n} files, --jobs ${jobs}: ${fmt(row.perSec)} notices/s, ${fmt(row.mbPerSec, 2)} MB/s, ${fmt(row.rssMB)} MB RSS`);
  return row;
}
async function batch(input, jobs, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await batchRun(input, jobs));
  return batchRow(input, jobs, results);
}
/**
 * `--jobs 2` against one core's worth of the work. A worker on a full
 * machine is one V8 isolate on one core, compiling its hot code for itself
 * (pool.ts): whole notices on half the list are a `--jobs 1` process with the
 * workers' flags, held to one CPU. Beside it: two of them at once, one on
 * each CPU (what the cores take from each other, and what `--jobs 2` would
 * take if its two workers each ran whole notices), `--jobs 2` on the whole
 * list (a pair of workers, each running half of every notice), and a plain
 * `--jobs 1` process on the half, which V8's compiler and GC threads let use
 * the idle core too. Interleaved run by run, so all meet the same phase of the VM.
 */
async function split(input, runs) {
  const lines = readFileSync(input.list, 'utf8').split('\n').filter(Boolean);
  const half = Math.ceil(lines.length / 2);
  const halves = [lines.slice(0, half), lines.slice(half)].map((part, i) => {
    const list = `${input.list.replace(/\.txt$/, '')}-half-${i + 1}.txt`;
    writeFileSync(list, part.join('\n') + '\n');
    return list;
  });
  const pinned = canPin();
  const { FLAGS_WHEN_CORES_ARE_FULL } = await import(join(ROOT, 'dist/cli/batch/pool.js'));
  const oneCore = (list, core) => runNode([...FLAGS_WHEN_CORES_ARE_FULL, CLI, '--files-from', list, '--jsonl', '--jobs', '1', '-q'], { usage: true, core });
  const runsOf = { one: [], pair: [], pool: [], free: [] };
  for (let i = 0; i < runs; i++) {
    if (pinned) {
      runsOf.one.push(await oneCore(halves[0], 0));
      const start = performance.now();
      await Promise.all(halves.map((list, core) => oneCore(list, core)));
      runsOf.pair.push({ ms: performance.now() - start });
    }
    runsOf.pool.push(await batchRun(input, 2));
    runsOf.free.push(await batchRun({ list: halves[0] }, 1));
  }
  const ms = (k) => (runsOf[k].length > 0 ? median(runsOf[k].map((r) => r.ms)) : null);
  const cores = (k) => median(runsOf[k].map((r) => r.cpuMs / r.ms));
  const row = { n: input.n, half, runs, pinned, one: ms('one'), pair: ms('pair'), pool: ms('pool'), poolCores: cores('pool'), free: ms('free'), freeCores: cores('free') };
  const oneCoreRuns = pinned ? `one core ${fmt(row.one)} ms, two cores ${fmt(row.pair)} ms` : 'no taskset, so no one-core runs';
  log(`  halves: ${oneCoreRuns}, --jobs 2 ${fmt(row.pool)} ms, --jobs 1 unpinned ${fmt(row.free)} ms`);
  return row;
}
/** Section 2's paragraph on `split`. */
function splitParagraph(h) {
  const s = (x) => `${fmt(x / 1000, 2)} s`;
  const head = `Against one core's worth of the work (not judged; medians of ${h.runs} runs, interleaved): `;
  const pinned = h.pinned
    ? `one \`--jobs 1\` process with the workers' compiler flags, held to one CPU (\`taskset\`), parses half the ${h.n} seed-sized notices (${h.half}) in ${s(h.one)}, as a worker running whole notices would on a core of its own; ` +
      `two of them at once, one on each CPU, take ${s(h.pair)} for both halves (${fmt(h.pair / h.one, 2)}× the one; 1.00× would mean the cores take nothing from each other); ` +
      `\`--jobs 2\`, a pair of workers each running half of every notice, takes ${s(h.pool)} on all ${h.n}, ${fmt(h.pool / h.pair, 2)}× the two whole-notice processes, keeping ${fmt(h.poolCores, 2)} cores busy. `
    : `(\`taskset\` is not available here, so the one-core runs are left out.) \`--jobs 2\` on all ${h.n} takes ${s(h.pool)}, keeping ${fmt(h.poolCores, 2)} cores busy. `;
  return (
    head +
    pinned +
    `A plain \`--jobs 1\` process on the half takes ${s(h.free)}, but keeps ${fmt(h.freeCores, 2)} cores busy (CPU time over wall time): V8 compiles and collects garbage on threads of its own, on the core that process leaves idle. ` +
    `The target needs ${s((h.n / 1500) * 1000)}.`
  );
}
log('2. batch throughput');
probe('2. batch');
const subset = listOf(corpus.files, cfg.subset, corpus.dir);
const seedSet = { list: seedCorpus.list, n: seedCorpus.manifest.n, bytes: seedCorpus.manifest.bytes };
const rows = [
  ['mixed corpus', await batch(subset, 1, cfg.runs)],
  ['mixed corpus', await batch(subset, 2, cfg.runs)],
  ['seed-sized text', await batch(seedSet, 1, cfg.runs)],
  ['seed-sized text', await batch(seedSet, 2, cfg.runs)],
];
const halves = await split(seedSet, cfg.runs);
const longSet = { list: seedLong.list, n: seedLong.manifest.n, bytes: seedLong.manifest.bytes };
const seedLong2 = await batch(longSet, 2, cfg.runs);
log('3. peak memory');
probe('3. memory');
// Three runs each, compared by their medians: one run's peak depends on when V8 happened to collect (1.1–1.4× apart between runs of the same input).
const small = await batch(listOf(corpus.files, cfg.small, corpus.dir), 2, cfg.runs);
const full = await batch({ list: corpus.list, n: c.n, bytes: c.bytes }, 2, cfg.runs);
// Context for the judgement: the same list twice. If the peak is a steady heap size rather than a leak, it stops growing here.
const doubledList = join(corpus.dir, `files-twice-${c.n}.txt`);
if (!existsSync(doubledList)) writeFileSync(doubledList, [...corpus.files, ...corpus.files].join('\n') + '\n');
const doubled = await batch({ list: doubledList, n: 2 * c.n, bytes: 2 * c.bytes }, 2, cfg.runs);
rows.push(['seed-sized text', seedLong2], ['mixed corpus', full]);
const seed2 = rows[3][1];
// The notices the long batch has beyond the short one, over the time they added: the rate once start-up and JIT warm-up are paid.
const pastWarmUp = (seedLong2.n - seed2.n) / ((seedLong2.ms - seed2.ms) / 1000);
target('batch, seed-sized text, `--jobs 2` ≥ 1,500 notices/s', seed2.perSec >= 1500, `${fmt(seed2.perSec)} notices/s`);
const flat = full.rssMedianMB / small.rssMedianMB;
target(`peak RSS flat from ${small.n} to ${c.n} inputs (≤ 1.25×, medians of ${cfg.runs} runs)`, flat <= 1.25, `${fmt(small.rssMedianMB)} → ${fmt(full.rssMedianMB)} MB (${fmt(flat, 2)}×)`);
say(
  `### 2. Batch throughput (\`notice-parse --files-from LIST --jsonl --jobs N -q > /dev/null\`, wall time incl. start-up)`,
  table(
    ['input', 'notices', 'MB', '--jobs', 'runs (median)', 'notices/s', 'MB/s', 'peak RSS MB'],
    rows.map(([what, r]) => [what + (r.failed ? ' (some inputs failed!)' : ''), r.n, fmt(r.bytes / 1e6), r.jobs, r.runs, fmt(r.perSec), fmt(r.mbPerSec, 2), fmt(r.rssMB)]),
  ),
  `Target ≥ 1,500 seed-sized text notices/s with \`--jobs 2\`: ${fmt(seed2.perSec)}/s → **${passFail(seed2.perSec >= 1500)}**. ` +
    `\`--jobs 2\` vs \`--jobs 1\` speed-up: ${fmt(rows[1][1].perSec / rows[0][1].perSec, 2)}× (mixed), ${fmt(seed2.perSec / rows[2][1].perSec, 2)}× (seed-sized).`,
  `Past the warm-up (not judged; the target is on ${seed2.n}): the ${longSet.n - seed2.n} seed-sized notices that the ${longSet.n}-notice batch has beyond the ${seed2.n}-notice one added ${fmt((seedLong2.ms - seed2.ms) / 1000, 2)} s with \`--jobs 2\`, ${fmt(pastWarmUp)} notices/s. ` +
    'Each worker thread is a V8 isolate that compiles the hot code again for itself; see "Batch, fifth round".',
  splitParagraph(halves),
  `### 3. Peak memory (max RSS of the CLI process, worker threads included, \`--jobs 2\`, ${cfg.runs} runs each)`,
  table(['inputs', 'peak RSS MB, median', 'peak RSS MB, highest run'], [[small.n, fmt(small.rssMedianMB), fmt(small.rssMB)], [c.n, fmt(full.rssMedianMB), fmt(full.rssMB)], [`${doubled.n} (the ${c.n} twice)`, fmt(doubled.rssMedianMB), fmt(doubled.rssMB)]]),
  `${doubled.n} vs ${c.n} inputs (medians): ${fmt(doubled.rssMedianMB / full.rssMedianMB, 2)}× (not judged; it shows whether the peak keeps growing).`,
  `${c.n} vs ${small.n} inputs (medians): ${fmt(flat, 2)}× → ${flat <= 1.25 ? 'flat' : 'grows'} (**${passFail(flat <= 1.25)}**, taking ≤ 1.25× as flat).`,
);

// ---- 4. side by side ----------------------------------------------------------
log('4. side by side on the real pages');
probe('4. side by side');
const cmp = await compare({ iterations: cfg.iterations, jsdom: cfg.jsdom, log });
const R = cmp.results;
const names = Object.keys(R);
const [ours, floor, linkedom, jsdom, ourDates, chronoDates] = names.map((k) => R[k]);
const mbps = (r) => cmp.bytes / 1e6 / (r.totalMs / 1000);
const vsOurs = (k) => (k.startsWith('dates:') ? R[k].totalMs / ourDates.totalMs : R[k].totalMs / ours.totalMs);
say(
  `### 4. Side by side, in-process, on the ${cmp.pages.length} real pages (${fmt(cmp.bytes / 1e6, 2)} MB; median of ${cmp.iterations} passes after a warm-up, the contenders' passes interleaved; Readability+jsdom: ${cfg.jsdom.iterations} pass${cfg.jsdom.warmup ? ' after a warm-up' : ', no warm-up'})`,
  'notice-parse and the floor start from the file (read + decode); Readability gets the already decoded string; the two date parsers get the same text (notice-parse\'s extracted text).',
  table(
    ['tool', 'median ms/page', 'ms for all pages', 'MB/s', 'time ÷ notice-parse (dates rows: ÷ our findDates)', 'non-empty results'],
    names.map((k) => [k, fmt(R[k].medianMsPerPage, 2), fmt(R[k].totalMs), fmt(mbps(R[k]), 2), `${fmt(vsOurs(k), 2)}×`, `${R[k].found}/${cmp.pages.length}`]),
  ),
);
target('HTML ≥ 25 MB/s per core on the real pages', mbps(ours) >= 25, `${fmt(mbps(ours), 2)} MB/s`);
target('within 3× of the htmlparser2 floor', ours.totalMs / floor.totalMs <= 3, `${fmt(ours.totalMs / floor.totalMs, 2)}× the floor`);
target('≥ 3× faster than Readability + linkedom', linkedom.totalMs / ours.totalMs >= 3, `${fmt(linkedom.totalMs / ours.totalMs, 2)}× faster`);
target('≥ 15× faster than Readability + jsdom', jsdom.totalMs / ours.totalMs >= 15, `${fmt(jsdom.totalMs / ours.totalMs, 2)}× faster`);
say(`Dates only: our findDates ${fmt(ourDates.totalMs)} ms vs chrono-node zh ${fmt(chronoDates.totalMs)} ms for all pages (chrono ÷ ours = ${fmt(chronoDates.totalMs / ourDates.totalMs, 2)}×; no target).`);

// ---- 5. per stage -------------------------------------------------------------
log('5. per stage');
probe('5. per stage');
const st = stages(realPages(), { iterations: cfg.iterations });
const gen = stages(corpus.files.slice(0, cfg.sample), { iterations: Math.max(1, cfg.iterations - 2) });
const share = (s, x) => `${fmt((100 * x.stages[s].totalMs) / x.stages.total.totalMs, 0)}%`;
say(
  `### 5. Per stage (stage functions imported from dist/; median per file over ${st.iterations} passes after a warm-up; rest = signatures, contacts, attachments, sha256, assembly + zod validation)`,
  table(
    ['stage', `real pages: median ms/page`, 'ms for all 39', 'share', `generated (first ${gen.files}): median ms/file`, `ms for all ${gen.files}`, 'share'],
    STAGES.map((s) => [s, fmt(st.stages[s].medianMs, 2), fmt(st.stages[s].totalMs), share(s, st), fmt(gen.stages[s].medianMs, 2), fmt(gen.stages[s].totalMs), share(s, gen)]),
  ),
);

// ---- summary --------------------------------------------------------------------
probe('end');
const probeLine =
  `Machine probe (a fixed loop of plain JavaScript, ms, lower is faster; this VM runs in phases about 1.8× apart, see "Batch, sixth round"): ` +
  probes.map(([section, ms]) => `${section} ${fmt(ms)}`).join(', ') +
  '.';
const summary = ['### Targets', '', table(['target', 'measured', 'result'], targets), '', probeLine, '', `Total bench time: ${fmt((performance.now() - started) / 1000, 0)} s; load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (it counts the bench's own processes too: its \`--jobs 2\` runs alone keep it near 2 on 2 cores).`];
const report = [...summary, '', ...out].join('\n');
console.log(report);
if (args.write) {
  const path = join(ROOT, 'BENCHMARKS.md');
  const [begin, end] = ['<!-- results:begin -->', '<!-- results:end -->'];
  const doc = existsSync(path) ? readFileSync(path, 'utf8') : `# Benchmarks\n\n${begin}\n${end}\n`;
  const i = doc.indexOf(begin);
  const j = doc.indexOf(end);
  if (i < 0 || j < 0) throw new Error(`BENCHMARKS.md lacks the ${begin} / ${end} markers`);
  writeFileSync(path, `${doc.slice(0, i + begin.length)}\n${report}\n${doc.slice(j)}`);
  log('wrote BENCHMARKS.md');
}
