import { usageError } from '../cli-error';
import type { CommandRunner } from '../command-context';

function parsePort(text: string | undefined): number {
  if (text === undefined) return 0;
  const port = /^\d{1,5}$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port > 65_535) {
    throw usageError(`--port must be a number from 1 to 65535 (or 0 to pick a free port), not "${text}".`);
  }
  return port;
}

/** Resolves when the user stops the server (Ctrl-C aborts the signal cli-main passes in). */
function untilAborted(signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!signal) return;
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

/**
 * `serve [--port N] [--open]`: browser mode on 127.0.0.1. It prints its answer as soon as the server
 * listens (the URL is what the user came for) and keeps running until stopped, so the runner must
 * not print a second answer: the result is marked as already printed.
 */
export const runServe: CommandRunner = async (ctx) => {
  const { io, options } = ctx;
  const notebookDir = ctx.notebookDir();
  const port = parsePort(options.port);
  // Browser mode logs its notices and the address line; with --json stdout is kept for the one JSON value.
  const logTo = options.json ? io.stderr : io.stdout;
  const handle = await ctx.deps.startBrowserMode({
    notebookDir,
    port,
    open: options.open === true,
    log: (line) => logTo.write(`${line}\n`),
  });
  if (options.json) io.stdout.write(`${JSON.stringify({ ok: true, value: { url: handle.url, notebook: notebookDir } })}\n`);
  else io.stdout.write(`Notebook: ${notebookDir}\nPress Ctrl-C to stop.\n`);
  await untilAborted(io.signal);
  await handle.close();
  io.stderr.write('Stopped; the notebook is closed.\n');
  return { value: { url: handle.url }, lines: [], alreadyPrinted: true };
};
