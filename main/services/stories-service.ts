import type { ParsedInput } from '../../shared/api/contract';
import type { Page } from '../../shared/api/views';
import type { Story } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

export function listStories(ctx: ServiceContext, input: ParsedInput<'listStories'>): Page<Story> {
  return pageOf((Object.values(ctx.store.data.stories) as Story[]).reverse(), input.offset, input.limit);
}

export async function addStory(ctx: ServiceContext, input: ParsedInput<'addStory'>): Promise<Story> {
  const now = ctx.now();
  const story: Story = {
    id: newId(),
    title: input.title,
    ...(input.description ? { description: input.description } : {}),
    clipIds: [],
    claimIds: [],
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.commit([{ type: 'story.put', story }]);
  return story;
}

/** Add clips and claims to a story. Every ID is checked first, so a typo adds nothing rather than half. */
export async function assignToStory(ctx: ServiceContext, input: ParsedInput<'assignToStory'>): Promise<Story> {
  const story = requireRecord(ctx.store.data.stories, input.storyId, 'story') as Story;
  for (const id of input.clipIds) requireRecord(ctx.store.data.clips, id, 'clip');
  for (const id of input.claimIds) requireRecord(ctx.store.data.claims, id, 'claim');
  const updated: Story = {
    ...story,
    clipIds: [...new Set([...story.clipIds, ...input.clipIds])],
    claimIds: [...new Set([...story.claimIds, ...input.claimIds])],
    updatedAt: ctx.now(),
  };
  await ctx.store.commit([{ type: 'story.put', story: updated }]);
  return updated;
}
