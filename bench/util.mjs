// Shared helpers for the benchmark scripts: PRNG, statistics, paths, tables, child timing.
import { spawn, spawnSync } from 'node:child_process';
import { openSync, closeSync, readFileSync, rmSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(ROOT, 'bin/notice-parse.js');
export const REAL_DIR = resolve(ROOT, '../shared/corpus/real');
export const FIXTURES_DIR = join(ROOT, 'fixtures');
const RSS_HOOK = join(ROOT, 'bench/rss-hook.mjs');

/** The 39 real HTML pages (sorted, so every run sees them in one order). */
export const realPages = () =>
  readdirSync(REAL_DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(REAL_DIR, f));

/** mulberry32: a small, fast, seedable PRNG returning floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Random helpers over one PRNG. */
export function randomTools(rand) {
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1)); // inclusive
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const chance = (p) => rand() < p;
  return { rand, int, pick, chance };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
  };
}

export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : String(x));
export const passFail = (ok) => (ok ? 'PASS' : 'FAIL');

/** A markdown table (also readable in a terminal). */
export function table(header, rows) {
  const all = [header, ...rows].map((r) => r.map(String));
  const widths = header.map((_, i) => Math.max(...all.map((r) => [...r[i]].length)));
  const line = (r) => `| ${r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join(' | ')} |`;
  return [line(all[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...all.slice(1).map(line)].join('\n');
}

/**
 * Run `node ...args` to completion; stdout goes to /dev/null (or a file).
 * Returns wall ms, exit code, stderr, and with `usage` the child's peak RSS in
 * MB and its CPU time in ms, worker threads included (read by
 * bench/rss-hook.mjs from process.resourceUsage() when it exits). With
 * `core`, the child and all its threads run on that CPU alone (`taskset`, see
 * canPin).
 */
export function runNode(args, { usage = false, core = null, stdoutFile = '/dev/null', cwd = ROOT } = {}) {
  const usageFile = usage ? join(os.tmpdir(), `np-bench-usage-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
  const nodeArgs = usage ? ['--import', RSS_HOOK, ...args] : args;
  const [command, commandArgs] = core === null ? [process.execPath, nodeArgs] : ['taskset', ['-c', String(core), process.execPath, ...nodeArgs]];
  const out = openSync(stdoutFile, 'w');
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(command, commandArgs, {
      cwd,
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, NO_COLOR: '1', ...(usageFile ? { NP_BENCH_RSS_FILE: usageFile } : {}) },
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      closeSync(out);
      done({ ms, code, stderr, ...readUsage(usageFile) });
    });
  });
}

/** What bench/rss-hook.mjs wrote, as MB and ms; nulls when there is none (no hook, or the child died first). */
function readUsage(file) {
  if (file === null) return { rssMB: null, cpuMs: null };
  try {
    const { maxRSS, cpuMicros } = JSON.parse(readFileSync(file, 'utf8'));
    rmSync(file);
    return { rssMB: maxRSS / 1024, cpuMs: cpuMicros / 1000 };
  } catch {
    return { rssMB: null, cpuMs: null };
  }
}

/** Whether `taskset` can hold a child to one CPU here (util-linux, Linux only). */
export function canPin() {
  return spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0'], { stdio: 'ignore' }).status === 0;
}

/** Time `fn` once, in ms. */
export function timeIt(fn) {
  const t = performance.now();
  const value = fn();
  return [performance.now() - t, value];
}

/** Simple `--flag value` / `--flag` parsing. */
export function parseArgs(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, v] = a.slice(2).split('=');
    if (v !== undefined) out[k] = v;
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
    else out[k] = true;
  }
  return out;
}

let probeText;
/** How many times `ch` occurs in `text`, by character codes: the probe's loop. */
function countChar(text, ch) {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === ch) n++;
  return n;
}

/**
 * The machine's own speed at this moment: a fixed loop of plain JavaScript
 * (five scans of a 3 MB string), median ms of five runs in this process.
 * This VM runs in phases about 1.8× apart, for seconds to minutes at a time,
 * and every timing moves with them (BENCHMARKS.md, "Batch, sixth round"); the
 * probe says which phase a section ran in. Same loop, same machine: lower is faster.
 */
export function probeMs() {
  probeText ??= 'abc<def>ghi 通知公告 '.repeat(150_000);
  const times = [];
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    for (let k = 0; k < 5; k++) countChar(probeText, 60);
    times.push(performance.now() - t);
  }
  return median(times);
}
