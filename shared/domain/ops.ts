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
 * Apply one op to the notebook in place. In place, because copying 200k records per click is what
 * made the whole-file design slow. Idempotent: applying an already-applied op changes nothing
 * (a status entry already at the end of the history is not appended again).
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
      const last = claim.history[claim.history.length - 1];
      if (last && last.at === op.entry.at && last.prevSha256 === op.entry.prevSha256) return;
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
