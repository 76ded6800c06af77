#!/usr/bin/env node
// The only file that touches `process`: it gathers the world into MainParams,
// runs the CLI, and turns the result into an exit code.
let main;
let describeFsError;
try {
  ({ main, describeFsError } = require('./load-bundle.js').loadBundle().exports);
} catch (error) {
  process.stderr.write(`notice-parse: not built (${error.code ?? error.message}); run \`npm ci\` or \`npm run build\` first\n`);
  process.exit(2);
}
const { fstatSync, statSync, writeSync } = require('node:fs');

// Node builds process.stdout and process.stderr on first use, and building
// one loads its stream classes (~5 ms of a ~170 ms start). So this asks the
// file descriptors what they are, and builds a stream only for a terminal or
// a pipe that is written to.

/** What a descriptor is: 'file' (a file or /dev/null, never a terminal), 'pipe' (nor a terminal), or 'other' (maybe a terminal). */
function kindOf(fd) {
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return 'file';
    if (stat.isFIFO() || stat.isSocket()) return 'pipe';
    const devNull = stat.isCharacterDevice() ? statSync('/dev/null') : null;
    return devNull && devNull.rdev === stat.rdev && devNull.ino === stat.ino ? 'file' : 'other';
  } catch {
    return 'other';
  }
}

const DEPTH_TO_LEVEL = { 1: 0, 4: 1, 8: 2, 24: 3 };
/** chalk's colour level for a descriptor: only a terminal takes colour, and only a terminal needs its stream asked. */
const levelOf = (kind, stream) => (kind === 'other' && stream().isTTY ? (DEPTH_TO_LEVEL[stream().getColorDepth()] ?? 0) : 0);

const stdoutKind = kindOf(1);
const stderrKind = kindOf(2);

/**
 * stdout took no more. A reader that went away (`notice-parse x | head`) is
 * not an error of ours; anything else (a full disk) is said in one line, as
 * for any file, and the run ends with 1.
 */
function stdoutFailed(error) {
  if (error?.code === 'EPIPE') process.exit(0);
  process.stderr.write(`notice-parse: stdout: ${describeFsError(error)}\n`);
  process.exit(1);
}

/**
 * All of `chunk` to stdout. One write may take only part of it (a file that
 * reaches its size limit), and what it did not take must not be dropped: the
 * next write then fails and says why.
 */
function writeAll(chunk) {
  let left = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
  while (left.length > 0) {
    const written = writeSync(1, left);
    // A file never takes nothing without an error; were it to, this must not spin.
    if (written === 0) throw new Error('the write took no bytes');
    left = left.subarray(written);
  }
}

// A file is written with fs.writeSync, as Node's own stream for it would be, without the stream, and all of each chunk.
// Node's stream calls `done` once a chunk is written; so must this (see Writer in src/cli/main.ts).
const stdout =
  stdoutKind === 'file'
    ? {
        write: (chunk, done) => {
          try {
            writeAll(chunk);
          } catch (error) {
            stdoutFailed(error);
          }
          done?.();
        },
      }
    : process.stdout;
if (stdoutKind !== 'file') process.stdout.on('error', stdoutFailed);

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  // Made on first use: creating the stream loads fs streams or tty, and only `-` reads it.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  stdout,
  // Built on first write: a run that succeeds quietly writes nothing there.
  stderr: { write: (chunk) => process.stderr.write(chunk) },
  colorLevel: levelOf(stderrKind, () => process.stderr),
  stdoutColorLevel: levelOf(stdoutKind, () => process.stdout),
  stderrIsTTY: stderrKind === 'other' && process.stderr.isTTY === true,
  stdoutIsTTY: stdoutKind === 'other' && process.stdout.isTTY === true,
  cpus: require('node:os').availableParallelism(),
  // Once: a second Ctrl-C gets the default and ends the process at once.
  onInterrupt: (stop) => {
    for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => stop(signal));
  },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`notice-parse: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
