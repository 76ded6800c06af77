/**
 * `notice-parse FILE`, the call scripts make most, read without commander:
 * the CLI loads commander (with the rest of dist/bundle/on-demand.cjs)
 * only for a call that needs it.
 */
import type { CliOptions } from './options.js';

export const DEFAULT_EXTENSIONS: readonly string[] = ['html', 'htm', 'shtml', 'txt'];

/**
 * One argument that is not an option gives what commander gives for it, the
 * defaults (test/cli/options.test.ts holds the two equal); null for any other call.
 */
export function plainFileCall(argv: readonly string[]): { options: CliOptions; args: string[] } | null {
  const [only] = argv;
  if (argv.length !== 1 || only === undefined || only.startsWith('-')) return null;
  return { options: { format: 'json', ext: [...DEFAULT_EXTENSIONS] }, args: [only] };
}
