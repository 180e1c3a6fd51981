import type { Op } from '../../shared/domain/ops';
import type { NotebookStore } from '../store/notebook-store';

/**
 * The store as the services see it, telling `listener` of every commit once the store has applied
 * it in memory (commit applies synchronously, then resolves when durable). The listener is told
 * before durability so search shows a change as soon as every other view does; it must not throw.
 */
export function observeCommits(store: NotebookStore, listener: (ops: readonly Op[]) => void): NotebookStore {
  return {
    get dir() {
      return store.dir;
    },
    get data() {
      return store.data;
    },
    get notices() {
      return store.notices;
    },
    commit(ops) {
      const durable = store.commit(ops);
      listener(ops);
      return durable;
    },
    putBody: (content, kind) => store.putBody(content, kind),
    readBody: (sha256, kind) => store.readBody(sha256, kind),
    close: () => store.close(),
  };
}
