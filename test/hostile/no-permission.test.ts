/**
 * A file without read permission. Tests run as root here, where chmod 000
 * does not stop a read, so the refusal is injected: reading fails with EACCES.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runMain } from '../cli/run-main.js';

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  // Both ways a file is opened for reading: readFileSync by path, and openSync (a batch's listed files).
  const refusing = <F extends (...args: never[]) => unknown>(open: F) =>
    vi.fn((path: unknown, ...rest: unknown[]) => {
      if (String(path).endsWith('secret.txt')) throw Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
      return (open as unknown as (...args: unknown[]) => unknown)(path, ...rest);
    });
  return { ...real, readFileSync: refusing(real.readFileSync), openSync: refusing(real.openSync) };
});

describe('a file that cannot be read', () => {
  it('is named with the reason, alone and in a batch where the rest are still parsed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-perm-'));
    writeFileSync(join(dir, 'secret.txt'), '关于某事的通知\n正文。');
    writeFileSync(join(dir, 'open.txt'), '关于另一事的通知\n正文。');
    expect(await runMain(['secret.txt'], { cwd: dir })).toMatchObject({ exitCode: 1, stderr: 'notice-parse: secret.txt: permission denied\n' });
    const batch = await runMain(['.', '--jsonl', '-q'], { cwd: dir });
    expect(batch.exitCode).toBe(1);
    expect(batch.stderr).toBe('notice-parse: secret.txt: permission denied\n');
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});
