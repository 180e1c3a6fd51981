import { z } from 'zod';
import {
  claimSchema,
  clipSchema,
  evidenceSchema,
  historyEntrySchema,
  idSchema,
  isoTimeSchema,
  settingsSchema,
  sourceSchema,
  storySchema,
} from './entities';
import type { NotebookData } from './notebook-data';

/**
 * Every change to a notebook is one of these operations. The store appends each to the journal and
 * applies it with `applyOp`; compaction replays the same ops with the same function, so what is on
 * disk and what is in memory cannot disagree. Ops carry whole records (not diffs) so replaying one
 * twice gives the same result.
 */
export const opSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('clip.put'), clip: clipSchema }),
  z.object({ type: z.literal('claim.put'), claim: claimSchema }),
  z.object({
    type: z.literal('claim.status'),
    claimId: idSchema,
    entry: historyEntrySchema,
  }),
  z.object({ type: z.literal('source.put'), source: sourceSchema }),
  z.object({ type: z.literal('evidence.put'), evidence: evidenceSchema }),
  z.object({ type: z.literal('evidence.remove'), evidenceId: idSchema }),
  z.object({ type: z.literal('story.put'), story: storySchema }),
  z.object({ type: z.literal('settings.put'), settings: settingsSchema }),
]);
export type Op = z.infer<typeof opSchema>;

/** An op as journalled: its own ID, the device that made it and when, so two copies can later be merged. */
export const journalEntrySchema = z.object({
  id: idSchema,
  device: z.string().min(1).max(100),
  at: isoTimeSchema,
  op: opSchema,
});
export type JournalEntry = z.infer<typeof journalEntrySchema>;

/**
 * Whether the history already holds an entry linked to `prevSha256`. A hash chain never has two entries
 * with the same prevSha256 (that would need two equal predecessors), and the store refuses appends that
 * do not extend the tip, so such an entry can only be this very op applied before. Searched from the end,
 * where a re-applied entry usually is.
 */
function holdsEntryLinkedTo(history: readonly { prevSha256: string }[], prevSha256: string): boolean {
  for (let i = history.length - 1; i >= 0; i--) if (history[i]?.prevSha256 === prevSha256) return true;
  return false;
}

/**
 * Apply one op to the notebook in place. In place, because copying 200k records per click is what
 * made the whole-file design slow. Idempotent: applying an already-applied op changes nothing. Puts and
 * removes are whole-record; a status entry whose place in the chain is already taken is not appended
 * again, even when later entries follow it. That is what lets compaction write a "fuzzy" snapshot
 * (it may already hold some ops made while it was being written) and still replay every op after its
 * cut point over it.
 */
export function applyOp(data: NotebookData, op: Op): void {
  switch (op.type) {
    case 'clip.put':
      data.clips[op.clip.id] = op.clip;
      return;
    case 'claim.put':
      data.claims[op.claim.id] = op.claim;
      return;
    case 'claim.status': {
      const claim = data.claims[op.claimId];
      if (!claim) return;
      if (holdsEntryLinkedTo(claim.history, op.entry.prevSha256)) return;
      claim.history.push(op.entry);
      claim.status = op.entry.to;
      claim.updatedAt = op.entry.at;
      return;
    }
    case 'source.put':
      data.sources[op.source.id] = op.source;
      return;
    case 'evidence.put':
      data.evidence[op.evidence.id] = op.evidence;
      return;
    case 'evidence.remove':
      delete data.evidence[op.evidenceId];
      return;
    case 'story.put':
      data.stories[op.story.id] = op.story;
      return;
    case 'settings.put':
      data.settings = op.settings;
      return;
  }
}
