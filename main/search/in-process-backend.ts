import { SearchEngine, type ReadText } from './search-engine';
import type { SearchBackend } from './search-backend';

/** The engine on this thread: what the worker runs, called directly. */
export function inProcessBackend(readText: ReadText): SearchBackend {
  const engine = new SearchEngine(readText);
  let chain: Promise<unknown> = Promise.resolve();
  /** One task at a time, in order, as the worker does, so a search never sees half a batch. */
  const queue = <T>(task: () => Promise<T>): Promise<T> => {
    const next = chain.then(task);
    chain = next.catch(() => undefined);
    return next;
  };
  return {
    where: 'in-process',
    apply: (changes) =>
      queue(async () => {
        for (const change of changes) await engine.apply(change);
      }),
    search: (query) => queue(() => engine.search(query)),
    close: async () => {
      await chain;
    },
  };
}
