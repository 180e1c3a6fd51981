/**
 * The undo stack: the last few changes a reporter made, each with the action that reverses it.
 * Pure (no React, no API), so its rules are unit-tested on their own: last in, first out; a bounded
 * depth so it cannot grow without end; an inverse that fails is dropped, not retried forever.
 */
export interface UndoEntry {
  /** What was done, in words for the toast and the announcement: "Marked verified". */
  label: string;
  /** Reverses the change. Rejects with a reporter-readable Error when the notebook refuses. */
  undo: () => Promise<unknown>;
}

export interface UndoStack {
  push: (entry: UndoEntry) => void;
  /** The entry Ctrl/Cmd+Z would undo, without removing it. */
  peek: () => UndoEntry | undefined;
  size: () => number;
  /** Undoes the latest change and says what happened, in words for a role=status announcement. */
  undoLast: () => Promise<UndoOutcome>;
}

export type UndoOutcome =
  | { kind: 'undone'; label: string; message: string }
  | { kind: 'empty'; message: string }
  | { kind: 'failed'; label: string; message: string };

export const UNDO_DEPTH = 20;

export function createUndoStack(depth = UNDO_DEPTH): UndoStack {
  const entries: UndoEntry[] = [];
  let running = false;
  return {
    push(entry) {
      entries.push(entry);
      if (entries.length > depth) entries.splice(0, entries.length - depth);
    },
    peek: () => entries.at(-1),
    size: () => entries.length,
    async undoLast() {
      // A second Ctrl+Z while the first is still on its way must not undo two things at once.
      if (running) return { kind: 'empty', message: 'Still undoing the last change.' };
      const entry = entries.pop();
      if (!entry) return { kind: 'empty', message: 'Nothing to undo.' };
      running = true;
      try {
        await entry.undo();
        return { kind: 'undone', label: entry.label, message: `Undone: ${entry.label.charAt(0).toLowerCase()}${entry.label.slice(1)}.` };
      } catch (error) {
        const reason = error instanceof Error && error.message ? error.message : 'The notebook refused.';
        return { kind: 'failed', label: entry.label, message: `Could not undo “${entry.label}”: ${reason}` };
      } finally {
        running = false;
      }
    },
  };
}
