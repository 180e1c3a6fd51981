import { DESK_VIEWS, type DeskView } from './desk-views';

/**
 * Library, Claims board, Sources, Trash: plain buttons with aria-current, each with its Alt+digit
 * shortcut shown and announced (aria-keyshortcuts), so the way to get there without a mouse is in view.
 */
export function ViewSwitcher({ view, onView, isMac }: { view: DeskView; onView: (view: DeskView) => void; isMac: boolean }) {
  return (
    <ul className="view-switcher" aria-label="Views">
      {DESK_VIEWS.map((v) => (
        <li key={v.id}>
          <button
            type="button"
            className="view-button"
            aria-current={v.id === view ? 'page' : undefined}
            aria-keyshortcuts={`Alt+${v.key}`}
            onClick={() => onView(v.id)}
          >
            <span>{v.label}</span>
            <kbd aria-hidden="true">{isMac ? '⌥' : 'Alt+'}{v.key}</kbd>
          </button>
        </li>
      ))}
    </ul>
  );
}
