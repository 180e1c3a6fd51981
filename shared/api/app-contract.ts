import type { z } from 'zod';
import type { AppMethodName } from './app-method-names';

/** The desktop app section of the contract (issue 6). */
export const appContract = {} as const satisfies Record<AppMethodName, { input: z.ZodType; result: unknown }>;
