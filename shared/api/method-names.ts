/**
 * The names of the API's methods, apart from their schemas: the preload and the renderer's bridge
 * need only the names, and importing them from here keeps zod (and the schemas) out of those bundles.
 * contract.ts is checked against this list with `satisfies`, so a method cannot be added to one and
 * not the other.
 */
export const METHOD_NAMES = [
  'getNotebookInfo',
  'getSettings',
  'updateSettings',
  'listClips',
  'getClip',
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
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}
