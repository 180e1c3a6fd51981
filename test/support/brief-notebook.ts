import { createDispatcher, type Dispatch } from '../../main/api/dispatch';
import { createHandlers } from '../../main/services/handlers';
import type { ServiceContext } from '../../main/services/service-context';
import type { ApiResult } from '../../shared/api/result';
import type { AddClipResult } from '../../shared/api/views';
import type { Claim, Clip, Source, Story } from '../../shared/domain/entities';
import { createMemoryStore, type MemoryStore } from './memory-store';

/**
 * The sample article checked as a reporter would, through the real services: two claims verified,
 * one false, each with real sources, evidence and a rationale; one claim in progress and one not
 * yet looked at. Brief tests (formats, ClaimReview, bundles) all start from this notebook.
 */

/** Articles 1 and 15 of the Mine Ban Convention (public treaty text), clipped as the source of record. */
export const TREATY_TEXT = [
  'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
  'Article 1. General obligations. 1. Each State Party undertakes never under any circumstances: a) To use anti-personnel mines; b) To develop, produce, otherwise acquire, stockpile, retain or transfer to anyone, directly or indirectly, anti-personnel mines; c) To assist, encourage or induce, in any way, anyone to engage in any activity prohibited to a State Party under this Convention.',
  'Article 15. Signature. This Convention, done at Oslo, Norway, on 18 September 1997, shall be open for signature at Ottawa, Canada, by all States from 3 December 1997 until 4 December 1997, and at the United Nations Headquarters in New York from 5 December 1997 until its entry into force.',
].join('\n');

export const BRIEF_QUOTES = {
  ottawa: '122 countries signed the Ottawa Convention banning anti-personnel land mines',
  notSigned: 'But neither Russia nor the United States signed it.',
  washington: 'Washington hopes to use these mines on their territory in Ukraine.',
  russiaUsing: 'Russia has been using anti-personnel land mines since the beginning of the invasion',
  embassies: 'the embassies of Italy and Greece in Ukraine have also been announced to be temporarily closed',
} as const;

export const BRIEF_RATIONALES = {
  ottawa:
    'Article 15 of the Convention opened it for signature in Ottawa on 3 and 4 December 1997; the UN Treaty Collection records 122 States signing there.',
  notSigned: 'Neither the Russian Federation nor the United States appears among the signatories in the UN Treaty Collection or the ICBL treaty status list.',
  washington:
    'The Pentagon said Ukraine, not the United States, would lay the mines on its own territory; no US forces are involved.',
} as const;

export interface BriefNotebook {
  store: MemoryStore;
  ctx: ServiceContext;
  dispatch: Dispatch;
  call<T>(method: string, input: unknown): Promise<T>;
  clip: Clip;
  treatyClip: Clip;
  story: Story;
  claims: { ottawa: Claim; notSigned: Claim; washington: Claim; russiaUsing: Claim; embassies: Claim };
  sources: { treaty: Source; icbl: Source; pentagon: Source; official: Source };
}

/** A clock that ticks one second per reading, so history and citations have a stable order. */
function tickingClock(start = '2025-03-01T09:00:00.000Z'): () => string {
  let tick = Date.parse(start);
  return () => new Date((tick += 1000)).toISOString();
}

export async function createBriefNotebook(): Promise<BriefNotebook> {
  const store = createMemoryStore();
  const now = tickingClock();
  const dispatch = createDispatcher(createHandlers(store, now));
  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = (await dispatch(method, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  await call('updateSettings', { organizationName: 'Gazette Fact Desk', organizationUrl: 'https://gazette.example/', reporterName: 'Ana Ruiz' });
  const { clip } = await call<AddClipResult>('addSampleClip', {});
  const { clip: treatyClip } = await call<AddClipResult>('addTextClip', {
    text: TREATY_TEXT,
    title: 'Mine Ban Convention (treaty text)',
    origin: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26',
  });
  const addClaim = (quote: string) => call<Claim>('addClaim', { clipId: clip.id, quote });
  const claims = {
    ottawa: await addClaim(BRIEF_QUOTES.ottawa),
    notSigned: await addClaim(BRIEF_QUOTES.notSigned),
    washington: await addClaim(BRIEF_QUOTES.washington),
    russiaUsing: await addClaim(BRIEF_QUOTES.russiaUsing),
    embassies: await addClaim(BRIEF_QUOTES.embassies),
  };

  const sources = {
    treaty: await call<Source>('addSource', {
      kind: 'document',
      title: 'Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
      url: 'https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XXVI-5&chapter=26',
      publisher: 'United Nations Treaty Collection',
      publishedDate: '1997-09-18',
      accessedDate: '2025-02-28',
      clipId: treatyClip.id,
    }),
    icbl: await call<Source>('addSource', {
      kind: 'dataset',
      title: 'Treaty Status: States Parties and States not party',
      url: 'https://www.icbl.org/en-gb/the-treaty/treaty-status.aspx',
      publisher: 'International Campaign to Ban Landmines',
      accessedDate: '2025-02-28',
    }),
    pentagon: await call<Source>('addSource', {
      kind: 'record',
      title: 'Secretary of Defense Lloyd J. Austin III remarks to traveling press',
      url: 'https://www.defense.gov/News/Transcripts/',
      publisher: 'U.S. Department of Defense',
      publishedDate: '2024-11-20',
      accessedDate: '2025-02-28',
    }),
    official: await call<Source>('addSource', {
      kind: 'person',
      title: 'Col. J. Doe, defense ministry spokesperson',
      person: { role: 'defense official', contactMethod: 'phone', contactedAt: '2025-02-27', mayBeNamed: false },
    }),
  };

  const link = (claim: Claim, source: Source, stance: string, extra: Record<string, string> = {}) =>
    call('addEvidence', { claimId: claim.id, sourceId: source.id, stance, ...extra });
  await link(claims.ottawa, sources.treaty, 'supports', {
    quote: 'shall be open for signature at Ottawa, Canada, by all States from 3 December 1997 until 4 December 1997',
    locator: 'Article 15',
  });
  await link(claims.ottawa, sources.icbl, 'context', { note: 'The ICBL list counts 164 States Parties today.' });
  await link(claims.notSigned, sources.icbl, 'supports', { note: 'Russia and the United States are both listed among the States not party.' });
  await link(claims.notSigned, sources.treaty, 'context', { quote: 'Each State Party undertakes never under any circumstances: a) To use anti-personnel mines', locator: 'Article 1' });
  await link(claims.washington, sources.pentagon, 'contradicts', {
    locator: 'Vientiane, Laos, 20 November 2024',
    note: 'The Secretary described the mines as going to Ukraine for use by Ukrainian forces.',
  });
  await link(claims.washington, sources.official, 'contradicts', { note: 'Confirmed by phone that no US personnel will lay mines.' });
  await link(claims.russiaUsing, sources.icbl, 'context', { note: 'Landmine Monitor reports on Russian use are still being read.' });

  await call('setClaimStatus', { id: claims.ottawa.id, status: 'verified', rationale: BRIEF_RATIONALES.ottawa });
  await call('setClaimStatus', { id: claims.notSigned.id, status: 'verified', rationale: BRIEF_RATIONALES.notSigned });
  await call('setClaimStatus', { id: claims.washington.id, status: 'false', rationale: BRIEF_RATIONALES.washington });
  await call('setClaimStatus', { id: claims.russiaUsing.id, status: 'in_progress', rationale: 'Reading the Landmine Monitor reports.' });

  const story = await call<Story>('addStory', { title: 'Landmines for Ukraine' });
  await call('assignToStory', { storyId: story.id, clipIds: [clip.id] });

  const fresh = (claim: Claim) => store.data.claims[claim.id] as Claim;
  return {
    store,
    ctx: { store, now },
    dispatch,
    call,
    clip,
    treatyClip,
    story: store.data.stories[story.id] as Story,
    claims: {
      ottawa: fresh(claims.ottawa),
      notSigned: fresh(claims.notSigned),
      washington: fresh(claims.washington),
      russiaUsing: fresh(claims.russiaUsing),
      embassies: fresh(claims.embassies),
    },
    sources,
  };
}
