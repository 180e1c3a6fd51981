/** The desktop app section's method names (issue 6); zod-free, like method-names.ts. */
export const APP_METHOD_NAMES = ['nextAppCommands', 'reportRendererError'] as const;
export type AppMethodName = (typeof APP_METHOD_NAMES)[number];
