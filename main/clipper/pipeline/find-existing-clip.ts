import type { Clip } from '../../../shared/domain/entities';
import type { DeepReadonly } from '../../store/notebook-store';

/**
 * Finding an earlier capture of the same article: by address (the URL asked for, the final URL after
 * redirects, or the page's canonical URL, compared without their #fragment) or by identical text.
 * The newest match is returned, so a new version links to the latest one before it.
 */

/** A URL in the form clips are compared by; undefined for anything that is not a URL. */
export function urlKey(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return undefined;
  }
}

function clipUrlKeys(clip: DeepReadonly<Clip>): string[] {
  const urls = [clip.canonicalUrl, clip.capture.finalUrl, clip.capture.method === 'url' ? clip.capture.origin : undefined];
  return urls.map(urlKey).filter((key): key is string => key !== undefined);
}

export interface SameArticle {
  urls?: ReadonlyArray<string | undefined>;
  textSha256?: string;
}

export function findExistingClip(clips: DeepReadonly<Record<string, Clip>>, same: SameArticle): Clip | undefined {
  const wanted = new Set((same.urls ?? []).map(urlKey).filter((key): key is string => key !== undefined));
  const all = Object.values(clips) as Clip[];
  for (let i = all.length - 1; i >= 0; i--) {
    const clip = all[i]!;
    if (same.textSha256 !== undefined && clip.textSha256 === same.textSha256) return clip;
    if (wanted.size > 0 && clipUrlKeys(clip).some((key) => wanted.has(key))) return clip;
  }
  return undefined;
}
