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
          Organisation: '@tracker/projections#OrganisationView',
          OrganisationName: '@tracker/projections#OrganisationNameView',
          Chair: '@tracker/projections#ChairView',
          BoardMember: '@tracker/projections#BoardMemberView',
          TermsOfReference: '@tracker/projections#TermsOfReferenceView',
          BoardDissolution: '@tracker/projections#BoardDissolutionView',
          PriorityRevision: '@tracker/projections#PriorityRevisionView',
          PriorityRetirement: '@tracker/projections#PriorityRetirementView',
          Meeting: '@tracker/projections#MeetingView',
          Decision: '@tracker/projections#DecisionView',
          DecisionConcern: '@tracker/projections#DecisionConcernView',
          RegisterOrganisationPayload: '../commands#CommandPayload',
          RenameOrganisationPayload: '../commands#CommandPayload',
          AppointBoardMemberPayload: '../commands#CommandPayload',
          RemoveBoardMemberPayload: '../commands#CommandPayload',
          AppointChairPayload: '../commands#CommandPayload',
          AdoptTermsOfReferencePayload: '../commands#CommandPayload',
          DissolveBoardPayload: '../commands#CommandPayload',
          ScheduleMeetingPayload: '../commands#CommandPayload',
          RecordDecisionPayload: '../commands#CommandPayload',
          RevisePriorityPayload: '../commands#CommandPayload',
          RetirePriorityPayload: '../commands#CommandPayload',
          Money: 'number',
          FundingStream: '@tracker/projections#FundingStreamView',
          RecipientTotal: '@tracker/projections#RecipientTotal',
          YearTotal: '@tracker/projections#YearTotal',
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
