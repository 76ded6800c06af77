/**
 * Loads the CLI from dist/bundle/ the way Node loads CommonJS modules, but
 * compiled with V8's code cache (FILE.cache beside each file): the bytecode
 * of every function the build's warm-up runs used (scripts/code-cache.mjs),
 * so a cold start neither compiles the bundle nor the functions a parse
 * calls. Node 20 has no code cache for ES modules, hence scripts.
 * - cli.cjs is what every run needs;
 * - on-demand.cjs holds what only some calls need (the zod schema, HTML,
 *   commander, chalk; see scripts/bundle.mjs), loaded when cli.cjs first
 *   requires it.
 * A cache opens with the SHA-256 of the source it was made from: a cache
 * that does not belong to this source is not offered to V8 (V8 itself checks
 * only the source's length), and one V8 rejects (another Node, other flags)
 * only costs the time of a plain compile. V8 accepts a cache only under the
 * flags it was made with, so the batch workers that run with V8 flags of
 * their own load a `variant` made under them (FILE.VARIANT.cache).
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE_DIR = join(__dirname, '..', 'dist', 'bundle');
const BUNDLE = join(BUNDLE_DIR, 'cli.cjs');
const ON_DEMAND = './on-demand.cjs';
const DIGEST_BYTES = 32;

const digestOf = (source) => createHash('sha256').update(source).digest();
const cacheOf = (file, variant) => (variant === undefined ? `${file}.cache` : `${file}.${variant}.cache`);

/** The V8 cache for a file's bytes, or undefined when there is none or it was made from other bytes. */
function cacheFor(file, bytes, variant) {
  let cache;
  try {
    cache = readFileSync(cacheOf(file, variant));
  } catch {
    return undefined;
  }
  return cache.subarray(0, DIGEST_BYTES).equals(digestOf(bytes)) ? cache.subarray(DIGEST_BYTES) : undefined;
}

/**
 * Compile and run one file of the bundle (written as the function Node wraps
 * a CommonJS module in), with `require` for its requires; its exports.
 */
function runScript(file, require, { useCache, variant, loaded }) {
  const bytes = readFileSync(file);
  // The build writes ASCII only (scripts/bundle.mjs): Latin-1 reads it fastest, into a one-byte string.
  const script = new Script(bytes.toString('latin1'), { filename: file, cachedData: useCache ? cacheFor(file, bytes, variant) : undefined });
  loaded.push({ file, script, bytes });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, require, module, file, BUNDLE_DIR);
  return module.exports;
}

/**
 * Run the bundle: cli.cjs's exports, and `loaded`, each file compiled so far
 * with its script and bytes (scripts/code-cache.mjs saves their caches).
 * `variant` names the caches made under other V8 flags (see above).
 */
function loadBundle({ useCache = true, variant = undefined } = {}) {
  const loaded = [];
  const options = { useCache, variant, loaded };
  const nodeRequire = Module.createRequire(BUNDLE);
  let onDemand;
  const require = (id) => (id === ON_DEMAND ? (onDemand ??= runScript(join(BUNDLE_DIR, ON_DEMAND), nodeRequire, options)) : nodeRequire(id));
  const exports = runScript(BUNDLE, require, options);
  return { exports, loaded };
}

module.exports = { cacheOf, digestOf, loadBundle };
