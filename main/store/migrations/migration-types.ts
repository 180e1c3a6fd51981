/** What a migration may need besides the old data: fresh IDs and the current time, injected for tests. */
export interface MigrationContext {
  newId: () => string;
  now: string;
}

/**
 * One schema step. Migrations work on plain JSON (not typed data): the input was written by an older
 * build whose types no longer exist. Each lives in its own file with its own test.
 */
export interface Migration {
  from: number;
  to: number;
  /** Plain words, for the notice shown after a migration. */
  description: string;
  migrate(raw: Record<string, unknown>, context: MigrationContext): Record<string, unknown>;
}
