import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError, type CliError } from './cli-error';
import {
  COMMAND_GROUPS,
  COMMAND_NAMES,
  COMMANDS,
  GLOBAL_OPTIONS,
  OPTION_TYPES,
  type CommandName,
  type CommandSpec,
  type OptionName,
} from './command-table';
import { didYouMean } from './suggest';

export const PROGRAM = 'newsroom-notebook';

export interface CommandOptions {
  notebook?: string;
  json?: boolean;
  help?: boolean;
  title?: string;
  quote?: string;
  note?: string;
  status?: string;
  url?: string;
  kind?: string;
  stance?: string;
  port?: string;
  open?: boolean;
  limit?: string;
  'new-version'?: boolean;
  clip?: string;
  story?: string;
  claims?: string;
  format?: string;
  out?: string;
  'include-open'?: boolean;
  organization?: string;
  'organization-url'?: string;
  reporter?: string;
}

export type ParsedArgs =
  | { kind: 'command'; command: CommandSpec; args: string[]; options: CommandOptions }
  | { kind: 'help'; topic: CommandSpec | undefined; options: CommandOptions };

const PARSE_OPTIONS: ParseArgsConfig['options'] = Object.fromEntries(
  Object.entries(OPTION_TYPES).map(([name, type]) => [name, name === 'help' ? { type, short: 'h' } : { type }]),
);

const PLACEHOLDERS: Partial<Record<OptionName, string>> = { notebook: 'DIR', port: 'N', limit: 'N', out: 'PATH', clip: 'ID', story: 'ID', claims: 'ID,ID', organization: 'NAME', 'organization-url': 'URL', reporter: 'NAME' };

/** Options as a user types them, for messages: `--title TITLE`, `--notebook DIR`, `--json`. */
function optionUsage(name: OptionName): string {
  return OPTION_TYPES[name] === 'string' ? `--${name} ${PLACEHOLDERS[name] ?? name.toUpperCase()}` : `--${name}`;
}

function allowedOptions(spec: CommandSpec): OptionName[] {
  return [...spec.options, ...GLOBAL_OPTIONS];
}

/** Single words a user may start with: plain commands and the first word of two-word ones. */
const FIRST_WORDS = [...new Set(COMMAND_NAMES.map((name) => name.split(' ')[0] ?? name))];

/** Find the command named by the leading positionals; returns it and how many words it used. */
function resolveCommand(positionals: readonly string[]): { spec: CommandSpec; words: number } {
  const first = positionals[0];
  if (first === undefined) {
    throw usageError(`No command given. Run "${PROGRAM} help" to see the commands.`);
  }
  const group = COMMAND_GROUPS[first];
  if (group) {
    const subs = group.map((name) => name.split(' ')[1] ?? name);
    const second = positionals[1];
    const name = `${first} ${second ?? ''}` as CommandName;
    if (second !== undefined && (group as readonly string[]).includes(name)) return { spec: COMMANDS[name], words: 2 };
    const hint = second === undefined ? '' : didYouMean(second, subs, (sub) => `"${first} ${sub}"`);
    const told = second === undefined ? '' : ` "${second}" is not one of them.`;
    throw usageError(`"${first}" needs one of: ${subs.join(', ')}.${told}${hint}`);
  }
  if ((COMMAND_NAMES as readonly string[]).includes(first)) return { spec: COMMANDS[first as CommandName], words: 1 };
  const hint = didYouMean(first, FIRST_WORDS);
  throw usageError(`Unknown command "${first}".${hint} Run "${PROGRAM} help" to see the commands.`);
}

/** Best-effort guess of the command from raw argv, used only to word an error about an option. */
function looseCommand(argv: readonly string[]): CommandSpec | undefined {
  try {
    return resolveCommand(argv.filter((arg) => !arg.startsWith('-'))).spec;
  } catch {
    return undefined;
  }
}

function optionList(spec: CommandSpec): string {
  return allowedOptions(spec).map(optionUsage).join(', ');
}

/** node:util parseArgs errors are accurate but written for programmers; say the same for a reporter. */
function explainParseError(error: unknown, argv: readonly string[]): CliError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: string }).code;
  const option = /'(-{1,2}[^'\s=]+)/.exec(message)?.[1] ?? '';
  const name = option.replace(/^-+/, '');
  const spec = looseCommand(argv);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const candidates = spec ? allowedOptions(spec) : (Object.keys(OPTION_TYPES) as OptionName[]);
    const hint = didYouMean(name, candidates, (option) => `--${option}`);
    const takes = spec ? ` "${spec.name}" takes: ${optionList(spec)}.` : '';
    return usageError(`Unknown option ${option}.${hint}${takes}`);
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (message.includes('does not take an argument')) return usageError(`${option} is a switch and takes no value.`);
    if (message.includes('ambiguous')) {
      return usageError(`${option} needs a value. For a value that starts with "-", write it as ${option}=-value.`);
    }
    return usageError(`${option} needs a value, e.g. ${optionUsage(name as OptionName)}.`);
  }
  return usageError(`Could not read the command line: ${message}`);
}

/**
 * Read argv (without node and script) into a command, its positional arguments and options.
 * Strict: an option the command does not take, a missing argument or an extra one is an error
 * with a message naming what to type instead, before anything touches the notebook.
 */
export function parseCliArgs(argv: readonly string[]): ParsedArgs {
  let parsed: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options: PARSE_OPTIONS, strict: true, allowPositionals: true }) as typeof parsed;
  } catch (error) {
    throw explainParseError(error, argv);
  }
  const options = parsed.values as CommandOptions;
  const positionals = parsed.positionals;

  if (positionals.length === 0 && options.help) return { kind: 'help', topic: undefined, options };
  if (positionals[0] === 'help') {
    const topic = positionals.length > 1 ? resolveCommand(positionals.slice(1)).spec : undefined;
    return { kind: 'help', topic, options };
  }
  const { spec, words } = resolveCommand(positionals);
  if (options.help) return { kind: 'help', topic: spec, options };

  const allowed = allowedOptions(spec);
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined || allowed.includes(name as OptionName)) continue;
    const hint = didYouMean(name, allowed, (option) => `--${option}`);
    throw usageError(`"${spec.name}" has no option --${name}.${hint} It takes: ${optionList(spec)}.`);
  }

  const args = positionals.slice(words);
  const usage = `Usage: ${PROGRAM} ${spec.usage}`;
  if (args.length < spec.args.length) {
    const missing = spec.args.slice(args.length).map((arg) => `<${arg}>`).join(' ');
    throw usageError(`"${spec.name}" needs ${missing}. ${usage}`);
  }
  if (args.length > spec.args.length) {
    const extra = args.slice(spec.args.length).map((arg) => `"${arg}"`).join(' ');
    throw usageError(
      `"${spec.name}" got more arguments than it takes: ${extra}. Put text with spaces in quotes, e.g. --quote "exact words". ${usage}`,
    );
  }
  for (const name of spec.required) {
    if (options[name] === undefined) throw usageError(`"${spec.name}" needs ${optionUsage(name)}. ${usage}`);
  }
  return { kind: 'command', command: spec, args, options };
}
