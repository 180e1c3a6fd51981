import { useEffect, useRef, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  /** Shown next to the label, like a menu bar does. */
  shortcut?: string;
  disabled?: boolean;
  onSelect: () => void;
}

interface Props {
  /** Viewport coordinates of the right-click. */
  x: number;
  y: number;
  items: MenuItem[];
  onClose: () => void;
}

/**
 * The reader's right-click menu, built as an ARIA menu: focus goes to the first item, arrow keys
 * move, Enter chooses, Esc or a click elsewhere closes and gives focus back. Shift+right-click (or
 * Shift+F10) still opens the browser's own menu, as the hint in the menu says.
 */
export function ReaderContextMenu({ x, y, items, onClose }: Props) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    ref.current?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) onClose();
    };
    const onBlur = () => onClose();
    document.addEventListener('pointerdown', onPointer, true);
    window.addEventListener('blur', onBlur);
    window.addEventListener('resize', onBlur);
    return () => {
      document.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('resize', onBlur);
      if (opener && document.contains(opener)) opener.focus({ preventScroll: true });
    };
  }, [onClose]);

  // Keep the menu inside the window.
  const left = Math.max(4, Math.min(x, window.innerWidth - 260));
  const top = Math.max(4, Math.min(y, window.innerHeight - 48 * (items.length + 1)));

  const onKeyDown = (event: KeyboardEvent) => {
    const all = Array.from(ref.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const move = (to: number) => all[(to + all.length) % all.length]?.focus();
    if (event.key === 'ArrowDown') move(at + 1);
    else if (event.key === 'ArrowUp') move(at - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Escape' || event.key === 'Tab') onClose();
    else return;
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div ref={ref} className="context-menu" role="menu" aria-label="Text actions" style={{ left, top }} onKeyDown={onKeyDown}>
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role="menuitem"
          tabIndex={-1}
          className="context-menu-item"
          aria-disabled={item.disabled || undefined}
          aria-keyshortcuts={item.shortcut}
          // Keep the reader's selection: pressing the item must not collapse it before the item reads it.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            if (item.disabled) return;
            onClose();
            item.onSelect();
          }}
        >
          <span>{item.label}</span>
          {item.shortcut && <kbd aria-hidden="true">{item.shortcut}</kbd>}
        </button>
      ))}
      <p className="context-menu-hint" aria-hidden="true">
        Shift+right-click: browser menu
      </p>
    </div>
  );
}
