import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseClipUrl, resolveRedirect } from '../../../../main/clipper/fetch/clip-url';
import { looksBinary, parseContentType, sniffContentType } from '../../../../main/clipper/fetch/content-type';
import { canonicalCharset, declaredCharset, decodeText } from '../../../../main/clipper/fetch/decode-text';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

describe('parseContentType', () => {
  it('splits type and charset, case-insensitively', () => {
    expect(parseContentType('Text/HTML; Charset="Windows-1251"')).toEqual({ mime: 'text/html', charset: 'windows-1251' });
    expect(parseContentType('application/pdf')).toEqual({ mime: 'application/pdf', charset: undefined });
    expect(parseContentType(undefined)).toEqual({});
    expect(parseContentType('nonsense')).toEqual({ mime: undefined, charset: undefined });
  });
});

describe('sniffContentType and looksBinary', () => {
  it('recognises PDF and HTML by their first bytes', () => {
    expect(sniffContentType(latin1('%PDF-1.7\n...'))).toBe('application/pdf');
    expect(sniffContentType(latin1('\n  <!DOCTYPE html><html>'))).toBe('text/html');
    expect(sniffContentType(latin1('\xEF\xBB\xBF<html lang="en">'))).toBe('text/html');
    expect(sniffContentType(latin1('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'))).toBe('text/html');
    expect(sniffContentType(latin1('just words'))).toBeUndefined();
  });

  it('tells binary from text, letting UTF-16 through', () => {
    expect(looksBinary(latin1('PK\x03\x04zip'))).toBe(true);
    expect(looksBinary(latin1('text with a \x00 inside'))).toBe(true);
    expect(looksBinary(new Uint8Array(Buffer.from('\uFEFFhi', 'utf16le')))).toBe(false);
    expect(looksBinary(latin1('<p>ordinary text</p>'))).toBe(false);
  });
});

describe('declaredCharset', () => {
  it('reads <meta charset>, <meta http-equiv> and <?xml encoding>', () => {
    expect(declaredCharset(latin1('<html><head><meta charset=Shift_JIS>'))).toBe('shift_jis');
    expect(declaredCharset(latin1('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe('gbk');
    expect(declaredCharset(latin1('<?xml version="1.0" encoding="windows-1251"?><html>'))).toBe('windows-1251');
  });

  it('ignores declarations in comments, unknown labels, and anything past the first 4 KB', () => {
    expect(declaredCharset(latin1('<!-- <meta charset="koi8-r"> --><p>x</p>'))).toBeUndefined();
    expect(declaredCharset(latin1('<meta charset="klingon">'))).toBeUndefined();
    expect(declaredCharset(latin1(`${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeUndefined();
  });

  it('reads a UTF-16 declaration as UTF-8, as browsers do', () => {
    expect(declaredCharset(latin1('<meta charset="utf-16">'))).toBe('utf-8');
  });
});

describe('decodeText', () => {
  it('uses the header before the page declaration', () => {
    const bytes = iconv.encode('<meta charset="koi8-r"><p>Привет</p>', 'windows-1251');
    expect(decodeText(bytes, { headerCharset: 'windows-1251', html: true })).toMatchObject({ text: '<meta charset="koi8-r"><p>Привет</p>', charsetSource: 'header' });
  });

  it('ignores an unknown header charset and falls through to the page', () => {
    const bytes = iconv.encode('<meta charset="koi8-r"><p>Привет</p>', 'koi8-r');
    expect(decodeText(bytes, { headerCharset: 'x-nonsense', html: true })).toMatchObject({ text: '<meta charset="koi8-r"><p>Привет</p>', charset: 'koi8-r', charsetSource: 'meta' });
  });

  it('does not look for <meta> in plain text', () => {
    const result = decodeText(new Uint8Array(Buffer.from('<meta charset="koi8-r"> plain')), { html: false });
    expect(result).toMatchObject({ charset: 'utf-8', charsetSource: 'default' });
  });

  it('decodes UTF-16 with a BOM', () => {
    const bytes = new Uint8Array(Buffer.from('\uFEFF<p>Grüße</p>', 'utf16le'));
    expect(decodeText(bytes, { html: true })).toEqual({ text: '<p>Grüße</p>', charset: 'utf-16le', charsetSource: 'bom' });
  });

  it('sniffs undeclared UTF-8, Shift_JIS and GB18030', () => {
    const ja = '東京で記者会見が開かれた。政府は新たな支援策を発表した。';
    const zh = '北京举行了新闻发布会。政府宣布了新的支持措施。';
    expect(decodeText(new Uint8Array(Buffer.from(`<p>${ja}</p>`)), { html: true })).toMatchObject({ charset: 'utf-8', charsetSource: 'sniff' });
    expect(decodeText(iconv.encode(`<p>${ja}</p>`, 'shift_jis'), { html: true })).toMatchObject({ text: `<p>${ja}</p>`, charset: 'shift_jis', charsetSource: 'sniff' });
    expect(decodeText(iconv.encode(`<p>${zh}</p>`, 'gb18030'), { html: true })).toMatchObject({ text: `<p>${zh}</p>`, charset: 'gb18030', charsetSource: 'sniff' });
  });

  it('knows the canonical names of common labels', () => {
    expect(canonicalCharset('Shift-JIS')).toBe('shift_jis');
    expect(canonicalCharset('latin1')).toBe('windows-1252');
    expect(canonicalCharset('cp1251')).toBe('windows-1251');
    expect(canonicalCharset('nope')).toBeUndefined();
  });
});

describe('parseClipUrl and resolveRedirect', () => {
  it('accepts http and https and normalises them', () => {
    expect(parseClipUrl('  https://Example.org/a b ').href).toBe('https://example.org/a%20b');
    expect(parseClipUrl('http://127.0.0.1:8080/x').port).toBe('8080');
  });

  it('resolves a relative redirect and refuses other schemes and credentials', () => {
    const from = new URL('https://example.org/news/a');
    expect(resolveRedirect('../b?x=1', from).href).toBe('https://example.org/b?x=1');
    expect(resolveRedirect('//cdn.example.org/c', from).href).toBe('https://cdn.example.org/c');
    expect(() => resolveRedirect('javascript:alert(1)', from)).toThrow(/redirected to a javascript: address/);
    expect(() => resolveRedirect('https://u:p@example.org/', from)).toThrow(/user name or password/);
  });
});
