import { z } from 'zod';
import {
  claimSchema,
  clipSchema,
  evidenceSchema,
  idSchema,
  isoTimeSchema,
  settingsSchema,
  sourceSchema,
  storySchema,
} from './entities';

/** The schema version this build writes. A notebook with a higher one was made by a newer app and is refused. */
export const CURRENT_SCHEMA_VERSION = 1;

/**
 * Everything in notebook.json. Collections are keyed by ID so a mutation finds its record in O(1)
 * at 10k+ clips; key order is insertion order, which for ULIDs is creation order.
 */
export const notebookDataSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  notebookId: idSchema,
  createdAt: isoTimeSchema,
  settings: settingsSchema,
  clips: z.record(z.string(), clipSchema),
  claims: z.record(z.string(), claimSchema),
  sources: z.record(z.string(), sourceSchema),
  evidence: z.record(z.string(), evidenceSchema),
  stories: z.record(z.string(), storySchema),
});

export type NotebookData = z.infer<typeof notebookDataSchema>;

/** A fresh, empty notebook. */
export function emptyNotebook(notebookId: string, createdAt: string): NotebookData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    notebookId,
    createdAt,
    settings: {},
    clips: {},
    claims: {},
    sources: {},
    evidence: {},
    stories: {},
  };
}
