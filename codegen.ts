import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from the SDL, so resolvers are typed from the contract rather
 * than by hand. `npm run codegen` regenerates; the test command checks it is current.
 * Mappers say which read-model type stands behind each GraphQL type.
 */
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'services/api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context#GraphQLContext',
        scalars: { Date: 'string', DateTime: 'string', Position: 'number', JSON: 'unknown' },
        mappers: {
          Board: '@tracker/projections#BoardView',
          Priority: '@tracker/projections#PriorityView',
          Change: '../history#ChangeView',
          EstablishBoardPayload: '../commands#CommandPayload',
          AgreePriorityPayload: '../commands#CommandPayload',
        },
      },
    },
  },
};

export default config;
