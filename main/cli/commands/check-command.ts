import { EXIT_OK, EXIT_USER_ERROR } from '../cli-error';
import type { CommandRunner } from '../command-context';
import { plural } from '../output';

/**
 * `check`: schema, body hashes and history chains, as the store's checker sees them. Finding a
 * problem is the command's answer, not its failure: the report is printed and the exit code is 1.
 */
export const runCheck: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const problems = await ctx.deps.checkNotebook(session.store);
    const { counts } = await session.call('getNotebookInfo', {});
    const checked = [
      plural(counts.clips, 'clip'),
      plural(counts.claims, 'claim'),
      plural(counts.sources, 'source'),
      plural(counts.evidence, 'evidence link'),
    ].join(', ');
    const healthy = problems.length === 0;
    return {
      value: { healthy, problems, counts },
      lines: healthy
        ? [`The notebook is healthy: checked ${checked}.`]
        : [
            `Found ${plural(problems.length, 'problem')} (checked ${checked}):`,
            ...problems.map((problem) => `  - ${problem}`),
          ],
      exitCode: healthy ? EXIT_OK : EXIT_USER_ERROR,
    };
  });
