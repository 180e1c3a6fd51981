import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/api/result';
import type { ClipProgress } from '../../../../main/clipper/clipper-types';
import { fetchPage, PAGE_FETCH_LIMITS } from '../../../../main/clipper/fetch/fetch-page';
import { ClipCancelledError } from '../../../../main/clipper/fetch/fetch-errors';
import { startPageServer, type PageRoute, type PageServer } from '../../../support/page-server';

const RUSSIAN = 'Правительство объявило о новых мерах поддержки. Эксперты сомневаются в их эффективности.';
const JAPANESE = '政府は新たな支援策を発表した。専門家はその効果に疑問を呈している。東京で記者会見が開かれた。';
const CHINESE = '政府宣布了新的支持措施。专家对其效果表示怀疑。北京举行了新闻发布会。';

function html(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}<title>t</title></head><body><p>${body}</p></body></html>`;
}

function encoded(text: string, charset: string): Buffer {
  return iconv.encode(text, charset);
}

const htmlType = (charset?: string) => ({ 'Content-Type': charset ? `text/html; charset=${charset}` : 'text/html' });

function redirectChain(prefix: string, hops: number, target: string): Record<string, PageRoute> {
  const routes: Record<string, PageRoute> = {};
  for (let i = 0; i < hops; i += 1) routes[`${prefix}${i}`] = { redirect: i + 1 < hops ? `${prefix}${i + 1}` : target };
  return routes;
}

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

/** Bytes the /endless route managed to send before the client hung up. */
let endlessSent = -1;

let server: PageServer;
beforeAll(async () => {
  server = await startPageServer({
    '/endless': {
      handler: (_req, res) => {
        res.writeHead(200, htmlType('utf-8'));
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        let open = true;
        res.on('close', () => {
          open = false;
          endlessSent = sent;
        });
        const pump = () => {
          while (open && sent < 200 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      },
    },
    '/utf8': { headers: htmlType('utf-8'), body: html('Hello, “world” — ünïcödé') },
    '/meta-only-1251': { headers: htmlType(), body: encoded(html(RUSSIAN, '<meta charset="windows-1251">'), 'windows-1251') },
    '/header-1251': { headers: htmlType('windows-1251'), body: encoded(html(RUSSIAN), 'windows-1251') },
    '/header-sjis': { headers: htmlType('Shift_JIS'), body: encoded(html(JAPANESE), 'shift_jis') },
    '/meta-sjis': {
      headers: htmlType(),
      body: encoded(html(JAPANESE, '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'), 'shift_jis'),
    },
    '/header-gb18030': { headers: htmlType('GB18030'), body: encoded(html(CHINESE), 'gb18030') },
    '/meta-gb18030': { headers: htmlType(), body: encoded(html(CHINESE, '<meta charset="gb18030">'), 'gb18030') },
    '/sniff-1251': { headers: htmlType(), body: encoded(html(`${RUSSIAN} ${RUSSIAN}`), 'windows-1251') },
    '/bom-utf8': { headers: htmlType(), body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html(RUSSIAN), 'utf8')]) },
    '/bom-vs-header': { headers: htmlType('iso-8859-1'), body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(html(RUSSIAN), 'utf8')]) },
    '/plain': { headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Just text.\n\nSecond paragraph.' },
    '/xhtml': { headers: { 'Content-Type': 'application/xhtml+xml' }, body: `<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><body><p>x</p></body></html>` },
    '/gzip': { headers: { ...htmlType('utf-8'), 'Content-Encoding': 'gzip' }, body: gzipSync(Buffer.from(html('compressed page'))) },
    '/untyped-html': { handler: (_req, res) => { res.removeHeader('Content-Type'); res.end(html('no header')); } },
    '/untyped-pdf': { headers: { 'Content-Type': 'application/octet-stream' }, body: PDF_BYTES },
    '/untyped-binary': { handler: (_req, res) => res.end(Buffer.from([1, 2, 3, 4, 5, 0, 0, 0])) },
    '/pdf': { headers: { 'Content-Type': 'application/pdf' }, body: PDF_BYTES },
    '/png': { headers: { 'Content-Type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    '/zip': { headers: { 'Content-Type': 'application/zip' }, repeat: { bytes: 4 * 1024 * 1024 } },
    '/binary-as-html': { headers: htmlType(), body: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3]) },
    '/empty': { headers: htmlType('utf-8'), body: '' },
    '/blank': { headers: { 'Content-Type': 'text/plain' }, body: '  \n\n  ' },
    '/missing': { status: 404, headers: htmlType(), body: 'gone' },
    '/broken': { status: 500, headers: htmlType(), body: 'oops' },
    '/forbidden': { status: 403, body: 'no' },
    '/stall-before-headers': { stall: 'before-headers' },
    '/stall-mid-body': { handler: (_req, res) => { res.writeHead(200, htmlType('utf-8')); res.write('<html><body><p>first part'); } },
    '/slow': { headers: htmlType('utf-8'), body: html('x'.repeat(2000)), slow: { chunkBytes: 100, intervalMs: 20 } },
    '/big-declared': { headers: { ...htmlType('utf-8'), 'Content-Length': 3000 }, body: 'a'.repeat(3000) },
    '/big-chunked': { headers: htmlType('utf-8'), repeat: { bytes: 5 * 1024 * 1024 } },
    '/progress': { headers: { ...htmlType('utf-8'), 'Content-Length': 200_000 }, body: html('p'.repeat(200_000 - html('').length)) },
    ...redirectChain('/ok-hop', 3, '/utf8'),
    ...redirectChain('/long-hop', 6, '/utf8'),
    '/relative-redirect': { status: 301, redirect: 'utf8' },
    '/loop': { redirect: '/loop' },
    '/to-file': { redirect: 'file:///etc/passwd' },
    '/to-ftp': { redirect: 'ftp://example.org/x' },
  });
});
afterAll(() => server.close());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('fetchPage: addresses', () => {
  it.each([
    ['not a url', 'not a url'],
    ['ftp://example.org/file', 'ftp'],
    ['file:///etc/passwd', 'file'],
    ['javascript:alert(1)', 'javascript'],
    ['https://user:secret@example.org/', 'user name or password'],
    ['', '(empty)'],
  ])('refuses %j before any request', async (input, detail) => {
    const before = server.requests.length;
    const error = await failure(fetchPage(input));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(/^That is not a web address I can clip: /);
    expect(error.message).toContain(detail);
    expect(error.message).toContain('https://');
    expect(server.requests.length).toBe(before);
  });
});

describe('fetchPage: charsets', () => {
  it('decodes UTF-8 declared in the header', async () => {
    const page = await fetchPage(server.url('/utf8'));
    expect(page.text).toContain('Hello, “world” — ünïcödé');
    expect(page).toMatchObject({ charset: 'utf-8', charsetSource: 'header', contentType: 'text/html', status: 200 });
  });

  it('reads a windows-1251 page whose charset is declared only in <meta>', async () => {
    const page = await fetchPage(server.url('/meta-only-1251'));
    expect(page.text).toContain(RUSSIAN);
    expect(page).toMatchObject({ charset: 'windows-1251', charsetSource: 'meta' });
  });

  it.each([
    ['/header-1251', RUSSIAN, 'windows-1251', 'header'],
    ['/header-sjis', JAPANESE, 'shift_jis', 'header'],
    ['/meta-sjis', JAPANESE, 'shift_jis', 'meta'],
    ['/header-gb18030', CHINESE, 'gb18030', 'header'],
    ['/meta-gb18030', CHINESE, 'gb18030', 'meta'],
  ])('%s comes out right', async (path, text, charset, source) => {
    const page = await fetchPage(server.url(path));
    expect(page.text).toContain(text);
    expect(page.text).not.toContain('\uFFFD');
    expect(page).toMatchObject({ charset, charsetSource: source });
  });

  it('sniffs windows-1251 when neither header nor page declares a charset', async () => {
    const page = await fetchPage(server.url('/sniff-1251'));
    expect(page.text).toContain(RUSSIAN);
    expect(page).toMatchObject({ charset: 'windows-1251', charsetSource: 'sniff' });
  });

  it('honours a UTF-8 byte-order mark and strips it from the text', async () => {
    const page = await fetchPage(server.url('/bom-utf8'));
    expect(page.text).toContain(RUSSIAN);
    expect(page.text!.charCodeAt(0)).not.toBe(0xfeff);
    expect(page).toMatchObject({ charset: 'utf-8', charsetSource: 'bom' });
  });

  it('lets the byte-order mark win over a contradicting header, as browsers do', async () => {
    const page = await fetchPage(server.url('/bom-vs-header'));
    expect(page.text).toContain(RUSSIAN);
    expect(page.charsetSource).toBe('bom');
  });

  it('keeps the received bytes exactly as sent', async () => {
    const page = await fetchPage(server.url('/header-sjis'));
    expect(Buffer.from(page.bytes).equals(encoded(html(JAPANESE), 'shift_jis'))).toBe(true);
  });
});

describe('fetchPage: types', () => {
  it('accepts text/plain and application/xhtml+xml', async () => {
    const plain = await fetchPage(server.url('/plain'));
    expect(plain).toMatchObject({ contentType: 'text/plain', text: 'Just text.\n\nSecond paragraph.' });
    const xhtml = await fetchPage(server.url('/xhtml'));
    expect(xhtml.contentType).toBe('application/xhtml+xml');
    expect(xhtml.text).toContain('<p>x</p>');
  });

  it('returns a PDF as bytes without text', async () => {
    const page = await fetchPage(server.url('/pdf'));
    expect(page.contentType).toBe('application/pdf');
    expect(page.text).toBeUndefined();
    expect(Buffer.from(page.bytes).equals(PDF_BYTES)).toBe(true);
  });

  it('decompresses a gzip-encoded page', async () => {
    const page = await fetchPage(server.url('/gzip'));
    expect(page.text).toContain('compressed page');
  });

  it('sniffs HTML and PDF when the server gives no useful type', async () => {
    expect((await fetchPage(server.url('/untyped-html'))).contentType).toBe('text/html');
    expect((await fetchPage(server.url('/untyped-pdf'))).contentType).toBe('application/pdf');
    const error = await failure(fetchPage(server.url('/untyped-binary')));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('cannot be clipped');
  });

  it.each([
    ['/png', 'image/png'],
    ['/zip', 'application/zip'],
  ])('refuses %s served as %s, naming the type', async (path, type) => {
    const error = await failure(fetchPage(server.url(path)));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(new RegExp(`^This address serves ${type.replace('/', '\\/')}, which cannot be clipped\\.`));
  });

  it('refuses a binary file posing as HTML', async () => {
    const error = await failure(fetchPage(server.url('/binary-as-html')));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toContain('binary file');
  });

  it.each(['/empty', '/blank'])('says %s is empty', async (path) => {
    const error = await failure(fetchPage(server.url(path)));
    expect(error.message).toMatch(/^The page is empty/);
  });
});

describe('fetchPage: redirects', () => {
  it('follows a chain of 3 redirects and reports the final address', async () => {
    const page = await fetchPage(server.url('/ok-hop0'));
    expect(page.requestedUrl).toBe(server.url('/ok-hop0'));
    expect(page.finalUrl).toBe(server.url('/utf8'));
    expect(page.text).toContain('Hello');
  });

  it('resolves a relative Location', async () => {
    expect((await fetchPage(server.url('/relative-redirect'))).finalUrl).toBe(server.url('/utf8'));
  });

  it('refuses a 6th redirect and a redirect loop, saying so', async () => {
    const error = await failure(fetchPage(server.url('/long-hop0')));
    expect(error.code).toBe('io_error');
    expect(error.message).toContain('redirected more than 5 times');
    const loop = await failure(fetchPage(server.url('/loop')));
    expect(loop.message).toContain('redirected more than 5 times');
  });

  it('follows exactly 5 redirects and does not request the 6th target', async () => {
    const before = server.requests.length;
    await failure(fetchPage(server.url('/long-hop0')));
    expect(server.requests.slice(before)).toEqual(['/long-hop0', '/long-hop1', '/long-hop2', '/long-hop3', '/long-hop4', '/long-hop5']);
  });

  it.each([
    ['/to-file', 'file'],
    ['/to-ftp', 'ftp'],
  ])('refuses %s, a redirect to a non-web scheme', async (path, scheme) => {
    const error = await failure(fetchPage(server.url(path)));
    expect(error.message).toContain(`redirected to a ${scheme}: address`);
  });
});

describe('fetchPage: failures', () => {
  it.each([
    ['/missing', '404 Not Found'],
    ['/broken', '500 Internal Server Error'],
    ['/forbidden', '403 Forbidden'],
  ])('names the HTTP status of %s', async (path, status) => {
    const error = await failure(fetchPage(server.url(path)));
    expect(error.code).toBe('io_error');
    expect(error.message).toContain(`The site answered ${status} for ${server.url(path)}.`);
  });

  it('gives up on a site that never answers, with the timeout in the message', async () => {
    const started = Date.now();
    const error = await failure(fetchPage(server.url('/stall-before-headers'), { timeoutMs: 300 }));
    expect(error.message).toMatch(/^The site did not answer within 0\.3 seconds\./);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('gives up on a body that stops arriving, after the stall timeout', async () => {
    const error = await failure(fetchPage(server.url('/stall-mid-body'), { timeoutMs: 5000, stallTimeoutMs: 200 }));
    expect(error.message).toMatch(/^The site stopped sending data for 0\.2 seconds/);
  });

  it('has the limits of the spec by default', () => {
    expect(PAGE_FETCH_LIMITS).toMatchObject({ timeoutMs: 20_000, maxBytes: 15 * 1024 * 1024, maxRedirects: 5 });
  });

  it('applies the overall deadline to a slow but steady body', async () => {
    const error = await failure(fetchPage(server.url('/slow'), { timeoutMs: 200, stallTimeoutMs: 1000 }));
    expect(error.message).toMatch(/^The site did not send the whole page within 0\.2 seconds\./);
  });

  it('refuses an oversized body announced by Content-Length, before reading it', async () => {
    const error = await failure(fetchPage(server.url('/big-declared'), { maxBytes: 1000 }));
    expect(error.code).toBe('payload_too_large');
    expect(error.message).toMatch(/^The page is larger than 1000 bytes \(it announces 2\.9 KB\)/);
  });

  it('stops reading an oversized body without Content-Length at the cap', async () => {
    const error = await failure(fetchPage(server.url('/big-chunked'), { maxBytes: 100 * 1024 }));
    expect(error.message).toMatch(/^The page is larger than 100 KB/);
  });

  it('hangs up on an endless body once past the cap instead of downloading it', async () => {
    const error = await failure(fetchPage(server.url('/endless'), { maxBytes: 1024 * 1024 }));
    expect(error.message).toMatch(/^The page is larger than 1 MB/);
    await expect.poll(() => endlessSent, { timeout: 2000 }).toBeGreaterThan(0);
    expect(endlessSent).toBeLessThan(20 * 1024 * 1024);
  });

  it('stops when the caller cancels, and says so', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(fetchPage(server.url('/stall-before-headers'), { signal: controller.signal, timeoutMs: 5000 }));
    expect(error).toBeInstanceOf(ClipCancelledError);
    expect(error.message).toBe('The clip was cancelled.');
  });

  it('does not start when already cancelled', async () => {
    const before = server.requests.length;
    await expect(fetchPage(server.url('/utf8'), { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(ClipCancelledError);
    expect(server.requests.length).toBe(before);
  });

  it('reports that nothing answers at a closed local port', async () => {
    const closed = await startPageServer({});
    const address = closed.url('/page');
    await closed.close();
    const error = await failure(fetchPage(address));
    expect(error.message).toContain('connection refused');
  });
});

describe('fetchPage: progress', () => {
  it('reports bytes received against the announced total', async () => {
    const seen: ClipProgress[] = [];
    await fetchPage(server.url('/progress'), { onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(0);
    const last = seen.at(-1)!;
    expect(last).toEqual({ stage: 'fetch', receivedBytes: 200_000, totalBytes: 200_000 });
    const received = seen.map((p) => (p.stage === 'fetch' ? p.receivedBytes : -1));
    expect([...received].sort((a, b) => a - b)).toEqual(received);
  });
});
