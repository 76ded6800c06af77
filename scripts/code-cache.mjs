/**
 * Writes the V8 code caches of dist/bundle/ (cli.cjs.cache, on-demand.cjs.cache;
 * see bin/load-bundle.js): loads the bundle without caches, runs the CLI on a
 * text notice, an HTML page, and with options and colour, so that V8 compiles
 * what those runs use, then saves each file's bytecode behind its digest.
 * Run by scripts/bundle.mjs with the same `node` that will run the CLI; with
 * `--variant NAME`, under other V8 flags, it writes FILE.NAME.cache instead.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import loader from '../bin/load-bundle.js';

const { cacheOf, digestOf, loadBundle } = loader;
const variantAt = process.argv.indexOf('--variant');
const variant = variantAt === -1 ? undefined : process.argv[variantAt + 1];

const root = fileURLToPath(new URL('..', import.meta.url));
const { exports, loaded } = loadBundle({ useCache: false });
const discard = { write: () => true };
const runs = [
  { argv: ['fixtures/seed.txt'], colorLevel: 0 },
  { argv: ['fixtures/nav-longer-than-notice.html'], colorLevel: 0 },
  { argv: ['--format', 'tree', '--explain-dates', 'fixtures/seed.txt'], colorLevel: 3 },
];
for (const { argv, colorLevel } of runs) {
  const code = await exports.main({ argv, cwd: root, stdin: process.stdin, stdout: discard, stderr: discard, colorLevel, stdoutColorLevel: colorLevel });
  if (code !== 0) throw new Error(`code cache warm-up: ${argv.join(' ')} exited ${code}`);
}
for (const { file, script, bytes } of loaded) writeFileSync(cacheOf(file, variant), Buffer.concat([digestOf(bytes), script.createCachedData()]));
