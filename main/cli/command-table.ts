/**
 * Every CLI command named once: its words, positional arguments, options and one-line help.
 * The parser, the help text and the "did you mean" suggestions all read this table, so they agree.
 */

export const OPTION_TYPES = {
  notebook: 'string',
  json: 'boolean',
  help: 'boolean',
  title: 'string',
  quote: 'string',
  note: 'string',
  status: 'string',
  url: 'string',
  kind: 'string',
  stance: 'string',
  port: 'string',
  open: 'boolean',
  limit: 'string',
  'new-version': 'boolean',
  clip: 'string',
  story: 'string',
  claims: 'string',
  format: 'string',
  out: 'string',
  'include-open': 'boolean',
  organization: 'string',
  'organization-url': 'string',
  reporter: 'string',
} as const;

export type OptionName = keyof typeof OPTION_TYPES;

/** Options every command accepts. */
export const GLOBAL_OPTIONS: readonly OptionName[] = ['notebook', 'json', 'help'];

export const COMMAND_NAMES = [
  'init',
  'clip',
  'clips',
  'show',
  'claim add',
  'claim status',
  'claim suggest',
  'claims',
  'source add',
  'evidence add',
  'check',
  'serve',
  'brief',
  'verify-bundle',
  'backup',
  'restore',
  'settings',
  'help',
] as const;

export type CommandName = (typeof COMMAND_NAMES)[number];

export interface CommandSpec {
  name: CommandName;
  /** Positional arguments, all required, in order. */
  args: readonly string[];
  options: readonly OptionName[];
  /** Options the command cannot run without. */
  required: readonly OptionName[];
  usage: string;
  summary: string;
}

function spec(
  name: CommandName,
  usage: string,
  summary: string,
  args: readonly string[] = [],
  options: readonly OptionName[] = [],
  required: readonly OptionName[] = [],
): CommandSpec {
  return { name, args, options, required, usage, summary };
}

export const COMMANDS: Readonly<Record<CommandName, CommandSpec>> = {
  init: spec('init', 'init', 'Create the notebook folder (says so if it already exists).'),
  clip: spec(
    'clip',
    'clip <url|file|-> [--title T] [--new-version]',
    'Clip a web page (http/https), a file (.html, .htm, .txt, .md, .pdf, .docx), or standard input with "-" (text, or HTML). --new-version keeps a new capture of an article clipped before, linked to it.',
    ['source'],
    ['title', 'new-version'],
  ),
  clips: spec('clips', 'clips', 'List the clips: ID, date, number of claims, title.'),
  show: spec('show', 'show <clipId>', 'Show a clip, its text and its claims.', ['clipId']),
  'claim add': spec(
    'claim add',
    'claim add <clipId> --quote "exact text from the clip" [--note N]',
    'Mark a claim: the quote must appear exactly once in the clip.',
    ['clipId'],
    ['quote', 'note'],
    ['quote'],
  ),
  'claim status': spec(
    'claim status',
    'claim status <claimId> <status> [--note "rationale"]',
    'Move a claim to unverified, in_progress, verified, false, misleading or unverifiable.',
    ['claimId', 'status'],
    ['note'],
  ),
  'claim suggest': spec(
    'claim suggest',
    'claim suggest <clipId> [--limit N]',
    'Suggest sentences worth checking, best first, each with why and its position in the clip.',
    ['clipId'],
    ['limit'],
  ),
  claims: spec('claims', 'claims [--status S]', 'List the claims, optionally only those with one status.', [], ['status']),
  'source add': spec(
    'source add',
    'source add --title T [--url U] [--kind web|document|person|dataset|record|other]',
    'Record a source that bears on claims.',
    [],
    ['title', 'url', 'kind'],
    ['title'],
  ),
  'evidence add': spec(
    'evidence add',
    'evidence add <claimId> <sourceId> --stance supports|contradicts|context [--quote Q]',
    'Link a source to a claim.',
    ['claimId', 'sourceId'],
    ['stance', 'quote'],
    ['stance'],
  ),
  check: spec('check', 'check', 'Verify the notebook: schema, body hashes, history chains. Exit 1 on any problem.'),
  serve: spec(
    'serve',
    'serve [--port N] [--open]',
    'Open the notebook in browser mode on 127.0.0.1; prints the URL with its token. Ctrl-C stops it.',
    [],
    ['port', 'open'],
  ),
  brief: spec(
    'brief',
    'brief --clip ID | --story ID | --claims ID,ID --format md|html|pdf|docx|claimreview|annotations|bundle --out PATH [--include-open]',
    'Export a brief of the checked claims of a clip, a story or chosen claims. bundle is a .zip of the brief, its ClaimReview and annotations, the cited clips and a manifest of their SHA-256. --include-open adds claims still being checked.',
    [],
    ['clip', 'story', 'claims', 'format', 'out', 'include-open'],
    ['format', 'out'],
  ),
  'verify-bundle': spec(
    'verify-bundle',
    'verify-bundle FILE',
    'Check an evidence bundle against its manifest; names every altered, missing or added file. Exit 1 on any problem.',
    ['file'],
  ),
  backup: spec('backup', 'backup --out FILE', 'Back up the whole notebook (records, clip bodies, images) into one .zip.', [], ['out'], ['out']),
  restore: spec(
    'restore',
    'restore FILE --notebook DIR',
    'Restore a backup .zip into DIR, which must be empty or not exist yet; then checks it.',
    ['file'],
  ),
  settings: spec(
    'settings',
    'settings [--organization NAME] [--organization-url URL] [--reporter NAME]',
    'Show the notebook\'s settings, or change them: the organization\'s name and web address (ClaimReview takes its author and url from them) and the reporter\'s name. An empty value clears one.',
    [],
    ['organization', 'organization-url', 'reporter'],
  ),
  help: spec('help', 'help [command]', 'Show this help, or the help of one command.'),
};

/** First words that only make sense with a second one ("claim add"). */
export const COMMAND_GROUPS: Readonly<Record<string, readonly CommandName[]>> = {
  claim: ['claim add', 'claim status', 'claim suggest'],
  source: ['source add'],
  evidence: ['evidence add'],
};
