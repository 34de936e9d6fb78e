import type { Resolvers } from './generated/resolvers-types';
import { DateTimeScalar } from './scalars';
import { MODULES } from '../modules';
import type { ModuleManifest } from '../modules/module';

/**
 * Every module's resolvers, merged type by type (a module may add fields to another's type, as
 * registrations adds seats to Workshop). A field two modules define is a mistake: it stops the
 * service at start rather than letting one silently win.
 */
export function mergeResolvers(modules: readonly ModuleManifest[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const module of modules) {
    for (const [type, fields] of Object.entries(module.resolvers ?? {})) {
      const into = merged[type] ?? {};
      merged[type] = into;
      for (const [field, resolver] of Object.entries(fields as Record<string, unknown>)) {
        if (field in into) throw new Error(`${type}.${field} is resolved by two modules (the second is ${module.name})`);
        into[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = { DateTime: DateTimeScalar, ...mergeResolvers(MODULES) };
