import {
  commissionedServiceStreamId,
  formatPounds,
  fundingStreamStreamId,
  naturalKey,
} from '@tracker/domain';
import type { RecordedEvent } from '@tracker/event-store';
import {
  allocationsProjection,
  bidsProjection,
  commissionedServicesProjection,
  contractActiveOn,
  decisionsProjection,
  fundingStreamsProjection,
  organisationsProjection,
  type AllocationView,
  type BidView,
  type CommissionedServiceView,
  type ContractView,
  type FundingStreamView,
} from '@tracker/projections';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { connectionFrom } from '../connection';
import type { Resolvers } from '../generated/graphql';
import type { ReadModels } from '../read-models';
import { many, optional, required } from './links';
import type { NodeType } from './nodes';

/**
 * Funding streams, allocations, bids and commissioned services. Every figure comes from the read
 * models (which take them from the domain's functions); money is printed with the domain's
 * formatter. Links go through the per-request DataLoaders.
 */

/** An event of a funding stream's stream naming this allocation or bid. */
const names = (key: 'allocationId' | 'bidId') => (event: RecordedEvent, entity: { id: string }) =>
  (event.data as Record<string, unknown> | null)?.[key] === entity.id;

export const fundingNodes: NodeType[] = [
  {
    typename: 'FundingStream',
    projection: fundingStreamsProjection,
    streamOf: (s: FundingStreamView) => fundingStreamStreamId(s.id),
  },
  {
    typename: 'Allocation',
    projection: allocationsProjection,
    streamOf: (a: AllocationView) => fundingStreamStreamId(a.fundingStreamId),
    concerns: names('allocationId'),
  },
  {
    typename: 'Bid',
    projection: bidsProjection,
    streamOf: (b: BidView) => fundingStreamStreamId(b.fundingStreamId),
    concerns: names('bidId'),
  },
  {
    typename: 'CommissionedService',
    projection: commissionedServicesProjection,
    streamOf: (s: CommissionedServiceView) => commissionedServiceStreamId(s.id),
  },
];

/**
 * Pence travel in as a JSON number or a string of digits and are handed to the command as
 * they came: the domain's money schema refuses what is not whole pence ("12.5", -1, "£100")
 * with a message that says what to send. Literals are passed as their text, so a long amount
 * written in the query stays exact.
 */
const PenceScalar = new GraphQLScalarType({
  name: 'Pence',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT || ast.kind === Kind.STRING)
      return ast.value;
    throw new GraphQLError('Pence must be a whole number of pence, e.g. 227664300', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  },
});

/** Links to organisations and decisions, batched per request. */
const organisation = (readModels: ReadModels, id: string) =>
  required(readModels, organisationsProjection, id, 'organisation');
const organisations = (readModels: ReadModels, ids: readonly string[]) =>
  many(readModels, organisationsProjection, ids);
const decision = (
  { decisionId }: { decisionId: string | null },
  _: unknown,
  { readModels }: { readModels: ReadModels },
) => optional(readModels, decisionsProjection, decisionId);
/** The `decision` field of every type that records a decisionId. */
const decided = { decision };

interface AllocationMatch {
  fundingStreamId?: string | null;
  recipientOrganisationId?: string | null;
  status?: AllocationView['status'] | null;
  financialYear?: string | null;
}

const allocationMatches = (filter: AllocationMatch | null | undefined) => (a: AllocationView) =>
  (!filter?.fundingStreamId || a.fundingStreamId === filter.fundingStreamId) &&
  (!filter?.recipientOrganisationId ||
    a.recipientOrganisationId === filter.recipientOrganisationId) &&
  (!filter?.status || a.status === filter.status) &&
  (!filter?.financialYear || a.financialYear === filter.financialYear.trim());

interface BidMatch {
  biddingOrganisationId?: string | null;
  status?: BidView['status'] | null;
  area?: string | null;
}

const bidMatches = (filter: BidMatch | null | undefined) => (b: BidView) =>
  (!filter?.biddingOrganisationId || b.biddingOrganisationId === filter.biddingOrganisationId) &&
  (!filter?.status || b.status === filter.status) &&
  sameKey(filter?.area, b.area);

/** The service's latest contract (a service always has one). */
const latest = (service: CommissionedServiceView): ContractView =>
  service.contracts[service.contracts.length - 1]!;

/** The contracts a register filter looks at: those running on `activeOn`, or all. */
const contractsFor = (service: CommissionedServiceView, activeOn: string | null | undefined) =>
  activeOn ? service.contracts.filter((c) => contractActiveOn(c, activeOn)) : service.contracts;

/** Services with a contract (running on `activeOn`, when given) that passes the test. */
async function servicesWhere(
  readModels: ReadModels,
  activeOn: string | null | undefined,
  test: (contract: ContractView) => boolean,
) {
  const { order } = readModels.state(commissionedServicesProjection);
  return (await many(readModels, commissionedServicesProjection, order)).filter((service) =>
    contractsFor(service, activeOn).some(test),
  );
}

const sameKey = (wanted: string | null | undefined, value: string) =>
  !wanted || naturalKey(wanted) === naturalKey(value);

const contains = (wanted: string | null | undefined, ...values: string[]) => {
  const text = wanted?.trim().toLowerCase();
  return !text || values.some((v) => v.toLowerCase().includes(text));
};

export const fundingResolvers: Resolvers = {
  Pence: PenceScalar,
  Money: {
    pence: (pence) => pence,
    pounds: (pence) => formatPounds(pence),
  },
  Query: {
    fundingStreams: async (_, { first, after, filter }, { readModels }) => {
      const { order } = readModels.state(fundingStreamsProjection);
      const streams = (await many(readModels, fundingStreamsProjection, order)).filter(
        (s) =>
          contains(filter?.funder, s.funder) &&
          contains(filter?.text, s.name, s.conditions) &&
          (!filter?.financialYear || s.financialYears.includes(filter.financialYear.trim())) &&
          (typeof filter?.hasLeft !== 'boolean' || filter.hasLeft === s.leftPence > 0),
      );
      return connectionFrom(streams, { first, after });
    },
    fundingStream: (_, { id }, { readModels }) => readModels.load(fundingStreamsProjection, id),
    allocations: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(allocationsProjection);
      const ids = filter?.recipientOrganisationId
        ? (state.idsByRecipient[filter.recipientOrganisationId] ?? [])
        : filter?.fundingStreamId
          ? (state.idsByStream[filter.fundingStreamId] ?? [])
          : state.order;
      const allocations = (await many(readModels, allocationsProjection, ids)).filter(
        allocationMatches(filter),
      );
      return connectionFrom(allocations, { first, after });
    },
    bids: async (_, { first, after, filter }, { readModels }) => {
      const state = readModels.state(bidsProjection);
      const ids = filter?.fundingStreamId
        ? (state.idsByStream[filter.fundingStreamId] ?? [])
        : state.order;
      const bids = (await many(readModels, bidsProjection, ids))
        .filter(
          (b) =>
            bidMatches(filter)(b) &&
            (!filter?.deadlineFrom || b.deadline >= filter.deadlineFrom) &&
            (!filter?.deadlineTo || b.deadline <= filter.deadlineTo),
        )
        .sort((a, b) => a.deadline.localeCompare(b.deadline));
      return connectionFrom(bids, { first, after });
    },
    commissionedServices: async (_, { first, after, filter }, { readModels }) => {
      const services = await servicesWhere(
        readModels,
        filter?.activeOn,
        (c) =>
          (!filter?.providerOrganisationId ||
            c.providerOrganisationId === filter.providerOrganisationId) &&
          (!filter?.commissionerOrganisationId ||
            c.commissionerOrganisationIds.includes(filter.commissionerOrganisationId)) &&
          (!filter?.fundingStreamId || c.fundingStreamIds.includes(filter.fundingStreamId)) &&
          (!filter?.endingBy || (c.endDate !== null && c.endDate <= filter.endingBy)),
      );
      return connectionFrom(
        services.filter((service) => sameKey(filter?.area, service.area)),
        { first, after },
      );
    },
    commissionedService: (_, { id }, { readModels }) =>
      readModels.load(commissionedServicesProjection, id),
  },
  FundingStream: {
    total: (s) => s.totalPence,
    allocated: (s) => s.allocatedPence,
    spent: (s) => s.spentPence,
    left: (s) => s.leftPence,
    totalsByRecipient: (s) => s.byRecipient,
    totalsByYear: (s) => s.byYear,
    allocations: async (s, { first, after, filter }, { readModels }) => {
      const allocations = (await many(readModels, allocationsProjection, s.allocationIds)).filter(
        allocationMatches(filter),
      );
      return connectionFrom(allocations, { first, after });
    },
    bids: async (s, { first, after, filter }, { readModels }) => {
      const bids = (await many(readModels, bidsProjection, s.bidIds)).filter(bidMatches(filter));
      return connectionFrom(bids, { first, after });
    },
  },
  YearTotal: {
    allocated: (y) => y.allocatedPence,
    spent: (y) => y.spentPence,
  },
  RecipientTotal: {
    recipient: (r, _, { readModels }) => organisation(readModels, r.recipientOrganisationId),
    allocated: (r) => r.allocatedPence,
    spent: (r) => r.spentPence,
    allocations: (r, _, { readModels }) => many(readModels, allocationsProjection, r.allocationIds),
  },
  Allocation: {
    fundingStream: (a, _, { readModels }) =>
      required(readModels, fundingStreamsProjection, a.fundingStreamId, 'funding stream'),
    recipient: (a, _, { readModels }) => organisation(readModels, a.recipientOrganisationId),
    decision,
    amount: (a) => a.amountPence,
    spent: (a) => a.spentPence,
    leftToSpend: (a) => a.leftToSpendPence,
    bid: (a, _, { readModels }) => optional(readModels, bidsProjection, a.bidId),
  },
  AllocationRevision: {
    decision,
    previousAmount: (r) => r.previousAmountPence,
    amount: (r) => r.amountPence,
  },
  AllocationWithdrawal: { decision, amount: (w) => w.amountPence },
  BidDecision: decided,
  ContractExtension: decided,
  ContractEnd: decided,
  Spend: {
    amount: (s) => s.amountPence,
    overspend: (s) => s.overspendPence,
  },
  Bid: {
    fundingStream: (b, _, { readModels }) =>
      required(readModels, fundingStreamsProjection, b.fundingStreamId, 'funding stream'),
    biddingOrganisation: (b, _, { readModels }) =>
      organisation(readModels, b.biddingOrganisationId),
    amountAsked: (b) => b.amountAskedPence,
    amountAwarded: (b) => b.amountAwardedPence,
    allocation: (b, _, { readModels }) =>
      optional(readModels, allocationsProjection, b.allocationId),
  },
  CommissionedService: {
    provider: (s, _, { readModels }) => organisation(readModels, latest(s).providerOrganisationId),
    commissioners: (s, _, { readModels }) =>
      organisations(readModels, latest(s).commissionerOrganisationIds),
    providerOrganisationId: (s) => latest(s).providerOrganisationId,
    commissionerOrganisationIds: (s) => latest(s).commissionerOrganisationIds,
    startDate: (s) => latest(s).startDate,
    endDate: (s) => latest(s).endDate,
    annualValue: (s) => latest(s).annualValuePence,
    activeOn: (s, { date }) => s.contracts.some((c) => contractActiveOn(c, date)),
    contractOn: (s, { date }) => s.contracts.find((c) => contractActiveOn(c, date)) ?? null,
  },
  Contract: {
    provider: (c, _, { readModels }) => organisation(readModels, c.providerOrganisationId),
    commissioners: (c, _, { readModels }) =>
      organisations(readModels, c.commissionerOrganisationIds),
    decision,
    annualValue: (c) => c.annualValuePence,
    fundingStreams: (c, _, { readModels }) =>
      many(readModels, fundingStreamsProjection, c.fundingStreamIds),
    activeOn: (c, { date }) => contractActiveOn(c, date),
  },
  ContractVariation: {
    decision,
    previousAnnualValue: (v) => v.previousAnnualValuePence,
    annualValue: (v) => v.annualValuePence,
  },
  Organisation: {
    fundingAllocations: async (o, { first, after, filter }, { readModels }) => {
      const ids = readModels.state(allocationsProjection).idsByRecipient[o.id] ?? [];
      const allocations = (await many(readModels, allocationsProjection, ids)).filter(
        allocationMatches(filter),
      );
      return connectionFrom(allocations, { first, after });
    },
    bids: async (o, { first, after, filter }, { readModels }) => {
      const { order } = readModels.state(bidsProjection);
      const bids = (await many(readModels, bidsProjection, order)).filter(
        bidMatches({ ...filter, biddingOrganisationId: o.id }),
      );
      return connectionFrom(bids, { first, after });
    },
    servicesProvided: (o, { activeOn }, { readModels }) =>
      servicesWhere(readModels, activeOn, (c) => c.providerOrganisationId === o.id),
    servicesCommissioned: (o, { activeOn }, { readModels }) =>
      servicesWhere(readModels, activeOn, (c) => c.commissionerOrganisationIds.includes(o.id)),
  },
};
