import chardet from 'chardet';

/**
 * Turns page bytes into text with the right charset. Order: byte-order mark, HTTP header, the page's own
 * declaration (<meta charset>, <meta http-equiv>, <?xml encoding>) in its first 4 KB, a statistical sniff
 * (chardet), and UTF-8 last. The BOM goes before the header, as in browsers (WHATWG "decode"): a BOM is
 * written by the tool that produced the bytes, while a header is often a server-wide default that is
 * wrong for the file. Decoding uses TextDecoder, which with Node's full ICU reads windows-1251,
 * Shift_JIS, GB18030 and the other encodings the web uses.
 */

export type CharsetSource = 'header' | 'bom' | 'meta' | 'sniff' | 'default';

export interface DecodedText {
  text: string;
  /** The canonical WHATWG name of the encoding used (utf-8, windows-1251, shift_jis, gb18030…). */
  charset: string;
  charsetSource: CharsetSource;
}

/** The canonical name TextDecoder uses for a label, or undefined for a label it does not know. */
export function canonicalCharset(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function bomCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

const META_PRESCAN_BYTES = 4096;

/** The charset a page declares about itself in its first bytes, read as ASCII-compatible text. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, META_PRESCAN_BYTES)).toString('latin1').replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  const label = meta?.[1] ?? xml?.[1];
  const charset = canonicalCharset(label);
  // A page cannot truthfully declare UTF-16 in ASCII bytes; browsers read such pages as UTF-8.
  if (charset === 'utf-16le' || charset === 'utf-16be') return 'utf-8';
  return charset;
}

/** Valid UTF-8, allowing a character cut off at the end of a sample. */
function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  return bytes.every((b) => b < 0x80);
}

/** UTF-8 when the bytes are valid UTF-8 (no legacy encoding produces long valid UTF-8 by accident), else chardet's best guess. */
function sniffCharset(bytes: Uint8Array): string | undefined {
  const sample = bytes.subarray(0, 64 * 1024);
  if (isValidUtf8(sample)) return 'utf-8';
  const best = chardet.analyse(sample).find((match) => match.confidence >= 10 && canonicalCharset(match.name));
  return best ? canonicalCharset(best.name) : undefined;
}

export function decodeText(bytes: Uint8Array, options: { headerCharset?: string; html: boolean }): DecodedText {
  const pick = (): { charset: string; charsetSource: CharsetSource } => {
    const bom = bomCharset(bytes);
    if (bom) return { charset: bom, charsetSource: 'bom' };
    const header = canonicalCharset(options.headerCharset);
    if (header) return { charset: header, charsetSource: 'header' };
    const meta = options.html ? declaredCharset(bytes) : undefined;
    if (meta) return { charset: meta, charsetSource: 'meta' };
    if (isAscii(bytes)) return { charset: 'utf-8', charsetSource: 'default' };
    const sniffed = sniffCharset(bytes);
    if (sniffed) return { charset: sniffed, charsetSource: 'sniff' };
    return { charset: 'utf-8', charsetSource: 'default' };
  };
  const { charset, charsetSource } = pick();
  // TextDecoder drops a BOM only when it matches the encoding; with ignoreBOM false that is the default.
  const text = new TextDecoder(charset).decode(bytes);
  return { text, charset, charsetSource };
}
