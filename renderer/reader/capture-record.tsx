import type { Clip } from '../../shared/domain/entities';
import { CAPTURE_METHOD_LABELS, formatDateTime } from '../format/format-date';

/** How and when the clip was captured, with the hash that proves its bytes: folded away until asked for. */
export function CaptureRecord({ clip }: { clip: Clip }) {
  const { capture } = clip;
  return (
    <details className="capture-record">
      <summary>Capture record</summary>
      <dl>
        <dt>Method</dt>
        <dd>{CAPTURE_METHOD_LABELS[capture.method] ?? capture.method}</dd>
        {capture.origin && (
          <>
            <dt>Origin</dt>
            <dd className="break">{capture.origin}</dd>
          </>
        )}
        {capture.finalUrl && capture.finalUrl !== capture.origin && (
          <>
            <dt>Final address</dt>
            <dd className="break">{capture.finalUrl}</dd>
          </>
        )}
        <dt>Captured at</dt>
        <dd>
          <time dateTime={capture.capturedAt}>{formatDateTime(capture.capturedAt)}</time>
        </dd>
        <dt>Size</dt>
        <dd>{capture.byteLength.toLocaleString()} bytes</dd>
        <dt>SHA-256 of bytes</dt>
        <dd className="hash">{capture.bytesSha256}</dd>
        <dt>SHA-256 of text</dt>
        <dd className="hash">{clip.textSha256}</dd>
      </dl>
    </details>
  );
}
