import { AppError } from '../../../shared/api/result';
import { decodeTextFile } from './decode-text';
import { readDocx } from './docx-document';
import type { ExtractFn, FileDocument } from './file-document';
import { readPdf } from './pdf-document';
import { textArticle, textParagraphs, titleFromParagraphs } from './plain-text';

/**
 * A file (imported, dropped, or named on the command line) into a document the clip pipeline stores.
 * The extension says what the reporter means the file to be; the first bytes say what it is. A PDF or
 * Word document is read only when its bytes are one (a damaged or mislabelled file gets a message
 * saying so), and a text file is refused when its bytes are binary.
 */

export const SUPPORTED_FILES = 'web pages (.html, .htm), text (.txt, .md), PDF (.pdf) and Word documents (.docx)';

type Kind = 'html' | 'text' | 'markdown' | 'pdf' | 'docx';

const KINDS: Readonly<Record<string, Kind>> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.pdf': 'pdf',
  '.docx': 'docx',
};

const ADVICE: Readonly<Record<string, string>> = {
  '.doc': 'Open it in Word or LibreOffice and save it as .docx, then import that.',
  '.odt': 'Save it as .docx from LibreOffice, then import that.',
  '.rtf': 'Save it as .docx or .txt, then import that.',
  '.pages': 'Export it from Pages as Word (.docx) or PDF, then import that.',
};

function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function baseTitle(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim() || 'Untitled document';
}

export interface ReadDocumentDeps {
  extractArticle: ExtractFn;
}

export async function readDocument(name: string, bytes: Uint8Array, deps: ReadDocumentDeps): Promise<FileDocument> {
  const extension = extensionOf(name);
  const kind = KINDS[extension];
  if (!kind) {
    const what = extension ? `${extension} files` : 'files without an extension';
    const advice = ADVICE[extension] ? ` ${ADVICE[extension]}` : '';
    throw new AppError('invalid_input', `Newsroom Notebook cannot clip ${what}. It can clip ${SUPPORTED_FILES}.${advice}`);
  }
  if (bytes.length === 0) throw new AppError('invalid_input', `${name} is empty: there is nothing to clip.`);
  const title = baseTitle(name);
  if (kind === 'pdf') return readPdf(bytes, title);
  if (kind === 'docx') return readDocx(bytes, title, deps.extractArticle);

  const decoded = decodeTextFile(bytes, name, kind === 'html');
  if (decoded.text.trim() === '') throw new AppError('invalid_input', `${name} holds only blank space: there is nothing to clip.`);
  const charset = { charset: decoded.charset, charsetSource: decoded.charsetSource };
  if (kind === 'html') {
    const article = await deps.extractArticle(decoded.text, {});
    if (article.articleText.trim() === '' && article.fullText.trim() === '') {
      throw new AppError('invalid_input', `${name} has no readable text: the page may build its content with scripts, which are not run.`);
    }
    return { contentType: 'text/html', ...charset, article: article.title ? article : { ...article, title } };
  }
  const paragraphs = textParagraphs(decoded.text);
  return {
    contentType: kind === 'markdown' ? 'text/markdown' : 'text/plain',
    ...charset,
    article: textArticle(paragraphs, titleFromParagraphs(paragraphs, title)),
  };
}
