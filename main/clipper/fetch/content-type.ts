/**
 * What a response is: the declared Content-Type, and a sniff of the first bytes for servers that send
 * none (or a generic application/octet-stream), so a PDF or an HTML page without a header can still be
 * clipped, and a binary file labelled as text is recognised before it is decoded into garbage.
 */

export const CLIPPABLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain', 'application/pdf']);
export const TEXT_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);
/** Labels that say nothing about the content: the body is sniffed instead. */
export const GENERIC_TYPES = new Set(['application/octet-stream', 'binary/octet-stream', 'application/unknown', 'unknown/unknown']);

export interface ContentType {
  /** Lower-case type/subtype, or undefined when the header is missing or malformed. */
  mime?: string;
  charset?: string;
}

export function parseContentType(header: string | string[] | undefined): ContentType {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return {};
  const [type, ...params] = raw.split(';');
  const mime = type?.trim().toLowerCase();
  let charset: string | undefined;
  for (const param of params) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(param);
    if (match) charset = match[1]!.toLowerCase();
  }
  return { mime: mime && /^[\w.+-]+\/[\w.+-]+$/.test(mime) ? mime : undefined, charset };
}

function startsWith(bytes: Uint8Array, prefix: number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const BINARY_MAGIC: number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0xff, 0xd8, 0xff], // JPEG
  [0x50, 0x4b, 0x03, 0x04], // ZIP (docx, xlsx, epub…)
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x4d, 0x5a], // Windows executable
  [0x52, 0x49, 0x46, 0x46], // RIFF (WebP, WAV, AVI)
];

function isPdf(bytes: Uint8Array): boolean {
  // The PDF format tolerates junk before the header; readers look within the first 1024 bytes.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return head.includes('%PDF-');
}

/** The type the bytes show, for a response whose header is missing or generic. */
export function sniffContentType(bytes: Uint8Array): 'application/pdf' | 'text/html' | undefined {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  if (/^<(!doctype\s+html|html|head|body)[\s>]/.test(head)) return 'text/html';
  if (/^<\?xml[^>]*>\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html)[\s>]/.test(head)) return 'text/html';
  if (isPdf(bytes)) return 'application/pdf';
  return undefined;
}

/**
 * True for bytes that cannot be text in any charset a page would use: a known binary signature, or a
 * NUL byte in the first 8 KB (the test git uses). UTF-16 text has NULs, so a UTF-16 BOM exempts it.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) return false;
  if (BINARY_MAGIC.some((magic) => startsWith(bytes, magic))) return true;
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
