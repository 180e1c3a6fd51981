import { CURRENT_SCHEMA_VERSION } from '../../../shared/domain/notebook-data';
import { migration0001 } from './0001-versioned-keyed-collections';
import type { Migration, MigrationContext } from './migration-types';

export type { Migration, MigrationContext } from './migration-types';

/** Every migration, in order. The last one's `to` is CURRENT_SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [migration0001];

/** The schema version a parsed notebook.json declares; a file without one is v0. */
export function schemaVersionOf(raw: Record<string, unknown>): number {
  const version = raw.schemaVersion;
  if (version === undefined) return 0;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0 ? version : Number.NaN;
}

export interface MigrationOutcome {
  data: Record<string, unknown>;
  applied: Migration[];
}

/**
 * Bring an older notebook up to CURRENT_SCHEMA_VERSION, one step at a time. The caller refuses
 * newer versions before calling this (they are never rewritten).
 */
export function migrateToCurrent(raw: Record<string, unknown>, context: MigrationContext): MigrationOutcome {
  let data = raw;
  let version = schemaVersionOf(raw);
  const applied: Migration[] = [];
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) break;
    data = step.migrate(data, context);
    applied.push(step);
    version = step.to;
  }
  return { data, applied };
}
