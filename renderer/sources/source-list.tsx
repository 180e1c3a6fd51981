import { useEffect, useRef } from 'react';
import type { Source, SourceKind } from '../../shared/domain/entities';
import { call } from '../client/call';
import { SOURCE_PAGE_SIZE, sourcePageQuery } from '../client/queries';
import { usePagedRows } from '../lists/use-paged-rows';
import { ROW_FOCUS, useVirtualRows } from '../lists/use-virtual-rows';
import { RELIABILITY_LABELS, sourceLine } from './source-kinds';
import { VirtualRow } from '../lists/virtual-row';

interface Props {
  kind: SourceKind | undefined;
  total: number;
  selectedId: string | null;
  onSelect: (source: Source) => void;
}

const ROW_ESTIMATE = 62;

/**
 * The sources library as a virtualised list: a notebook of 20k sources keeps a few dozen rows in
 * the DOM and fetches only the pages in view. One Tab stop; the arrow, Page and Home/End keys move
 * between sources, Enter or Space opens one.
 */
export function SourceList({ kind, total, selectedId, onSelect }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const rows = useVirtualRows({ count: total, scrollRef, estimateSize: ROW_ESTIMATE });
  const paged = usePagedRows({ pageSize: SOURCE_PAGE_SIZE, pageQuery: (page) => sourcePageQuery(kind, page), rows: rows.items.map((item) => item.index) });
  const { setActive, virtualizer } = rows;

  // A source chosen elsewhere (a search result) may sit thousands of rows down, on a page never
  // fetched: ask the notebook where it stands in this list, and scroll it into view as the Tab stop.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId || revealed.current === selectedId) return;
    revealed.current = selectedId;
    // Chosen in the list itself (a click, the keyboard): it is in view already, so the list stays still.
    if (scrollRef.current?.querySelector('[aria-pressed="true"]')) return;
    let cancelled = false;
    call('getSource', { id: selectedId })
      .then((located) => {
        const index = kind ? (located.kind === kind ? located.kindPosition : null) : located.position;
        if (cancelled || index === null) return;
        setActive(index);
        virtualizer.scrollToIndex(index, { align: 'center' });
      })
      .catch(() => undefined); // Gone meanwhile: nothing to show; the pane says so.
    return () => {
      cancelled = true;
    };
  }, [selectedId, kind, setActive, virtualizer]);

  return (
    <div ref={scrollRef} className="source-scroll" onKeyDown={rows.onKeyDown}>
      <ul className="source-list" aria-labelledby="sources-heading" style={{ height: rows.virtualizer.getTotalSize() }}>
        {rows.items.map((item) => {
          const source = paged.itemAt(item.index);
          return (
            <VirtualRow key={item.key} item={item} measure={rows.virtualizer.measureElement} total={total} className="source-row">
              {source ? (
                <button
                  type="button"
                  className="source-item"
                  {...{ [ROW_FOCUS]: '' }}
                  tabIndex={rows.tabIndexOf(item.index)}
                  aria-pressed={source.id === selectedId}
                  onFocus={() => rows.setActive(item.index)}
                  onClick={() => onSelect(source)}
                >
                  <span className="source-title">{source.title}</span>
                  <span className="source-line">{sourceLine(source)}</span>
                  {source.reliability && <span className={`reliability reliability-${source.reliability.rating}`}>{RELIABILITY_LABELS[source.reliability.rating]}</span>}
                </button>
              ) : (
                <span className="source-item source-pending" {...{ [ROW_FOCUS]: 'pending' }} tabIndex={rows.tabIndexOf(item.index)} aria-busy="true">
                  Loading…
                </span>
              )}
            </VirtualRow>
          );
        })}
      </ul>
    </div>
  );
}
