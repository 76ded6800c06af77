/**
 * The built CLI (dist/bundle, what bin/notice-parse.js runs) loads the big
 * optional libraries only when an input needs them: a UTF-8 text notice
 * starts without iconv-lite's code tables or cheerio, a GBK one loads
 * iconv-lite, an HTML page loads cheerio. Checked on the real build by
 * listing the CommonJS modules a spawned run had loaded when it exited.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/notice-parse.js');
const SEED = join(ROOT, 'fixtures/seed.txt');

/** A preload that prints, at exit, which packages under node_modules were required. */
function loadedPackages(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'notice-parse-bundle-'));
  const hook = join(dir, 'hook.cjs');
  writeFileSync(
    hook,
    "process.on('exit', () => { const names = new Set(Object.keys(require.cache).map((p) => (/node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(p) || [])[1]).filter(Boolean)); process.stderr.write('LOADED ' + [...names].sort().join(',') + '\\n'); });",
  );
  const run = spawnSync(process.execPath, ['--require', hook, BIN, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  const line = run.stderr.split('\n').find((l) => l.startsWith('LOADED ')) ?? '';
  return line.slice('LOADED '.length).split(',').filter(Boolean);
}

describe('the bundled CLI', () => {
  it('parses a UTF-8 text notice without loading iconv-lite or cheerio', () => {
    const loaded = loadedPackages(SEED);
    expect(loaded).not.toContain('iconv-lite');
    expect(loaded).not.toContain('cheerio');
  });

  it('loads iconv-lite for a GBK notice and cheerio for an HTML page', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-bundle-in-'));
    const gbk = join(dir, 'gbk.txt');
    writeFileSync(gbk, iconv.encode('关于开展安全检查的通知\n各单位：请于2024年3月25日前报送。', 'gbk'));
    expect(loadedPackages(gbk)).toContain('iconv-lite');
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><head><title>关于开展安全检查的通知</title></head><body><p>各单位：请报送。</p></body></html>');
    expect(loadedPackages(html)).toContain('cheerio');
  });
});
