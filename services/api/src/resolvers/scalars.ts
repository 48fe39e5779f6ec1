import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Custom scalars: dates as ISO strings, log positions as safe integers. */

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

const validDate = (value: unknown): string => {
  if (
    typeof value !== 'string' ||
    !isoDate.test(value) ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`))
  ) {
    throw new GraphQLError(
      `Date must be written YYYY-MM-DD, e.g. 2021-03-19; got ${JSON.stringify(value)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value;
};

const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => v,
  parseValue: validDate,
  parseLiteral: (ast) => validDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

const isoDateTime = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Accepts a date (the end of that day, UTC) or a date-time with a zone; answers UTC ISO. */
const validDateTime = (value: unknown): string => {
  if (typeof value === 'string' && isoDateTime.test(value)) {
    const time = value.length === 10 ? `${value}T23:59:59.999Z` : value;
    const parsed = Date.parse(time);
    if (!Number.isNaN(parsed)) return new Date(parsed).toISOString();
  }
  throw new GraphQLError(
    `DateTime must be ISO-8601 with a time zone, e.g. 2021-03-19T17:00:00Z (or a date, meaning the end of that day UTC); got ${JSON.stringify(value)}`,
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
};

const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => v,
  parseValue: validDateTime,
  parseLiteral: (ast) => validDateTime(ast.kind === Kind.STRING ? ast.value : undefined),
});

const safeInteger = (value: unknown): number => {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
    throw new GraphQLError(
      `Position must be a non-negative whole number; got ${JSON.stringify(value)}`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return n;
};

const PositionScalar = new GraphQLScalarType({
  name: 'Position',
  serialize: (v) => v,
  parseValue: safeInteger,
  parseLiteral: (ast) =>
    safeInteger(ast.kind === Kind.INT || ast.kind === Kind.STRING ? ast.value : undefined),
});

const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: () => {
    throw new GraphQLError('JSON values are output only', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

export const scalarResolvers = {
  JSON: JSONScalar,
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Position: PositionScalar,
};
