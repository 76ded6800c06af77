/**
 * Writes dist/bundle/cli.cjs.cache (see bin/load-bundle.js): loads the bundle
 * without a cache, runs the CLI on a text notice and an HTML page so that V8
 * compiles what a parse uses, then saves the bytecode behind the source's digest.
 * Run by scripts/bundle.mjs with the same `node` that will run the CLI.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import loader from '../bin/load-bundle.js';

const { CACHE, digestOf, loadBundle } = loader;

const root = fileURLToPath(new URL('..', import.meta.url));
const { exports, script, bytes } = loadBundle({ useCache: false });
const discard = { write: () => true };
for (const input of ['fixtures/seed.txt', 'fixtures/nav-longer-than-notice.html']) {
  const code = await exports.main({ argv: [input], cwd: root, stdin: process.stdin, stdout: discard, stderr: discard, colorLevel: 0 });
  if (code !== 0) throw new Error(`code cache warm-up: ${input} exited ${code}`);
}
writeFileSync(CACHE, Buffer.concat([digestOf(bytes), script.createCachedData()]));
