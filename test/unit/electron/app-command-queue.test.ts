import { describe, expect, it } from 'vitest';
import { createAppCommandQueue } from '../../../main/electron/app-command-queue';

describe('the queue of commands for the page', () => {
  it('answers a waiting page as soon as a menu item is chosen', async () => {
    const queue = createAppCommandQueue();
    const waiting = queue.next(undefined, 10_000);
    queue.push({ kind: 'new-clip', tab: 'url' });
    expect(await waiting).toEqual({ commands: [{ kind: 'new-clip', tab: 'url' }], seq: 1, live: true });
  });

  it('keeps a command given before the page asked (a file opened at launch), and gives it once', async () => {
    const queue = createAppCommandQueue();
    queue.push({ kind: 'show-clip-job', jobId: 'J', label: 'report.pdf' });
    expect((await queue.next(undefined, 0)).commands).toEqual([{ kind: 'show-clip-job', jobId: 'J', label: 'report.pdf' }]);
    // A reloaded page (no `after`) does not get it again.
    expect(await queue.next(undefined, 0)).toEqual({ commands: [], seq: 1, live: true });
  });

  it('gives a page that says where it is everything since, in order', async () => {
    const queue = createAppCommandQueue();
    queue.push({ kind: 'show-shortcuts' });
    queue.push({ kind: 'export-brief' });
    queue.push({ kind: 'new-clip', tab: 'paste' });
    const answer = await queue.next(1, 0);
    expect(answer.commands.map((c) => c.kind)).toEqual(['export-brief', 'new-clip']);
    expect(answer.seq).toBe(3);
  });

  it('gives a new command to every page waiting, so a second poll (strict mode) cannot swallow it', async () => {
    const queue = createAppCommandQueue();
    const first = queue.next(undefined, 10_000);
    const second = queue.next(undefined, 10_000);
    queue.push({ kind: 'export-brief' });
    expect((await first).commands).toHaveLength(1);
    expect((await second).commands).toHaveLength(1);
  });

  it('answers with nothing after the wait, and says it is still live', async () => {
    const queue = createAppCommandQueue();
    expect(await queue.next(4, 5)).toEqual({ commands: [], seq: 4, live: true });
  });

  it('on closing, releases every waiting call and says no more will come', async () => {
    const queue = createAppCommandQueue();
    const waiting = queue.next(undefined, 60_000);
    queue.close();
    expect(await waiting).toMatchObject({ commands: [], live: false });
    expect(await queue.next(0, 60_000)).toMatchObject({ live: false });
  });
});
