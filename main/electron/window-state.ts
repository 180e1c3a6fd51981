import type { WindowState } from './desktop-prefs';

/**
 * The window's size and place, remembered. A saved place is used only when enough of the window
 * would land on a display that is attached now: a window last seen on a monitor since unplugged must
 * not open off-screen where the reporter cannot reach it.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the title bar must be on a display for the window to be reachable. */
const MIN_VISIBLE = { width: 120, height: 40 };

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The saved bounds to open with, shrunk to fit the display they are on; null to use the defaults. */
export function restorableBounds(saved: WindowState | undefined, workAreas: readonly Rect[]): Rect | null {
  if (!saved) return null;
  const titleBar: Rect = { x: saved.x, y: saved.y, width: saved.width, height: Math.min(saved.height, 40) };
  for (const area of workAreas) {
    const seen = overlap(titleBar, area);
    if (seen.width >= Math.min(MIN_VISIBLE.width, saved.width) && seen.height >= Math.min(MIN_VISIBLE.height, titleBar.height)) {
      return { x: saved.x, y: saved.y, width: Math.min(saved.width, area.width), height: Math.min(saved.height, area.height) };
    }
  }
  return null;
}

/** The part of a BrowserWindow this needs, so tests can pass a fake. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

/** The window's state now: its normal bounds, so a maximised window restores to its old size. */
export function readWindowState(window: Omit<TrackedWindow, 'on'>): WindowState {
  const bounds = window.getNormalBounds();
  return {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.max(200, Math.round(bounds.width)),
    height: Math.max(200, Math.round(bounds.height)),
    maximized: window.isMaximized(),
  };
}

/** Saves the window's state when it closes. */
export function trackWindowState(window: TrackedWindow, save: (state: WindowState) => void): void {
  window.on('close', () => save(readWindowState(window)));
}
