import { tooLargeToClip } from '../../shared/domain/too-large';
/**
 * Files a reporter may clip (picked or dropped): the types the main side can read, checked here first
 * so a wrong file gets its answer at once instead of after a 20 MB upload. The size cap is the
 * contract's; a bigger file would also exceed what the browser-mode host accepts in one request.
 */

export const CLIP_FILE_EXTENSIONS = ['.html', '.htm', '.txt', '.md', '.pdf', '.docx'] as const;
export const CLIP_FILE_ACCEPT = CLIP_FILE_EXTENSIONS.join(',');
export const MAX_CLIP_FILE_BYTES = 15 * 1024 * 1024;

/** Why this file cannot be clipped, in words a reporter can act on; null when it can. */
export function clipFileProblem(name: string, size: number): string | null {
  const lower = name.toLowerCase();
  if (!CLIP_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext))) {
    return `"${name}" is not a file the notebook can clip. Choose a web page (.html, .htm), text (.txt, .md), a PDF or a Word document (.docx).`;
  }
  if (size === 0) return `"${name}" is empty. Choose the file that holds the document.`;
  if (size > MAX_CLIP_FILE_BYTES) {
    return tooLargeToClip(`"${name}"`, size);
  }
  return null;
}

/** The file's bytes as base64, the way the API carries them; the browser's own encoder does the work. */
export function readFileAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onerror = () => reject(new Error('The file could not be read. Check that it is still there and try again.'));
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.readAsDataURL(file);
  });
}
