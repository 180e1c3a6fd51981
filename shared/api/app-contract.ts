import { z } from 'zod';
import type { AppMethodName } from './app-method-names';
import { RENDERER_ERROR_SOURCES, type AppCommandBatch } from './app-views';
import { method, optionalText, text } from './contract-helpers';

/** The longest a page may ask the host to hold a nextAppCommands call open. */
export const MAX_COMMAND_WAIT_MS = 30_000;

/** The desktop app section of the contract (issue 6). */
export const appContract = {
  /**
   * A long poll: resolves as soon as there are commands after `after` (menu items, files handed to
   * the app), or with none after `waitMs`. Left out, `after` means "whatever I have not been given yet".
   */
  nextAppCommands: method<AppCommandBatch>()(
    z
      .object({
        after: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
        waitMs: z.number().int().min(0).max(MAX_COMMAND_WAIT_MS).default(25_000),
      })
      .strict(),
  ),
  /** An error the page caught (a render error, an uncaught exception): written to the app's log. */
  reportRendererError: method<{ logged: boolean }>()(
    z
      .object({
        source: z.enum(RENDERER_ERROR_SOURCES),
        message: text(4000),
        stack: optionalText(20_000),
        area: optionalText(200),
      })
      .strict(),
  ),
} as const satisfies Record<AppMethodName, { input: z.ZodType; result: unknown }>;
