/**
 * Bundle the CLI (after tsc has written dist/) into dist/bundle/:
 * - cli.cjs, what every `notice-parse` run needs, and on-demand.cjs, what
 *   only some calls need (see ON_DEMAND below), CommonJS scripts because
 *   bin/load-bundle.js compiles them with V8's code cache (FILE.cache,
 *   written last here), which Node 20 offers for scripts but not for ES modules;
 * - a second pair of caches (FILE.cores-full.cache), made under the V8 flags the
 *   batch workers get when they take every core: bin/worker.js loads the
 *   bundle in each worker thread, and V8 accepts a cache only under the flags
 *   it was made with.
 * Why bundle at all: Node 20 resolves and compiles every module file on its
 * own, and the ~200 files of our code, zod, commander and chalk cost more
 * start-up time than parsing a notice. iconv-lite stays outside, loaded on
 * first use (see src/decode/legacy.ts), so UTF-8 and GBK input never pays for
 * its code tables. The library (dist/index.js) is not bundled.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A plugin that replaces the modules `filter` matches, when imported from a path matching `from`, by `contents`. */
const replace = (name, filter, from, contents) => ({
  name,
  setup(build) {
    build.onResolve({ filter }, (args) => (from.test(args.importer) ? { path: name, namespace: 'replaced' } : undefined));
    build.onLoad({ filter: new RegExp(`^${name}$`), namespace: 'replaced' }, () => ({ contents, loader: 'js', resolveDir: root }));
  },
});

/** bin/worker.js, from dist/bundle/cli.cjs. */
const WORKER_ENTRY = '../../bin/worker.js';

const replacements = [
  // chalk detects colour support at import, which loads `tty`; we always give
  // chalk its level (bin/notice-parse.js reads it from the streams).
  replace('chalk-supports-color', /^#supports-color$/, /[\\/]chalk[\\/]/, 'export default { stdout: false, stderr: false };'),
  // commander requires child_process (with net and dgram) at load, only to
  // spawn executable subcommands, which we do not have: load it if ever asked.
  replace('commander-child-process', /^node:child_process$/, /[\\/]commander[\\/]/, "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };"),
  // The pool's workers start from bin/worker.js, which loads this bundle with its code cache (src/cli/batch/worker-entry.ts).
  replace('worker-entry', /^\.\/worker-entry\.js$/, /[\\/]batch[\\/]pool\.js$/, `export const workerEntry = () => new URL('${WORKER_ENTRY}', import.meta.url);`),
];

/**
 * A plugin that makes a namespace import (`import * as ns from 'spec'`) in
 * `file` (under dist/) load on first use: a proxy that requires the module
 * when a member is first read, which esbuild bundles as a deferred module
 * initialisation. Start-up then skips what `spec` and its imports set up. The
 * build fails if the import is not there, so an edit cannot drop it silently.
 */
const lazyNamespace = (file, ns, spec) => ({
  name: `lazy ${spec} in ${file}`,
  setup(build) {
    const path = join(root, 'dist', file);
    let applied = false;
    build.onLoad({ filter: /\.js$/ }, (args) => {
      if (args.path !== path) return undefined;
      const source = readFileSync(path, 'utf8');
      const statement = `import * as ${ns} from '${spec}';`;
      if (!source.includes(statement)) throw new Error(`bundle: ${statement} is no longer in dist/${file}`);
      applied = true;
      const lazy = `let ${ns}Loaded; const ${ns} = new Proxy({}, { get: (_, key) => (${ns}Loaded ??= require('${spec}'))[key] });`;
      return { contents: source.replace(statement, lazy), loader: 'js', resolveDir: dirname(path) };
    });
    build.onEnd(() => {
      if (!applied) throw new Error(`bundle: dist/${file} was not bundled, so ${spec} is no longer loaded lazily`);
    });
  },
});

// Without these, cli.cjs would set up the two modules (and load on-demand.cjs) at start.
const lazyNamespaces = [
  // The HTML reader, with htmlparser2 and its entity tables: text input does not need it.
  lazyNamespace('extract/index.js', 'html', './html/index.js'),
  // zod building the ~150 schemas (~4 ms): results are checked by the generated code
  // (src/schema/compiled.ts), and the schema only explains one that fails, a bug.
  lazyNamespace('assemble/validate.js', 'contract', '../schema/notice.js'),
  // chalk, in on-demand.cjs: a batch worker needs it only for colour, and loading that file cost each worker ~5 ms.
  lazyNamespace('cli/batch/job.js', 'chalk', 'chalk'),
];

/**
 * What only some calls need goes in a second file, on-demand.cjs (also
 * compiled with a code cache), so that a text notice's start neither reads,
 * checks nor deserialises it: the zod schema (--schema, or a result that
 * fails validation), the HTML reader with htmlparser2, the option parser
 * with commander (any call but `notice-parse FILE`) and chalk (colour).
 * In cli.cjs, an import of one of these becomes a property read of
 * on-demand.cjs's exports; each is a getter that sets its module up on first
 * read, and bin/load-bundle.js loads the file when cli.cjs first requires it.
 * The modules these import and cli.cjs also uses (constants, small helpers,
 * none with state) are bundled in both.
 */
const ON_DEMAND_FILE = './on-demand.cjs';
const ON_DEMAND = {
  'schema/notice': 'dist/schema/notice.js',
  'schema/json-schema': 'dist/schema/json-schema.js',
  'extract/html': 'dist/extract/html/index.js',
  'cli/options': 'dist/cli/options.js',
  chalk: 'chalk',
};
const onDemand = {
  name: 'on-demand',
  setup(build) {
    const byPath = new Map(Object.entries(ON_DEMAND).map(([key, target]) => [target.startsWith('dist/') ? join(root, target) : target, key]));
    const used = new Set();
    build.onResolve({ filter: /.*/ }, (args) => {
      const target = args.path.startsWith('.') ? join(args.resolveDir, args.path) : args.path;
      const key = byPath.get(target);
      if (key === undefined || args.namespace === 'on-demand') return undefined;
      used.add(key);
      return { path: key, namespace: 'on-demand' };
    });
    build.onResolve({ filter: /^\.\/on-demand\.cjs$/ }, () => ({ path: ON_DEMAND_FILE, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'on-demand' }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(ON_DEMAND_FILE)})[${JSON.stringify(args.path)}];`,
      loader: 'js',
      resolveDir: root,
    }));
    // An entry cli.cjs no longer imports would still be bundled and set up on its own: say so.
    build.onEnd(() => {
      const unused = Object.keys(ON_DEMAND).filter((key) => !used.has(key));
      if (unused.length > 0) throw new Error(`bundle: cli.cjs no longer imports ${unused.join(', ')}; drop them from ON_DEMAND`);
    });
  },
};
/** on-demand.cjs's source: a getter per entry, which sets the module up on first read. */
const onDemandEntry = [
  'const loaded = {};',
  'module.exports = {',
  ...Object.entries(ON_DEMAND).map(([key, target]) => `  get ${JSON.stringify(key)}() { return (loaded[${JSON.stringify(key)}] ??= require(${JSON.stringify(target.startsWith('dist/') ? `./${target}` : target)})); },`),
  '};',
].join('\n');

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  // Smaller to parse; names are kept so an internal error's stack still reads.
  // READABLE=1 keeps lines and the module comments, to read a --cpu-prof by module.
  minifyWhitespace: !process.env.READABLE,
  minifySyntax: true,
  plugins: [...replacements, ...lazyNamespaces],
  logLevel: 'warning',
};

// Old files must not linger beside the new (the cache above all).
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

const script = {
  ...common,
  format: 'cjs',
  // Three modules read their own location (package.json, the worker, iconv-lite): in a script it is __filename.
  define: { 'import.meta.url': '__bundleUrl' },
  // The file is the function Node would wrap a CommonJS module in, so the
  // loader compiles the file's text as it is, without copying it into a wrapper.
  banner: { js: `(function (exports, require, module, __filename, __dirname) {"use strict";var __bundleUrl = require('node:url').pathToFileURL(__filename).href;` },
  footer: { js: '})' },
};
await build({ ...script, entryPoints: { cli: 'dist/cli/main.js' }, outdir: 'dist/bundle', outExtension: { '.js': '.cjs' }, plugins: [...common.plugins, onDemand] });
await build({ ...script, stdin: { contents: onDemandEntry, resolveDir: root, sourcefile: 'on-demand.cjs', loader: 'js' }, outfile: 'dist/bundle/on-demand.cjs', plugins: replacements });
asciiOnly(new URL('../dist/bundle/cli.cjs', import.meta.url));
asciiOnly(new URL('../dist/bundle/on-demand.cjs', import.meta.url));
// Without the replacement, the pool would start workers from a dist/bundle/worker.js that is not there.
if (!readFileSync(new URL('../dist/bundle/cli.cjs', import.meta.url), 'latin1').includes(WORKER_ENTRY)) throw new Error('bundle: the pool no longer imports ./worker-entry.js; its workers would not start');

/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular
 * expression literals. Escaped there too, the file is ASCII: the loader reads
 * it as Latin-1, and V8 keeps it in one byte per character instead of two.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  const escaped = source.replace(/[^\0-\x7f]/g, (char, at) => {
    // `\。` (an identity escape) would need the backslash removed; esbuild never writes one, so refuse rather than guess.
    if (source[at - 1] === '\\') throw new Error(`bundle: a non-ASCII character after a backslash at ${at}`);
    return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  writeFileSync(file, escaped);
}

// In a process of its own, so that nothing of this build is in the cache;
// then again under the flags of workers that take every core, for bin/worker.js.
const { CODE_CACHE_WHEN_CORES_ARE_FULL, FLAGS_WHEN_CORES_ARE_FULL } = await import('../dist/cli/batch/pool.js');
const codeCache = fileURLToPath(new URL('code-cache.mjs', import.meta.url));
for (const args of [[codeCache], [...FLAGS_WHEN_CORES_ARE_FULL, codeCache, '--variant', CODE_CACHE_WHEN_CORES_ARE_FULL]]) {
  const cached = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (cached.status !== 0) process.exit(cached.status ?? 1);
}
