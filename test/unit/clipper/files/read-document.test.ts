import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../../main/clipper/extract/extract-article';
import { readDocument } from '../../../../main/clipper/files/read-document';
import { AppError } from '../../../../shared/api/result';
import { makeDocx, makePdf } from './make-documents';

const read = (name: string, bytes: Uint8Array | string) =>
  readDocument(name, typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, { extractArticle });

async function refusal(name: string, bytes: Uint8Array | string): Promise<AppError> {
  const error = await read(name, bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `${name} should be refused`).toBeInstanceOf(AppError);
  return error as AppError;
}

const slice = (text: string, start: number, end: number) => Array.from(text).slice(start, end).join('');

describe('PDF files', () => {
  it('reads text page by page, with page locators that point at each page’s text', async () => {
    const bytes = await makePdf(
      [
        [['The council met on Tuesday.', 'It voted to close the depot.'], ['Residents objected.']],
        [['On page two, the mayor said the budget is €4.2 million.']],
      ],
      'Council minutes',
    );
    const doc = await read('minutes.pdf', bytes);
    expect(doc.contentType).toBe('application/pdf');
    expect(doc.article.title).toBe('Council minutes');
    expect(doc.article.articleText).toBe(
      'The council met on Tuesday. It voted to close the depot.\n\nResidents objected.\n\nOn page two, the mayor said the budget is €4.2 million.',
    );
    expect(doc.pages).toHaveLength(2);
    const [one, two] = doc.pages!;
    expect(one!.page).toBe(1);
    expect(slice(doc.article.articleText, one!.start, one!.end)).toBe('The council met on Tuesday. It voted to close the depot.\n\nResidents objected.');
    expect(two!.page).toBe(2);
    expect(slice(doc.article.articleText, two!.start, two!.end)).toBe('On page two, the mayor said the budget is €4.2 million.');
    expect(doc.article.articleHtml).toContain('<p>Residents objected.</p>');
  });

  it('takes its title from the file name when the PDF has none', async () => {
    const doc = await read('/home/reporter/Annual report 2024.pdf', await makePdf([[['Revenue rose.']]]));
    expect(doc.article.title).toBe('Annual report 2024');
  });

  it('refuses a damaged PDF with a message naming the cause', async () => {
    const good = await makePdf([[['Some text.']]]);
    for (const bytes of [good.subarray(0, 200), new TextEncoder().encode('%PDF-1.7\nthis is not a pdf at all'), new TextEncoder().encode('<html>saved error page</html>')]) {
      const error = await refusal('report.pdf', bytes);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toBe('This PDF could not be read (it may be damaged or password-protected).');
    }
  });

  it('says a PDF without text needs text recognition', async () => {
    const error = await refusal('scan.pdf', await makePdf([[]]));
    expect(error.message).toMatch(/no text to clip.*scanned.*OCR/);
  });
});

describe('Word documents', () => {
  it('keeps headings and paragraphs, sanitized, with the heading as title', async () => {
    const bytes = await makeDocx('Budget memo', ['First paragraph of the memo.', 'Second paragraph <script>alert(1)</script> stays text.']);
    const doc = await read('memo.docx', bytes);
    expect(doc.article.title).toBe('Budget memo');
    expect(doc.article.articleHtml).toMatch(/<h1[^>]*>Budget memo<\/h1>/);
    expect(doc.article.articleHtml).not.toContain('<script');
    expect(doc.article.articleText).toBe('Budget memo\n\nFirst paragraph of the memo.\n\nSecond paragraph <script>alert(1)</script> stays text.');
  });

  it('refuses a damaged Word document', async () => {
    const bytes = await makeDocx('Title', ['Body']);
    const error = await refusal('memo.docx', bytes.subarray(0, 300));
    expect(error.message).toMatch(/This Word document could not be read/);
    expect((await refusal('memo.docx', 'plain text named .docx')).message).toMatch(/could not be read/);
  });
});

describe('text and HTML files', () => {
  it('keeps Markdown as text, with paragraphs on blank lines', async () => {
    const doc = await read('notes.md', '# Interview notes\r\n\r\nShe said the plant\r\ncloses in June.\r\n\r\n\r\n- one\n- two\n');
    expect(doc.contentType).toBe('text/markdown');
    expect(doc.article.title).toBe('Interview notes');
    expect(doc.article.articleText).toBe('# Interview notes\n\nShe said the plant\ncloses in June.\n\n- one\n- two');
    expect(doc.article.articleHtml).toBe('<p># Interview notes</p>\n<p>She said the plant<br>\ncloses in June.</p>\n<p>- one<br>\n- two</p>');
  });

  it('reads legacy-encoded text rather than refusing it', async () => {
    const doc = await read('menu.txt', new Uint8Array([...Buffer.from('Caf', 'latin1'), 0xe9, ...Buffer.from(' au lait, cr', 'latin1'), 0xe8, ...Buffer.from('me br', 'latin1'), 0xfb, 0x6c, 0xe9, 0x65]));
    expect(doc.article.articleText).toBe('Café au lait, crème brûlée');
  });

  it('decodes an HTML file by its <meta> charset and extracts the article', async () => {
    const html = '<html lang="ru"><head><meta charset="windows-1251"><title>Новости</title></head><body><article><h1>Новости</h1><p>Городской совет утвердил бюджет на следующий год после долгого обсуждения.</p></article></body></html>';
    const doc = await read('news.html', new Uint8Array(iconv.encode(html, 'windows-1251')));
    expect(doc.charset).toBe('windows-1251');
    expect(doc.charsetSource).toBe('meta');
    expect(doc.article.articleText).toContain('Городской совет утвердил бюджет');
  });

  it('refuses a binary file posing as text', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect((await refusal('notes.txt', png)).message).toMatch(/^This file is not text: notes\.txt contains NUL bytes/);
    const noisy = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x80 + (i % 100)));
    expect((await refusal('story.md', noisy)).message).toMatch(/^This file is not text: story\.md is not UTF-8/);
    expect((await refusal('page.html', png)).message).toMatch(/^This file is not text/);
  });

  it('refuses an empty file, and one holding only blank space', async () => {
    expect((await refusal('empty.txt', '')).message).toBe('empty.txt is empty: there is nothing to clip.');
    expect((await refusal('empty.pdf', new Uint8Array())).message).toBe('empty.pdf is empty: there is nothing to clip.');
    expect((await refusal('blank.md', ' \n\n\t')).message).toMatch(/only blank space/);
  });

  it('names what it can read when the type is not supported', async () => {
    expect((await refusal('photo.jpg', 'x')).message).toBe(
      'Newsroom Notebook cannot clip .jpg files. It can clip web pages (.html, .htm), text (.txt, .md), PDF (.pdf) and Word documents (.docx).',
    );
    expect((await refusal('old.doc', 'x')).message).toMatch(/save it as \.docx/);
    expect((await refusal('README', 'x')).message).toMatch(/cannot clip files without an extension/);
  });
});
