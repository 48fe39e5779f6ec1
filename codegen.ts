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
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Position: 'number',
          JSON: 'unknown',
          Pence: { input: 'number | string', output: 'number' },
        },
        mappers: {
          Board: '@tracker/projections#BoardView',
          Priority: '@tracker/projections#PriorityView',
          Change: '../history#ChangeView',
          EstablishBoardPayload: '../commands#CommandPayload',
          AgreePriorityPayload: '../commands#CommandPayload',
          Money: 'number',
          FundingStream: '@tracker/projections#FundingStreamView',
          RecipientTotal: '@tracker/projections#RecipientTotal',
          Allocation: '@tracker/projections#AllocationView',
          AllocationRevision: '@tracker/projections#AllocationRevisionView',
          AllocationWithdrawal: '@tracker/projections#AllocationWithdrawalView',
          Spend: '@tracker/projections#SpendView',
          Bid: '@tracker/projections#BidView',
          BidDecision: '@tracker/projections#BidDecisionView',
          CommissionedService: '@tracker/projections#CommissionedServiceView',
          Contract: '@tracker/projections#ContractView',
          ContractExtension: '@tracker/projections#ContractExtensionView',
          ContractVariation: '@tracker/projections#ContractVariationView',
          ContractEnd: '@tracker/projections#ContractEndView',
          RegisterFundingStreamPayload: '../commands#CommandPayload',
          AllocateFundingPayload: '../commands#CommandPayload',
          ReviseAllocationPayload: '../commands#CommandPayload',
          WithdrawAllocationPayload: '../commands#CommandPayload',
          RecordSpendPayload: '../commands#CommandPayload',
          SubmitBidPayload: '../commands#CommandPayload',
          RecordBidDecisionPayload: '../commands#CommandPayload',
          CommissionServicePayload: '../commands#CommandPayload',
          ExtendContractPayload: '../commands#CommandPayload',
          VaryContractPayload: '../commands#CommandPayload',
          EndContractPayload: '../commands#CommandPayload',
        },
      },
    },
  },
};

export default config;
