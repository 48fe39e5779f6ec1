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

const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => v,
  parseValue: (v) => v,
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? ast.value : undefined),
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

export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Position: PositionScalar,
};
