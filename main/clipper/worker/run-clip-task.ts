import type { ClipWorkerTask } from './clip-worker-protocol';

/**
 * Runs one heavy clip stage on the current thread: what the worker does for each request, and what
 * the main thread falls back to when no worker can run. Modules load on first use (about 85 MB).
 */
export async function runClipTask(task: ClipWorkerTask): Promise<unknown> {
  switch (task.kind) {
    case 'extractArticle':
      return (await import('../extract/extract-article')).extractArticle(task.html, task.options);
    case 'readDocument': {
      const [{ readDocument }, { extractArticle }] = await Promise.all([import('../files/read-document'), import('../extract/extract-article')]);
      return readDocument(task.name, task.bytes, { extractArticle });
    }
    case 'rewriteImages':
      return (await import('../extract/rewrite-images')).rewriteImages(task.html, task.map);
  }
}
