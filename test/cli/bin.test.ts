import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

/** The built bin, spawned as a user runs it (needs `npm run build`, which `npm test` does first). */
function spawnBin(args: string[], input?: Buffer) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bin/notice-parse.js'), ...args], { cwd: ROOT, input, encoding: 'utf8' });
  return { exitCode: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('bin/notice-parse.js (spawned)', () => {
  it('is executable with a node shebang', () => {
    expect(readFileSync(join(ROOT, 'bin/notice-parse.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
  });

  it('parses the bundled seed', () => {
    const run = spawnBin(['fixtures/seed.txt']);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schemaVersion: '1', input: { path: 'fixtures/seed.txt' } });
  });

  it('reads stdin', () => {
    const run = spawnBin(['-'], readFileSync(join(ROOT, 'fixtures/seed.txt')));
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ input: { path: null } });
  });

  it('exits 1 with one line on stderr for a missing file', () => {
    expect(spawnBin(['missing.txt'])).toEqual({ exitCode: 1, stdout: '', stderr: 'notice-parse: missing.txt: no such file\n' });
  });

  it('exits 2 on a usage error', () => {
    expect(spawnBin(['--nope']).exitCode).toBe(2);
  });
});
