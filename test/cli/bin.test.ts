import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { spawnWithProbe } from './probe.js';

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

  describe('with stdout redirected to a file or /dev/null', () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-bin-'));

    /** Run the bin with stdout going to `target`: its exit code, stderr, and the Node modules it loaded. */
    function spawnTo(target: string, args: string[]) {
      const fd = openSync(target, 'w');
      try {
        const run = spawnWithProbe(args, 'process.moduleLoadList', { stdout: fd });
        return { exitCode: run.status, stderr: run.stderr, loaded: run.names };
      } finally {
        closeSync(fd);
      }
    }

    it('writes what it writes to a pipe', () => {
      const file = join(dir, 'out.json');
      const run = spawnTo(file, ['fixtures/seed.txt']);
      expect(run.exitCode).toBe(0);
      expect(readFileSync(file, 'utf8')).toBe(spawnBin(['fixtures/seed.txt']).stdout);
    });

    it.each([['a file'], ['/dev/null']])('builds neither stdout nor stderr as a stream for %s (they load net, tty or fs streams)', (what) => {
      const run = spawnTo(what === 'a file' ? join(dir, 'quiet.json') : '/dev/null', ['fixtures/seed.txt']);
      expect(run.exitCode).toBe(0);
      for (const module of ['NativeModule net', 'NativeModule tty', 'NativeModule internal/fs/sync_write_stream']) expect(run.loaded).not.toContain(module);
    });

    it('says in one line that stdout took no more, and exits 1', () => {
      const run = spawnTo('/dev/full', ['fixtures/seed.txt']);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe('notice-parse: stdout: no space left on the device');
    });

    it('writes all of a result to a file, or fails saying why, never cuts it short quietly', () => {
      // A file size limit of 8 KiB: the first write is cut short, the next one fails (Node ignores SIGXFSZ).
      const file = join(dir, 'limited.json');
      const whole = spawnBin(['fixtures/seed.txt', '--pretty']).stdout;
      const run = spawnSync('bash', ['-c', `ulimit -f 8 && exec "${process.execPath}" bin/notice-parse.js fixtures/seed.txt --pretty > "${file}"`], { cwd: ROOT, encoding: 'utf8' });
      expect(Buffer.byteLength(whole)).toBeGreaterThan(8192);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^notice-parse: stdout: EFBIG: file too large, write\n$/);
      const written = readFileSync(file);
      expect(written.length).toBe(8192);
      expect(written.equals(Buffer.from(whole).subarray(0, 8192))).toBe(true);
    });

    it('still reports an error on stderr', () => {
      const run = spawnTo(join(dir, 'none.json'), ['missing.txt']);
      expect(run.exitCode).toBe(1);
      expect(run.stderr).toBe('notice-parse: missing.txt: no such file');
    });
  });
});
