import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNotebook } from '../../../main/store/check-notebook';
import { openNotebook } from '../../../main/store/open-notebook';
import { addClip, claimRecord, statusOp } from '../../support/make-records';
import { useTempDirs } from './temp-notebook';

const tempNotebook = useTempDirs();

describe('checkNotebook', () => {
  it('finds nothing wrong with a healthy notebook', async () => {
    const store = await openNotebook(tempNotebook(), { create: true, compactOnClose: false });
    const clip = await addClip(store, 'Turnout was 61%.', 'Turnout');
    const claim = claimRecord(clip.id, 'Turnout was 61%');
    await store.commit([{ type: 'claim.put', claim }]);
    await store.commit([statusOp(claim, 'in_progress')]);
    const report = await checkNotebook(store);
    expect(report.problems).toEqual([]);
    expect(report.counts).toMatchObject({ clips: 1, claims: 1, bodies: 2 });
    await store.close();
  });

  it('reports an altered body, a missing body and an edited history, in plain words', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, compactOnClose: false });
    const clip = await addClip(store, 'Turnout was 61%.', 'Turnout');
    const claim = claimRecord(clip.id, 'Turnout was 61%');
    await store.commit([{ type: 'claim.put', claim }]);
    await store.commit([statusOp(claim, 'in_progress', 'Asking the electoral board')]);
    writeFileSync(join(dir, 'clips', `${clip.textSha256}.txt`), 'Turnout was 71%.');
    const { unlinkSync } = await import('node:fs');
    unlinkSync(join(dir, 'clips', `${clip.htmlSha256}.html`));
    const entry = store.data.claims[claim.id]?.history[0];
    if (entry) (entry as { rationale: string }).rationale = 'Rewritten after the fact';
    const { problems } = await checkNotebook(store);
    expect(problems).toContainEqual(expect.stringMatching(/text of the clip "Turnout" was altered or damaged/));
    expect(problems).toContainEqual(expect.stringMatching(/page of the clip "Turnout" is missing/));
    expect(problems).toContainEqual(expect.stringMatching(/history of claim .* is broken/));
    await store.close();
  });

  it('re-hashes a web clip\'s full page and its captured images too', async () => {
    const dir = tempNotebook();
    const store = await openNotebook(dir, { create: true, compactOnClose: false });
    const clip = await addClip(store, 'Turnout was 61%.', 'Turnout');
    const fullHtmlSha256 = await store.putBody('<nav>Home</nav><p>Turnout was 61%.</p>', 'html');
    const fullTextSha256 = await store.putBody('Home\n\nTurnout was 61%.', 'txt');
    const { createHash } = await import('node:crypto');
    const image = Buffer.from('not really a png, but bytes all the same');
    const imageSha = createHash('sha256').update(image).digest('hex');
    writeFileSync(join(dir, 'assets', `${imageSha}.png`), image);
    const webClip = { ...clip, fullHtmlSha256, fullTextSha256, assets: [{ sha256: imageSha, ext: 'png', originalUrl: 'https://example.org/a.png' }] };
    await store.commit([{ type: 'clip.put', clip: webClip }]);
    expect((await checkNotebook(store)).problems).toEqual([]);
    expect((await checkNotebook(store)).counts.bodies).toBe(5);

    writeFileSync(join(dir, 'clips', `${fullHtmlSha256}.html`), '<p>Turnout was 91%.</p>');
    writeFileSync(join(dir, 'assets', `${imageSha}.png`), 'swapped picture');
    const { problems } = await checkNotebook(store);
    expect(problems).toContainEqual(expect.stringMatching(/full page of the clip "Turnout" was altered or damaged/));
    expect(problems).toContainEqual(expect.stringMatching(/image of the clip "Turnout" was altered or damaged: assets\//));
    await store.close();
  });
});
