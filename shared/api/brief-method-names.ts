/** The briefs section's method names (issue 5); zod-free, like method-names.ts. */
export const BRIEF_METHOD_NAMES = ['previewBrief', 'startBriefExport', 'getBriefExportJob', 'getBriefExportFile', 'saveBriefExport'] as const;
export type BriefMethodName = (typeof BRIEF_METHOD_NAMES)[number];
