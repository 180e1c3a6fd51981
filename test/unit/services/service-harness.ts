import { createDispatcher, type Dispatch } from '../../../main/api/dispatch';
import { createHandlers } from '../../../main/services/handlers';
import type { ApiError, ApiResult } from '../../../shared/api/result';
import type { AddClipResult } from '../../../shared/api/views';
import type { Claim, Clip, Source } from '../../../shared/domain/entities';
import { createMemoryStore, type MemoryStore } from '../../support/memory-store';

/**
 * The services behind the real dispatcher, over an in-memory store, with a clock that ticks one
 * second per reading so "newest first" orders are decided by time, as they would be for a reporter.
 */
export interface Harness {
  store: MemoryStore;
  dispatch: Dispatch;
  call<T>(method: string, input: unknown): Promise<T>;
  refused(method: string, input: unknown): Promise<ApiError>;
  clip(text: string, title?: string): Promise<Clip>;
  sampleClaim(quote?: string): Promise<Claim>;
  source(input?: Record<string, unknown>): Promise<Source>;
}

export function createHarness(): Harness {
  const store = createMemoryStore();
  let tick = Date.parse('2025-03-01T09:00:00.000Z');
  const dispatch = createDispatcher(createHandlers(store, () => new Date((tick += 1000)).toISOString()));

  async function call<T>(method: string, input: unknown): Promise<T> {
    const result = (await dispatch(method, input)) as ApiResult<T>;
    if (!result.ok) throw new Error(`${method} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  async function refused(method: string, input: unknown): Promise<ApiError> {
    const result = await dispatch(method, input);
    if (result.ok) throw new Error(`${method} should have been refused`);
    return result.error;
  }

  return {
    store,
    dispatch,
    call,
    refused,
    clip: async (text, title) => (await call<AddClipResult>('addTextClip', { text, ...(title ? { title } : {}) })).clip,
    async sampleClaim(quote = '122 countries signed the Ottawa Convention') {
      const { clip } = await call<AddClipResult>('addSampleClip', {});
      return call<Claim>('addClaim', { clipId: clip.id, quote });
    },
    source: (input = {}) => call<Source>('addSource', { title: 'Embassy statement', kind: 'record', ...input }),
  };
}
