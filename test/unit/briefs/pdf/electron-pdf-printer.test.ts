import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createElectronPdfPrinter, type ElectronPrintOptions, type PrintableWindow } from '../../../../main/briefs/pdf/electron-pdf-printer';

function fakeWindow(fail?: Error) {
  const calls: { loaded: string[]; contents: string[]; options: ElectronPrintOptions[]; destroyed: number } = { loaded: [], contents: [], options: [], destroyed: 0 };
  const window: PrintableWindow = {
    webContents: {
      loadURL: async (url) => {
        calls.loaded.push(url);
        calls.contents.push(readFileSync(fileURLToPath(url), 'utf8'));
      },
      printToPDF: async (options) => {
        calls.options.push(options);
        if (fail) throw fail;
        return new Uint8Array(Buffer.from('%PDF-1.7'));
      },
    },
    destroy: () => {
      calls.destroyed++;
    },
  };
  return { window, calls };
}

describe('createElectronPdfPrinter', () => {
  it('loads the brief in a hidden window, prints it with page numbers in the footer, and closes the window', async () => {
    const { window, calls } = fakeWindow();
    const bytes = await createElectronPdfPrinter(() => window)('<h1>Brief</h1>');
    expect(Buffer.from(bytes).toString()).toBe('%PDF-1.7');
    expect(calls.loaded[0]).toMatch(/^file:\/\//);
    expect(calls.contents[0]).toBe('<h1>Brief</h1>');
    // The temp file is gone once the PDF is made.
    expect(existsSync(fileURLToPath(calls.loaded[0]!))).toBe(false);
    expect(calls.options[0]).toMatchObject({ displayHeaderFooter: true, printBackground: true, generateTaggedPDF: true });
    expect(calls.options[0]!.footerTemplate).toContain('<span class="pageNumber"></span>');
    expect(calls.destroyed).toBe(1);
  });

  it('closes the window even when printing fails', async () => {
    const { window, calls } = fakeWindow(new Error('printing failed'));
    await expect(createElectronPdfPrinter(() => window)('<p>x</p>')).rejects.toThrow('printing failed');
    expect(calls.destroyed).toBe(1);
    expect(existsSync(fileURLToPath(calls.loaded[0]!))).toBe(false);
  });

  it('prints a brief larger than a data: URL may be (2 MB), from its temp file', async () => {
    const { window, calls } = fakeWindow();
    const big = `<p>${'Ukraine · Україна · 乌克兰 '.repeat(120_000)}</p>`;
    await createElectronPdfPrinter(() => window)(big);
    expect(calls.loaded[0]!.length).toBeLessThan(500);
    expect(calls.contents[0]).toBe(big);
  });
});
