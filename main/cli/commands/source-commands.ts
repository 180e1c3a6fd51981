import type { SourceKind } from '../../../shared/domain/entities';
import type { CommandRunner } from '../command-context';
import { PROGRAM } from '../parse-args';

/** `source add --title T [--url U] [--kind K]`: kind defaults to web, as in the contract. */
export const runSourceAdd: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const { title, url, kind } = ctx.options;
    const source = await session.call('addSource', {
      title: title ?? '',
      ...(url !== undefined ? { url } : {}),
      ...(kind !== undefined ? { kind: kind.trim().toLowerCase() as SourceKind } : {}),
    });
    return {
      value: source,
      lines: [
        `Added source ${source.id} (${source.kind}): ${source.title}${source.url ? ` <${source.url}>` : ''}`,
        `Link it to a claim with: ${PROGRAM} evidence add CLAIM_ID ${source.id} --stance supports|contradicts|context`,
      ],
    };
  });
