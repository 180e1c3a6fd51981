import { createHash } from 'node:crypto';
import { AppError } from '../../shared/api/result';
import { newId } from '../../shared/domain/ids';
import { emptyNotebook, type NotebookData } from '../../shared/domain/notebook-data';
import { applyOp, type Op } from '../../shared/domain/ops';
import type { BodyKind, NotebookStore } from '../../main/store/notebook-store';

/**
 * An in-memory NotebookStore for service tests: the same apply-in-memory semantics as the real
 * store, without disk. It records every commit so tests can assert that a refused action wrote nothing.
 */
export interface MemoryStore extends NotebookStore {
  commits: Op[][];
  bodies: Map<string, string>;
}

export function createMemoryStore(): MemoryStore {
  const data: NotebookData = emptyNotebook(newId(), new Date().toISOString());
  const bodies = new Map<string, string>();
  const commits: Op[][] = [];
  return {
    dir: '/memory',
    data,
    notices: [],
    commits,
    bodies,
    async commit(ops) {
      commits.push(ops);
      for (const op of ops) applyOp(data, op);
    },
    async putBody(content: string, kind: BodyKind) {
      const sha = createHash('sha256').update(content, 'utf8').digest('hex');
      bodies.set(`${sha}.${kind}`, content);
      return sha;
    },
    async readBody(sha: string, kind: BodyKind) {
      const body = bodies.get(`${sha}.${kind}`);
      if (body === undefined) throw new AppError('not_found', `The stored text ${sha}.${kind} is missing.`);
      return body;
    },
    async close() {},
  };
}
