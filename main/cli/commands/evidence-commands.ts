import type { Stance } from '../../../shared/domain/entities';
import type { CommandRunner } from '../command-context';

/** `evidence add <claimId> <sourceId> --stance S [--quote Q]`: links a source to a claim. */
export const runEvidenceAdd: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const evidence = await session.call('addEvidence', {
      claimId: ctx.args[0] ?? '',
      sourceId: ctx.args[1] ?? '',
      stance: (ctx.options.stance ?? '').trim().toLowerCase() as Stance,
      ...(ctx.options.quote !== undefined ? { quote: ctx.options.quote } : {}),
    });
    return {
      value: evidence,
      lines: [`Linked source ${evidence.sourceId} to claim ${evidence.claimId}: ${evidence.stance} (evidence ${evidence.id}).`],
    };
  });
