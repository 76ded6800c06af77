import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { NoticeSchema } from '../../src/index.js';
import { checkOutput } from '../helpers.js';
import { runMain } from './run-main.js';

const SEED = 'fixtures/seed.txt';

/** The CLI's promises as a table: arguments → exit code, and what must be on each stream. */
const CASES: ReadonlyArray<{ name: string; argv: string[]; exitCode: number; stdout?: RegExp; stderr?: RegExp }> = [
  { name: 'help with examples', argv: ['--help'], exitCode: 0, stdout: /Examples:[\s\S]*notice-parse notice\.txt[\s\S]*Exit codes:/ },
  { name: 'version', argv: ['--version'], exitCode: 0, stdout: /^\d+\.\d+\.\d+\n$/ },
  { name: 'no input', argv: [], exitCode: 2, stderr: /^notice-parse: missing input.*\n$/ },
  { name: 'unknown option', argv: ['--frobnicate', SEED], exitCode: 2, stderr: /unknown option '--frobnicate'/ },
  { name: 'two inputs: JSON lines', argv: [SEED, SEED, '-q'], exitCode: 0, stdout: /^\{"schemaVersion":"1".*\}\n\{"schemaVersion":"1".*\}\n$/ },
  { name: 'stdin inside a batch', argv: [SEED, '-'], exitCode: 2, stderr: /cannot be part of a batch/ },
  { name: 'jobs must be a count', argv: ['--jobs', '0', SEED], exitCode: 2, stderr: /at least 1/ },
  { name: 'unknown encoding', argv: ['--encoding', 'klingon', SEED], exitCode: 2, stderr: /unknown encoding "klingon"/ },
  { name: 'bad input format', argv: ['--input-format', 'pdf', SEED], exitCode: 2, stderr: /pdf/ },
  { name: 'missing file', argv: ['no/such/notice.txt'], exitCode: 1, stderr: /^notice-parse: no\/such\/notice\.txt: no such file\n$/ },
  { name: 'a missing file in a batch: the rest still parsed', argv: [SEED, 'no/such.txt', '-q'], exitCode: 1, stdout: /^\{"schemaVersion":"1".*\}\n$/, stderr: /^notice-parse: no\/such\.txt: no such file\n$/ },
  { name: 'the seed', argv: [SEED], exitCode: 0, stdout: /^\{"schemaVersion":"1".*\}\n$/ },
  { name: 'the seed, pretty', argv: ['--pretty', SEED], exitCode: 0, stdout: /^\{\n {2}"schemaVersion": "1",/ },
];

describe('notice-parse (in-process)', () => {
  it.each(CASES)('$name', async ({ argv, exitCode, stdout, stderr }) => {
    const run = await runMain(argv);
    expect(run.exitCode).toBe(exitCode);
    if (stdout) expect(run.stdout).toMatch(stdout);
    if (stderr) expect(run.stderr).toMatch(stderr);
    if (exitCode !== 0 && !stdout) expect(run.stdout).toBe('');
  });

  it('prints JSON that validates and passes the contract checker', async () => {
    const run = await runMain([SEED]);
    const json: unknown = JSON.parse(run.stdout);
    expect(NoticeSchema.safeParse(json).success).toBe(true);
    expect(checkOutput(json)).toEqual({ ok: true, report: 'ok' });
    expect(run.stderr).toBe('');
  });

  it('reads stdin for -, recording a null path', async () => {
    const run = await runMain(['-'], { stdin: readFileSync(SEED) });
    expect(run.exitCode).toBe(0);
    const json = JSON.parse(run.stdout) as { input: { path: unknown }; title: string };
    expect(json.input.path).toBeNull();
    expect(json.title).toContain('整改进展情况的通报');
  });

  it('fails with one line naming stdin when stdin cannot be decoded', async () => {
    const run = await runMain(['-'], { stdin: Buffer.from([0x81, 0x30, 0xff, 0xff, 0x00, 0x80, 0xfe]) });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^notice-parse: <stdin>: cannot decode.*\n$/);
  });

  it('prints the schema as JSON Schema', async () => {
    const run = await runMain(['--schema']);
    const schema = JSON.parse(run.stdout) as { $schema: string; properties: Record<string, unknown> };
    expect(schema.$schema).toContain('2020-12');
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'input', 'title', 'meta', 'text', 'body', 'outline', 'dates', 'signature', 'contacts', 'attachments', 'diagnostics']),
    );
  });

  it('writes --output atomically, leaving no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-'));
    const out = join(dir, 'seed.json');
    writeFileSync(out, 'old');
    const run = await runMain([SEED, '-o', out]);
    expect(run).toMatchObject({ exitCode: 0, stdout: '' });
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({ schemaVersion: '1' });
    expect(readdirSync(dir)).toEqual(['seed.json']);
  });

  it('reads a pipe named as the input, as in notice-parse <(curl …), to its end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-'));
    const pipe = join(dir, 'pipe');
    execFileSync('mkfifo', [pipe]);
    const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', join(ROOT, SEED), pipe]);
    const written = new Promise((done) => writer.once('exit', done));
    try {
      const run = await runMain([pipe]);
      expect(run.exitCode).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ title: JSON.parse((await runMain([SEED])).stdout).title });
      await written;
    } finally {
      writer.kill(); // left blocked on the pipe if the CLI never opened it
    }
  });

  it('makes the folder -o names when it is not there yet', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-'));
    const run = await runMain([SEED, '-o', join(dir, 'parsed/2024/seed.json')]);
    expect(run.exitCode).toBe(0);
    expect(readdirSync(join(dir, 'parsed/2024'))).toEqual(['seed.json']);
  });

  it('says why -o cannot write under a path that is not a folder', async () => {
    const run = await runMain([SEED, '-o', `${SEED}/x.json`]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/x\.json: cannot write: a part of the path is not a directory\n$/);
  });

  it('refuses to write its output over the input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-'));
    const input = join(dir, 'notice.txt');
    writeFileSync(input, '关于某事的通知\n正文。');
    const run = await runMain([input, '-o', input]);
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(input, 'utf8')).toBe('关于某事的通知\n正文。');
  });

  it('refuses it too when the input is a symbolic link to the output, and replaces a link given as the output, not its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-'));
    const file = join(dir, 'notice.txt');
    writeFileSync(file, '关于某事的通知\n正文。');
    symlinkSync(file, join(dir, 'link.txt'));
    const refused = await runMain([join(dir, 'link.txt'), '-o', file]);
    expect(refused.exitCode).toBe(1);
    expect(refused.stderr).toMatch(/refusing to overwrite the input/);
    expect(readFileSync(file, 'utf8')).toBe('关于某事的通知\n正文。');
    const written = await runMain([file, '-o', join(dir, 'link.txt')]);
    expect(written.exitCode).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('关于某事的通知\n正文。');
    expect(JSON.parse(readFileSync(join(dir, 'link.txt'), 'utf8'))).toMatchObject({ title: '关于某事的通知' });
  });
});

describe('notice-parse --format text and --explain-dates', () => {
  it('prints the text with every repaired date written in full, and nothing else changed', async () => {
    const run = await runMain(['--format', 'text', SEED]);
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain('根据通辽市委统一部署,2024年3月25日至2024年5月20日,');
    expect(run.stdout).toContain('2024年9月4日,市委第十巡察组');
    expect(run.stdout).toContain('开发区已于2024年8月成立综合行政执法局');
    expect(run.stdout).toMatch(/\s2025年6月20日\n$/);
    expect(run.stdout).not.toMatch(/2024325日|520日|20248月|2025620/);
    // Outside the repaired dates, the text is the input's.
    const seed = readFileSync(SEED, 'utf8');
    expect(run.stdout.startsWith(seed.slice(0, seed.indexOf('2024325日')))).toBe(true);
  });

  it('explains each date on stderr, leaving stdout to the JSON', async () => {
    const run = await runMain(['--explain-dates', SEED]);
    expect(run.exitCode).toBe(0);
    expect(() => JSON.parse(run.stdout) as unknown).not.toThrow();
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('dates in fixtures/seed.txt: 22');
    expect(lines.find((l) => l.startsWith('2024126日'))).toMatch(/2024-12-06.*0\.60.*2024-01-26/);
    expect(lines.find((l) => l.startsWith('520日'))).toMatch(/2024-05-20 \(range from #2\).*year 2024/);
    expect(run.stderr).not.toMatch(/\u001b\[/); // colour level 0: no escape codes
  });

  it('colours the table when stderr is a terminal', async () => {
    const run = await runMain(['--explain-dates', SEED], { colorLevel: 1 });
    expect(run.stderr).toMatch(/\u001b\[33m2024126日/); // the ambiguous one in yellow
  });
});

describe('notice-parse --timings', () => {
  it('prints each stage and the total, in milliseconds, on stderr', async () => {
    const run = await runMain(['--timings', SEED]);
    expect(run.exitCode).toBe(0);
    const stages = run.stderr.trimEnd().split('\n').map((line) => line.split(/\s+/)[0]);
    expect(stages).toEqual(['decode', 'extract', 'dates', 'outline', 'signature', 'contacts', 'attachments', 'inspection', 'assemble', 'total']);
    expect(run.stderr).toMatch(/^total +\d+\.\d{2} ms$/m);
  });
});
