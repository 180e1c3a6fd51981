import { AppError } from '../../../shared/api/result';
import { decodeText, type DecodedText } from '../fetch/decode-text';

/**
 * Bytes of a text or HTML file into a string, refusing binary data posing as text. A file has no HTTP
 * header, so the character set comes from the byte-order mark, then (for HTML) its <meta>, then a
 * sniff: the same decoder pages fetched from the web go through.
 */

/** Control characters that do not occur in text (below space except tab, newline, form feed, return; and DEL). */
function controlShare(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 64 * 1024);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (const byte of sample) {
    if ((byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d) || byte === 0x7f) controls++;
  }
  return controls / sample.length;
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function notText(name: string, why: string): AppError {
  return new AppError(
    'invalid_input',
    `This file is not text: ${name} ${why}. Clip a .txt, .md or .html file, a PDF or a Word (.docx) document.`,
  );
}

/**
 * Binary is refused on NUL bytes (which no text encoding we read produces, UTF-16 aside), or on bytes
 * that are not UTF-8 and hold more than 5% control characters, which legacy-encoded text never does.
 */
export function decodeTextFile(bytes: Uint8Array, name: string, html: boolean): DecodedText {
  if (!hasUtf16Bom(bytes)) {
    if (bytes.includes(0)) throw notText(name, 'contains NUL bytes, as binary files do');
    if (!isUtf8(bytes) && controlShare(bytes) > 0.05) {
      throw notText(name, 'is not UTF-8 and is full of control characters, as binary files are');
    }
  }
  return decodeText(bytes, { html });
}
