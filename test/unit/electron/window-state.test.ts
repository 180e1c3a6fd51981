import { describe, expect, it } from 'vitest';
import { restorableBounds } from '../../../main/electron/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnRight = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('restoring the window’s place', () => {
  it('uses the saved place when it is on an attached display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 800, maximized: false };
    expect(restorableBounds(saved, [laptop, monitorOnRight])).toEqual({ x: 1600, y: 100, width: 1200, height: 800 });
  });

  it('falls back to the default when that display was unplugged', () => {
    expect(restorableBounds({ x: 1600, y: 100, width: 1200, height: 800, maximized: false }, [laptop])).toBeNull();
  });

  it('refuses a place whose title bar is above or beside every display', () => {
    expect(restorableBounds({ x: 100, y: -700, width: 1200, height: 800, maximized: false }, [laptop])).toBeNull();
    expect(restorableBounds({ x: 1400, y: 100, width: 1200, height: 800, maximized: false }, [laptop])).toBeNull();
  });

  it('shrinks a window bigger than its display to fit', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 3000, height: 2000, maximized: true }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 860 });
  });

  it('uses the default when nothing was saved', () => {
    expect(restorableBounds(undefined, [laptop])).toBeNull();
  });
});
