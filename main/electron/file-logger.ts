import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The app's log: one line per event in <logs>/main.log, rotated by size (main.log → main.1.log →
 * main.2.log …, the oldest dropped), so a crash loop cannot fill the disk. Writes are synchronous on
 * purpose: the log is written rarely (startup, errors), and a line about an uncaught exception must
 * reach the disk before the process may die.
 */

export type LogLevel = 'info' | 'warn' | 'error';

export interface FileLogger {
  readonly file: string;
  readonly dir: string;
  log(level: LogLevel, message: string, error?: unknown): void;
}

export interface FileLoggerOptions {
  dir: string;
  name?: string;
  /** Rotate when the file would grow past this. Default 1 MiB. */
  maxBytes?: number;
  /** Rotated files kept besides the current one. Default 3. */
  keep?: number;
  now?: () => Date;
  /** Where a line goes when the log file cannot be written (a full disk, no permission). */
  fallback?: (line: string) => void;
}

/** An error as log text: its stack when it has one (the stack starts with the message). */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  if (typeof error === 'string') return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}

export function createFileLogger(options: FileLoggerOptions): FileLogger {
  const { dir, name = 'main', maxBytes = 1024 * 1024, keep = 3, now = () => new Date(), fallback = (line) => process.stderr.write(line) } = options;
  const file = path.join(dir, `${name}.log`);
  const rotated = (n: number) => path.join(dir, `${name}.${n}.log`);

  const sizeOf = (target: string) => {
    try {
      return statSync(target).size;
    } catch {
      return 0;
    }
  };
  const rotate = () => {
    rmSync(rotated(keep), { force: true });
    for (let n = keep - 1; n >= 1; n--) {
      try {
        renameSync(rotated(n), rotated(n + 1));
      } catch {
        // that generation does not exist yet
      }
    }
    if (keep > 0) renameSync(file, rotated(1));
    else rmSync(file, { force: true });
  };

  return {
    file,
    dir,
    log(level, message, error) {
      const detail = error === undefined ? '' : `\n  ${describeError(error).replace(/\n/g, '\n  ')}`;
      const line = `${now().toISOString()} ${level.toUpperCase()} ${message}${detail}\n`;
      try {
        mkdirSync(dir, { recursive: true });
        const size = sizeOf(file);
        if (size > 0 && size + Buffer.byteLength(line) > maxBytes) rotate();
        appendFileSync(file, line);
      } catch {
        fallback(line);
      }
    },
  };
}
