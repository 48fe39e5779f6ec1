import fs from 'node:fs';
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Every command's payload type stands on the one CommandPayload its mutation answers. */
const payloadMappers = Object.fromEntries(
  [...fs.readFileSync('schema/commands.graphql', 'utf8').matchAll(/^type (\w+Payload) /gm)].map(
    ([, name]) => [name, '../commands#CommandPayload'],
  ),
);

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
          ...payloadMappers,
          Board: '@tracker/projections#BoardView',
          Priority: '@tracker/projections#PriorityView',
          Change: '../history#ChangeView',
          PeopleZone: '@tracker/projections#PeopleZoneView',
          ZoneStageChange: '@tracker/projections#ZoneStageChangeView',
          ZoneKeyProvision: '@tracker/projections#KeyProvisionView',
          ZoneWorkstream: '@tracker/projections#ZoneWorkstreamView',
          ZoneEvaluation: '@tracker/projections#ZoneEvaluationView',
          DeliveryPlan: '@tracker/projections#DeliveryPlanView',
          PlanActivity: '@tracker/projections#PlanActivityView',
          ActivityReplan: '@tracker/projections#ReplacedTimelineView',
          ActivityStatusUpdate: '@tracker/projections#ActivityStatusUpdateView',
          Indicator: '@tracker/projections#IndicatorView',
          IndicatorValue: '@tracker/projections#IndicatorValueView',
          InitiativeOutcome: '@tracker/projections#InitiativeOutcomeView',
          PlanProgress: '../resolvers/delivery#PlanProgressParent',
          Initiative: '@tracker/projections#InitiativeView',
          InitiativeStatusChange: '@tracker/projections#StatusChangeView',
          InitiativeMilestone: '@tracker/projections#MilestoneView',
          Issue: '@tracker/projections#IssueView',
          Action: '@tracker/projections#ActionView',
          PortfolioChange: '../subscriptions#PortfolioChangeView',
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
          Money: 'number',
          FundingStream: '@tracker/projections#FundingStreamView',
          RecipientTotal: '@tracker/projections#RecipientTotal as RecipientTotalView',
          YearTotal: '@tracker/projections#YearTotal as YearTotalView',
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
        },
      },
    },
    // The web app's typed operations (client preset): every gql`` in services/web/src.
    'services/web/src/gql/': {
      preset: 'client',
      documents: ['services/web/src/**/*.{ts,tsx}', '!services/web/src/gql/**'],
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          Date: 'string',
          DateTime: 'string',
          Position: 'number',
          JSON: 'unknown',
          Pence: { input: 'number | string', output: 'number' },
        },
      },
    },
  },
};

export default config;
