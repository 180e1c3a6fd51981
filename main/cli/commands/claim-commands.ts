import type { Claim, Suggestion } from '../../../shared/api/views';
import { CliError, usageError } from '../cli-error';
import type { CommandRunner } from '../command-context';
import { oneLine, plural, table } from '../output';
import { PROGRAM } from '../parse-args';

const PAGE_SIZE = 500;

/** Claims as aligned columns; shared with `show`. */
export function claimRows(claims: readonly Claim[]): string[] {
  return table(
    ['ID', 'STATUS', 'CLAIM'],
    claims.map((claim) => [claim.id, claim.status, `“${oneLine(claim.text, 90)}”`]),
  );
}

/** Accept how people write statuses ("in-progress", "In Progress") as well as the stored "in_progress". */
export function normaliseStatus(status: string): string {
  return status.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/** `claim add <clipId> --quote Q`: the service anchors the quote and refuses one that is missing or repeated. */
export const runClaimAdd: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const claim = await session.call('addClaim', {
      clipId: ctx.args[0] ?? '',
      quote: ctx.options.quote ?? '',
      ...(ctx.options.note !== undefined ? { note: ctx.options.note } : {}),
    });
    const at = claim.anchor ? ` at characters ${claim.anchor.position.start}–${claim.anchor.position.end}` : '';
    return {
      value: claim,
      lines: [`Added claim ${claim.id} (${claim.status})${at}: “${oneLine(claim.text, 90)}”`],
    };
  });

/** The CLI's words for what the shared rules ask, so the fix is one copy-paste away. */
function withCliHint(error: CliError, claimId: string, status: string): CliError {
  if (error.code !== 'rule_violation') return error;
  const hints: string[] = [];
  if (/rationale|reason/i.test(error.message)) hints.push(`Give it with --note "…".`);
  if (/source/i.test(error.message)) {
    const stance = status === 'false' ? 'contradicts' : 'supports';
    hints.push(`Link one with: ${PROGRAM} evidence add ${claimId} SOURCE_ID --stance ${stance}`);
  }
  return hints.length === 0 ? error : new CliError(error.code, `${error.message} ${hints.join(' ')}`);
}

/** `claim status <claimId> <status> [--note rationale]`: the rules in shared/domain/status decide. */
export const runClaimStatus: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const claimId = ctx.args[0] ?? '';
    const status = normaliseStatus(ctx.args[1] ?? '');
    let claim: Claim;
    try {
      claim = await session.call('setClaimStatus', {
        id: claimId,
        status: status as Claim['status'],
        ...(ctx.options.note !== undefined ? { rationale: ctx.options.note } : {}),
      });
    } catch (error) {
      throw error instanceof CliError ? withCliHint(error, claimId, status) : error;
    }
    const previous = claim.history[claim.history.length - 1]?.from ?? 'unverified';
    return { value: claim, lines: [`Claim ${claim.id} is now ${claim.status} (was ${previous}).`] };
  });

/** `claims [--status S]`: every claim, a page of 500 at a time. */
export const runClaims: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const status = ctx.options.status !== undefined ? (normaliseStatus(ctx.options.status) as Claim['status']) : undefined;
    const claims: Claim[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await session.call('listClaims', { offset, limit: PAGE_SIZE, ...(status ? { status } : {}) });
      claims.push(...page.items);
      if (page.items.length < PAGE_SIZE || offset + PAGE_SIZE >= page.total) break;
    }
    const none = status ? `No claims are ${status}.` : `No claims yet. Mark one with: ${PROGRAM} claim add CLIP_ID --quote "exact words"`;
    return { value: claims, lines: claims.length === 0 ? [none] : claimRows(claims) };
  });

/** `--limit N`: how many suggestions to show; the API allows 1 to 200. */
function parseLimit(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const limit = /^\d{1,3}$/.test(text.trim()) ? Number(text) : NaN;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200) {
    throw usageError(`--limit must be a whole number from 1 to 200, not "${text}".`);
  }
  return limit;
}

/** One suggestion as a reporter reads it: rank, score and position, the sentence, then why. */
function suggestionLines(suggestion: Suggestion, rank: number): string[] {
  return [
    `${rank}. score ${suggestion.score}, characters ${suggestion.start}–${suggestion.end}`,
    `   “${oneLine(suggestion.text, 300)}”`,
    `   why: ${suggestion.reasons.join('; ')}`,
  ];
}

/**
 * `claim suggest <clipId> [--limit N]`: the offline suggester's ranked sentences, leaving out those
 * dismissed in the app and those already marked, with how to mark one.
 */
export const runClaimSuggest: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const clipId = ctx.args[0] ?? '';
    const limit = parseLimit(ctx.options.limit);
    const suggestions = await session.call('suggestClaims', { clipId, ...(limit !== undefined ? { limit } : {}) });
    if (suggestions.length === 0) {
      return {
        value: suggestions,
        lines: ['No sentences to suggest: none has figures, dates, attributions or names to check, or all are marked or dismissed.'],
      };
    }
    return {
      value: suggestions,
      lines: [
        `${plural(suggestions.length, 'suggested claim')}, most worth checking first:`,
        '',
        ...suggestions.flatMap((suggestion, index) => [...suggestionLines(suggestion, index + 1), '']),
        `Mark one with: ${PROGRAM} claim add ${clipId} --quote "words from the sentence"`,
      ],
    };
  });
