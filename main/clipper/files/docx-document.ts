import mammoth from 'mammoth';
import { escapeHtml } from '../../../shared/domain/escape-html';
import { AppError } from '../../../shared/api/result';
import { DOCX_TYPE, type ExtractFn, type FileDocument } from './file-document';

/**
 * A Word document through mammoth, which maps its styles to plain semantic HTML (headings, paragraphs,
 * lists, tables). That HTML then goes through the same extraction and sanitizer as a web page, and
 * the whole document is the article: Readability's idea of "the main content" is for pages with
 * navigation around them, which a document does not have.
 */

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** The first heading's words, from mammoth's own output (which escapes only these five characters). */
function firstHeading(html: string): string | undefined {
  const match = /<h[1-2][^>]*>([\s\S]*?)<\/h[1-2]>/.exec(html);
  if (!match?.[1]) return undefined;
  const text = match[1].replace(/<[^>]*>/g, '').replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
  return text.replace(/\s+/g, ' ').trim() || undefined;
}


function unreadable(): AppError {
  return new AppError('invalid_input', 'This Word document could not be read (it may be damaged, password-protected, or not really a .docx file).');
}

export async function readDocx(bytes: Uint8Array, fallbackTitle: string, extract: ExtractFn): Promise<FileDocument> {
  // A .docx is a zip archive: anything else is refused before mammoth tries.
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) throw unreadable();
  let html: string;
  let droppedImages = 0;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // Never follow links to files outside the document; images inside it are not kept in this version.
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => {
          droppedImages++;
          return Promise.resolve({ src: '' });
        }),
      },
    );
    html = result.value.replace(/<img\b[^>]*>/g, '');
  } catch {
    throw unreadable();
  }
  if (html.replace(/<[^>]*>/g, '').trim() === '') throw new AppError('invalid_input', 'This Word document has no text to clip.');
  const title = firstHeading(html) ?? fallbackTitle;
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><article>${html}</article></body></html>`;
  const extracted = await extract(page, {});
  // The extractor's warnings are about finding an article in a web page; a document is clipped whole.
  const warnings: string[] = [];
  if (droppedImages > 0) warnings.push(`The document's ${droppedImages === 1 ? 'image was' : `${droppedImages} images were`} not kept: only its text is clipped.`);
  return {
    contentType: DOCX_TYPE,
    article: {
      ...extracted,
      title,
      articleHtml: extracted.fullHtml,
      articleText: extracted.fullText,
      articleFound: true,
      mayBeIncomplete: false,
      warnings,
      imageUrls: [],
    },
  };
}
