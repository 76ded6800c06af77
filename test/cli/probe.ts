import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin/notice-parse.js');
const MARK = 'PROBE ';

export interface ProbedRun {
  status: number | null;
  /** stderr without the probe's line. */
  stderr: string;
  /** What the probe's expression listed at exit. */
  names: string[];
}

/**
 * Spawn the built CLI with `args` and a preload that runs `setup` first and,
 * at exit, prints the names the CommonJS expression `names` lists (a string
 * array) on a line of stderr. The line is written with fs, so that the probe
 * builds no stream of its own. `stdout` is a pipe unless a descriptor is given.
 */
export function spawnWithProbe(args: readonly string[], names: string, options: { setup?: string; stdout?: number } = {}): ProbedRun {
  const hook = join(mkdtempSync(join(tmpdir(), 'notice-parse-probe-')), 'hook.cjs');
  writeFileSync(hook, `${options.setup ?? ''}\nprocess.on('exit', () => require('node:fs').writeSync(2, '\\n${MARK}' + (${names}).join(',') + '\\n'));`);
  const run = spawnSync(process.execPath, ['--require', hook, BIN, ...args], { cwd: ROOT, stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'], encoding: 'utf8' });
  const lines = run.stderr.split('\n');
  const at = lines.findIndex((line) => line.startsWith(MARK));
  const listed = at === -1 ? '' : lines[at]!.slice(MARK.length);
  const rest = (at === -1 ? lines : lines.slice(0, at)).join('\n').replace(/\n+$/, '');
  return { status: run.status, stderr: rest, names: listed.split(',').filter(Boolean) };
}
