import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBriefModel } from '../../../../main/briefs/brief-builder';
import type { BriefModel } from '../../../../main/briefs/brief-model';
import { buildEvidenceBundle } from '../../../../main/briefs/bundle/evidence-bundle';
import { verifyBundle } from '../../../../main/briefs/bundle/verify-bundle';
import type { PdfPrinter } from '../../../../main/briefs/pdf/pdf-printer';
import { openNotebook } from '../../../../main/store/open-notebook';
import { createBriefNotebook, type BriefNotebook } from '../../../support/brief-notebook';
import { claimRecord, statusOp } from '../../../support/make-records';

/** Stands in for Chromium here: the bundle only needs the printer's bytes (the PDF itself is brief-pdf's test). */
const printed: string[] = [];
const pdfPrinter: PdfPrinter = async (html) => {
  printed.push(html);
  return strToU8(`%PDF-1.7\n% test print of ${html.length} characters\n%%EOF\n`);
};

let nb: BriefNotebook;
let model: BriefModel;
let bundle: Uint8Array;
const steps: string[] = [];

/** Change the entries of a bundle and zip it again, as someone editing the unzipped folder would. */
function tamper(bytes: Uint8Array, edit: (entries: Record<string, Uint8Array>) => void): Uint8Array {
  const entries = unzipSync(bytes);
  edit(entries);
  return zipSync(entries);
}

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  nb = await createBriefNotebook();
  model = await buildBriefModel(nb.ctx, { scope: { kind: 'clip', clipId: nb.clip.id }, includeOpen: false });
  bundle = await buildEvidenceBundle(nb.ctx, model, { pdfPrinter, onProgress: (step) => steps.push(step) });
});

describe('buildEvidenceBundle', () => {
  it('holds the brief in three forms, both JSON-LD files, every cited clip, and a manifest of them all', () => {
    const entries = unzipSync(bundle);
    const names = Object.keys(entries).sort();
    for (const name of ['brief.html', 'brief.md', 'brief.pdf', 'claimreview.jsonld', 'annotations.jsonld', 'manifest.json', 'manifest-digest.json']) {
      expect(names).toContain(name);
    }
    // The article and the treaty text cited as a source are both cited clips.
    for (const clip of [nb.clip, nb.treatyClip]) {
      expect(names).toEqual(expect.arrayContaining([`clips/${clip.id}.html`, `clips/${clip.id}.txt`, `clips/${clip.id}.json`]));
      // Byte for byte as stored: the hashes are the ones the capture record carries.
      expect(sha256(entries[`clips/${clip.id}.html`] as Uint8Array)).toBe(clip.htmlSha256);
      expect(sha256(entries[`clips/${clip.id}.txt`] as Uint8Array)).toBe(clip.textSha256);
    }
    const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as { profile: string; resources: Array<{ path: string; hash: string; bytes: number }> };
    expect(manifest.profile).toBe('data-package');
    expect(manifest.resources.map((r) => r.path).sort()).toEqual(names.filter((n) => !n.startsWith('manifest')));
    for (const resource of manifest.resources) {
      const data = entries[resource.path] as Uint8Array;
      expect(resource.hash).toBe(`sha256:${sha256(data)}`);
      expect(resource.bytes).toBe(data.length);
    }
    expect(printed.at(-1)).toContain('<html');
    expect(steps).toEqual(expect.arrayContaining(['Writing the brief', 'Printing the PDF', 'Writing the manifest']));
  });

  it('carries the ClaimReview of the two verified claims and the false one', () => {
    const entries = unzipSync(bundle);
    const doc = JSON.parse(strFromU8(entries['claimreview.jsonld'] as Uint8Array)) as { '@graph': Array<{ claimReviewed: string; reviewRating: { alternateName: string } }> };
    const verdicts = doc['@graph'].map((review) => review.reviewRating.alternateName).sort();
    expect(verdicts).toEqual(['False', 'True', 'True']);
  });
});

describe('verifyBundle', () => {
  it('passes the bundle as made', () => {
    const result = verifyBundle(bundle);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toBe(Object.keys(unzipSync(bundle)).length - 2);
  });

  it('fails naming the file when one byte inside a clip is changed', () => {
    const name = `clips/${nb.clip.id}.txt`;
    const altered = tamper(bundle, (entries) => {
      const data = new Uint8Array(entries[name] as Uint8Array);
      data[10] = (data[10] ?? 0) ^ 0x01;
      entries[name] = data;
    });
    const result = verifyBundle(altered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ file: name, problem: expect.stringMatching(/^was altered/) }]);
  });

  it('names a file that was removed, and one that was slipped in', () => {
    const altered = tamper(bundle, (entries) => {
      delete entries['brief.pdf'];
      entries['clips/extra.html'] = strToU8('<p>added later</p>');
    });
    const result = verifyBundle(altered);
    expect(result.problems).toEqual([
      { file: 'brief.pdf', problem: 'is missing from the bundle.' },
      { file: 'clips/extra.html', problem: expect.stringMatching(/not listed in the manifest/) },
    ]);
  });

  it('reports a digest mismatch when the manifest itself is edited to hide a change', () => {
    const name = 'brief.md';
    const altered = tamper(bundle, (entries) => {
      const original = strFromU8(entries[name] as Uint8Array);
      expect(original).toContain('Verified');
      const edited = strToU8(original.replace('Verified', 'Confirmed'));
      entries[name] = edited;
      const manifest = JSON.parse(strFromU8(entries['manifest.json'] as Uint8Array)) as { resources: Array<{ path: string; hash: string; bytes: number }> };
      const resource = manifest.resources.find((r) => r.path === name);
      if (!resource) throw new Error('brief.md not in manifest');
      resource.hash = `sha256:${sha256(edited)}`;
      resource.bytes = edited.length;
      entries['manifest.json'] = strToU8(`${JSON.stringify(manifest, null, 2)}\n`);
    });
    const result = verifyBundle(altered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([{ file: 'manifest.json', problem: expect.stringMatching(/SHA-256 no longer matches the digest in manifest-digest\.json/) }]);
  });

  it('says so when the file is not a zip at all', () => {
    const result = verifyBundle(strToU8('just some text'));
    expect(result).toMatchObject({ ok: false, files: 0, problems: [{ file: '(bundle)', problem: expect.stringMatching(/not a readable zip/) }] });
  });
});

describe('buildEvidenceBundle with a clip that kept images', () => {
  it('carries the images the stored HTML points at, where its ../assets/ links find them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nn-bundle-'));
    const store = await openNotebook(join(root, 'nb'), { create: true, compactOnClose: false });
    try {
      const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
      const pngSha = sha256(png);
      writeFileSync(join(root, 'nb', 'assets', `${pngSha}.png`), png);
      const text = 'The embassy in Kyiv closed on Wednesday.';
      const textSha256 = await store.putBody(text, 'txt');
      const htmlSha256 = await store.putBody(`<p>${text}</p><img src="../assets/${pngSha}.png" alt="The embassy">`, 'html');
      const at = '2025-03-01T09:00:00.000Z';
      const clip = {
        id: '01JD00000000000000000000K1',
        title: 'Embassy closes',
        htmlSha256,
        textSha256,
        textLength: text.length,
        assets: [{ sha256: pngSha, ext: 'png', originalUrl: 'https://example.org/embassy.png' }],
        capture: { method: 'paste' as const, capturedAt: at, bytesSha256: htmlSha256, byteLength: 10 },
        createdAt: at,
        updatedAt: at,
      };
      await store.commit([{ type: 'clip.put', clip }]);
      const claim = { ...claimRecord(clip.id, 'The embassy in Kyiv closed on Wednesday', at), anchor: null };
      await store.commit([{ type: 'claim.put', claim }]);
      await store.commit([statusOp(claim, 'unverifiable', 'No one at the embassy would say.', '2025-03-01T10:00:00.000Z')]);
      const ctx = { store, now: () => '2025-03-02T09:00:00.000Z' };
      const imageModel = await buildBriefModel(ctx, { scope: { kind: 'clip', clipId: clip.id }, includeOpen: false });
      const zip = await buildEvidenceBundle(ctx, imageModel, { pdfPrinter });
      const entries = unzipSync(zip);
      expect(sha256(entries[`assets/${pngSha}.png`] as Uint8Array)).toBe(pngSha);
      expect(strFromU8(entries[`clips/${clip.id}.html`] as Uint8Array)).toContain(`src="../assets/${pngSha}.png"`);
      expect(verifyBundle(zip)).toMatchObject({ ok: true, problems: [] });
    } finally {
      await store.close();
      rmSync(root, { recursive: true, force: true });
    }
  });
});
