import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readListedFile } from '../../src/cli/io.js';
import { ROOT } from '../helpers.js';

const folder = () => mkdtempSync(join(tmpdir(), 'notice-parse-io-'));

describe('reading a file the batch listed as a regular file', () => {
  it('gives its bytes, as readFileSync does', () => {
    const seed = join(ROOT, 'fixtures/seed.txt');
    expect(Buffer.from(readListedFile(seed, 'seed.txt')).equals(readFileSync(seed))).toBe(true);
    const empty = join(folder(), 'empty.txt');
    writeFileSync(empty, '');
    expect(readListedFile(empty, 'empty.txt').byteLength).toBe(0);
  });

  it('says why when it has gone or become a folder since', () => {
    const dir = folder();
    expect(() => readListedFile(join(dir, 'gone.txt'), 'gone.txt')).toThrow(/^no such file$/);
    mkdirSync(join(dir, 'now-a-folder.txt'));
    expect(() => readListedFile(join(dir, 'now-a-folder.txt'), 'now-a-folder.txt')).toThrow(/^is a directory, not a file$/);
  });

  it('refuses a FIFO put in its place, without waiting for a writer', () => {
    const fifo = join(folder(), 'notice.txt');
    execFileSync('mkfifo', [fifo]);
    // In a child: an open that waits would hang it, and the timeout fails the test instead of the run.
    const io = pathToFileURL(join(ROOT, 'dist/cli/io.js')).href;
    const child = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', `import { readListedFile } from ${JSON.stringify(io)}; try { readListedFile(${JSON.stringify(fifo)}, 'notice.txt'); } catch (e) { console.log(e.message); }`],
      { encoding: 'utf8', timeout: 5000 },
    );
    expect(child.error).toBeUndefined();
    expect(child.stdout.trim()).toBe('is not a regular file (a FIFO)');
  });
});
