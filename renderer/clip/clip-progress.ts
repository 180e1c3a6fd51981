import type { ClipJobProgress } from '../../shared/api/views';

/**
 * What the progress bar says and how full it is, from the stage the capture job reports. The whole
 * bar is split across the stages in rough proportion to how long each takes on a news page, so it
 * moves forward and never back. `percent` is null where nothing can be measured (a download of unknown
 * size), and the bar is then shown as busy without a value.
 */

export interface ProgressView {
  label: string;
  percent: number | null;
}

const FETCH_END = 40;
const EXTRACT_AT = 45;
const IMAGES_START = 50;
const IMAGES_END = 90;
const SAVE_AT = 95;

/** "12 KB", "1.4 MB": what a reporter reads at a glance. */
export function formatKilobytes(bytes: number): string {
  const kb = Math.max(0, bytes) / 1024;
  // A small page would read "0 KB" for most of its download: tenths until 10 KB.
  if (kb < 10) return `${kb > 0 ? Math.max(0.1, Math.round(kb * 10) / 10) : 0} KB`;
  if (bytes < 1024 * 1024) return `${Math.round(kb).toLocaleString('en')} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function progressView(progress: ClipJobProgress | null): ProgressView {
  if (progress === null) return { label: 'Starting…', percent: null };
  switch (progress.stage) {
    case 'fetch': {
      const total = progress.totalBytes;
      if (progress.receivedBytes === 0) return { label: 'Fetching…', percent: total ? 0 : null };
      const label = total ? `Fetching (${formatKilobytes(progress.receivedBytes)} of ${formatKilobytes(total)})` : `Fetching (${formatKilobytes(progress.receivedBytes)})`;
      const percent = total ? Math.round((Math.min(progress.receivedBytes, total) / total) * FETCH_END) : null;
      return { label, percent };
    }
    case 'extract':
      return { label: 'Extracting the article', percent: EXTRACT_AT };
    case 'images': {
      const share = progress.total > 0 ? Math.min(progress.done, progress.total) / progress.total : 1;
      return { label: `Images ${progress.done}/${progress.total}`, percent: Math.round(IMAGES_START + share * (IMAGES_END - IMAGES_START)) };
    }
    case 'save':
      return { label: 'Saving', percent: SAVE_AT };
  }
}
