/**
 * The names of the API's methods, apart from their schemas: the preload and the renderer's bridge
 * need only the names, and importing them from here keeps zod (and the schemas) out of those bundles.
 * contract.ts is checked against this list with `satisfies`, so a method cannot be added to one and
 * not the other.
 */
import { APP_METHOD_NAMES } from './app-method-names';
import { BRIEF_METHOD_NAMES } from './brief-method-names';
import { SEARCH_METHOD_NAMES } from './search-method-names';

export const METHOD_NAMES = [
  'getNotebookInfo',
  'getSettings',
  'updateSettings',
  'listClips',
  'getClip',
  'locateClip',
  'addTextClip',
  'addSampleClip',
  'clipUrl',
  'importFile',
  'pasteArticle',
  'startClip',
  'getClipJob',
  'cancelClipJob',
  'openExternal',
  'listClaims',
  'getClaim',
  'addClaim',
  'updateClaim',
  'deleteClaim',
  'restoreClaim',
  'setClaimStatus',
  'suggestClaims',
  'dismissSuggestion',
  'listSources',
  'getSource',
  'addSource',
  'updateSource',
  'deleteSource',
  'restoreSource',
  'listEvidence',
  'addEvidence',
  'removeEvidence',
  'restoreEvidence',
  'listTrash',
  'listStories',
  'addStory',
  'assignToStory',
  ...SEARCH_METHOD_NAMES,
  ...BRIEF_METHOD_NAMES,
  ...APP_METHOD_NAMES,
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}
