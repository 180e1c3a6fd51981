import { useId, useState } from 'react';
import { usePickerSearch, type PickerChoice } from './use-picker-search';
import '../styles/search.css';

interface Props {
  kind: 'clip' | 'source';
  label: string;
  /** The list shown while nothing is typed: the newest few hundred. */
  defaults: readonly PickerChoice[];
  /** How many there are in all, to say when the list is not all of them. */
  total: number | undefined;
  value: string;
  onChange: (choice: PickerChoice | null) => void;
  /** The first option, meaning "none chosen" ("All clips"); without it the list has no empty choice. */
  emptyLabel?: string;
  describe?: (choice: PickerChoice) => string;
  inline?: boolean;
  autoFocus?: boolean;
}

/**
 * A native select with a "Find by title" box beside it. Untouched, the select lists the newest few
 * hundred; typing searches the whole notebook (search, issue 7) and the select lists the matches, so
 * a clip or source beyond the first page can still be picked from the keyboard. The chosen one stays
 * in the list whatever is typed, so the select never shows something other than what is chosen.
 */
export function SearchableSelect({ kind, label, defaults, total, value, onChange, emptyLabel, describe = (c) => c.title, inline = false, autoFocus = false }: Props) {
  const [typed, setTyped] = useState('');
  const [chosen, setChosen] = useState<PickerChoice | null>(null);
  const found = usePickerSearch(kind, typed);
  const ids = { select: useId(), find: useId(), note: useId(), label: useId() };
  const listed = found.choices ?? defaults;
  const current = listed.find((c) => c.id === value) ?? defaults.find((c) => c.id === value) ?? (chosen?.id === value ? chosen : null);
  const options = value && current && !listed.some((c) => c.id === value) ? [current, ...listed] : listed;

  const note = typed.trim()
    ? found.error ?? (found.choices === null || found.searching ? 'Searching…' : found.choices.length === 0 ? 'Nothing matches.' : `${found.choices.length} found: pick one from the list.`)
    : total !== undefined && total > defaults.length
      ? `The newest ${defaults.length} of ${total}: type to find the others.`
      : '';

  return (
    <div className={`field searchable-select${inline ? ' field-inline' : ''}`}>
      <label id={ids.label} htmlFor={ids.select}>
        {label}
      </label>
      <select
        id={ids.select}
        value={value}
        aria-describedby={note ? ids.note : undefined}
        onChange={(e) => {
          const choice = options.find((c) => c.id === e.target.value) ?? null;
          setChosen(choice);
          onChange(choice);
        }}
        {...(autoFocus ? { 'data-autofocus': true } : {})}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {describe(c)}
          </option>
        ))}
      </select>
      <input
        id={ids.find}
        type="search"
        className="searchable-select-find"
        aria-label="Find by title"
        aria-describedby={`${ids.label} ${ids.note}`}
        placeholder="Find by title…"
        autoComplete="off"
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      <span id={ids.note} role="status" className="hint searchable-select-note">
        {note}
      </span>
    </div>
  );
}
