import type { VirtualItem } from '@tanstack/react-virtual';
import type { ReactNode } from 'react';

/**
 * One row of a virtualised list (the sources list, a board column): placed where the virtualizer
 * says, measured once drawn, and telling assistive technology its place in the whole list, since
 * most rows are not in the page.
 */
export function VirtualRow({
  item,
  measure,
  total,
  className,
  children,
}: {
  item: VirtualItem;
  measure: (element: Element | null) => void;
  total: number;
  className: string;
  children: ReactNode;
}) {
  return (
    <li
      ref={measure}
      data-index={item.index}
      className={className}
      style={{ transform: `translateY(${item.start}px)` }}
      aria-setsize={total}
      aria-posinset={item.index + 1}
    >
      {children}
    </li>
  );
}
