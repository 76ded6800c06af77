#!/usr/bin/env node
// The only file that touches `process`: it gathers the world into MainParams,
// runs the CLI, and turns the result into an exit code.
let main;
try {
  ({ main } = require('./load-bundle.js').loadBundle().exports);
} catch (error) {
  process.stderr.write(`notice-parse: not built (${error.code ?? error.message}); run \`npm ci\` or \`npm run build\` first\n`);
  process.exit(2);
}

// A reader that goes away (`notice-parse x | head`) is not an error of ours.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const DEPTH_TO_LEVEL = { 1: 0, 4: 1, 8: 2, 24: 3 };
const levelOf = (stream) => (stream.isTTY ? (DEPTH_TO_LEVEL[stream.getColorDepth()] ?? 0) : 0);

main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  // Made on first use: creating the stream loads fs streams or tty, and only `-` reads it.
  stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
  stdout: process.stdout,
  stderr: process.stderr,
  colorLevel: levelOf(process.stderr),
  stdoutColorLevel: levelOf(process.stdout),
  stderrIsTTY: process.stderr.isTTY === true,
  cpus: require('node:os').availableParallelism(),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`notice-parse: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
