#!/usr/bin/env node
import { isatty } from 'node:tty';
import { runCli } from './run-cli';

/**
 * The `newsroom-notebook` executable (and `npm run cli`): wires the process into runCli and nothing
 * else. It runs on import rather than checking `import.meta.url === argv[1]`, because that check
 * fails when the bundled file is reached through npm's bin symlink.
 */
const controller = new AbortController();
let interrupts = 0;
function onSignal(): void {
  interrupts++;
  // The first Ctrl-C lets the command finish its writes and close the notebook; a second one quits now.
  if (interrupts > 1) process.exit(130);
  controller.abort();
}
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  // Lazy: touching process.stdin opens it, and only `clip -` reads it.
  stdin: {
    isTTY: isatty(0),
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  },
  env: process.env,
  cwd: process.cwd(),
  signal: controller.signal,
}).then(
  (code) => {
    process.exitCode = code;
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
