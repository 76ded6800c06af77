/**
 * A disk that fills up, simulated: renaming the finished temporary file fails
 * with ENOSPC. The first output fails with a clear reason, the run stops there
 * (every later write would fail the same way), and no temporary or partial
 * file is left behind.
 */
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runMain } from '../cli/run-main.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  return {
    ...real,
    renameSync: vi.fn(() => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    }),
  };
});

describe('a full disk', () => {
  it('fails the output with its reason, stops, and leaves nothing half-written', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-full-'));
    writeFileSync(join(dir, 'a.txt'), '关于某事的通知\n各单位：请落实。');
    writeFileSync(join(dir, 'b.txt'), '关于另一事的通知\n各单位：请执行。');
    const run = await runMain(['a.txt', 'b.txt', '--out-dir', 'out', '-q'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      expect.stringMatching(/^notice-parse: a\.txt: cannot write: no space left on the device$/),
      expect.stringMatching(/^notice-parse: out: stopped after 1 of 2 files; no output is half written: the output folder takes no more/),
    ]);
    expect(readdirSync(join(dir, 'out'))).toEqual([]);
  });
});
