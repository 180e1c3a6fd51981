import { createHash } from 'node:crypto';
import { journalEntrySchema, type JournalEntry } from '../../shared/domain/ops';

/**
 * One commit = one journal line: `<checksum> <JSON array of entries>\n`. A line is the unit of
 * atomicity: a crash mid-write leaves a torn line whose checksum fails, so either all of a commit's
 * ops are replayed or none. The checksum (first 16 hex digits of SHA-256) also keeps disk garbage
 * from ever being applied.
 */
const CHECKSUM_CHARS = 16;

function checksum(json: string): string {
  return createHash('sha256').update(json).digest('hex').slice(0, CHECKSUM_CHARS);
}

export function encodeLine(entries: readonly JournalEntry[]): string {
  const json = JSON.stringify(entries);
  return `${checksum(json)} ${json}\n`;
}

export type DecodedLine = { ok: true; entries: JournalEntry[] } | { ok: false; reason: string };

export function decodeLine(line: string): DecodedLine {
  const space = line.indexOf(' ');
  if (space !== CHECKSUM_CHARS) return { ok: false, reason: 'it has no checksum' };
  const json = line.slice(space + 1);
  if (checksum(json) !== line.slice(0, space)) return { ok: false, reason: 'its checksum does not match' };
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  if (!Array.isArray(raw)) return { ok: false, reason: 'it is not a list of operations' };
  const entries: JournalEntry[] = [];
  for (const item of raw) {
    const parsed = journalEntrySchema.safeParse(item);
    if (!parsed.success) return { ok: false, reason: 'it holds an operation this version does not understand' };
    entries.push(parsed.data);
  }
  return { ok: true, entries };
}
