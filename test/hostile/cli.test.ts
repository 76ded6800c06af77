/** The CLI facing what a crawler leaves behind: clear one-line errors, the rest still parsed. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runMain } from '../cli/run-main.js';

const NOTICE = '关于做好春节期间工作的通知\n各单位：\n现将有关事项通知如下。';
const folder = () => mkdtempSync(join(tmpdir(), 'notice-parse-hostile-'));

describe('the CLI with bad inputs', () => {
  it('names a FIFO found in a batch and does not block on it', async () => {
    const dir = folder();
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    writeFileSync(join(dir, 'ok.txt'), NOTICE);
    const batch = await runMain(['.', '--jsonl', '-q'], { cwd: dir });
    expect(batch.exitCode).toBe(1);
    expect(batch.stderr).toBe('notice-parse: pipe.txt: is not a regular file (a FIFO)\n');
    expect(batch.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('keeps each problem on one line of stderr when a file name holds a newline or an escape', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'bad\nname\u001b[31m.txt'), Buffer.from([0x81, 0x30, 0xff, 0xff]));
    writeFileSync(join(dir, 'ok.txt'), NOTICE);
    const batch = await runMain(['.', '--jsonl', '-q'], { cwd: dir });
    expect(batch.exitCode).toBe(1);
    expect(batch.stderr).toMatch(/^notice-parse: bad\\nname\\x1b\[31m\.txt: cannot decode: [^\n]*\n$/);
    const single = await runMain(['bad\nname\u001b[31m.txt'], { cwd: dir });
    expect(single.stderr).toBe(batch.stderr);
  });

  it('says a PDF is a PDF, in a batch too', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'report.txt'), '%PDF-1.4\n');
    writeFileSync(join(dir, 'ok.txt'), NOTICE);
    const run = await runMain(['.', '--jsonl', '-q'], { cwd: dir });
    expect(run.stderr).toBe('notice-parse: report.txt: looks like a PDF document; notice-parse reads HTML or text\n');
    expect(run.exitCode).toBe(1);
  });

  it('names a directory listed as a file', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'list.txt'), 'sub\n');
    const run = await runMain(['--files-from', 'list.txt', '--jsonl', '-q'], { cwd: dir });
    expect(run.exitCode).toBe(0); // a folder listed is searched like a folder given; it holds no notice
    expect(run.stdout).toBe('');
  });

  it('refuses an output folder that is a file, once, and parses nothing', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'out'), 'a file');
    writeFileSync(join(dir, 'ok.txt'), NOTICE);
    const run = await runMain(['ok.txt', '--out-dir', 'out'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 1, stderr: expect.stringMatching(/^notice-parse: out: cannot use it as the output folder: .*\n$/) });
  });

  it('reports an empty file and a whitespace-only file, and writes the rest', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.txt'), '  \n\n');
    writeFileSync(join(dir, 'ok.txt'), NOTICE);
    const run = await runMain(['.', '--out-dir', 'out', '-q'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean).sort()).toEqual(['notice-parse: blank.txt: holds only whitespace', 'notice-parse: empty.txt: is empty (0 bytes)']);
    expect(readdirSync(join(dir, 'out'))).toEqual(['ok.json']);
  });
});
