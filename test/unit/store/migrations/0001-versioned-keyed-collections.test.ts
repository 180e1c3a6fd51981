import { readFileSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { notebookDataSchema } from '../../../../shared/domain/notebook-data';
import { migration0001 } from '../../../../main/store/migrations/0001-versioned-keyed-collections';
import { MIGRATIONS } from '../../../../main/store/migrations/index';
import { openNotebook } from '../../../../main/store/open-notebook';
import { claimRecord, sourceRecord } from '../../../support/make-records';
import { useTempDirs } from '../temp-notebook';

const tempNotebook = useTempDirs();
const context = { newId: () => '01JQ0000000000000000000000', now: '2025-01-02T03:04:05.000Z' };

describe('migration 0001: v0 -> v1', () => {
  it('turns a bare {} (what plain lowdb writes) into a valid empty v1 notebook', () => {
    const v1 = migration0001.migrate({}, context);
    expect(notebookDataSchema.parse(v1)).toEqual({
      schemaVersion: 1,
      notebookId: context.newId(),
      createdAt: context.now,
      settings: {},
      clips: {},
      claims: {},
      sources: {},
      evidence: {},
      stories: {},
    });
  });

  it('keys array collections by id and keeps every record and the existing settings', () => {
    const claim = claimRecord(null, 'The bridge cost $2 million.');
    const source = sourceRecord('Transport ministry');
    const v1 = migration0001.migrate({ claims: [claim], sources: [source], settings: { reporterName: 'Ana' } }, context);
    const parsed = notebookDataSchema.parse(v1);
    expect(parsed.claims).toEqual({ [claim.id]: claim });
    expect(parsed.sources).toEqual({ [source.id]: source });
    expect(parsed.settings).toEqual({ reporterName: 'Ana' });
  });

  it('is listed first, from 0 to 1', () => {
    expect(MIGRATIONS[0]).toBe(migration0001);
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual([[0, 1]]);
  });

  it('runs on open: a v0 notebook.json is upgraded, the original kept in backups/, and the reporter told', async () => {
    const dir = tempNotebook();
    mkdirSync(dir, { recursive: true });
    const source = sourceRecord('Court records');
    const original = JSON.stringify({ sources: [source] });
    writeFileSync(join(dir, 'notebook.json'), original);
    const store = await openNotebook(dir, { compactOnClose: false });
    expect(store.data.schemaVersion).toBe(1);
    expect(store.data.sources[source.id]).toEqual(source);
    expect(store.notices.join(' ')).toMatch(/upgraded to the current format/);
    await store.close();
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, 'backups', backups[0] ?? ''), 'utf8')).toBe(original);
    expect(JSON.parse(readFileSync(join(dir, 'notebook.json'), 'utf8'))).toMatchObject({ schemaVersion: 1 });
  });
});
