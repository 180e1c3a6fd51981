import { describe, expect, it } from 'vitest';
import { clipFileProblem, MAX_CLIP_FILE_BYTES } from '../../../renderer/clip/clip-file';
import { keepsFormatting, pasteInput, readPaste } from '../../../renderer/clip/pasted-article';

const clipboard = (items: Record<string, string>) => ({ getData: (type: string) => items[type] ?? '' });

describe('pasted article', () => {
  it('keeps the clipboard’s HTML beside its text, so formatting survives', () => {
    const pasted = readPaste(clipboard({ 'text/html': '<h2>Budget</h2><p>Up 4%</p>', 'text/plain': 'Budget\n\nUp 4%' }));
    expect(pasted).toEqual({ html: '<h2>Budget</h2><p>Up 4%</p>', text: 'Budget\n\nUp 4%' });
    expect(pasteInput('Budget\r\n\r\nUp 4%\n', ' Council ', pasted)).toEqual({ html: '<h2>Budget</h2><p>Up 4%</p>', text: 'Budget\r\n\r\nUp 4%\n', title: 'Council' });
  });

  it('sends only the text once the reporter edited what was pasted', () => {
    const pasted = readPaste(clipboard({ 'text/html': '<p>Up 4%</p>', 'text/plain': 'Up 4%' }));
    expect(keepsFormatting('Up 5%', pasted)).toBe(false);
    expect(pasteInput('Up 5%', '', pasted)).toEqual({ text: 'Up 5%' });
  });

  it('treats a plain-text clipboard as text, and an empty box as nothing to clip', () => {
    const pasted = readPaste(clipboard({ 'text/plain': 'Just words' }));
    expect(pasted.html).toBeNull();
    expect(pasteInput('Just words', '', pasted)).toEqual({ text: 'Just words' });
    expect(pasteInput('  \n ', 'Title', null)).toBeNull();
  });
});

describe('clip files', () => {
  it('accepts the types the notebook reads, whatever the case of the extension', () => {
    for (const name of ['a.html', 'b.HTM', 'c.txt', 'd.md', 'e.PDF', 'f.docx']) expect(clipFileProblem(name, 10)).toBeNull();
  });

  it('says what to do with a wrong, empty or oversized file', () => {
    expect(clipFileProblem('photo.jpg', 10)).toMatch(/not a file the notebook can clip.*\.docx/);
    expect(clipFileProblem('notes.txt', 0)).toMatch(/empty/);
    expect(clipFileProblem('report.pdf', MAX_CLIP_FILE_BYTES + 1)).toMatch(/15\.1 MB; one clip imports at most 15 MB/);
  });
});
