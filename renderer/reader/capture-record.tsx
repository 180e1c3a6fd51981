import type { ReactNode } from 'react';
import type { Clip } from '../../shared/domain/entities';
import { CAPTURE_METHOD_LABELS, formatDateTime } from '../format/format-date';

interface Props {
  clip: Clip;
  /** Opens another clip: the earlier version this one was captured beside. */
  onOpenClip?: ((id: string) => void) | undefined;
}

function Row({ term, children, className }: { term: string; children: ReactNode; className?: string }) {
  return (
    <>
      <dt>{term}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}

const CHARSET_SOURCES: Record<string, string> = {
  header: 'from the HTTP header',
  bom: 'from the byte order mark',
  meta: 'from the page’s <meta>',
  sniff: 'detected from the bytes',
  default: 'assumed',
};

/**
 * How and when the clip was captured, with the hashes that prove it unaltered: the bytes received, the
 * stored HTML and the plain text. Folded away until asked for.
 */
export function CaptureRecord({ clip, onOpenClip }: Props) {
  const { capture } = clip;
  const isUrl = capture.method === 'url';
  return (
    <details className="capture-record">
      <summary>Capture record</summary>
      <dl>
        <Row term="Method">{CAPTURE_METHOD_LABELS[capture.method] ?? capture.method}</Row>
        {capture.origin && (
          <Row term={isUrl ? 'URL' : 'Origin'} className="break">
            {capture.origin}
          </Row>
        )}
        {capture.finalUrl && capture.finalUrl !== capture.origin && (
          <Row term="Final URL" className="break">
            {capture.finalUrl}
          </Row>
        )}
        {clip.canonicalUrl && clip.canonicalUrl !== (capture.finalUrl ?? capture.origin) && (
          <Row term="Canonical URL" className="break">
            {clip.canonicalUrl}
          </Row>
        )}
        {capture.httpStatus !== undefined && <Row term="HTTP status">{capture.httpStatus}</Row>}
        {capture.contentType && <Row term="Content type">{capture.contentType}</Row>}
        {capture.charset && (
          <Row term="Charset">
            {capture.charset}
            {capture.charsetSource ? ` (${CHARSET_SOURCES[capture.charsetSource] ?? capture.charsetSource})` : ''}
          </Row>
        )}
        <Row term="Captured at">
          <time dateTime={capture.capturedAt}>{formatDateTime(capture.capturedAt)}</time>
        </Row>
        <Row term="Size">{capture.byteLength.toLocaleString()} bytes</Row>
        <Row term="SHA-256 of bytes" className="hash">
          {capture.bytesSha256}
        </Row>
        <Row term="SHA-256 of HTML" className="hash">
          {clip.htmlSha256}
        </Row>
        {clip.fullHtmlSha256 && (
          <Row term="SHA-256 of full page" className="hash">
            {clip.fullHtmlSha256}
          </Row>
        )}
        <Row term="SHA-256 of text" className="hash">
          {clip.textSha256}
        </Row>
        {clip.assets && clip.assets.length > 0 && <Row term="Images captured">{clip.assets.length}</Row>}
        {clip.previousVersionId && (
          <Row term="Version">
            {onOpenClip ? (
              <button type="button" className="button button-quiet link-button" onClick={() => onOpenClip(clip.previousVersionId!)}>
                Earlier version
              </button>
            ) : (
              'A later capture of an earlier clip'
            )}
          </Row>
        )}
      </dl>
    </details>
  );
}
