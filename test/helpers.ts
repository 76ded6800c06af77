import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared folder beside the project: the seed, the corpus, the contract checker. */
export const SHARED = resolve(ROOT, '../shared');
export const SEED_PATH = join(SHARED, 'seeds/000_78a1f664cd3ca32e.txt');
export const CHECK_OUTPUT = join(SHARED, 'tools/check-output.mjs');

/** Run ../shared/tools/check-output.mjs on a result; its lines and whether it said ok. */
export function checkOutput(result: unknown): { ok: boolean; report: string } {
  const run = spawnSync(process.execPath, [CHECK_OUTPUT, '-'], { input: JSON.stringify(result), encoding: 'utf8' });
  return { ok: run.status === 0, report: `${run.stdout}${run.stderr}`.trim() };
}

export const slice = (text: string, span: Span) => text.slice(span.start, span.end);
