import { AppError } from '../../shared/api/result';
import { CURRENT_SCHEMA_VERSION, notebookDataSchema, type NotebookData } from '../../shared/domain/notebook-data';
import { migrateToCurrent, schemaVersionOf, type Migration, type MigrationContext } from './migrations/index';

export type SnapshotCheck =
  | { ok: true; data: NotebookData; through: number; applied: Migration[] }
  | { ok: false; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function tooNewError(version: number): AppError {
  return new AppError(
    'notebook_too_new',
    `This notebook was made by a newer version of Newsroom Notebook (schema ${version}); update the app to open it.`,
  );
}

/** The journal segment a snapshot already includes (0 when it predates the journal). */
export function journalThroughOf(raw: Record<string, unknown>): number {
  const through = raw.journalThrough;
  return typeof through === 'number' && Number.isInteger(through) && through >= 0 ? through : 0;
}

/**
 * Full check of a parsed notebook.json: refuse newer schemas (throws notebook_too_new), migrate
 * older ones, then validate every record with zod. Returns a plain-words reason when it fails.
 */
export function checkSnapshot(raw: unknown, context: MigrationContext): SnapshotCheck {
  if (!isRecord(raw)) return { ok: false, reason: 'it does not hold a notebook' };
  const version = schemaVersionOf(raw);
  if (Number.isNaN(version)) return { ok: false, reason: 'its schema version is not a whole number' };
  if (version > CURRENT_SCHEMA_VERSION) throw tooNewError(version);
  const { data, applied } = migrateToCurrent(raw, context);
  const parsed = notebookDataSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : 'the notebook';
    return { ok: false, reason: `${where}: ${issue?.message ?? 'does not match the notebook format'}` };
  }
  return { ok: true, data: parsed.data, through: journalThroughOf(raw), applied };
}
