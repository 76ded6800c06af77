/**
 * The built CLI (dist/bundle, what bin/notice-parse.js runs) loads only what
 * an input needs: iconv-lite and its code tables not for UTF-8, GBK (decoded
 * by Node itself) or HTML, but for Big5; and a single file starts none of the
 * Node modules that only a batch, stdin or a terminal use. Checked on the real
 * build by listing what a spawned run had loaded when it exited.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { spawnWithProbe } from './probe.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(ROOT, 'fixtures/seed.txt');

/** spawnWithProbe, for a run that must succeed: the names it listed. */
function loadedAtExit(args: readonly string[], names: string, setup = ''): string[] {
  const run = spawnWithProbe(args, names, { setup });
  expect(run.status, run.stderr).toBe(0);
  return run.names;
}

/** The packages under node_modules a run required. */
const loadedPackages = (file: string) =>
  loadedAtExit([file], "[...new Set(Object.keys(require.cache).map((p) => (/node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(p) || [])[1]).filter(Boolean))]");

/**
 * Whether a run built the zod schema: its module's first act is setting
 * zod's error messages (z.config), which zod keeps on globalThis.
 */
const builtSchema = (file: string, args?: readonly string[]) =>
  loadedAtExit(args ?? [file], '[String(typeof globalThis.__zod_globalConfig?.localeError)]')[0] === 'function';

/** The files of dist/bundle/ a run read (the loader reads each script and its cache). */
const bundleFilesRead = (args: readonly string[]) =>
  loadedAtExit(
    args,
    '[...globalThis.bundleReads].sort()',
    `const fs = require('node:fs'); const read = fs.readFileSync; globalThis.bundleReads = new Set();
     fs.readFileSync = function (path, ...rest) { if (typeof path === 'string' && path.includes('/dist/bundle/')) globalThis.bundleReads.add(path.split('/').pop()); return read.call(this, path, ...rest); };`,
  );

/** The Node built-in modules a run loaded. */
const loadedBuiltins = (file: string) =>
  loadedAtExit([file], "process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13))");

describe('the bundled CLI', () => {
  it('parses UTF-8 and GBK text and HTML without loading iconv-lite', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-bundle-in-'));
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, iconv.encode('关于开展安全检查的通知\n各单位：请于2024年3月25日前报送。', 'gbk'));
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><head><title>关于开展安全检查的通知</title></head><body><p>各单位：请报送。</p></body></html>');
    for (const file of [SEED, gbk, html]) expect(loadedPackages(file)).not.toContain('iconv-lite');
  });

  it('loads iconv-lite for a Big5 notice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-bundle-in-'));
    const big5 = join(dir, 'big5.txt');
    writeFileSync(big5, iconv.encode('關於開展安全檢查的通知\n各單位：請於2024年3月25日前報送。', 'big5'));
    expect(loadedPackages(big5)).toContain('iconv-lite');
  });
});

describe('a single text notice', () => {
  it('starts no module that only a batch, stdin, a terminal or a subcommand needs', () => {
    const loaded = loadedBuiltins(SEED);
    expect(loaded).toContain('crypto'); // the probe works: the input's SHA-256 needs it
    for (const name of ['worker_threads', 'internal/fs/promises', 'readline', 'tty', 'child_process']) expect(loaded).not.toContain(name);
  });
});

describe('on-demand.cjs', () => {
  it('is not read for a plain text notice, and is for an HTML page, an option or --schema', () => {
    expect(bundleFilesRead([SEED])).toEqual(['cli.cjs', 'cli.cjs.cache']);
    const onDemand = ['cli.cjs', 'cli.cjs.cache', 'on-demand.cjs', 'on-demand.cjs.cache'];
    expect(bundleFilesRead([join(ROOT, 'fixtures/nav-longer-than-notice.html')])).toEqual(onDemand);
    expect(bundleFilesRead(['--pretty', SEED])).toEqual(onDemand);
    expect(bundleFilesRead(['--schema'])).toEqual(onDemand);
  });
});

describe('batch workers', () => {
  /**
   * What the bundle's main prints for a --format tree batch of two inputs with
   * colour on, as a terminal would get it: run in a process of its own, with
   * `jobs` threads, whose workers start from bin/worker.js and load chalk on
   * first use (the lazy namespace in scripts/bundle.mjs).
   */
  const colouredTree = (jobs: number) => {
    const probe = `
      const { exports } = require('./bin/load-bundle.js').loadBundle();
      let out = '';
      const stdout = { write: (chunk, done) => { out += Buffer.from(chunk).toString('utf8'); done?.(); return true; } };
      const quiet = { write: () => true };
      exports.main({ argv: ['fixtures/seed.txt', 'fixtures/inspection-county-xuncha.txt', '--format', 'tree', '--jobs', '${jobs}', '-q'], cwd: '.', stdin: process.stdin, stdout, stderr: quiet, colorLevel: 0, stdoutColorLevel: 3, cpus: 2 })
        .then((code) => process.stdout.write(JSON.stringify({ code, out })));`;
    const run = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as { code: number; out: string };
  };

  it('colour their output when the terminal takes colour, as the main thread does', () => {
    const threads = colouredTree(2);
    expect(threads.code).toBe(0);
    expect(threads.out).toMatch(/\u001b\[[0-9;]*m/);
    expect(threads.out).toBe(colouredTree(1).out);
  });
});

describe('the zod schema', () => {
  it('is not built to parse and validate a notice, text or HTML (the generated validator checks it)', () => {
    expect(builtSchema(SEED)).toBe(false);
    expect(builtSchema(join(ROOT, 'fixtures/nav-longer-than-notice.html'))).toBe(false);
  });

  it('is built for --schema (the probe sees it)', () => {
    expect(builtSchema(SEED, ['--schema'])).toBe(true);
  });
});
