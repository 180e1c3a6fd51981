import type { ParsedInput } from '../../shared/api/contract';
import type { NotebookInfo } from '../../shared/api/views';
import type { Settings } from '../../shared/domain/entities';
import { liveClaims, liveEvidence, liveSources } from './live-records';
import type { ServiceContext } from './service-context';

export function getNotebookInfo(ctx: ServiceContext): NotebookInfo {
  const data = ctx.store.data;
  return {
    path: ctx.store.dir,
    notebookId: data.notebookId,
    schemaVersion: data.schemaVersion,
    createdAt: data.createdAt,
    counts: {
      clips: Object.keys(data.clips).length,
      // The trash is not counted: these are the numbers a reporter sees in the notebook.
      claims: liveClaims(ctx).length,
      sources: liveSources(ctx).length,
      evidence: liveEvidence(ctx).length,
      stories: Object.keys(data.stories).length,
    },
    settings: { ...data.settings },
    notices: [...ctx.store.notices],
  };
}

export function getSettings(ctx: ServiceContext): Settings {
  return { ...ctx.store.data.settings };
}

/** Settings are replaced field by field: a field sent empty is cleared, a field left out is kept. */
export async function updateSettings(ctx: ServiceContext, input: ParsedInput<'updateSettings'>): Promise<Settings> {
  const merged: Record<string, string | undefined> = { ...ctx.store.data.settings, ...input };
  const settings = Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].trim() !== ''),
  ) as Settings;
  await ctx.store.commit([{ type: 'settings.put', settings }]);
  return settings;
}
