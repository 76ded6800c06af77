import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import { ROOT } from '../helpers.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Run the CLI in-process with captured streams. */
export async function runMain(argv: readonly string[], options: { stdin?: string | Buffer; cwd?: string; colorLevel?: 0 | 1 | 2 | 3; stderrIsTTY?: boolean; stdoutIsTTY?: boolean } = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const exitCode = await main({
    argv,
    cwd: options.cwd ?? ROOT,
    stdin: Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]),
    stdout: {
      write: (chunk: string | Uint8Array, done?: () => void) => {
        stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        done?.();
      },
    },
    stderr: { write: (chunk: string | Uint8Array) => (stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')) },
    colorLevel: options.colorLevel ?? 0,
    stderrIsTTY: options.stderrIsTTY ?? false,
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    cpus: 1,
  });
  return { exitCode, stdout, stderr };
}
