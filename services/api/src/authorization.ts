import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import type { Role } from './api-keys';
import type { GraphQLContext } from './context';
import { apiError } from './errors';

/**
 * Who may do what: the one place roles are enforced. Every root field needs a known key
 * (UNAUTHENTICATED otherwise); mutations need the office role; a field marked
 * `@allow(roles: [...])` in the SDL needs one of those roles (FORBIDDEN otherwise).
 */
const ROOTS = new Set(['Query', 'Mutation', 'Subscription']);

export function requirePrincipal(context: GraphQLContext) {
  if (!context.principal) {
    throw apiError(
      'UNAUTHENTICATED',
      context.keyExpired
        ? `This API key expired (${context.keyExpired}); ask the programme office for a new one`
        : context.badKey
          ? 'The API key is not known; check it or ask the programme office for one'
          : 'An API key is required: send it as "Authorization: Bearer <key>"',
    );
  }
  return context.principal;
}

function guard(
  field: GraphQLFieldConfig<unknown, GraphQLContext>,
  typeName: string,
  fieldName: string,
  allowed: Role[] | undefined,
) {
  const check = (context: GraphQLContext) => {
    const principal = requirePrincipal(context);
    if (allowed && !allowed.includes(principal.role)) {
      throw apiError(
        'FORBIDDEN',
        `${typeName}.${fieldName} needs a key with role ${allowed.join(' or ')}; this key's role is ${principal.role}`,
      );
    }
  };
  const resolve = field.resolve ?? defaultFieldResolver;
  const subscribe = field.subscribe;
  return {
    ...field,
    resolve: (
      source: unknown,
      args: Record<string, unknown>,
      context: GraphQLContext,
      info: Parameters<typeof resolve>[3],
    ) => {
      // Subscription events are already authorised when the subscription started.
      if (!(typeName === 'Subscription' && subscribe)) check(context);
      return resolve(source, args, context, info);
    },
    ...(subscribe && {
      subscribe: (
        source: unknown,
        args: Record<string, unknown>,
        context: GraphQLContext,
        info: Parameters<typeof resolve>[3],
      ) => {
        check(context);
        return subscribe(source, args, context, info);
      },
    }),
  };
}

export function withAuthorization(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) => {
      const directive = getDirective(schema, field, 'allow')?.[0] as
        { roles: string[] } | undefined;
      const allowed = directive
        ? (directive.roles.map((r) => r.toLowerCase()) as Role[])
        : typeName === 'Mutation'
          ? (['office'] as Role[])
          : undefined;
      if (!ROOTS.has(typeName) && !directive) return field;
      return guard(
        field as GraphQLFieldConfig<unknown, GraphQLContext>,
        typeName,
        fieldName,
        allowed,
      );
    },
  });
}
