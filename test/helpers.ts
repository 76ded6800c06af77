import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Span } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The shared folder beside the project: the seed, the corpus, the contract checker. */
export const SHARED = resolve(ROOT, '../shared');
export const SEED_PATH = join(SHARED, 'seeds/000_78a1f664cd3ca32e.txt');
export const CHECK_OUTPUT = join(SHARED, 'tools/check-output.mjs');

const pathsIn = (dir: string, pattern: RegExp) => readdirSync(dir).filter((name) => pattern.test(name)).sort().map((name) => join(dir, name));
/** The real pages of ../shared/corpus/real/ (read there, never copied here). */
export const realPagePaths = (): string[] => pathsIn(join(SHARED, 'corpus/real'), /\.html$/);
/** The fixture inputs (`fixtures/NAME.txt|html`) whose names match `pattern`. */
export const fixturePaths = (pattern = /\.(txt|html)$/): string[] => pathsIn(join(ROOT, 'fixtures'), pattern);

/** Run ../shared/tools/check-output.mjs on a result; its lines and whether it said ok. */
export function checkOutput(result: unknown): { ok: boolean; report: string } {
  const run = spawnSync(process.execPath, [CHECK_OUTPUT, '-'], { input: JSON.stringify(result), encoding: 'utf8' });
  return { ok: run.status === 0, report: `${run.stdout}${run.stderr}`.trim() };
}

export const slice = (text: string, span: Span) => text.slice(span.start, span.end);
