import type { JournalNotebookStore } from '../store/journal-store';
import type { NotebookStore } from '../store/notebook-store';

/**
 * Whether a CLI run should fold the journal into notebook.json when it closes.
 *
 * Each CLI command is its own short session. Compacting on every close would rewrite the whole
 * metadata file per command (about 0.6 s on an F10k notebook), which makes scripting a thousand
 * claims slow. The journal is already durable, so the CLI leaves it for later and compacts only once
 * a backlog has built up: every session that writes leaves one segment, and each is replayed on open.
 */
export const COMPACT_AFTER_SEGMENTS = 32;
export const COMPACT_AFTER_BYTES = 8 * 1024 * 1024;

type Backlog = Pick<JournalNotebookStore, 'pendingJournalSegments' | 'pendingJournalBytes'>;

export function backlogIsLarge(store: Backlog): boolean {
  return store.pendingJournalSegments >= COMPACT_AFTER_SEGMENTS || store.pendingJournalBytes >= COMPACT_AFTER_BYTES;
}

/**
 * The store as the CLI uses it: opened without compact-on-close, and closed by compacting first only
 * when the backlog is large. A failed compaction loses nothing (the journal holds every change), so
 * it does not fail the command.
 */
export function closingWithBacklogCheck(store: JournalNotebookStore): NotebookStore {
  return {
    dir: store.dir,
    get data() {
      return store.data;
    },
    notices: store.notices,
    commit: (ops) => store.commit(ops),
    putBody: (content, kind) => store.putBody(content, kind),
    readBody: (sha, kind) => store.readBody(sha, kind),
    close: async () => {
      if (backlogIsLarge(store)) await store.compact().catch(() => undefined);
      await store.close();
    },
  };
}
