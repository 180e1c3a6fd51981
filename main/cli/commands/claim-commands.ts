import type { Claim } from '../../../shared/api/views';
import { CliError } from '../cli-error';
import type { CommandRunner } from '../command-context';
import { oneLine, table } from '../output';
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
