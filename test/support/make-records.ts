import type { Claim, Clip, Evidence, Source, Stance } from '../../shared/domain/entities';
import { nextHistoryEntry } from '../../shared/domain/history';
import { newId } from '../../shared/domain/ids';
import type { Op } from '../../shared/domain/ops';
import type { Status } from '../../shared/domain/status';
import type { NotebookStore } from '../../main/store/notebook-store';

/**
 * Records that pass the zod schemas, for store tests and the benchmark. Plain builders plus `addClip`,
 * which stores the bodies first and then commits the metadata, as the services do.
 */
const ZERO_SHA = '0'.repeat(64);

export function isoAt(ms: number = Date.now()): string {
  return new Date(ms).toISOString();
}

export function clipRecord(init: { htmlSha256: string; textSha256: string; text: string; title?: string; at?: string }): Clip {
  const at = init.at ?? isoAt();
  return {
    id: newId(),
    title: init.title ?? 'Untitled clip',
    htmlSha256: init.htmlSha256,
    textSha256: init.textSha256,
    textLength: Array.from(init.text).length,
    capture: { method: 'text', capturedAt: at, bytesSha256: init.textSha256, byteLength: Buffer.byteLength(init.text) },
    createdAt: at,
    updatedAt: at,
  };
}

export function textToHtml(text: string): string {
  return text
    .split('\n\n')
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('\n');
}

/** Store both bodies, then commit the clip: a body is on disk before metadata points at it. */
export async function addClip(store: NotebookStore, text: string, title = 'A clipped article'): Promise<Clip> {
  const textSha256 = await store.putBody(text, 'txt');
  const htmlSha256 = await store.putBody(textToHtml(text), 'html');
  const clip = clipRecord({ htmlSha256, textSha256, text, title });
  await store.commit([{ type: 'clip.put', clip }]);
  return clip;
}

export function claimRecord(clipId: string | null, text: string, at: string = isoAt()): Claim {
  const id = newId();
  return {
    id,
    clipId,
    text,
    anchor: null,
    status: 'unverified',
    history: [nextHistoryEntry(id, [], 'unverified', at, 'Claim recorded')],
    createdAt: at,
    updatedAt: at,
  };
}

/** The op moving a claim to `to`, linked to the end of its current history. */
export function statusOp(claim: Claim, to: Status, rationale = 'Checked with the source', at: string = isoAt()): Op {
  return { type: 'claim.status', claimId: claim.id, entry: nextHistoryEntry(claim.id, claim.history, to, at, rationale) };
}

export function sourceRecord(title: string, at: string = isoAt()): Source {
  return { id: newId(), kind: 'web', title, url: 'https://example.org/report', createdAt: at, updatedAt: at };
}

export function evidenceRecord(claimId: string, sourceId: string, stance: Stance = 'supports', at: string = isoAt()): Evidence {
  return { id: newId(), claimId, sourceId, stance, quote: 'as the report says', createdAt: at };
}

export { ZERO_SHA };
