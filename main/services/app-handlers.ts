import type { Handlers } from '../api/dispatch';
import type { AppMethodName } from '../../shared/api/app-method-names';
import type { ServiceContext } from './service-context';

/** The desktop app section's handlers (issue 6). */
export function createAppHandlers(_ctx: ServiceContext): Pick<Handlers, AppMethodName> {
  return {};
}
