import { describe, expect, it } from 'vitest';
import { launchTargets } from '../../../main/electron/launch-targets';

describe('what a launch asks the app to open', () => {
  it('finds documents and web addresses, resolved against the launch’s folder', () => {
    const argv = ['/opt/Newsroom Notebook/newsroom-notebook', '--notebook', '/n/desk', 'report.PDF', 'https://gazette.example/story', '/tmp/notes.md'];
    expect(launchTargets(argv, '/home/ana')).toEqual([
      { kind: 'file', path: '/home/ana/report.PDF' },
      { kind: 'url', url: 'https://gazette.example/story' },
      { kind: 'file', path: '/tmp/notes.md' },
    ]);
  });

  it('ignores Electron’s switches, our options’ values, the script, and anything it cannot clip', () => {
    const argv = ['electron', 'dist/main/electron-main.js', '--notebook', 'old.md', '--enable-logging', '--port=4000', 'run.exe', 'javascript:alert(1)', 'file:///etc/passwd', 'photo.png'];
    expect(launchTargets(argv, '/')).toEqual([]);
  });
});
