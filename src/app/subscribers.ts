import type { AppDeps } from './context';
import { MODULES } from '../modules';

/** Every module's reactions to domain events, wired once per process (api and worker alike). */
export function subscribeAll(deps: AppDeps): void {
  for (const module of MODULES) module.subscribe?.(deps);
}
