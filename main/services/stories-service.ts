import type { ParsedInput } from '../../shared/api/contract';
import type { Page } from '../../shared/api/views';
import type { Claim, Story } from '../../shared/domain/entities';
import { newId } from '../../shared/domain/ids';
import { isLive, requireNotInTrash, shortText } from './live-records';
import { pageOf } from './paging';
import { requireRecord } from './require-record';
import type { ServiceContext } from './service-context';

/**
 * A story as the reporter sees it: claims in the trash are left out of it, but stay in the stored
 * record so restoring a claim puts it back in its stories.
 */
function withoutTrash(ctx: ServiceContext, story: Story): Story {
  const claims = ctx.store.data.claims;
  return { ...story, claimIds: story.claimIds.filter((id) => isLive(claims[id] as Claim | undefined)) };
}

export function listStories(ctx: ServiceContext, input: ParsedInput<'listStories'>): Page<Story> {
  const page = pageOf((Object.values(ctx.store.data.stories) as Story[]).reverse(), input.offset, input.limit);
  return { ...page, items: page.items.map((story) => withoutTrash(ctx, story)) };
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
  for (const id of input.claimIds) {
    const claim = requireRecord(ctx.store.data.claims, id, 'claim') as Claim;
    requireNotInTrash(claim, `The claim "${shortText(claim.text)}"`);
  }
  const updated: Story = {
    ...story,
    clipIds: [...new Set([...story.clipIds, ...input.clipIds])],
    claimIds: [...new Set([...story.claimIds, ...input.claimIds])],
    updatedAt: ctx.now(),
  };
  await ctx.store.commit([{ type: 'story.put', story: updated }]);
  return withoutTrash(ctx, updated);
}
