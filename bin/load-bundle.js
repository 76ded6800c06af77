/**
 * Loads dist/bundle/cli.cjs the way Node loads a CommonJS module, but compiled
 * with V8's code cache (cli.cjs.cache): the bytecode of every function the
 * build's warm-up run used (scripts/code-cache.mjs), so a cold start neither
 * compiles the bundle nor the functions a parse calls. Node 20 has no code
 * cache for ES modules, hence a script. The cache opens with the SHA-256 of
 * the source it was made from: a cache that does not belong to this source is
 * not offered to V8 (V8 itself checks only the source's length), and one V8
 * rejects (another Node, other flags) only costs the time of a plain compile.
 */
const { createHash } = require('node:crypto');
const { readFileSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

const BUNDLE_DIR = join(__dirname, '..', 'dist', 'bundle');
const BUNDLE = join(BUNDLE_DIR, 'cli.cjs');
const CACHE = `${BUNDLE}.cache`;
const DIGEST_BYTES = 32;

const digestOf = (source) => createHash('sha256').update(source).digest();

/** The V8 cache for the bundle's bytes, or undefined when there is none or it was made from other bytes. */
function cacheFor(bytes) {
  let file;
  try {
    file = readFileSync(CACHE);
  } catch {
    return undefined;
  }
  return file.subarray(0, DIGEST_BYTES).equals(digestOf(bytes)) ? file.subarray(DIGEST_BYTES) : undefined;
}

/** Run the bundle: its exports, the compiled script (scripts/code-cache.mjs saves its cache) and its bytes. */
function loadBundle({ useCache = true } = {}) {
  const bytes = readFileSync(BUNDLE);
  // The build writes ASCII only (scripts/bundle.mjs): Latin-1 reads it fastest, into a one-byte string.
  const script = new Script(bytes.toString('latin1'), {
    filename: BUNDLE,
    cachedData: useCache ? cacheFor(bytes) : undefined,
  });
  const module = { exports: {} };
  // The file is the function Node wraps a CommonJS module in (see scripts/bundle.mjs).
  script.runInThisContext()(module.exports, Module.createRequire(BUNDLE), module, BUNDLE, BUNDLE_DIR);
  return { exports: module.exports, script, bytes };
}

module.exports = { CACHE, digestOf, loadBundle };
