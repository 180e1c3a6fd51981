import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { verifyHistory } from '../../shared/domain/history';
import { notebookDataSchema } from '../../shared/domain/notebook-data';
import type { BodyKind, NotebookStore } from './notebook-store';

export interface CheckReport {
  /** Problems in plain words; empty means the notebook is healthy. */
  problems: string[];
  counts: { clips: number; claims: number; sources: number; evidence: number; stories: number; bodies: number };
}

/** How many problems of one kind are listed one by one before the rest are summed up. */
const LIST_LIMIT = 50;

/**
 * `check`: re-validate every record, re-hash every stored body against its clip's recorded SHA-256,
 * verify every claim's history hash chain, and look for links to records that do not exist.
 */
export async function checkNotebook(store: NotebookStore): Promise<CheckReport> {
  const problems: string[] = [];
  const data = store.data;
  const parsed = notebookDataSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, LIST_LIMIT)) {
      problems.push(`A record does not match the notebook format: ${issue.path.map(String).join('.')} ${issue.message}.`);
    }
  }

  let bodies = 0;
  const bodyProblems: string[] = [];
  /** Every file a clip points at is re-hashed: its article and full-page bodies and its captured images. */
  const checkFile = async (clipTitle: string, what: string, name: string, sha256: string) => {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(join(store.dir, name));
    } catch {
      bodyProblems.push(`The ${what} of the clip "${clipTitle}" is missing (${name}).`);
      return;
    }
    bodies++;
    if (createHash('sha256').update(bytes).digest('hex') !== sha256) {
      bodyProblems.push(`The ${what} of the clip "${clipTitle}" was altered or damaged: ${name} no longer matches its fingerprint.`);
    }
  };
  const body = (sha256: string, kind: BodyKind) => `clips/${sha256}.${kind}`;
  const clips = Object.values(data.clips);
  for (let i = 0; i < clips.length; i += 32) {
    await Promise.all(
      clips.slice(i, i + 32).flatMap((clip) => [
        checkFile(clip.title, 'page', body(clip.htmlSha256, 'html'), clip.htmlSha256),
        checkFile(clip.title, 'text', body(clip.textSha256, 'txt'), clip.textSha256),
        ...(clip.fullHtmlSha256 ? [checkFile(clip.title, 'full page', body(clip.fullHtmlSha256, 'html'), clip.fullHtmlSha256)] : []),
        ...(clip.fullTextSha256 ? [checkFile(clip.title, 'full-page text', body(clip.fullTextSha256, 'txt'), clip.fullTextSha256)] : []),
        ...(clip.assets ?? []).map((asset) => checkFile(clip.title, 'image', `assets/${asset.sha256}.${asset.ext}`, asset.sha256)),
      ]),
    );
  }
  problems.push(...bodyProblems.slice(0, LIST_LIMIT));
  if (bodyProblems.length > LIST_LIMIT) problems.push(`...and ${bodyProblems.length - LIST_LIMIT} more problems with clip bodies.`);

  const linkProblems: string[] = [];
  for (const claim of Object.values(data.claims)) {
    for (const problem of verifyHistory(claim.id, claim.history, claim.status)) {
      linkProblems.push(`The history of claim ${claim.id} ("${claim.text.slice(0, 60)}") is broken: ${problem.message}.`);
    }
    if (claim.clipId !== null && !data.clips[claim.clipId]) {
      linkProblems.push(`Claim ${claim.id} points at clip ${claim.clipId}, which is not in the notebook.`);
    }
  }
  for (const evidence of Object.values(data.evidence)) {
    if (!data.claims[evidence.claimId]) linkProblems.push(`Evidence ${evidence.id} belongs to claim ${evidence.claimId}, which is not in the notebook.`);
    if (!data.sources[evidence.sourceId]) linkProblems.push(`Evidence ${evidence.id} cites source ${evidence.sourceId}, which is not in the notebook.`);
  }
  problems.push(...linkProblems.slice(0, LIST_LIMIT));
  if (linkProblems.length > LIST_LIMIT) problems.push(`...and ${linkProblems.length - LIST_LIMIT} more problems with claims and evidence.`);

  return {
    problems,
    counts: {
      clips: clips.length,
      claims: Object.keys(data.claims).length,
      sources: Object.keys(data.sources).length,
      evidence: Object.keys(data.evidence).length,
      stories: Object.keys(data.stories).length,
      bodies,
    },
  };
}
