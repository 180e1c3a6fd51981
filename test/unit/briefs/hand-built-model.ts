import type { BriefClaim, BriefModel } from '../../../main/briefs/brief-model';
import { SAMPLE_ARTICLE_TEXT, SAMPLE_ARTICLE_TITLE } from '../../../main/assets/sample-article';
import { anchorQuote } from '../../../shared/domain/anchor';
import type { Status } from '../../../shared/domain/status';

/**
 * A BriefModel built by hand over the sample article, so the machine formats can be tested without
 * the brief builder: two verified claims and one false, as the acceptance test has them.
 */
export const CLIP_ID = '01JD0000000000000000000CL1';
export const ARTICLE_URL = 'https://news.example.org/2024/11/20/us-ukraine-landmines';

export const QUOTES = {
  mines: 'US President Joe Biden has agreed to give Ukraine anti-personnel land mines',
  embassy: 'the US has closed its embassy in Kiev',
  treaty: '122 countries signed the Ottawa Convention',
} as const;

function anchored(id: string, quote: string, status: Status, verdict: string, rationale: string): BriefClaim {
  const match = anchorQuote(SAMPLE_ARTICLE_TEXT, quote);
  if (!match.found) throw new Error(`test quote not in the sample article: ${quote}`);
  return {
    id,
    text: quote,
    status,
    verdict,
    rationale,
    decidedAt: '2024-11-21T10:00:00.000Z',
    appearance: {
      clipId: CLIP_ID,
      clipTitle: SAMPLE_ARTICLE_TITLE,
      outlet: 'Example News',
      author: 'A. Correspondent',
      publishedTime: '2024-11-20',
      url: ARTICLE_URL,
      anchor: match.anchor,
    },
    evidence: [{ stance: status === 'false' ? 'contradicts' : 'supports', items: [{ stance: status === 'false' ? 'contradicts' : 'supports', citation: 1 }] }],
  };
}

export function handBuiltModel(overrides: Partial<BriefModel> = {}): BriefModel {
  return {
    title: 'Land mines for Ukraine: what checks out',
    summary: '',
    scopeLabel: `Clip: ${SAMPLE_ARTICLE_TITLE}`,
    generatedAt: '2024-11-22T09:30:00.000Z',
    organization: { name: 'Example Fact Desk', url: 'https://factdesk.example.org/checks/landmines' },
    reporterName: 'R. Porter',
    claims: [
      anchored('01JD00000000000000000000C1', QUOTES.mines, 'verified', 'Verified', 'The Pentagon confirmed it on the record.'),
      anchored('01JD00000000000000000000C2', QUOTES.embassy, 'verified', 'Verified', 'The State Department notice says so.'),
      anchored('01JD00000000000000000000C3', QUOTES.treaty, 'false', 'False', 'The treaty was signed by 122 countries on 3-4 December 1997, but the UN register shows 123.'),
    ],
    openClaims: [],
    includeOpen: false,
    warnings: [],
    citations: [{ n: 1, sourceId: '01JD00000000000000000000S1', title: 'UN Treaty Collection', url: 'https://treaties.un.org/' }],
    clipIds: [CLIP_ID],
    ...overrides,
  };
}
