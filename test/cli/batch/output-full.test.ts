/** A batch whose output folder fills up: it stops at the first such write instead of failing every later input the same way. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { ROOT } from '../../helpers.js';
import { runMain } from '../run-main.js';

// The disk fills after `room` more files under an `out` folder; the rest of the file system is untouched.
const disk = vi.hoisted(() => ({ room: Infinity }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const writeFileSync: typeof fs.writeFileSync = (path, data, options) => {
    if (String(path).includes(`${sep}out${sep}`) && disk.room-- <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    fs.writeFileSync(path, data, options);
  };
  return { ...fs, default: { ...fs, writeFileSync }, writeFileSync };
});

describe('a batch whose output folder fills up', () => {
  it('stops at the first write that finds no room, leaves no temporary file, and --skip-existing goes on', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-full-'));
    mkdirSync(join(dir, 'in'));
    const seed = readFileSync(join(ROOT, 'fixtures/seed.txt'));
    for (let i = 0; i < 10; i++) writeFileSync(join(dir, `in/n${i}.txt`), seed);
    disk.room = 3;
    const full = await runMain(['in', '--out-dir', 'out', '--report', 'report.json'], { cwd: dir });
    expect(full.exitCode).toBe(1);
    expect(full.stderr.match(/no space left/g)).toHaveLength(1);
    expect(full.stderr).toMatch(/^notice-parse: out: stopped after 4 of 10 files; no output is half written: the output folder takes no more; make room, then run again with --skip-existing$/m);
    expect(readdirSync(join(dir, 'out'))).toEqual(['n0.json', 'n1.json', 'n2.json']);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ files: 4, failed: 1, stopped: expect.stringMatching(/no space left/) });
    disk.room = Infinity;
    const resumed = await runMain(['in', '--out-dir', 'out', '--skip-existing'], { cwd: dir });
    expect(resumed.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(10);
  });
});
