import { useMemo } from 'react';
import type { ClipDetail } from '../../shared/api/views';
import { useClip } from '../client/queries';
import { clipOrigin, formatDate } from '../format/format-date';
import { CaptureRecord } from './capture-record';
import { splitParagraphs } from './paragraphs';

interface Props {
  clipId: string | null;
}

/** Centre pane: the open clip, set for long reading. */
export function ReaderPane({ clipId }: Props) {
  const clip = useClip(clipId);
  if (clipId === null) {
    return <p className="reader-hint">Choose a clip from the library to read it here.</p>;
  }
  if (clip.isPending) {
    return (
      <p className="reader-hint" aria-busy="true">
        Opening the clip…
      </p>
    );
  }
  if (clip.isError) {
    return <p className="reader-hint">This clip could not be opened. Pick it again in the library to retry.</p>;
  }
  return <ClipArticle detail={clip.data} />;
}

function ClipArticle({ detail }: { detail: ClipDetail }) {
  const { clip, text } = detail;
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const published = clip.publishedTime ? formatDate(clip.publishedTime) : '';
  return (
    <article className="reader" lang={clip.lang} aria-labelledby="reader-title">
      <header className="reader-header">
        <h2 id="reader-title" className="reader-title">
          {clip.title}
        </h2>
        <p className="reader-meta">
          {clip.byline && <span className="reader-byline">{clip.byline}</span>}
          <span>{clipOrigin(clip)}</span>
          {published ? (
            <time dateTime={clip.publishedTime}>{published}</time>
          ) : (
            <span>
              Clipped <time dateTime={clip.createdAt}>{formatDate(clip.createdAt)}</time>
            </span>
          )}
        </p>
      </header>
      <div className="reader-body">
        {paragraphs.map((p) => (
          <p key={p.start} data-start={p.start} data-end={p.end}>
            {p.text}
          </p>
        ))}
      </div>
      <footer className="reader-footer">
        <CaptureRecord clip={clip} />
      </footer>
    </article>
  );
}
