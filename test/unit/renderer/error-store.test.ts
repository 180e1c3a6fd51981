import { describe, expect, it, vi } from 'vitest';
import { createErrorStore, MAX_SHOWN_ERRORS } from '../../../renderer/app/error-store';

describe('error store', () => {
  it('shows each error until it is dismissed, and tells listeners', () => {
    const store = createErrorStore();
    const listener = vi.fn();
    store.subscribe(listener);
    store.push('The disk is full.');
    expect(store.getSnapshot().map((e) => e.message)).toEqual(['The disk is full.']);
    store.dismiss(store.getSnapshot()[0]!.id);
    expect(store.getSnapshot()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('shows a repeated message once and keeps only the newest few', () => {
    const store = createErrorStore();
    store.push('Same');
    store.push('Same');
    expect(store.getSnapshot()).toHaveLength(1);
    for (let i = 0; i < MAX_SHOWN_ERRORS + 2; i++) store.push(`Error ${i}`);
    expect(store.getSnapshot()).toHaveLength(MAX_SHOWN_ERRORS);
    expect(store.getSnapshot().at(-1)!.message).toBe(`Error ${MAX_SHOWN_ERRORS + 1}`);
  });
});
