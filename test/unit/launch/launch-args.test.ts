import { describe, expect, it } from 'vitest';
import { parseLaunchArgs, type LaunchOptions } from '../../../main/launch/launch-args';

const defaults = { strict: true, defaultDir: '/home/ana/.local/share/Newsroom Notebook', cwd: '/work' };

function parse(argv: string[], env: Record<string, string> = {}, options = defaults): LaunchOptions {
  const parsed = parseLaunchArgs(argv, env, options);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

function problem(argv: string[]): string {
  const parsed = parseLaunchArgs(argv, {}, defaults);
  if (parsed.ok) throw new Error(`expected ${argv.join(' ')} to be refused`);
  return parsed.message;
}

describe('npm start arguments', () => {
  it('defaults to the desktop app on the default notebook, any port, opening the browser', () => {
    expect(parse([])).toEqual({ notebookDir: defaults.defaultDir, browser: false, port: 0, open: true, help: false });
  });

  it('takes the notebook from --notebook, then NOTEBOOK_DIR, resolving relative folders', () => {
    expect(parse(['--notebook', 'notes/budget']).notebookDir).toBe('/work/notes/budget');
    expect(parse(['--notebook=/srv/nb']).notebookDir).toBe('/srv/nb');
    expect(parse([], { NOTEBOOK_DIR: '/env/nb' }).notebookDir).toBe('/env/nb');
    expect(parse(['--notebook', '/flag/nb'], { NOTEBOOK_DIR: '/env/nb' }).notebookDir).toBe('/flag/nb');
    expect(parse([], { NOTEBOOK_DIR: '' }).notebookDir).toBe(defaults.defaultDir);
  });

  it('reads --browser, --port and --no-open', () => {
    expect(parse(['--browser', '--port', '8123', '--no-open'])).toMatchObject({ browser: true, port: 8123, open: false });
    expect(parse(['--port=0']).port).toBe(0);
  });

  it('refuses a bad port, a missing folder and an unknown option, saying what to do', () => {
    expect(problem(['--port', 'abc'])).toMatch(/--port needs a number from 0 to 65535/);
    expect(problem(['--port', '70000'])).toMatch(/65535/);
    expect(problem(['--port'])).toMatch(/--port/);
    expect(problem(['--notebook'])).toMatch(/--notebook needs a folder/);
    expect(problem(['--notebook', '--browser'])).toMatch(/--notebook needs a folder/);
    expect(problem(['--frobnicate'])).toMatch(/Unknown option "--frobnicate"[\s\S]*Usage/);
  });

  it('ignores options it does not know when Electron passes its own', () => {
    expect(parse(['--no-sandbox', '--notebook', '/nb', '--enable-logging'], {}, { ...defaults, strict: false }).notebookDir).toBe('/nb');
  });
});
