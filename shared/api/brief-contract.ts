import type { z } from 'zod';
import type { BriefMethodName } from './brief-method-names';

/** The briefs section of the contract (issue 5): preview and export of verified briefs. */
export const briefContract = {} as const satisfies Record<BriefMethodName, { input: z.ZodType; result: unknown }>;
