import { COMMAND_NAMES, COMMANDS, type CommandSpec } from '../command-table';
import type { CommandResult } from '../output';
import { PROGRAM } from '../parse-args';

/** Help for everything, or for one command; with --json a list scripts can read. */
export function helpResult(topic: CommandSpec | undefined): CommandResult {
  const specs = topic ? [topic] : COMMAND_NAMES.map((name) => COMMANDS[name]);
  const lines = topic
    ? [`Usage: ${PROGRAM} ${topic.usage} --notebook DIR [--json]`, '', topic.summary]
    : [
        `Usage: ${PROGRAM} <command> --notebook DIR [--json]`,
        '',
        'Commands:',
        // Usage on its own line, the summary under it: the usages are too long for two columns.
        ...specs.flatMap((spec) => [`  ${spec.usage}`, `      ${spec.summary}`]),
        '',
        'Options for every command:',
        '  --notebook DIR   the notebook folder (or set NOTEBOOK_DIR)',
        '  --json           print one JSON value on stdout: {"ok":true,"value":…} or {"ok":false,"error":{code,message}}',
        '  --help, -h       help for a command',
        '',
        'Exit codes: 0 success; 1 a mistake in the command or its input, or check found problems;',
        '            2 the notebook cannot be used now (open in another process, damaged, or from a newer version).',
      ];
  const value = specs.map((spec) => ({ command: spec.name, usage: spec.usage, summary: spec.summary }));
  return { value, lines };
}
