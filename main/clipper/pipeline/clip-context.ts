import type { NotebookStore } from '../../store/notebook-store';
import type { ClipProgress } from '../clipper-types';
import type { ClipStages } from './clip-stages';

/** What the pipeline needs: the open notebook, a clock, and the stages to run. */
export interface ClipContext {
  store: NotebookStore;
  now: () => string;
  stages: ClipStages;
  /** Where captured images go; defaults to the notebook's assets/ folder. */
  assetsDir?: string;
}

/** What every kind of clip may be asked for. */
export interface ClipOptions {
  /** Keep this capture beside an earlier one of the same article, linked to it, instead of returning the earlier one. */
  newVersion?: boolean | undefined;
  /** A title the reporter gave, which wins over the one found in the document. */
  title?: string | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: ClipProgress) => void) | undefined;
}
