import { z } from 'zod';
import { invalid } from './errors';

/**
 * GraphQL clients send `null` for an optional field they leave out as often as they omit it.
 * Where a field may be left out but has no meaning for null, null is read as left out, so
 * `{ purpose: null }` means what `{}` means. Fields that give null a meaning (nullable ones,
 * e.g. "no parent board") keep it.
 */
function nullsAsOmitted(schema: z.ZodType, value: unknown): unknown {
  if (Array.isArray(value)) {
    const element = arrayElement(schema);
    return element ? value.map((v) => nullsAsOmitted(element, v)) : value;
  }
  const shape = objectShape(schema);
  if (!shape || value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = shape[key];
    if (!field) out[key] = v;
    else if (v === null) {
      if (field.safeParse(null).success || !field.safeParse(undefined).success) out[key] = v;
    } else out[key] = nullsAsOmitted(field, v);
  }
  return out;
}

/** The object shape behind optional/nullable/default wrappers, if the schema is an object. */
function objectShape(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const inner = unwrapped(schema);
  return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : undefined;
}

function arrayElement(schema: z.ZodType): z.ZodType | undefined {
  const inner = unwrapped(schema);
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
}

function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap() as z.ZodType;
  }
  return current;
}

/** Validates input with a zod schema; a failure says, field by field, what to fix. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(nullsAsOmitted(schema, input));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${path}: ${issue.message}`;
  });
  throw invalid(`Invalid input: ${problems.join('; ')}`, {
    issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });
}
