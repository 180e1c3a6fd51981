import type { Handlers } from '../api/dispatch';
import type { BriefMethodName } from '../../shared/api/brief-method-names';
import type { ServiceContext } from '../services/service-context';

/** The briefs section's handlers (issue 5). */
export function createBriefHandlers(_ctx: ServiceContext): Pick<Handlers, BriefMethodName> {
  return {};
}
