import { subjectKindOf, type AnyCommandDefinition } from '@tracker/domain';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  type GraphQLInputObjectType,
  type GraphQLSchema,
} from 'graphql';
import { z } from 'zod';

/**
 * The GraphQL side of every command, derived from its definition in the domain: the input type
 * from the zod input schema (fields, optionality, descriptions), the mutation from the command,
 * the payload from what the command changes (its subject). The zod schema is the source because
 * it holds what GraphQL cannot say (text limits, dates that exist, refinements across fields):
 * generating zod from the SDL would lose those rules or need them written beside it again, and
 * the domain, at the bottom of the layers, must not depend on the face above it.
 *
 * `scripts/generate-command-schema.ts` prints this into schema/commands.graphql; the lint
 * fails when that file is stale, and `commandSchemaDisagreements` checks a built schema against
 * the definitions, so a hand edit on either side is caught.
 */

/** One field of an input or payload type, as the SDL writes it. */
export interface FieldModel {
  name: string;
  /** The type reference, e.g. `ID!`, `[LeadOfficerInput!]`. */
  type: string;
  description?: string;
}

export interface InputTypeModel {
  name: string;
  description?: string;
  fields: FieldModel[];
}

/** A payload's own fields beyond CommandResult's, by the subject kind they answer for. */
export type PayloadFields = Record<string, readonly FieldModel[]>;

export interface CommandModel {
  /** The mutation's name, e.g. `agreePriority`. */
  mutation: string;
  type: string;
  description?: string;
  input: InputTypeModel;
  payload: { name: string; subjectKind: string; fields: readonly FieldModel[] };
}

export interface CommandSchemaModel {
  commands: CommandModel[];
  /** Input types the command inputs use (nested objects and unions), each once. */
  inputTypes: InputTypeModel[];
  /** Enums the inputs use, with the values the zod schema accepts. */
  enums: Map<string, readonly string[]>;
}

/** The fields every payload has: the CommandResult interface, printed here and nowhere else. */
export const commandResultFields: readonly FieldModel[] = [
  {
    name: 'commandId',
    type: 'ID!',
    description: 'The id of the request: send it again to retry safely.',
  },
  {
    name: 'position',
    type: 'Position!',
    description: 'Position of the last event appended; the read models already include it.',
  },
  {
    name: 'version',
    type: 'Int!',
    description: "The entity's version after the command: pass it as expectedVersion next time.",
  },
  {
    name: 'replayed',
    type: 'Boolean!',
    description: 'True when this commandId had already been handled and nothing new was recorded.',
  },
  {
    name: 'subjectId',
    type: 'ID!',
    description:
      'The id of what the command created or changed: the allocation for allocateFunding, the\n' +
      'action for logAction, the activity for addPlanActivity; for most commands, the entity it\n' +
      'addresses (the board, the initiative). Load it by this id.',
  },
];

const COMMAND_RESULT_DESCRIPTION = 'What every mutation answers besides the entity it changed.';

type ZodSchema = z.core.$ZodType;
type Def = z.core.$ZodTypeDef & Record<string, unknown>;

const defOf = (schema: ZodSchema) => schema._zod.def as Def;

/** Wrappers that leave the GraphQL type as it is, and whether they make the field optional. */
const WRAPPERS: Record<string, boolean> = {
  optional: true,
  nullable: true,
  default: true,
  prefault: true,
  readonly: false,
  catch: false,
  nonoptional: false,
};

/**
 * A schema's meta: `typeName` (the GraphQL type it is), `description`, and for a union
 * `discriminatorEnum`. Zod's registry also answers the meta of the schema a clone was made
 * from (`.describe()` and `.optional()` on a named schema keep its name).
 */
const metaOf = (schema: ZodSchema): Record<string, unknown> => z.globalRegistry.get(schema) ?? {};

interface Unwrapped {
  base: ZodSchema;
  optional: boolean;
  /** The outermost name and description found on the way in. */
  id?: string;
  description?: string;
  meta: Record<string, unknown>;
}

function unwrap(schema: ZodSchema): Unwrapped {
  let current = schema;
  let optional = false;
  const metas: Record<string, unknown>[] = [];
  for (;;) {
    metas.push(metaOf(current));
    const def = defOf(current);
    if (def.type in WRAPPERS) {
      if (def.type === 'nonoptional') optional = false;
      else optional ||= WRAPPERS[def.type]!;
      current = def.innerType as ZodSchema;
    } else if (def.type === 'pipe') {
      current = def.in as ZodSchema;
    } else break;
  }
  // The type's own meta is on the innermost layer that names it: clones outside it inherit its
  // name and description, so a field's description is the first that is not the type's.
  const meta = metas.findLast((m) => typeof m.typeName === 'string') ?? {};
  const description = metas
    .map((m) => m.description)
    .find((d): d is string => typeof d === 'string' && d !== meta.description);
  return {
    base: current,
    optional,
    meta,
    ...(typeof meta.typeName === 'string' ? { id: meta.typeName } : {}),
    ...(description === undefined ? {} : { description }),
  };
}

const isInt = (schema: ZodSchema) =>
  ((defOf(schema).checks as { _zod: { def: { format?: string } } }[] | undefined) ?? []).some(
    (check) => ['safeint', 'int32', 'uint32'].includes(check._zod.def.format ?? ''),
  );

class Collector {
  readonly inputTypes = new Map<string, InputTypeModel>();
  readonly enums = new Map<string, readonly string[]>();

  /** The GraphQL type of a zod schema at `path` (for messages), collecting what it names. */
  typeOf(
    schema: ZodSchema,
    path: string,
  ): { type: string; optional: boolean; description?: string } {
    const { base, optional, id, description, meta } = unwrap(schema);
    const named = this.namedTypeOf(base, id, meta, path);
    return { type: optional ? named : `${named}!`, optional, description };
  }

  private namedTypeOf(
    base: ZodSchema,
    id: string | undefined,
    meta: Record<string, unknown>,
    path: string,
  ): string {
    const def = defOf(base);
    switch (def.type) {
      case 'string':
        return def.format === 'uuid' ? 'ID' : 'String';
      case 'number':
        return isInt(base) ? 'Int' : 'Float';
      case 'boolean':
        return 'Boolean';
      case 'array': {
        const element = this.typeOf(def.element as ZodSchema, `${path}[]`);
        return `[${element.type}]`;
      }
      case 'enum': {
        if (!id)
          throw new Error(`${path}: an enum needs a GraphQL name: pass its name to choiceOf`);
        this.enums.set(id, Object.keys(def.entries as Record<string, unknown>));
        return id;
      }
      case 'object':
        return this.inputType(id, path, () => this.objectFields(base, path), meta);
      case 'union':
        if (id && def.discriminator === undefined) return id; // a scalar given either way (Pence)
        return this.inputType(id, path, () => this.unionFields(base, meta, path), meta);
      default:
        if (id) return id;
        throw new Error(`${path}: no GraphQL type for a zod ${def.type}`);
    }
  }

  private inputType(
    id: string | undefined,
    path: string,
    fields: () => FieldModel[],
    meta: Record<string, unknown>,
  ): string {
    if (!id)
      throw new Error(`${path}: a nested input needs a GraphQL name: add .meta({ typeName })`);
    if (!this.inputTypes.has(id)) {
      const description = typeof meta.description === 'string' ? meta.description : undefined;
      this.inputTypes.set(id, { name: id, ...(description ? { description } : {}), fields: [] });
      this.inputTypes.get(id)!.fields.push(...fields());
    }
    return id;
  }

  objectFields(schema: ZodSchema, path: string): FieldModel[] {
    const shape = defOf(schema).shape as Record<string, ZodSchema>;
    return Object.entries(shape).map(([name, field]) => {
      const { type, description } = this.typeOf(field, `${path}.${name}`);
      return { name, type, ...(description ? { description } : {}) };
    });
  }

  /**
   * A union told apart by one field (`kind`) is one input type: the field typed by the enum its
   * values form, and every other field nullable unless each variant requires it.
   */
  private unionFields(
    schema: ZodSchema,
    meta: Record<string, unknown>,
    path: string,
  ): FieldModel[] {
    const def = defOf(schema);
    const discriminator = def.discriminator as string | undefined;
    const kindEnum = meta.discriminatorEnum;
    if (!discriminator || typeof kindEnum !== 'string')
      throw new Error(
        `${path}: only a discriminated union with .meta({ typeName, discriminatorEnum }) maps to an input`,
      );
    const variants = (def.options as ZodSchema[]).map((option) => unwrap(option).base);
    const kinds = variants.flatMap(
      (v) =>
        (defOf((defOf(v).shape as Record<string, ZodSchema>)[discriminator]!).values ??
          []) as string[],
    );
    this.enums.set(kindEnum, kinds);
    const merged = new Map<string, FieldModel & { everywhere: boolean }>();
    for (const variant of variants) {
      const shape = defOf(variant).shape as Record<string, ZodSchema>;
      for (const [name, field] of Object.entries(shape)) {
        if (name === discriminator) continue;
        const { type, optional, description } = this.typeOf(field, `${path}.${name}`);
        const named = type.replace(/!$/, '');
        const seen = merged.get(name);
        if (seen && seen.type !== named)
          throw new Error(
            `${path}.${name}: variants give it different types (${seen.type}, ${named})`,
          );
        merged.set(name, {
          name,
          type: named,
          everywhere: (seen?.everywhere ?? true) && !optional,
          ...((seen?.description ?? description)
            ? { description: seen?.description ?? description }
            : {}),
        });
      }
    }
    const everywhere = (name: string) =>
      variants.every((v) => name in (defOf(v).shape as Record<string, unknown>));
    return [
      { name: discriminator, type: `${kindEnum}!` },
      ...[...merged.values()].map(({ everywhere: required, ...field }) => ({
        ...field,
        type: required && everywhere(field.name) ? `${field.type}!` : field.type,
      })),
    ];
  }
}

/** The GraphQL model of every command: inputs, mutations, payloads. */
export function commandSchemaModel(
  commands: Readonly<Record<string, AnyCommandDefinition>>,
  payloadFields: PayloadFields,
): CommandSchemaModel {
  const collector = new Collector();
  const models = Object.entries(commands).map(([mutation, definition]): CommandModel => {
    const inputName = `${definition.type}Input`;
    const input = unwrap(definition.input).base;
    if (defOf(input).type !== 'object')
      throw new Error(`${definition.type}: its input must be a z.object (refinements may follow)`);
    const subjectKind = subjectKindOf(definition);
    const fields = payloadFields[subjectKind];
    if (!fields)
      throw new Error(
        `${definition.type}: no payload for its subject kind "${subjectKind}"; add one to ` +
          'services/api/src/resolvers/payloads.ts',
      );
    return {
      mutation,
      type: definition.type,
      ...(definition.description ? { description: definition.description } : {}),
      input: { name: inputName, fields: collector.objectFields(input, inputName) },
      payload: { name: `${definition.type}Payload`, subjectKind, fields },
    };
  });
  return {
    commands: models,
    inputTypes: [...collector.inputTypes.values()],
    enums: collector.enums,
  };
}

const describe = (text: string | undefined, indent: string) =>
  text === undefined
    ? ''
    : `${indent}"""\n${indent}${text.replaceAll('\n', `\n${indent}`)}\n${indent}"""\n`;

const printFields = (fields: readonly FieldModel[]) =>
  fields.map((f) => `${describe(f.description, '  ')}  ${f.name}: ${f.type}\n`).join('');

const printInput = (type: InputTypeModel) =>
  `${describe(type.description, '')}input ${type.name} {\n${printFields(type.fields)}}\n`;

/** The SDL of every command (unformatted: the script runs Prettier over it). */
export function printCommandSchema(model: CommandSchemaModel): string {
  const inputs = [...model.inputTypes, ...model.commands.map((c) => c.input)].map(printInput);
  const payloads = model.commands.map(
    (c) =>
      `type ${c.payload.name} implements CommandResult {\n` +
      `${printFields(payloadFieldsOf(c.payload.fields))}}\n`,
  );
  const mutations = model.commands
    .map(
      (c) =>
        `${describe(c.description, '  ')}  ${c.mutation}(input: ${c.input.name}!, options: CommandOptions): ${c.payload.name}!\n`,
    )
    .join('');
  return [
    '# Generated from the commands in packages/domain by `npm run codegen`: do not edit.',
    "# A command's input fields, their descriptions and the mutation come from its definition.",
    '',
    ...inputs,
    `${describe(COMMAND_RESULT_DESCRIPTION, '')}interface CommandResult {\n${printFields(commandResultFields)}}\n`,
    ...payloads,
    `extend type Mutation {\n${mutations}}\n`,
  ].join('\n');
}

/**
 * A payload's fields: CommandResult's, where the payload may say more of one (an action's
 * `version` is its board's log's), then its own.
 */
const payloadFieldsOf = (own: readonly FieldModel[]): FieldModel[] => [
  ...commandResultFields.map(
    ({ name, type }) => own.find((o) => o.name === name) ?? { name, type },
  ),
  ...own.filter((o) => !commandResultFields.some((f) => f.name === o.name)),
];

const typeString = (type: unknown) => String(type);

function inputDisagreements(expected: InputTypeModel, schema: GraphQLSchema): string[] {
  const actual = schema.getType(expected.name);
  if (!isInputObjectType(actual)) return [`${expected.name}: no such input type in the schema`];
  const fields = (actual as GraphQLInputObjectType).getFields();
  const problems: string[] = [];
  for (const field of expected.fields) {
    const found = fields[field.name];
    if (!found) {
      problems.push(`${expected.name}.${field.name}: in the zod schema, not in the GraphQL input`);
      continue;
    }
    if (typeString(found.type) !== field.type)
      problems.push(
        `${expected.name}.${field.name}: zod says ${field.type}, GraphQL says ${typeString(found.type)}`,
      );
    if ((found.description ?? undefined) !== field.description)
      problems.push(
        `${expected.name}.${field.name}: described ${JSON.stringify(field.description)} in zod, ` +
          `${JSON.stringify(found.description)} in GraphQL`,
      );
  }
  for (const name of Object.keys(fields))
    if (!expected.fields.some((f) => f.name === name))
      problems.push(`${expected.name}.${name}: in the GraphQL input, not in the zod schema`);
  return problems;
}

/**
 * Where a built schema and the command definitions disagree: a command with no mutation or a
 * mutation with no command, an input field missing on either side, or a field's type,
 * optionality or description, or an enum's values, that differ. Empty when they agree.
 */
export function commandSchemaDisagreements(
  model: CommandSchemaModel,
  schema: GraphQLSchema,
): string[] {
  const problems: string[] = [];
  const mutationFields = schema.getMutationType()?.getFields() ?? {};
  const byMutation = new Map(model.commands.map((c) => [c.mutation, c]));
  for (const name of Object.keys(mutationFields))
    if (!byMutation.has(name)) problems.push(`Mutation.${name}: no command of that name`);
  for (const command of model.commands) {
    const mutation = mutationFields[command.mutation];
    if (!mutation) {
      problems.push(`${command.type}: no mutation ${command.mutation}`);
      continue;
    }
    const args = Object.fromEntries(mutation.args.map((a) => [a.name, typeString(a.type)]));
    if (args.input !== `${command.input.name}!` || args.options !== 'CommandOptions')
      problems.push(
        `Mutation.${command.mutation}: takes ${JSON.stringify(args)}, not (input, options)`,
      );
    if (getNamedType(mutation.type).name !== command.payload.name)
      problems.push(`Mutation.${command.mutation}: answers ${typeString(mutation.type)}`);
    if ((mutation.description ?? undefined) !== command.description)
      problems.push(`Mutation.${command.mutation}: its description differs from the command's`);
    problems.push(...inputDisagreements(command.input, schema));
  }
  for (const type of model.inputTypes) problems.push(...inputDisagreements(type, schema));
  for (const [name, values] of model.enums) {
    const type = schema.getType(name);
    const actual = isEnumType(type) ? type.getValues().map((v) => v.name) : undefined;
    if (actual?.toSorted().join() !== values.toSorted().join())
      problems.push(
        `enum ${name}: zod accepts ${values.join(', ')}; GraphQL has ${actual?.join(', ') ?? 'no such enum'}`,
      );
  }
  return problems;
}
