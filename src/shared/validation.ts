import type { z } from 'zod';
import type { Config } from '../config';
import { BadUserInputError } from './errors';

/**
 * A module's schemas, built once per configuration (they depend on its code lists) instead of on
 * every request: building zod schemas costs more than most of the reads they guard.
 */
export function perConfig<T>(build: (config: Config) => T): (config: Config) => T {
  const built = new WeakMap<Config, T>();
  return (config) => {
    let schemas = built.get(config);
    if (schemas === undefined) {
      schemas = build(config);
      built.set(config, schemas);
    }
    return schemas;
  };
}

/** Validates once, at the service boundary; the first problem becomes BAD_USER_INPUT with its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [fieldPrefix, ...issue.path].filter((part) => part !== undefined).join('.');
  throw new BadUserInputError(issue.message, field || undefined);
}
