/**
 * bin/load-bundle.js compiles dist/bundle/cli.cjs and on-demand.cjs with the
 * V8 code caches the build wrote beside them. These run the real build: V8
 * must take each cache (or every start pays a full compile again, silently),
 * a cache made from other bytes must not be offered to V8, and without a
 * usable cache the CLI must still give the same output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CODE_CACHE_WHEN_CORES_ARE_FULL, FLAGS_WHEN_CORES_ARE_FULL } from '../../src/cli/batch/pool.js';
import { ROOT } from '../helpers.js';

/**
 * A script that loads the bundle through `loader` with `options` (source),
 * runs it so that it loads both files (--version needs the option parser,
 * which is on demand), and calls `report` (source) with each file's
 * `script.cachedDataRejected`: 'false' = taken, 'undefined' = not offered.
 */
const verdictsProbe = (loader: string, options: string, report: string) => `
  const { exports, loaded } = require(${JSON.stringify(loader)}).loadBundle(${options});
  const quiet = { write: () => true };
  exports.main({ argv: ['--version'], cwd: '.', stdin: process.stdin, stdout: quiet, stderr: quiet, colorLevel: 0 }).then(() =>
    ${report}(Object.fromEntries(loaded.map(({ file, script }) => [require('node:path').basename(file), String(script.cachedDataRejected)]))));`;

/** Run `probe` in a node of its own, in `cwd`; the verdicts it printed. */
function spawnedVerdicts(probe: string, cwd: string): Record<string, string> {
  const run = spawnSync(process.execPath, ['-e', probe], { cwd, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, string>;
}

const printVerdicts = '((verdicts) => process.stdout.write(JSON.stringify(verdicts)))';

/** The verdicts of a run of the bundle of the tree at `root`, in its main thread. */
const cacheVerdicts = (root: string) => spawnedVerdicts(verdictsProbe('./bin/load-bundle.js', '', printVerdicts), root);

/**
 * The verdicts in a batch worker of the real build: a worker thread started
 * as the pool starts one when its workers take every core, with the pool's V8
 * flags set first, loading the caches made under them.
 */
function workerCacheVerdicts(): Record<string, string> {
  const inWorker = verdictsProbe(join(ROOT, 'bin/load-bundle.js'), `{ variant: ${JSON.stringify(CODE_CACHE_WHEN_CORES_ARE_FULL)} }`, "require('node:worker_threads').parentPort.postMessage");
  const probe = `
    for (const flag of ${JSON.stringify(FLAGS_WHEN_CORES_ARE_FULL)}) require('node:v8').setFlagsFromString(flag);
    new (require('node:worker_threads').Worker)(${JSON.stringify(inWorker)}, { eval: true })
      .once('message', ${printVerdicts})
      .once('error', (error) => { throw error; });`;
  return spawnedVerdicts(probe, ROOT);
}

const parse = (root: string, input: string) => spawnSync(process.execPath, [join(root, 'bin/notice-parse.js'), input], { cwd: ROOT, encoding: 'utf8' });
const INPUTS = ['fixtures/seed.txt', 'fixtures/nav-longer-than-notice.html'];

/** The CLI of the tree at `root` parses the text and the HTML fixture as the real build does. */
function expectSameOutput(root: string): void {
  for (const input of INPUTS) {
    const run = parse(root, input);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(parse(ROOT, input).stdout);
  }
}

/** Change one character of `file` in the tree at `root`, keeping its length, inside the first `marker`. */
function editSameLength(root: string, file: string, marker: string): void {
  const path = join(root, 'dist/bundle', file);
  const source = readFileSync(path, 'latin1');
  const at = source.indexOf(marker);
  expect(at).toBeGreaterThan(0);
  writeFileSync(path, `${source.slice(0, at)}N${source.slice(at + 1)}`, 'latin1');
}

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of bin/, dist/bundle/ and package.json (all a run on a UTF-8 notice or page needs) to tamper with. */
function copyOfBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'notice-parse-cache-'));
  copies.push(root);
  cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist/bundle'), join(root, 'dist/bundle'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  return root;
}

describe('the code caches of the bundled CLI', () => {
  it('are taken by V8 on the build they were made for', () => {
    expect(cacheVerdicts(ROOT)).toEqual({ 'cli.cjs': 'false', 'on-demand.cjs': 'false' });
  });

  it('are taken by V8 in a batch worker under the V8 flags the pool gives it, from the caches made under them', () => {
    expect(workerCacheVerdicts()).toEqual({ 'cli.cjs': 'false', 'on-demand.cjs': 'false' });
  });

  // Same length, other bytes: the one change V8's own check (the length) would miss.
  it.each([
    ['cli.cjs', 'refusing to overwrite the input file'],
    ['on-demand.cjs', 'notice-parse output contract'],
  ])('are not offered for %s when its bytes changed, and the CLI still parses', (file, marker) => {
    const root = copyOfBuild();
    editSameLength(root, file, marker);
    const verdicts = cacheVerdicts(root);
    expect(verdicts[file]).toBe('undefined');
    expect(Object.values(verdicts).filter((v) => v === 'false')).toHaveLength(1);
    expectSameOutput(root);
  });

  it('are not needed: without them the output is the same', () => {
    const root = copyOfBuild();
    for (const file of ['cli.cjs', 'on-demand.cjs']) rmSync(join(root, 'dist/bundle', `${file}.cache`));
    expect(cacheVerdicts(root)).toEqual({ 'cli.cjs': 'undefined', 'on-demand.cjs': 'undefined' });
    expectSameOutput(root);
  });

  it.each([['cli.cjs'], ['on-demand.cjs']])('belong to an ASCII-only %s, which the loader reads as Latin-1', (file) => {
    const bytes = readFileSync(join(ROOT, 'dist/bundle', file));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
