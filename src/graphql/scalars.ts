import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from '../shared/errors';

// An explicit offset is required: a bare local time is ambiguous across the network's time zones.
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

function invalid(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT } });
}

export function parseDateTime(value: unknown): Date {
  if (typeof value !== 'string' || value.length > 40 || !ISO_WITH_OFFSET.test(value)) {
    throw invalid('DateTime must be ISO-8601 with an offset, e.g. 2026-03-01T09:00:00+01:00.');
  }
  const date = new Date(value);
  // Date accepts impossible dates like 02-31 by rolling over; compare the date part back.
  if (Number.isNaN(date.getTime()) || !sameCalendarDate(value, date)) {
    throw invalid(`DateTime ${JSON.stringify(value)} is not a real date and time.`);
  }
  return date;
}

function sameCalendarDate(text: string, date: Date): boolean {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(text)![1]!;
  const minutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const local = new Date(date.getTime() + minutes * 60_000).toISOString();
  return local.slice(0, 16) === text.slice(0, 16);
}

export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant as ISO-8601 with an offset; answers are in UTC.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(date.getTime())) throw new GraphQLError('DateTime cannot represent an invalid date.');
    return date.toISOString();
  },
  parseValue: parseDateTime,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw invalid('DateTime must be a string.');
    return parseDateTime(ast.value);
  },
});
