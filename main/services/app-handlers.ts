import type { Handlers } from '../api/dispatch';
import type { AppMethodName } from '../../shared/api/app-method-names';
import type { AppCommandBatch, RendererErrorSource } from '../../shared/api/app-views';
import type { ServiceContext } from './service-context';

/** An error the page reported, as the host's log receives it. */
export interface RendererErrorReport {
  source: RendererErrorSource;
  message: string;
  stack?: string;
  area?: string;
}

/**
 * What a desktop host gives the app section: its command queue and its log. Browser mode and the CLI
 * have none, so there the page is told that no commands will come, and errors are not logged by main.
 */
export interface AppHost {
  nextCommands(after: number | undefined, waitMs: number): Promise<AppCommandBatch>;
  logRendererError(report: RendererErrorReport): void;
}

/** The desktop app section's handlers (issue 6). */
export function createAppHandlers(_ctx: ServiceContext, host?: AppHost): Pick<Handlers, AppMethodName> {
  return {
    nextAppCommands: async ({ after, waitMs }) => (host ? host.nextCommands(after, waitMs) : { commands: [], seq: after ?? 0, live: false }),
    reportRendererError: (report) => {
      if (!host) return { logged: false };
      host.logRendererError(report);
      return { logged: true };
    },
  };
}
