/**
 * Bundle the CLI (after tsc has written dist/) into dist/bundle/: cli.js, the
 * batch worker.js, and the code they share in one chunk. Why: Node 20 resolves
 * and compiles every ES module file separately, and the ~200 files of our code,
 * zod, commander and chalk cost more start-up time than parsing a notice.
 * iconv-lite stays outside, loaded on first use (see src/decode/legacy.ts),
 * so UTF-8 and GBK input never pays for its code tables. The library (dist/index.js) is not bundled.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * zod re-exports all its ~45 locales as `z.locales`, 300 KB that would be
 * parsed at every start. We never read `z.locales`; its English messages are
 * imported by zod's schemas directly (locales/en.js), which this leaves alone.
 */
const withoutZodLocales = {
  name: 'without-zod-locales',
  setup(build) {
    build.onResolve({ filter: /locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'stub' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};

// Old chunks have hashed names; a stale one must not linger beside the new.
rmSync(new URL('../dist/bundle', import.meta.url), { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'dist/cli/main.js', worker: 'dist/cli/batch/worker.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Smaller to parse; names are kept so an internal error's stack still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  // The pool starts `new URL('./worker.js', import.meta.url)`: the worker entry must sit beside the chunk that holds it.
  entryNames: '[name]',
  chunkNames: 'chunk-[hash]',
  // commander is CommonJS and requires Node built-ins, which an ES module bundle can only do through a real require.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  plugins: [withoutZodLocales],
  logLevel: 'warning',
});
