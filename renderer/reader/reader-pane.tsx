import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import type { ClipDetail } from '../../shared/api/views';
import { claimWords } from '../claims/claim-order';
import { useClip } from '../client/queries';
import { clipOrigin, formatDate } from '../format/format-date';
import { isTypingTarget } from '../keyboard/shortcuts';
import { useFocusedSuggestion } from '../suggestions/suggestion-focus';
import { CaptureRecord } from './capture-record';
import { ClaimsOffText } from './claims-off-text';
import { ClipHtmlView } from './clip-html-view';
import { ExtractionWarning } from './extraction-warning';
import { FindBar } from './find-bar';
import { useFindInClip } from './find-controller';
import { claimSpans, paragraphSegments, type HighlightSpan } from './highlight-segments';
import { HighlightLegend } from './highlight-legend';
import { HighlightedParagraph } from './highlighted-paragraph';
import { MarkClaimButton } from './mark-claim-button';
import { splitParagraphs } from './paragraphs';
import { ReaderContextMenu } from './reader-context-menu';
import { ReaderViewSwitch, type ReaderView } from './reader-views';
import { useMarkClaim } from './use-mark-claim';
import '../styles/highlights.css';
import '../styles/clip-reader.css';

interface Props {
  clipId: string | null;
  /** The claim open in the claims panel, outlined in the text. */
  selectedClaimId?: string | null;
  /** Opens a claim in the claims panel (a highlight clicked, a claim just marked). */
  onSelectClaim?: (claimId: string) => void;
  /** Opens another clip (the capture record's "Earlier version"). */
  onOpenClip?: (clipId: string) => void;
  /** A passage to show and mark (a search result opened here), in code points of the clip text; a new `key` brings it into view again. */
  focusPassage?: FocusPassage | null;
}

export interface FocusPassage {
  start: number;
  end: number;
  key: number;
}

const noop = () => {};

/** Centre pane: the open clip, set for long reading, with its claims drawn in and a way to mark more. */
export function ReaderPane({ clipId, selectedClaimId = null, onSelectClaim = noop, onOpenClip, focusPassage = null }: Props) {
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
  return (
    <ClipArticle key={clip.data.clip.id} detail={clip.data} selectedClaimId={selectedClaimId} onSelectClaim={onSelectClaim} onOpenClip={onOpenClip} focusPassage={focusPassage} />
  );
}

interface ArticleProps {
  detail: ClipDetail;
  selectedClaimId: string | null;
  onSelectClaim: (claimId: string) => void;
  onOpenClip: ((clipId: string) => void) | undefined;
  focusPassage: FocusPassage | null;
}

function ClipArticle({ detail, selectedClaimId, onSelectClaim, onOpenClip, focusPassage }: ArticleProps) {
  const { clip, text, claims } = detail;
  // Text is where claims are marked and found; Article and Full page show the capture as formatted.
  const [view, setView] = useState<ReaderView>('text');
  const paragraphs = useMemo(() => splitParagraphs(text), [text]);
  const articleRef = useRef<HTMLElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [menu, setMenu] = useState<{ x: number; y: number } | null>(null);
  const { candidate, mark, markSpan, marking, message } = useMarkClaim({ clipId: clip.id, text, paragraphs, bodyRef, articleRef, onMarked: onSelectClaim });
  const find = useFindInClip({ text, paragraphs, bodyRef, articleRef, onMark: markSpan });

  // Find works on the text: opening it from a formatted view goes back to the text.
  const [findWasOpen, setFindWasOpen] = useState(find.open);
  if (find.open !== findWasOpen) {
    setFindWasOpen(find.open);
    if (find.open) setView('text');
  }
  // A passage opened from search is marked in the text, so a formatted view goes back to the text.
  const passageKey = focusPassage?.key ?? null;
  const [shownPassage, setShownPassage] = useState(passageKey);
  if (passageKey !== shownPassage) {
    setShownPassage(passageKey);
    if (passageKey !== null) setView('text');
  }

  const focusedSuggestion = useFocusedSuggestion(clip.id);
  const spans = useMemo(() => {
    const all: HighlightSpan[] = claimSpans(claims);
    if (focusedSuggestion) {
      all.push({ id: focusedSuggestion.key, kind: 'suggestion', status: 'unverified', start: focusedSuggestion.start, end: focusedSuggestion.end, approximate: false });
    }
    if (focusPassage && focusPassage.end > focusPassage.start) {
      all.push({ id: 'search-passage', kind: 'passage', status: 'unverified', start: focusPassage.start, end: focusPassage.end, approximate: false });
    }
    return find.spans.length > 0 ? all.concat(find.spans) : all;
  }, [claims, focusedSuggestion, find.spans, focusPassage]);
  const quotes = useMemo(() => new Map(claims.map((c) => [c.id, claimWords(c)])), [claims]);

  // C marks the selection, from anywhere on the desk except a text field or an open dialog.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.key.toLowerCase() !== 'c') return;
      if (isTypingTarget(event.target instanceof HTMLElement ? event.target : null)) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      mark();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [mark]);

  // A suggestion focused from the keyboard comes into view in the text.
  const revealSuggestion = focusedSuggestion?.reveal ? focusedSuggestion.key : null;
  useEffect(() => {
    if (revealSuggestion) articleRef.current?.querySelector('.hl-suggestion, .hl-suggested')?.scrollIntoView({ block: 'center' });
  }, [revealSuggestion]);

  // The claim opened in the panel comes into view in the text.
  useEffect(() => {
    if (!selectedClaimId) return;
    const marker = articleRef.current?.querySelector(`[data-claim-marker="${CSS.escape(selectedClaimId)}"]`);
    marker?.scrollIntoView({ block: 'nearest' });
  }, [selectedClaimId]);

  // A passage opened from search comes into view in the middle, and the reader takes focus so the keyboard is there too.
  useEffect(() => {
    if (passageKey === null) return;
    articleRef.current?.querySelector('[data-search-passage]')?.scrollIntoView({ block: 'center' });
    articleRef.current?.closest<HTMLElement>('main')?.focus({ preventScroll: true });
  }, [passageKey]);

  const onContextMenu = (event: MouseEvent) => {
    // Shift+right-click and the keyboard's menu key keep the browser's own menu.
    if (event.shiftKey || event.button !== 2) return;
    event.preventDefault();
    setMenu({ x: event.clientX, y: event.clientY });
  };
  const closeMenu = useCallback(() => setMenu(null), []);

  const published = clip.publishedTime ? formatDate(clip.publishedTime) : '';
  return (
    <article ref={articleRef} className="reader" lang={clip.lang} aria-labelledby="reader-title">
      {find.open && <FindBar find={find} marking={marking} />}
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
      <div className="reader-toolbar">
        <ReaderViewSwitch view={view} onView={setView} hasFullPage={detail.fullHtml !== null} />
        {view !== 'text' && <p className="reader-view-note">Claims are marked and found in the Text view.</p>}
      </div>
      <ExtractionWarning clip={clip} onShowFullPage={detail.fullHtml !== null && view !== 'full' ? () => setView('full') : null} />
      {view === 'text' && <HighlightLegend />}
      <div className="reader-messages">
        <p role="status" className="reader-message">
          {message?.tone === 'info' ? message.text : ''}
        </p>
        {message?.tone === 'error' && (
          <p role="alert" className="reader-message reader-message-error">
            {message.text}
          </p>
        )}
      </div>
      {view === 'article' && <ClipHtmlView html={detail.html} label="Article" lang={clip.lang} dir={clip.dir} />}
      {view === 'full' && detail.fullHtml !== null && <ClipHtmlView html={detail.fullHtml} label="Full page" lang={clip.lang} dir={clip.dir} />}
      {view === 'text' && <ClaimsOffText claims={claims} onOpenClaim={onSelectClaim} />}
      {view === 'text' && <div ref={bodyRef} className="reader-body" onContextMenu={onContextMenu}>
        {paragraphs.map((p, index) => (
          <HighlightedParagraph
            key={p.start}
            paragraph={p}
            index={index}
            segments={paragraphSegments(p, spans)}
            selectedClaimId={selectedClaimId}
            quotes={quotes}
            onOpenClaim={onSelectClaim}
          />
        ))}
      </div>}
      <MarkClaimButton candidate={candidate} marking={marking} onMark={mark} />
      {menu && (
        <ReaderContextMenu
          x={menu.x}
          y={menu.y}
          onClose={closeMenu}
          items={[
            // Never disabled: choosing it without a usable selection says what to do instead.
            { label: 'Mark claim', shortcut: 'C', onSelect: mark },
            { label: 'Copy', disabled: !candidate, onSelect: () => void navigator.clipboard?.writeText(document.getSelection()?.toString() ?? '').catch(noop) },
          ]}
        />
      )}
      <footer className="reader-footer">
        <CaptureRecord clip={clip} onOpenClip={onOpenClip} />
      </footer>
    </article>
  );
}
