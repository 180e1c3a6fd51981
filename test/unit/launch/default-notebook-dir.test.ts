import { describe, expect, it } from 'vitest';
import { defaultNotebookDir } from '../../../main/launch/default-notebook-dir';

describe('the default notebook folder', () => {
  it('is under %APPDATA% on Windows', () => {
    expect(defaultNotebookDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, home: 'C:\\Users\\ana' })).toBe('C:\\Users\\ana\\AppData\\Roaming\\Newsroom Notebook');
    expect(defaultNotebookDir({ platform: 'win32', env: {}, home: 'C:\\Users\\ana' })).toBe('C:\\Users\\ana\\AppData\\Roaming\\Newsroom Notebook');
  });

  it('is under ~/Library/Application Support on macOS', () => {
    expect(defaultNotebookDir({ platform: 'darwin', env: { XDG_DATA_HOME: '/x' }, home: '/Users/ana' })).toBe('/Users/ana/Library/Application Support/Newsroom Notebook');
  });

  it('is under $XDG_DATA_HOME, or ~/.local/share, on Linux', () => {
    expect(defaultNotebookDir({ platform: 'linux', env: { XDG_DATA_HOME: '/data/ana' }, home: '/home/ana' })).toBe('/data/ana/Newsroom Notebook');
    expect(defaultNotebookDir({ platform: 'linux', env: {}, home: '/home/ana' })).toBe('/home/ana/.local/share/Newsroom Notebook');
    // A relative XDG_DATA_HOME is invalid by the spec and ignored.
    expect(defaultNotebookDir({ platform: 'linux', env: { XDG_DATA_HOME: 'rel/dir' }, home: '/home/ana' })).toBe('/home/ana/.local/share/Newsroom Notebook');
    expect(defaultNotebookDir({ platform: 'freebsd', env: {}, home: '/home/ana' })).toBe('/home/ana/.local/share/Newsroom Notebook');
  });
});
