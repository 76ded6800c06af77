import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { runMain } from './run-main.js';

const SEED = readFileSync(join(ROOT, 'fixtures/seed.txt'));
const NOTICE = '关于做好春节期间工作的通知\n各单位：\n现将有关事项通知如下。\n一、加强值班\n请于2024年2月5日前报送值班表。';
const UNDECODABLE = Buffer.from([0x81, 0x30, 0xff, 0xff, 0x00, 0x80, 0xfe]);

/** A folder of inputs: a nested tree, an undecodable file, a file of another extension. */
function corpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'notice-parse-batch-'));
  mkdirSync(join(dir, 'in/2024/03'), { recursive: true });
  writeFileSync(join(dir, 'in/seed.txt'), SEED);
  writeFileSync(join(dir, 'in/2024/03/notice.txt'), NOTICE);
  writeFileSync(join(dir, 'in/2024/page.html'), `<html><body><h1>关于某事的公告</h1><p>现公告如下。</p></body></html>`);
  writeFileSync(join(dir, 'in/2024/broken.txt'), UNDECODABLE);
  writeFileSync(join(dir, 'in/notes.md'), '# not a notice');
  return dir;
}

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)).map((p) => `${e.name}/${p}`) : [e.name])).sort();

describe('batch mode', () => {
  it('writes one NAME.json per input, mirroring the tree, and still writes the rest when one fails; the report makes its folder', async () => {
    const dir = corpus();
    const run = await runMain(['in', '--out-dir', 'out', '--report', 'runs/report.json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(walk(join(dir, 'out'))).toEqual(['2024/03/notice.json', '2024/page.json', 'seed.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out/2024/03/notice.json'), 'utf8'))).toMatchObject({ input: { path: 'in/2024/03/notice.txt' }, title: '关于做好春节期间工作的通知' });
    expect(run.stderr).toMatch(/^notice-parse: in\/2024\/broken\.txt: cannot decode.*$/m);
    expect(run.stderr).toMatch(/^notice-parse: 4 files in [\d.]+ s \([\d.]+ notices\/s\), 1 failed$/m);
    const report = JSON.parse(readFileSync(join(dir, 'runs/report.json'), 'utf8')) as { files: number; failed: number; failures: Array<{ file: string; reason: string }> };
    expect(report).toMatchObject({ files: 4, failed: 1, failures: [{ file: 'in/2024/broken.txt', reason: expect.stringMatching(/cannot decode/) }] });
  });

  it('prints JSON lines in input order with --jsonl', async () => {
    const dir = corpus();
    const run = await runMain(['in/seed.txt', 'in/2024/03/notice.txt', 'in/2024/page.html', '--jsonl', '-q'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    const lines = run.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { input: { path: string } });
    expect(lines.map((l) => l.input.path)).toEqual(['in/seed.txt', 'in/2024/03/notice.txt', 'in/2024/page.html']);
    expect(run.stderr).toBe('');
  });

  it('resumes with --skip-existing, leaving finished outputs as they are', async () => {
    const dir = corpus();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/seed.json'), 'kept');
    const run = await runMain(['in', '--out-dir', 'out', '--skip-existing', '--ext', 'txt'], { cwd: dir });
    expect(readFileSync(join(dir, 'out/seed.json'), 'utf8')).toBe('kept');
    expect(walk(join(dir, 'out'))).toEqual(['2024/03/notice.json', 'seed.json']);
    expect(run.stderr).toMatch(/2 files in/); // the notice and the broken one; the seed was not parsed again
  });

  it('loses no result when inputs under two roots share a name, and writes a file listed twice once', async () => {
    const dir = corpus();
    mkdirSync(join(dir, 'in2/2024'), { recursive: true });
    writeFileSync(join(dir, 'in2/seed.txt'), NOTICE);
    writeFileSync(join(dir, 'in2/2024/page.html'), `<html><body><h1>另一个公告</h1></body></html>`);
    const run = await runMain(['in', 'in2', 'in/seed.txt', '--out-dir', 'out'], { cwd: dir });
    expect(walk(join(dir, 'out'))).toEqual(['2024/03/notice.json', '2024/page.html-2.json', '2024/page.html.json', 'seed.txt-2.json', 'seed.txt.json']);
    const pathIn = (name: string) => (JSON.parse(readFileSync(join(dir, 'out', name), 'utf8')) as { input: { path: string } }).input.path;
    expect([pathIn('seed.txt.json'), pathIn('seed.txt-2.json'), pathIn('2024/page.html-2.json')]).toEqual(['in/seed.txt', 'in2/seed.txt', 'in2/2024/page.html']);
    expect(run.stderr).toMatch(/^notice-parse: in2\/seed\.txt: written as out\/seed\.txt-2\.json, since out\/seed\.txt\.json is in\/seed\.txt's result$/m);
    expect(run.stderr).toMatch(/^notice-parse: 6 files in /m);
  });

  it('never overwrites an input with an output, even with --ext json onto the folder read', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'in/kept.json'), NOTICE);
    const run = await runMain(['in', '--ext', 'json', '--out-dir', 'in'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'in/kept.json'), 'utf8')).toBe(NOTICE);
    expect(JSON.parse(readFileSync(join(dir, 'in/kept-2.json'), 'utf8'))).toMatchObject({ input: { path: 'in/kept.json' } });
    expect(run.stderr).toMatch(/^notice-parse: in\/kept\.json: written as in\/kept-2\.json, since in\/kept\.json is an input$/m);
  });

  it('refuses a --report that would replace an input or a result, before parsing anything', async () => {
    const dir = corpus();
    const overInput = await runMain(['in', '--jsonl', '--report', 'in/seed.txt'], { cwd: dir });
    expect(overInput).toMatchObject({ exitCode: 2, stdout: '' });
    expect(overInput.stderr).toMatch(/^notice-parse: in\/seed\.txt: the report would replace the input in\/seed\.txt; nothing was parsed$/m);
    expect(readFileSync(join(dir, 'in/seed.txt'))).toEqual(SEED);
    const overResult = await runMain(['in', '--out-dir', 'out', '--report', 'out/seed.json'], { cwd: dir });
    expect(overResult.exitCode).toBe(2);
    expect(overResult.stderr).toMatch(/the report would replace the result of in\/seed\.txt; nothing was parsed$/m);
    expect(existsSync(join(dir, 'out/seed.json'))).toBe(false);
  });

  it('takes an empty list as a batch of nothing, as a map step over an empty partition needs', async () => {
    const dir = corpus();
    const run = await runMain(['--files-from', '-', '--jsonl'], { cwd: dir, stdin: '# nothing here\n\n' });
    expect(run).toMatchObject({ exitCode: 0, stdout: '' });
    expect(run.stderr).toMatch(/^notice-parse: 0 files in /m);
  });

  it('reads --files-from from a pipe, as in --files-from <(find …)', async () => {
    const dir = corpus();
    execFileSync('mkfifo', [join(dir, 'list')]);
    const writer = spawn('sh', ['-c', 'printf "in/seed.txt\\nin/2024/page.html\\n" > list'], { cwd: dir });
    const written = new Promise((done) => writer.once('exit', done));
    try {
      const run = await runMain(['--files-from', 'list', '--jsonl'], { cwd: dir });
      expect(run.exitCode).toBe(0);
      expect(run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { input: { path: string } }).input.path)).toEqual(['in/seed.txt', 'in/2024/page.html']);
      await written;
    } finally {
      writer.kill(); // left blocked on the pipe if the CLI never opened it
    }
  });

  it('reads the list of inputs from --files-from, and never writes outside --out-dir', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'list.txt'), '# inputs\nin/seed.txt\n../../../../../etc/hostname\n');
    const run = await runMain(['--files-from', 'list.txt', '--out-dir', 'out'], { cwd: dir });
    // A listed path inside the working folder keeps its folders; one outside it keeps only its name.
    expect(walk(join(dir, 'out'))).toContain('in/seed.json');
    for (const written of walk(join(dir, 'out'))) expect(written.includes('..')).toBe(false);
    expect(walk(dir).filter((p) => p.endsWith('.json') && !p.startsWith('out/'))).toEqual([]);
    expect([0, 1]).toContain(run.exitCode);
  });

  it('reports a symbolic-link loop and goes on', async () => {
    const dir = corpus();
    symlinkSync(join(dir, 'in'), join(dir, 'in/2024/loop'));
    const run = await runMain(['in', '--jsonl', '--ext', 'txt', '--report', 'report.json'], { cwd: dir });
    expect(run.stderr).toMatch(/in\/2024\/loop: symbolic link loop, not followed/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(2);
    // The loop counts as a failure wherever failures are counted: the summary line, the report, the exit code.
    expect(run.stderr).toMatch(/^notice-parse: 3 files in [\d.]+ s \([\d.]+ notices\/s\), 2 failed$/m);
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { failed: number; failures: unknown[] };
    expect(report.failed).toBe(2);
    expect(report.failures).toHaveLength(2);
    expect(run.exitCode).toBe(1);
  });

  it('expands a glob', async () => {
    const dir = corpus();
    const run = await runMain(['in/**/*.txt', '--jsonl', '-q'], { cwd: dir });
    const paths = run.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { input: { path: string } }).input.path);
    expect(paths).toEqual(['in/2024/03/notice.txt', 'in/seed.txt']);
  });

  it('takes a glob as the only argument as a batch, not as a file name', async () => {
    const dir = corpus();
    const run = await runMain(['in/**/*.html'], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/^notice-parse: 1 file in /);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { input: { path: string } }).input.path)).toEqual(['in/2024/page.html']);
    // A file whose name merely looks like a glob is still read as that file.
    writeFileSync(join(dir, 'in/odd[1].txt'), NOTICE);
    const odd = await runMain(['in/odd[1].txt'], { cwd: dir });
    expect(JSON.parse(odd.stdout)).toMatchObject({ input: { path: 'in/odd[1].txt' } });
  });

  it('heads each result with its file in the formats for people, as head does', async () => {
    const dir = corpus();
    for (const format of ['tree', 'text']) {
      const run = await runMain(['in/seed.txt', 'in/2024/03/notice.txt', '--format', format], { cwd: dir });
      expect(run.exitCode).toBe(0);
      const heads = run.stdout.split('\n').filter((line) => line.startsWith('==> '));
      expect(heads).toEqual(['==> in/seed.txt <==', '==> in/2024/03/notice.txt <==']);
      expect(run.stdout.slice(run.stdout.indexOf('==> in/2024/03/notice.txt <==\n'))).toMatch(/^==> in\/2024\/03\/notice\.txt <==\n关于做好春节期间工作的通知\n/);
    }
  });

  it('prints one CSV header and a row per outline node', async () => {
    const dir = corpus();
    const run = await runMain(['in/2024/03/notice.txt', 'in/seed.txt', '--format', 'csv', '-q'], { cwd: dir });
    const rows = run.stdout.trimEnd().split('\n');
    expect(rows[0]).toBe('file,path,kind,style,role,level,marker,ordinal,heading,dates');
    expect(rows[1]).toBe('in/2024/03/notice.txt,1,section,cn-dun,,1,一、,1,加强值班,2024-02-05');
    expect(rows.filter((r) => r.startsWith('in/seed.txt,'))).toHaveLength(59);
    expect(rows).toContain('in/seed.txt,2.1.1.1.1,enumeration,cn-shi,measure,5,一是,1,,2024');
  });

  it('draws a progress bar on a terminal, unless the results go to that terminal too, and stays silent with --quiet', async () => {
    const dir = corpus();
    const tty = await runMain(['in', '--jsonl', '--ext', 'txt'], { cwd: dir, stderrIsTTY: true });
    expect(tty.stderr).toMatch(/\r\[=+ *\] \d+\/3 [\d.]+\/s ETA \d+s \d failed/);
    // A failure takes the bar's line (cleared first), never text glued after the bar.
    expect(tty.stderr).toMatch(/\r\[=+ *\] 1\/3 [^\n]*\u001b\[K\r\u001b\[Knotice-parse: in\/2024\/broken\.txt: cannot decode[^\n]*\n\r\[/);
    // Results printed on the same terminal would be glued to the bar: there, the summary line only.
    const both = await runMain(['in', '--format', 'tree', '--ext', 'txt'], { cwd: dir, stderrIsTTY: true, stdoutIsTTY: true });
    expect(both.stderr).not.toContain('\r');
    expect(both.stderr).toMatch(/^notice-parse: 3 files in /m);
    const toFiles = await runMain(['in', '--out-dir', 'out', '--ext', 'txt'], { cwd: dir, stderrIsTTY: true, stdoutIsTTY: true });
    expect(toFiles.stderr).toMatch(/\r\[=+ *\] \d+\/3/);
    const quiet = await runMain(['in', '--jsonl', '--ext', 'txt', '--quiet'], { cwd: dir });
    expect(quiet.stderr).toMatch(/^notice-parse: in\/2024\/broken\.txt: cannot decode[^\n]*\n$/);
  });

  it('refuses options that only make sense for one input', async () => {
    expect((await runMain(['fixtures', '-o', 'x.json'])).exitCode).toBe(2);
    expect((await runMain(['fixtures', '--out-dir', 'x', '--format', 'csv'])).stderr).toMatch(/--out-dir writes JSON/);
    for (const lines of [['--jsonl'], ['--out-dir', '-']]) {
      const both = await runMain(['fixtures', ...lines, '--format', 'csv']);
      expect(both).toMatchObject({ exitCode: 2, stdout: '' });
      expect(both.stderr).toMatch(/--jsonl prints JSON lines; --format csv is another format/);
    }
  });

  it('indents the files under --out-dir with --pretty, and refuses it on stdout, where a batch prints one line per input', async () => {
    const dir = corpus();
    const files = await runMain(['in', '--ext', 'txt', '--out-dir', 'out', '--pretty'], { cwd: dir });
    expect(files.exitCode).toBe(1); // broken.txt
    const seed = readFileSync(join(dir, 'out/seed.json'), 'utf8');
    expect(seed.startsWith('{\n  "schemaVersion": "1",\n')).toBe(true);
    const lines = await runMain(['in', '--jsonl', '--pretty'], { cwd: dir });
    expect(lines).toMatchObject({ exitCode: 2, stdout: '' });
    expect(lines.stderr).toMatch(/^notice-parse: --pretty indents one result; a batch on stdout prints one line per input/);
  });

  it('says when a folder given holds no file it looks for, and refuses an empty --ext', async () => {
    const dir = corpus();
    const run = await runMain(['in', '--ext', 'pdf,.DOC', '--jsonl'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 0, stdout: '' });
    expect(run.stderr).toMatch(/^notice-parse: in: no \.pdf, \.doc file in it \(see --ext\)$/m);
    expect((await runMain(['in', '--ext', ' , ', '--jsonl'], { cwd: dir })).exitCode).toBe(2);
  });

  it('writes the --report asked for with one input too, printing the same line a single run prints', async () => {
    const dir = corpus();
    const single = await runMain(['in/seed.txt'], { cwd: dir });
    const reported = await runMain(['in/seed.txt', '--report', 'report.json'], { cwd: dir });
    expect(reported).toMatchObject({ exitCode: 0, stdout: single.stdout });
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({ files: 1, failed: 0, failures: [] });
  });

  it('removes the temporary files a killed run left for its outputs, and leaves alone what is not its own', async () => {
    const dir = corpus();
    mkdirSync(join(dir, 'out'));
    const hourAgo = new Date(Date.now() - 3_600_000);
    const left = (name: string, old: boolean) => {
      writeFileSync(join(dir, 'out', name), '{"half":');
      if (old) utimesSync(join(dir, 'out', name), hourAgo, hourAgo);
    };
    left('.seed.json.0123456789ab.tmp', true); // a killed run's: removed
    left('.seed.json.ba9876543210.tmp', false); // maybe another run's, being written: kept
    left('.other.json.0123456789ab.tmp', true); // not an output of this run: kept
    left('.seed.json.notes.tmp', true); // not our pattern: kept
    await runMain(['in', '--ext', 'txt', '--out-dir', 'out', '-q'], { cwd: dir });
    expect(readdirSync(join(dir, 'out')).filter((n) => n.endsWith('.tmp')).sort()).toEqual(['.other.json.0123456789ab.tmp', '.seed.json.ba9876543210.tmp', '.seed.json.notes.tmp']);
  });

  it('says plainly that a file stands where the output folder should be', async () => {
    const dir = corpus();
    const run = await runMain(['in', '--out-dir', 'in/seed.txt'], { cwd: dir });
    expect(run).toMatchObject({ exitCode: 1, stderr: 'notice-parse: in/seed.txt: cannot use it as the output folder: a file of that name is in the way\n' });
  });

  it('exits 1 and says why when the report it was asked for cannot be written', async () => {
    const dir = corpus();
    const run = await runMain(['in/seed.txt', '--jsonl', '--report', 'in/seed.txt/report.json'], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/report\.json: cannot write: a part of the path is not a directory$/m);
  });

  it('refuses --skip-existing where there are no output files to find', async () => {
    const run = await runMain(['fixtures', '--jsonl', '--skip-existing']);
    expect(run).toMatchObject({ exitCode: 2, stdout: '' });
    expect(run.stderr).toMatch(/^notice-parse: --skip-existing looks for results under --out-dir/);
  });
});

describe('batch mode, spawned with worker threads', () => {
  const spawnBin = (args: string[], cwd: string) => spawnSync(process.execPath, [join(ROOT, 'bin/notice-parse.js'), ...args], { cwd, encoding: 'utf8' });

  it('gives the same output for any --jobs, and no warning with many workers', () => {
    const one = spawnBin(['fixtures', '--jsonl', '--jobs', '1', '-q'], ROOT);
    // Two: a pair of workers splitting each notice; three: a pair and a worker running whole notices.
    const two = spawnBin(['fixtures', '--jsonl', '--jobs', '2', '-q'], ROOT);
    const three = spawnBin(['fixtures', '--jsonl', '--jobs', '3', '-q'], ROOT);
    expect(one.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n').length).toBe(readdirSync(join(ROOT, 'fixtures')).filter((n) => /\.(txt|html)$/.test(n)).length);
    // Many workers: the same output, and nothing on stderr (one abort listener each made Node warn of a leak).
    const many = spawnBin(['fixtures', '--jsonl', '--jobs', '12', '-q'], ROOT);
    expect(many).toMatchObject({ status: 0, stderr: '', stdout: one.stdout });
  });

  it('writes to a slow reader the same bytes as --jobs 1, over more output than the pair’s ring holds', async () => {
    // 240 seed-sized results, ~7 MB: the 2 MB ring of the pair of workers is filled and reused while the pipe is full.
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-batch-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 240; i++) writeFileSync(join(dir, `in/${String(i).padStart(3, '0')}.txt`), Buffer.concat([SEED, Buffer.from(`\n${i}`)]));
    const args = [join(ROOT, 'bin/notice-parse.js'), 'in', '--jsonl', '-q', '--jobs'];
    const one = spawnSync(process.execPath, [...args, '1'], { cwd: dir, maxBuffer: 1 << 26 });
    const child = spawn(process.execPath, [...args, '2'], { cwd: dir });
    const chunks: Buffer[] = [];
    child.stdout.pause(); // the pipe fills, and the writes behind it wait
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    setTimeout(() => child.stdout.resume(), 500);
    const code = await new Promise((exited) => child.on('close', exited));
    expect(code).toBe(0);
    expect(one.stdout.length).toBeGreaterThan(2 * (1 << 21));
    expect(Buffer.concat(chunks).equals(one.stdout)).toBe(true);
  });

  it('stops when the reader goes away, in this thread as on workers', async () => {
    const dir = corpus();
    writeFileSync(join(dir, 'list.txt'), 'in/seed.txt\n'.repeat(400));
    for (const jobs of ['1', '2']) {
      const child = spawn(process.execPath, [join(ROOT, 'bin/notice-parse.js'), '--files-from', 'list.txt', '--jsonl', '--jobs', jobs], { cwd: dir });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy()); // like `| head -1`
      const code = await new Promise((exited) => child.on('exit', exited));
      expect(code).toBe(0);
      // The closing summary comes only after every input was parsed, so here it must not come at all.
      expect(stderr).not.toMatch(/files in/);
    }
  });

  it.each(['1', '2'])('stops on Ctrl-C with --jobs %s: no temporary file left, every output whole, and --skip-existing goes on', async (jobs) => {
    const dir = mkdtempSync(join(tmpdir(), 'notice-parse-interrupt-'));
    mkdirSync(join(dir, 'in'));
    for (let i = 0; i < 400; i++) writeFileSync(join(dir, `in/n${i}.txt`), SEED);
    const args = [join(ROOT, 'bin/notice-parse.js'), 'in', '--out-dir', 'out', '--jobs', jobs, '-q'];
    const child = spawn(process.execPath, args, { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise((resolveExit) => child.on('exit', resolveExit));
    // Interrupt as soon as the first output is there: mid-run, with writes in flight.
    while (!existsSync(join(dir, 'out')) || readdirSync(join(dir, 'out')).length === 0) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toMatch(/^notice-parse: SIGINT: interrupted after \d+ of 400 files; no output is half written/m);
    const written = readdirSync(join(dir, 'out'));
    expect(written.filter((name) => !name.endsWith('.json'))).toEqual([]);
    expect(written.length).toBeLessThan(400);
    for (const name of written) expect(() => JSON.parse(readFileSync(join(dir, 'out', name), 'utf8'))).not.toThrow();
    const resumed = spawnSync(process.execPath, [...args, '--skip-existing'], { cwd: dir });
    expect(resumed.status).toBe(0);
    expect(readdirSync(join(dir, 'out'))).toHaveLength(400);
  });

  it('writes every output atomically under --out-dir, with no temporary file left', () => {
    const dir = corpus();
    const run = spawnBin(['in', '--out-dir', 'out', '--jobs', '2'], dir);
    expect(run.status).toBe(1);
    const written = walk(join(dir, 'out'));
    expect(written).toEqual(['2024/03/notice.json', '2024/page.json', 'seed.json']);
    for (const name of written) expect(statSync(join(dir, 'out', name)).size).toBeGreaterThan(0);
  });
});
