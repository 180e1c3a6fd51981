/**
 * JSON-LD as bytes, safe to paste into a web page. ClaimReview and Web Annotation files exist to be
 * published inside `<script type="application/ld+json">`, and their strings come from clipped,
 * possibly hostile articles: a claim holding "</script><script>…" must not end that element and run
 * on the publisher's site. So `<`, `>` and `&` are written as \u escapes (JSON readers decode them
 * to the same text), and so are U+2028/U+2029, which older JavaScript parsers take as line ends.
 */
export function jsonLdText(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}\n`;
}

export function jsonLdBytes(value: unknown): Uint8Array {
  return new TextEncoder().encode(jsonLdText(value));
}
