import type { ApiError } from '../../shared/api/result';
import type { CliIo } from './cli-io';

/** What a command produced: the value for --json and the lines a person reads. */
export interface CommandResult {
  value: unknown;
  lines: string[];
  /** Non-zero when the command ran but found something wrong (check with problems). */
  exitCode?: number;
  /** The command wrote its own answer already (serve prints its URL while it runs). */
  alreadyPrinted?: boolean;
}

function writeLines(stream: CliIo['stdout'], lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.join('\n')}\n`);
}

/**
 * With --json, stdout carries exactly one JSON value, shaped like the API's ApiResult
 * (`{ok:true, value}`), so scripts parse CLI and HTTP answers the same way.
 */
export function printResult(io: CliIo, json: boolean, result: CommandResult, notices: readonly string[]): void {
  if (json) {
    const envelope = notices.length > 0 ? { ok: true, value: result.value, notices } : { ok: true, value: result.value };
    io.stdout.write(`${JSON.stringify(envelope, null, 2)}\n`);
  } else {
    writeLines(io.stdout, result.lines);
  }
}

/** Errors always reach stderr for a person; with --json stdout also gets `{ok:false, error}` as its one value. */
export function printError(io: CliIo, json: boolean, error: ApiError): void {
  io.stderr.write(`Error: ${error.message}\n`);
  if (json) io.stdout.write(`${JSON.stringify({ ok: false, error }, null, 2)}\n`);
}

export function printNotices(io: CliIo, notices: readonly string[]): void {
  for (const notice of notices) io.stderr.write(`Notice: ${notice}\n`);
}

/** Columns padded to the widest cell; the last column is left ragged so long titles do not pad. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const all = [headers, ...rows];
  const widths = headers.map((_, column) => Math.max(...all.map((row) => Array.from(row[column] ?? '').length)));
  return all.map((row) =>
    row
      .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd((widths[column] ?? 0) + cell.length - Array.from(cell).length)))
      .join('  ')
      .trimEnd(),
  );
}

/** One line of at most `max` characters, for quotes and titles in tables. */
export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  return chars.length > max ? `${chars.slice(0, max - 1).join('').trimEnd()}…` : flat;
}

/** "2025-01-31 14:05 UTC" from an ISO time: readable, and unambiguous across time zones. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

/** "1 clip", "3 clips": counts in sentences read naturally. */
export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? word : words}`;
}
