import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ICON_SOURCE, makeIcons, PNG_SIZES, renderPng, type IconSet } from '../../../main/build/make-icons';

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(png: Buffer): { width: number; height: number; colourType: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colourType: png[25]! };
}

let outDir: string;
let icons: IconSet;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'nn-icons-'));
  icons = await makeIcons(ICON_SOURCE, outDir);
});

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('makeIcons', () => {
  it('renders the Linux set, one NxN.png per size, each really that size and with transparency', async () => {
    expect(icons.pngs.map((f) => path.basename(f))).toEqual(PNG_SIZES.map((s) => `${s}x${s}.png`));
    for (const [i, size] of PNG_SIZES.entries()) {
      const header = pngHeader(await readFile(icons.pngs[i]!));
      expect(header).toEqual({ width: size, height: size, colourType: 6 });
    }
  });

  it('packs a Windows .ico holding 16 to 256 px', async () => {
    const ico = await readFile(icons.ico);
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes = Array.from({ length: count }, (_, i) => ico[6 + i * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 24, 32, 48, 64, 128, 256]));
  });

  it('packs a macOS .icns whose length matches and which holds the 1024 px retina icon', async () => {
    const icns = await readFile(icons.icns);
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) types.push(icns.subarray(at, at + 4).toString('latin1'));
    // ic10: 1024 px (512@2x), ic07: 128 px, is32 + s8mk: the 16 px image and its mask.
    expect(types).toEqual(expect.arrayContaining(['ic10', 'ic07', 'is32', 's8mk']));
  });

  it('keeps the drawing visible at 16 px: an opaque notebook with a light check mark on it', async () => {
    const { Resvg } = await import('@resvg/resvg-js');
    const pixels = new Resvg(await readFile(ICON_SOURCE), { fitTo: { mode: 'width', value: 16 } }).render().pixels;
    const at = (x: number, y: number) => Array.from(pixels.subarray((y * 16 + x) * 4, (y * 16 + x) * 4 + 4));
    expect(at(0, 0)[3]).toBeLessThan(128); // transparent corner
    expect(at(12, 8)[3]).toBe(255); // the cover
    const brightest = Math.max(...Array.from({ length: 16 * 16 }, (_, i) => pixels[i * 4]! + pixels[i * 4 + 1]! + pixels[i * 4 + 2]!));
    expect(brightest).toBeGreaterThan(600); // the white check mark still shows
  });

  it('refuses a source drawing that is not square', () => {
    expect(() => renderPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10" width="20" height="10"/>', 16)).toThrow(/square/);
  });
});
