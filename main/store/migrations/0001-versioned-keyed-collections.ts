import type { Migration } from './migration-types';

const COLLECTIONS = ['clips', 'claims', 'sources', 'evidence', 'stories'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A v0 collection may be an array of records (lowdb's usual shape) or already keyed by id. */
function keyById(value: unknown): Record<string, unknown> {
  if (Array.isArray(value)) {
    const keyed: Record<string, unknown> = {};
    for (const item of value) {
      if (isRecord(item) && typeof item.id === 'string') keyed[item.id] = item;
    }
    return keyed;
  }
  return isRecord(value) ? value : {};
}

/**
 * v0 -> v1. A v0 notebook is what plain lowdb wrote before the schema was versioned: no
 * `schemaVersion`, possibly a bare `{}`, collections as arrays. v1 adds the version, the notebook's
 * own id and creation time, and keys every collection by record id so a change finds its record in O(1).
 */
export const migration0001: Migration = {
  from: 0,
  to: 1,
  description: 'added a schema version and keyed every collection by id',
  migrate(raw, { newId, now }) {
    const next: Record<string, unknown> = { ...raw, schemaVersion: 1 };
    next.notebookId = typeof raw.notebookId === 'string' ? raw.notebookId : newId();
    next.createdAt = typeof raw.createdAt === 'string' ? raw.createdAt : now;
    next.settings = isRecord(raw.settings) ? raw.settings : {};
    for (const name of COLLECTIONS) next[name] = keyById(raw[name]);
    return next;
  },
};
