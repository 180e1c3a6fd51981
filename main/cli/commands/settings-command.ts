import type { Settings } from '../../../shared/domain/entities';
import type { CommandRunner } from '../command-context';

/** What each setting is called where a reporter reads it. */
const LABELS: Record<keyof Settings, string> = {
  organizationName: 'Organization',
  organizationUrl: 'Organization URL',
  reporterName: 'Reporter',
};

/**
 * `settings [--organization NAME] [--organization-url URL] [--reporter NAME]`: the same settings the
 * app's Settings dialog changes, so a CLI-only desk can give its ClaimReview an author and url. With no
 * option it shows them; an option given empty clears that setting (updateSettings' rule).
 */
export const runSettings: CommandRunner = (ctx) =>
  ctx.open(async (session) => {
    const { organization, reporter } = ctx.options;
    const url = ctx.options['organization-url'];
    const change = {
      ...(organization !== undefined ? { organizationName: organization } : {}),
      ...(url !== undefined ? { organizationUrl: url } : {}),
      ...(reporter !== undefined ? { reporterName: reporter } : {}),
    };
    const changed = Object.keys(change).length > 0;
    const settings = changed ? await session.call('updateSettings', change) : await session.call('getSettings', {});
    const lines = (Object.keys(LABELS) as Array<keyof Settings>).map((key) => `${LABELS[key]}: ${settings[key] ?? '(not set)'}`);
    return { value: settings, lines: changed ? ['Settings saved.', ...lines] : lines };
  });
