/**
 * `notice-parse FILE` is read without commander (plain-call.ts); it must
 * give exactly what commander gives for the same arguments, so that the
 * shortcut can never change what a call means. It fails, for instance, when
 * an option gains a default that the shortcut does not know.
 */
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { MainParams } from '../../src/cli/main.js';
import { buildProgram, type CliOptions } from '../../src/cli/options.js';
import { plainFileCall } from '../../src/cli/plain-call.js';
import { PLAIN } from '../../src/cli/paint.js';

const discard = { write: () => true };
const params: MainParams = { argv: [], cwd: '.', stdin: Readable.from([]), stdout: discard, stderr: discard, colorLevel: 0 };

function byCommander(argv: readonly string[]): { options: CliOptions; args: string[] } {
  const program = buildProgram(params, PLAIN);
  program.parse([...argv], { from: 'user' });
  return { options: program.opts<CliOptions>(), args: program.args };
}

describe('plainFileCall', () => {
  it.each([['notice.txt'], ['notices/'], ['a file with spaces.html'], ['help'], ['通知.txt'], ['']])('reads %j as commander does', (arg) => {
    expect(plainFileCall([arg])).toEqual(byCommander([arg]));
  });

  it.each([[[]], [['-']], [['--pretty', 'a.txt']], [['a.txt', 'b.txt']], [['-q']], [['--', 'a.txt']]])('leaves %j to commander', (argv) => {
    expect(plainFileCall(argv)).toBeNull();
  });

  it('returns a fresh extension list each time', () => {
    const first = plainFileCall(['a.txt'])!;
    first.options.ext.push('pdf');
    expect(plainFileCall(['a.txt'])!.options.ext).not.toContain('pdf');
  });
});
