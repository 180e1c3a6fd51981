import { useRef, type KeyboardEvent } from 'react';

export interface TabDef<K extends string> {
  id: K;
  label: string;
}

interface Props<K extends string> {
  tabs: readonly TabDef<K>[];
  selected: K;
  onSelect: (id: K) => void;
  label: string;
  /** Prefix for the tab and panel ids: `${idBase}-tab-${id}` and `${idBase}-panel-${id}`. */
  idBase: string;
  disabled?: boolean;
}

export const tabId = (idBase: string, id: string) => `${idBase}-tab-${id}`;
export const panelId = (idBase: string, id: string) => `${idBase}-panel-${id}`;

/**
 * Tabs the ARIA way: one tab stop for the whole list, arrow keys (and Home/End) move between tabs and
 * show each at once, Tab goes on into the panel. Panels are the caller's, labelled by their tab.
 */
export function Tabs<K extends string>({ tabs, selected, onSelect, label, idBase, disabled = false }: Props<K>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = tabs.findIndex((t) => t.id === selected);
    const next =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null;
    if (next === null || disabled) return;
    event.preventDefault();
    const id = tabs[next]!.id;
    onSelect(id);
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idBase, id))}`)?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className="tabs" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={tabId(idBase, tab.id)}
          aria-selected={tab.id === selected}
          aria-controls={panelId(idBase, tab.id)}
          tabIndex={tab.id === selected ? 0 : -1}
          className="tab"
          disabled={disabled && tab.id !== selected}
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
