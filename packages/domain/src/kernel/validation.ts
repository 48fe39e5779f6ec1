import { z } from 'zod';
import { invalid } from './errors';

/**
 * GraphQL clients send `null` for an optional field they leave out as often as they omit it.
 * Where a field may be left out but has no meaning for null, null is read as left out, so
 * `{ purpose: null }` means what `{}` means. Fields that give null a meaning (nullable ones,
 * e.g. "no parent board") keep it.
 */
function nullsAsOmitted(plan: NullPlan, value: unknown): unknown {
  if (plan.kind === 'array') {
    return Array.isArray(value) ? value.map((v) => nullsAsOmitted(plan.element, v)) : value;
  }
  if (plan.kind === 'leaf' || value === null || typeof value !== 'object' || Array.isArray(value))
    return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const field = plan.fields.get(key);
    if (!field) out[key] = v;
    else if (v === null) {
      if (!field.nullMeansOmitted) out[key] = v;
    } else out[key] = nullsAsOmitted(field.plan, v);
  }
  return out;
}

/** What null means in each field of a schema, down through its objects and arrays. */
type NullPlan =
  | { kind: 'object'; fields: Map<string, { nullMeansOmitted: boolean; plan: NullPlan }> }
  | { kind: 'array'; element: NullPlan }
  | { kind: 'leaf' };

const LEAF: NullPlan = { kind: 'leaf' };
/** Worked out once per schema: a command's input schema never changes, and asking zod is slow. */
const plans = new WeakMap<z.ZodType, NullPlan>();

function nullPlan(schema: z.ZodType): NullPlan {
  const known = plans.get(schema);
  if (known) return known;
  const inner = unwrapped(schema);
  let plan: NullPlan = LEAF;
  if (inner instanceof z.ZodArray)
    plan = { kind: 'array', element: nullPlan(inner.element as z.ZodType) };
  else if (inner instanceof z.ZodObject) {
    const fields = new Map<string, { nullMeansOmitted: boolean; plan: NullPlan }>();
    for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
      fields.set(key, {
        // Null is read as left out only where it fails and leaving the field out passes.
        nullMeansOmitted: !field.safeParse(null).success && field.safeParse(undefined).success,
        plan: nullPlan(field),
      });
    }
    plan = { kind: 'object', fields };
  }
  plans.set(schema, plan);
  return plan;
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
  const result = schema.safeParse(nullsAsOmitted(nullPlan(schema), input));
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${path}: ${issue.message}`;
  });
  throw invalid(`Invalid input: ${problems.join('; ')}`, {
    issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
  });
}
