import { BRIEF_FORMAT_FILES, type BriefFormat } from '../../shared/domain/brief-formats';
import type { BriefModel } from './brief-model';

/**
 * A file name from the brief's title and day ("landmines-for-ukraine-2025-03-01.pdf"): letters and
 * digits of any script kept, everything a file system might refuse turned into dashes, and short
 * enough for every OS.
 */
const MAX_SLUG = 60;

export function fileNameFor(model: BriefModel, format: BriefFormat): string {
  const full = model.title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  // Cut at a word boundary, so a long title never ends in half a word.
  // A title without separators (common in Chinese or Japanese) is cut at 60 characters instead.
  const boundary = full.lastIndexOf('-', MAX_SLUG);
  const cut = full.length <= MAX_SLUG ? full : boundary > MAX_SLUG / 2 ? full.slice(0, boundary) : Array.from(full).slice(0, MAX_SLUG).join('');
  const slug = cut.replace(/-+$/, '') || 'brief';
  return `${slug}-${model.generatedAt.slice(0, 10)}.${BRIEF_FORMAT_FILES[format].extension}`;
}
