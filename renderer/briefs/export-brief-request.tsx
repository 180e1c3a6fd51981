import { createContext, useContext } from 'react';

/** What a pane asks the Export brief dialog to start on: a story, or chosen claims. */
export type BriefRequest = { storyId: string } | { claimIds: string[] };

const RequestContext = createContext<((request: BriefRequest) => void) | null>(null);

/**
 * The desk provides this, so a story in the library or the selected claim can open Export brief on
 * itself without every pane in between passing a callback down.
 */
export const ExportBriefRequestProvider = RequestContext.Provider;

/** Opens Export brief on the given scope; null outside the desk, where there is no dialog to open. */
export function useRequestBriefExport(): ((request: BriefRequest) => void) | null {
  return useContext(RequestContext);
}
