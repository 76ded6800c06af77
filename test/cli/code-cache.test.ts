/**
 * bin/load-bundle.js compiles dist/bundle/cli.cjs with the V8 code cache the
 * build wrote beside it. These run the real build: V8 must take the cache (or
 * every start pays a full compile again, silently), a cache made from other
 * bytes must not be offered to V8, and without a usable cache the CLI must
 * still give the same output.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** `script.cachedDataRejected` after loading the bundle of the tree at `root`: false = taken, undefined = not offered. */
function cacheVerdict(root: string): string {
  const probe = "const { script } = require('./bin/load-bundle.js').loadBundle(); process.stdout.write(String(script.cachedDataRejected));";
  const run = spawnSync(process.execPath, ['-e', probe], { cwd: root, encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const parseSeed = (root: string) => spawnSync(process.execPath, [join(root, 'bin/notice-parse.js'), 'fixtures/seed.txt'], { cwd: ROOT, encoding: 'utf8' });

const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of bin/, dist/bundle/ and package.json (all a run on a UTF-8 notice needs) to tamper with. */
function copyOfBuild(): string {
  const root = mkdtempSync(join(tmpdir(), 'notice-parse-cache-'));
  copies.push(root);
  cpSync(join(ROOT, 'bin'), join(root, 'bin'), { recursive: true });
  cpSync(join(ROOT, 'dist/bundle'), join(root, 'dist/bundle'), { recursive: true });
  cpSync(join(ROOT, 'package.json'), join(root, 'package.json'));
  return root;
}

describe('the code cache of the bundled CLI', () => {
  it('is taken by V8 on the build it was made for', () => {
    expect(cacheVerdict(ROOT)).toBe('false');
  });

  it('is not offered for a bundle whose bytes changed, and the CLI still parses', () => {
    const root = copyOfBuild();
    const bundle = join(root, 'dist/bundle/cli.cjs');
    // Same length, other bytes: the one change V8's own check (the length) would miss.
    const source = readFileSync(bundle, 'latin1');
    const at = source.indexOf('notice-parse output contract');
    expect(at).toBeGreaterThan(0);
    writeFileSync(bundle, `${source.slice(0, at)}N${source.slice(at + 1)}`, 'latin1');
    expect(cacheVerdict(root)).toBe('undefined');
    const run = parseSeed(root);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(parseSeed(ROOT).stdout);
  });

  it('is not needed: without it the output is the same', () => {
    const root = copyOfBuild();
    rmSync(join(root, 'dist/bundle/cli.cjs.cache'));
    expect(cacheVerdict(root)).toBe('undefined');
    const run = parseSeed(root);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toBe(parseSeed(ROOT).stdout);
  });

  it('belongs to an ASCII-only bundle, which the loader reads as Latin-1', () => {
    const bytes = readFileSync(join(ROOT, 'dist/bundle/cli.cjs'));
    expect(bytes.findIndex((byte) => byte > 0x7f)).toBe(-1);
  });
});
