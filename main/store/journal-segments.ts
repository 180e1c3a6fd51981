import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { JournalEntry } from '../../shared/domain/ops';
import { decodeLine } from './journal-line';
import { segmentName, segmentNumber } from './notebook-layout';

/** Segment numbers present in journal/, ascending. A missing folder means no journal yet. */
export async function listSegments(journalDir: string): Promise<number[]> {
  let names: string[];
  try {
    names = await fsp.readdir(journalDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .map(segmentNumber)
    .filter((n): n is number => n !== null)
    .sort((a, b) => a - b);
}

export interface SegmentRead {
  /** One inner list per commit, in write order. */
  commits: JournalEntry[][];
  /** Lines that could not be used, other than a torn last line (the expected trace of a crash). */
  problems: string[];
  /** Size of the segment file. */
  bytes: number;
}

/**
 * Read every intact commit of one segment. The last line may be torn by a crash mid-append: it is
 * dropped silently, since its commit was never acknowledged. A bad line elsewhere is skipped and reported.
 */
export async function readSegment(journalDir: string, segment: number): Promise<SegmentRead> {
  const raw = await fsp.readFile(join(journalDir, segmentName(segment)));
  const text = raw.toString('utf8');
  const lines = text.split('\n');
  const commits: JournalEntry[][] = [];
  const problems: string[] = [];
  lines.forEach((line, index) => {
    if (line === '') return;
    const decoded = decodeLine(line);
    if (decoded.ok) {
      commits.push(decoded.entries);
      return;
    }
    const isLast = lines.slice(index + 1).every((rest) => rest === '');
    if (!isLast) {
      problems.push(`Change ${index + 1} in journal/${segmentName(segment)} could not be read (${decoded.reason}) and was skipped.`);
    }
  });
  return { commits, problems, bytes: raw.length };
}
