import type { Handlers } from '../api/dispatch';
import type { NotebookStore } from '../store/notebook-store';
import { addClaim, deleteClaim, getClaim, listClaims, restoreClaim, setClaimStatus, updateClaim } from './claims-service';
import type { ClipProgress } from '../clipper/clipper-types';
import type { ClipStages } from '../clipper/pipeline/clip-stages';
import { defaultStages } from '../clipper/pipeline/default-stages';
import { clipUrl, importFile, pasteArticle, runClipRequest, type ClipCaptureContext } from './clip-capture-service';
import { createClipJobRegistry, type ClipJobRegistry } from './clip-jobs';
import { addSampleClip, addTextClip, getClip, listClips, locateClip } from './clips-service';
import { addEvidence, listEvidence, removeEvidence, restoreEvidence } from './evidence-service';
import { getNotebookInfo, getSettings, updateSettings } from './notebook-service';
import type { ServiceContext } from './service-context';
import { addSource, deleteSource, getSource, listSources, restoreSource, updateSource } from './sources-service';
import { dismissSuggestion, suggestClaims } from './suggestions-service';
import { addStory, assignToStory, listStories } from './stories-service';
import { listTrash } from './trash-service';
import { createSearchHandlers } from '../search/search-handlers';
import { createInProcessSearch } from '../search/in-process-search';
import { observeCommits } from '../search/observe-commits';
import type { SearchService } from '../search/search-service';
import { createBriefHandlers, type BriefHandlerOptions } from '../briefs/brief-handlers';
import { createAppHandlers } from './app-handlers';

export interface ClippingOptions {
  /** Stages to use instead of the real ones: tests clip without a network, or make a stage fail. */
  stages?: Partial<ClipStages>;
  /** Told how every clip goes (fetch, extract, images n/m, save): the CLI prints it, the app will stream it. */
  onProgress?: (progress: ClipProgress) => void;
  /**
   * The background clips of this notebook (startClip, getClipJob, cancelClipJob). Whoever opens the
   * notebook passes one so that closing it can cancel what still runs; without one, the handlers keep
   * their own.
   */
  jobs?: ClipJobRegistry;
  /**
   * Hands a checked http(s)/mailto address to the system browser; true when it did. Only the
   * Electron host has one; without it (browser mode, the CLI) openExternal answers opened: false and
   * the renderer opens a new tab instead.
   */
  openExternal?: (url: string) => Promise<boolean>;
  /**
   * The notebook's search (issue 7). Whoever opens the notebook passes one (the app's runs in a
   * worker thread) so that closing it frees the index; without one, the handlers make an
   * in-process one that builds on the first search. Every commit made through these handlers is
   * passed to it.
   */
  search?: SearchService;
  /**
   * Brief export (issue 5): the Electron host passes a printToPDF printer and a save dialog;
   * without them PDFs print with headless Chromium and the renderer downloads the file.
   */
  briefs?: BriefHandlerOptions;
}

/**
 * Every contract method bound to its service. `satisfies Handlers` makes the compiler refuse a
 * missing or extra method, so the contract and the services cannot drift.
 */
export function createHandlers(
  store: NotebookStore,
  now: () => string = () => new Date().toISOString(),
  clipping: ClippingOptions = {},
): Handlers {
  const search = clipping.search ?? createInProcessSearch(store);
  const ctx: ServiceContext = { store: observeCommits(store, (ops) => search.onCommit(ops)), now };
  const clipCtx: ClipCaptureContext = { ...ctx, stages: { ...defaultStages, ...clipping.stages }, onProgress: clipping.onProgress };
  const jobs = clipping.jobs ?? createClipJobRegistry();
  const openOutside = clipping.openExternal;
  return {
    getNotebookInfo: () => getNotebookInfo(ctx),
    getSettings: () => getSettings(ctx),
    updateSettings: (input) => updateSettings(ctx, input),
    listClips: (input) => listClips(ctx, input),
    getClip: (input) => getClip(ctx, input),
    locateClip: (input) => locateClip(ctx, input),
    addTextClip: (input) => addTextClip(ctx, input),
    addSampleClip: () => addSampleClip(ctx),
    clipUrl: (input) => clipUrl(clipCtx, input),
    importFile: (input) => importFile(clipCtx, input),
    pasteArticle: (input) => pasteArticle(clipCtx, input),
    listClaims: (input) => listClaims(ctx, input),
    getClaim: (input) => getClaim(ctx, input),
    addClaim: (input) => addClaim(ctx, input),
    updateClaim: (input) => updateClaim(ctx, input),
    deleteClaim: (input) => deleteClaim(ctx, input),
    restoreClaim: (input) => restoreClaim(ctx, input),
    setClaimStatus: (input) => setClaimStatus(ctx, input),
    suggestClaims: (input) => suggestClaims(ctx, input),
    dismissSuggestion: (input) => dismissSuggestion(ctx, input),
    listSources: (input) => listSources(ctx, input),
    getSource: (input) => getSource(ctx, input),
    addSource: (input) => addSource(ctx, input),
    updateSource: (input) => updateSource(ctx, input),
    deleteSource: (input) => deleteSource(ctx, input),
    restoreSource: (input) => restoreSource(ctx, input),
    listEvidence: (input) => listEvidence(ctx, input),
    addEvidence: (input) => addEvidence(ctx, input),
    removeEvidence: (input) => removeEvidence(ctx, input),
    restoreEvidence: (input) => restoreEvidence(ctx, input),
    listTrash: (input) => listTrash(ctx, input),
    listStories: (input) => listStories(ctx, input),
    addStory: (input) => addStory(ctx, input),
    assignToStory: (input) => assignToStory(ctx, input),
    startClip: (input) => jobs.start((run) => runClipRequest(clipCtx, input, run)),
    getClipJob: (input) => jobs.get(input.jobId),
    cancelClipJob: (input) => jobs.cancel(input.jobId),
    openExternal: async (input) => ({ opened: openOutside ? await openOutside(input.url) : false }),
    ...createSearchHandlers(search),
    ...createBriefHandlers(ctx, clipping.briefs),
    ...createAppHandlers(ctx),
  } satisfies Handlers;
}
