import type { z } from 'zod';
import { BadUserInputError } from './errors';

/** Validates once, at the service boundary; the first problem becomes BAD_USER_INPUT with its field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, fieldPrefix?: string): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [fieldPrefix, ...issue.path].filter((part) => part !== undefined).join('.');
  throw new BadUserInputError(issue.message, field || undefined);
}
