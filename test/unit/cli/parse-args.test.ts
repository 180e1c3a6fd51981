import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../../main/cli/parse-args';
import { closest } from '../../../main/cli/suggest';

function errorOf(argv: string[]): string {
  try {
    parseCliArgs(argv);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`expected ${argv.join(' ')} to be refused`);
}

describe('parseCliArgs', () => {
  it('reads two-word commands, their arguments and options', () => {
    const parsed = parseCliArgs(['claim', 'add', 'CLIP', '--quote', 'exact words', '--note', 'n', '--notebook', '/nb', '--json']);
    expect(parsed.kind).toBe('command');
    if (parsed.kind !== 'command') return;
    expect(parsed.command.name).toBe('claim add');
    expect(parsed.args).toEqual(['CLIP']);
    expect(parsed.options).toMatchObject({ quote: 'exact words', note: 'n', notebook: '/nb', json: true });
  });

  it('treats a lone "-" as the stdin argument of clip', () => {
    const parsed = parseCliArgs(['clip', '-', '--title', 'From a pipe']);
    expect(parsed.kind === 'command' && parsed.args).toEqual(['-']);
  });

  it('suggests the closest command for a typo', () => {
    expect(errorOf(['clipz'])).toMatch(/Unknown command "clipz"\. Did you mean "clip/);
    expect(errorOf(['cheek'])).toMatch(/Did you mean "check"\?/);
    expect(errorOf(['claim', 'ad', 'X'])).toMatch(/"claim" needs one of: add, status, suggest\..*Did you mean "claim add"\?/);
    expect(errorOf(['frobnicate'])).toBe('Unknown command "frobnicate". Run "newsroom-notebook help" to see the commands.');
  });

  it('names the options a command takes when given one it does not', () => {
    expect(errorOf(['clips', '--title', 'x'])).toMatch(/"clips" has no option --title\. It takes: --notebook DIR, --json, --help/);
    expect(errorOf(['claim', 'add', 'X', '--qoute', 'q'])).toMatch(/Unknown option --qoute\. Did you mean --quote\?/);
    expect(errorOf(['claims', '--status'])).toMatch(/--status needs a value/);
    expect(errorOf(['claims', '--json=yes'])).toMatch(/--json is a switch and takes no value/);
  });

  it('refuses missing and extra arguments, with the usage line', () => {
    expect(errorOf(['show'])).toMatch(/"show" needs <clipId>\. Usage: newsroom-notebook show <clipId>/);
    expect(errorOf(['claim', 'add', 'X', '--quote', 'a', 'b'])).toMatch(/more arguments than it takes: "b"\. Put text with spaces in quotes/);
    expect(errorOf(['claim', 'add', 'X'])).toMatch(/"claim add" needs --quote QUOTE/);
    expect(errorOf(['source', 'add'])).toMatch(/needs --title TITLE/);
    expect(errorOf([])).toMatch(/No command given/);
  });

  it('turns --help and help <command> into help requests', () => {
    const general = parseCliArgs(['--help']);
    expect(general.kind === 'help' && general.topic).toBeUndefined();
    const topic = parseCliArgs(['help', 'evidence', 'add']);
    expect(topic.kind === 'help' && topic.topic?.name).toBe('evidence add');
    const flag = parseCliArgs(['claims', '-h']);
    expect(flag.kind === 'help' && flag.topic?.name).toBe('claims');
  });
});

describe('closest', () => {
  it('only suggests plausible typos', () => {
    expect(closest('sorce', ['source', 'show'])).toBe('source');
    expect(closest('xyz', ['source', 'show'])).toBeUndefined();
  });
});
