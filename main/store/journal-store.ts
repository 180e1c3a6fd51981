import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/result';
import type { HistoryEntry } from '../../shared/domain/entities';
import { entryHash, genesisHash } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import type { NotebookData } from '../../shared/domain/notebook-data';
import { applyOp, journalEntrySchema, type JournalEntry, type Op } from '../../shared/domain/ops';
import { nowIso } from '../../shared/domain/time';
import { pruneBackups } from './backups';
import { putBody, readBody } from './bodies';
import { listSegments } from './journal-segments';
import { encodeLine } from './journal-line';
import type { ClosedSegment, JournalWriter } from './journal-writer';
import type { NotebookLock } from './notebook-lock';
import { segmentName, type NotebookPaths } from './notebook-layout';
import type { BodyKind, NotebookStore } from './notebook-store';
import { DEFAULT_SLICE_BUDGET } from './stream-json';
import { writeCheckpoint } from './write-checkpoint';

export interface StoreTuning {
  /** Compact once the current journal segment holds this many bytes. */
  compactAfterBytes: number;
  /** ...or once the oldest change not yet compacted is this old. */
  compactAfterMs: number;
  compactOnClose: boolean;
  /** Compaction runs on the main thread in slices: it yields to the event loop after this many ms... */
  compactSliceMs: number;
  /** ...and writes to disk once this many bytes of JSON are waiting. */
  compactChunkBytes: number;
  /** Append to the journal on the main thread when no snapshot is being written (journal-writer.ts says why). */
  syncJournalWrites: boolean;
}

export const DEFAULT_TUNING: StoreTuning = {
  compactAfterBytes: 8 * 1024 * 1024,
  compactAfterMs: 10 * 60 * 1000,
  compactOnClose: true,
  compactSliceMs: DEFAULT_SLICE_BUDGET.sliceMs,
  compactChunkBytes: DEFAULT_SLICE_BUDGET.chunkBytes,
  syncJournalWrites: true,
};

/** Closed journal segments after the snapshot's cut point, not yet folded into notebook.json. */
export interface JournalBacklog {
  segments: number;
  bytes: number;
  commits: number;
}

const NO_BACKLOG: JournalBacklog = { segments: 0, bytes: 0, commits: 0 };

interface StoreInit {
  paths: NotebookPaths;
  data: NotebookData;
  notices: string[];
  through: number;
  writer: JournalWriter;
  lock: NotebookLock;
  device: string;
  clock: () => number;
  tuning: StoreTuning;
  /** Segments found in the journal on open, after the snapshot's cut point. */
  backlog: JournalBacklog;
  /** notebook.json is to be written again on close even if nothing changes (LoadedSnapshot.rewrite). */
  rewriteSnapshot?: boolean;
}

function addSegment(backlog: JournalBacklog, closed: ClosedSegment): JournalBacklog {
  if (closed.commits === 0) return backlog;
  return { segments: backlog.segments + 1, bytes: backlog.bytes + closed.bytes, commits: backlog.commits + closed.commits };
}

/** The hash a new status entry must point at: the end of the claim's chain. */
function chainTip(history: readonly HistoryEntry[], claimId: string): string {
  const last = history[history.length - 1];
  return last ? entryHash(last) : genesisHash(claimId);
}

/**
 * The notebook store: in-memory data = notebook.json + the journal. See open-notebook.ts for how it opens
 * and README "The store" for the design and its measured figures.
 */
export class JournalNotebookStore implements NotebookStore {
  readonly dir: string;
  readonly data: NotebookData;
  readonly notices: string[];
  /** Why the last background compaction failed, if it did (the journal still holds every change). */
  lastCompactionError: Error | null = null;
  private readonly paths: NotebookPaths;
  private readonly writer: JournalWriter;
  private readonly lock: NotebookLock;
  private readonly device: string;
  private readonly clock: () => number;
  private readonly tuning: StoreTuning;
  private through: number;
  private backlog: JournalBacklog;
  private oldestUncompactedAt: number | null;
  private compacting: Promise<void> | null = null;
  private closed: Promise<void> | null = null;
  /** Set until a compaction has written notebook.json in the current form (with its record runs). */
  private rewriteSnapshot: boolean;

  constructor(init: StoreInit) {
    this.paths = init.paths;
    this.dir = init.paths.dir;
    this.data = init.data;
    this.notices = init.notices;
    this.through = init.through;
    this.writer = init.writer;
    this.writer.syncWrites = init.tuning.syncJournalWrites;
    this.lock = init.lock;
    this.device = init.device;
    this.clock = init.clock;
    this.tuning = init.tuning;
    this.backlog = init.backlog;
    this.rewriteSnapshot = init.rewriteSnapshot ?? false;
    this.oldestUncompactedAt = init.backlog.commits > 0 ? init.clock() : null;
  }

  /**
   * Bytes of journal that notebook.json does not include yet: what the next open would replay and the
   * next compaction would fold in. (Right after a compaction some of the newest segment may already be
   * in the snapshot too; it is counted, since open still reads it.)
   */
  get pendingJournalBytes(): number {
    return this.backlog.bytes + this.writer.bytesInSegment;
  }

  /** Durable commits in the journal after notebook.json's cut point (counted as pendingJournalBytes is). */
  get uncompactedCommits(): number {
    return this.backlog.commits + this.writer.commitsInSegment;
  }

  /** Journal segment files after notebook.json's cut point that hold commits (each is a file open reads). */
  get pendingJournalSegments(): number {
    return this.backlog.segments + (this.writer.commitsInSegment > 0 ? 1 : 0);
  }

  commit(ops: Op[]): Promise<void> {
    if (this.closed) return Promise.reject(new AppError('io_error', 'This notebook has been closed; reopen it to make changes.'));
    if (this.writer.failed) return Promise.reject(this.writer.failed);
    if (ops.length === 0) return Promise.resolve();
    let entries: JournalEntry[];
    try {
      entries = this.prepare(ops);
    } catch (error) {
      return Promise.reject(error);
    }
    const line = encodeLine(entries);
    for (const entry of entries) applyOp(this.data, entry.op);
    this.oldestUncompactedAt ??= this.clock();
    const durable = this.writer.append(line);
    void durable.then(
      () => this.maybeCompact(),
      () => undefined,
    );
    return durable;
  }

  putBody(content: string, kind: BodyKind): Promise<string> {
    return putBody(this.paths.clips, content, kind);
  }

  readBody(sha256: string, kind: BodyKind): Promise<string> {
    return readBody(this.paths.clips, sha256, kind);
  }

  /**
   * Fold the journal into notebook.json: a fuzzy checkpoint of the in-memory data, written in slices on
   * this thread while commits go on (write-checkpoint.ts). Resolves when done. One at a time.
   */
  compact(): Promise<void> {
    if (!this.compacting) {
      this.writer.syncWrites = false;
      this.compacting = this.compactOnce().finally(() => {
        this.compacting = null;
        this.writer.syncWrites = this.tuning.syncJournalWrites;
      });
    }
    return this.compacting;
  }

  close(): Promise<void> {
    this.closed ??= this.closeOnce();
    return this.closed;
  }

  /**
   * Stamp each op as a journal entry (own id, device, time) and check it before anything is applied,
   * so a bad op rejects the whole commit with memory untouched. The copy zod returns is what gets
   * applied, so a caller mutating its objects later cannot make memory drift from the journal.
   */
  private prepare(ops: Op[]): JournalEntry[] {
    const at = nowIso(this.clock);
    // Claims whose chain end changed earlier in this same commit (hashed only if needed again).
    const ends = new Map<string, { history: readonly HistoryEntry[] } | HistoryEntry>();
    return ops.map((op) => {
      const parsed = journalEntrySchema.safeParse({ id: newId(), device: this.device, at, op });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AppError('internal', `A change could not be recorded: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim());
      }
      const checked = parsed.data.op;
      if (checked.type === 'claim.put') ends.set(checked.claim.id, checked.claim);
      if (checked.type === 'claim.status') {
        const end = ends.get(checked.claimId) ?? this.data.claims[checked.claimId];
        if (end === undefined) throw new AppError('not_found', 'That claim no longer exists.');
        const tip = 'history' in end ? chainTip(end.history, checked.claimId) : entryHash(end);
        if (checked.entry.prevSha256 !== tip) {
          throw new AppError('conflict', 'This claim was changed meanwhile. Reload it and try again.');
        }
        ends.set(checked.claimId, checked.entry);
      }
      return parsed.data;
    });
  }

  private maybeCompact(): void {
    if (this.compacting || this.closed) return;
    const old = this.oldestUncompactedAt !== null && this.clock() - this.oldestUncompactedAt >= this.tuning.compactAfterMs;
    if (this.writer.bytesInSegment >= this.tuning.compactAfterBytes || old) {
      this.compact().catch(() => undefined);
    }
  }

  private async compactOnce(): Promise<void> {
    try {
      const previousThrough = this.through;
      // The cut point: every op in this segment and before is in memory; later ones go to the next.
      const closed = await this.writer.rotate();
      this.backlog = addSegment(this.backlog, closed);
      await writeCheckpoint({
        paths: this.paths,
        data: this.data,
        through: closed.segment,
        budget: { sliceMs: this.tuning.compactSliceMs, chunkBytes: this.tuning.compactChunkBytes },
        journalDurable: async () => {
          await this.writer.drain();
          if (this.writer.failed) throw this.writer.failed;
        },
      });
      this.through = closed.segment;
      this.backlog = NO_BACKLOG;
      this.rewriteSnapshot = false;
      this.oldestUncompactedAt = this.writer.commitsInSegment > 0 ? this.clock() : null;
      // Segments the previous snapshot already held are kept until now: with the backup of that
      // snapshot they let a restore replay everything. Older ones are needed by no file.
      for (const segment of await listSegments(this.paths.journal)) {
        if (segment <= previousThrough) await fsp.unlink(join(this.paths.journal, segmentName(segment))).catch(() => undefined);
      }
      await pruneBackups(this.paths.backups);
      this.lastCompactionError = null;
    } catch (error) {
      this.lastCompactionError = error instanceof Error ? error : new Error(String(error));
      throw this.lastCompactionError;
    }
  }

  private async closeOnce(): Promise<void> {
    await this.writer.drain();
    await this.compacting?.catch(() => undefined);
    const segments = await listSegments(this.paths.journal).catch(() => [] as number[]);
    const leftovers = segments.some((s) => s > this.through && s !== this.writer.segment);
    const dirty = this.uncompactedCommits > 0 || this.writer.commitsInSegment > 0 || leftovers || this.rewriteSnapshot;
    if (this.tuning.compactOnClose && dirty && !this.writer.failed) {
      await this.compact().catch(() => undefined);
    }
    await this.writer.close();
    if (this.writer.commitsInSegment === 0 && this.writer.segment > this.through) {
      // An empty segment from this session: nothing to keep.
      const path = join(this.paths.journal, segmentName(this.writer.segment));
      const stat = await fsp.stat(path).catch(() => null);
      if (stat && stat.size === 0) await fsp.unlink(path).catch(() => undefined);
    }
    await this.lock.release();
  }
}
