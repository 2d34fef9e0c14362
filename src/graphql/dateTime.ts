import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// ISO-8601 date-time with an explicit offset (RFC 3339 profile).
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i;

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !ISO_DATE_TIME.test(value)) {
    throw new GraphQLError(
      `DateTime must be an ISO-8601 string with an offset, e.g. 2025-03-03T12:00:00Z; got ${JSON.stringify(value)}`,
    );
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new GraphQLError(`DateTime is not a real point in time: ${JSON.stringify(value)}`);
  }
  return date;
}

/** `DateTime`: serialized as ISO-8601 in UTC with milliseconds; input validated strictly. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  serialize(value) {
    const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
    if (date === null || Number.isNaN(date.getTime())) {
      throw new GraphQLError(`DateTime cannot represent ${JSON.stringify(value)}`);
    }
    return date.toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) {
      throw new GraphQLError('DateTime must be a string literal', { nodes: ast });
    }
    return parse(ast.value);
  },
});
