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
  fundingStreamsProjection,
  type AllocationView,
  type BidView,
  type CommissionedServiceView,
  type ContractView,
  type FundingStreamView,
  type Projection,
} from '@tracker/projections';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import type { CommandPayload } from '../commands';
import { connectionFrom } from '../connection';
import { notFoundError } from '../errors';
import type { Resolvers } from '../generated/graphql';
import type { EntityOf, EntityState, ReadModels } from '../read-models';
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

const present = <T>(items: (T | null)[]): T[] => items.filter((i): i is T => i !== null);

const many = async <S extends EntityState>(
  readModels: ReadModels,
  projection: Projection<S>,
  ids: readonly string[],
): Promise<EntityOf<S>[]> => present(await readModels.loadMany(projection, ids));

const required = async <S extends EntityState>(
  readModels: ReadModels,
  projection: Projection<S>,
  id: string,
  what: string,
): Promise<EntityOf<S>> =>
  (await readModels.load(projection, id)) ?? Promise.reject(notFoundError(what, id));

type WithPositions = EntityState & { byId: Record<string, { positions: number[] }> };

/**
 * The allocation or bid a command's events were about: the one, among the stream's, with an
 * event at the command's position (a retried command answers its first position, so this
 * finds the same entity again).
 */
const changedBy = async <S extends WithPositions>(
  readModels: ReadModels,
  projection: Projection<S>,
  ids: readonly string[],
  payload: CommandPayload,
  what: string,
): Promise<EntityOf<S>> =>
  (await many(readModels, projection, ids)).find((e) =>
    (e as { positions: number[] }).positions.includes(payload.position),
  ) ?? Promise.reject(notFoundError(what, payload.commandId));

const streamOf = (
  payload: CommandPayload,
  _: unknown,
  { readModels }: { readModels: ReadModels },
) => required(readModels, fundingStreamsProjection, payload.id, 'funding stream');

const allocationPayload = {
  fundingStream: streamOf,
  allocation: async (
    payload: CommandPayload,
    _: unknown,
    { readModels }: { readModels: ReadModels },
  ) => {
    const stream = await required(
      readModels,
      fundingStreamsProjection,
      payload.id,
      'funding stream',
    );
    return changedBy(
      readModels,
      allocationsProjection,
      stream.allocationIds,
      payload,
      'allocation of command',
    );
  },
};

const bidOf = async (payload: CommandPayload, readModels: ReadModels) => {
  const stream = await required(readModels, fundingStreamsProjection, payload.id, 'funding stream');
  return changedBy(readModels, bidsProjection, stream.bidIds, payload, 'bid of command');
};

const servicePayload = {
  commissionedService: (
    payload: CommandPayload,
    _: unknown,
    { readModels }: { readModels: ReadModels },
  ) => required(readModels, commissionedServicesProjection, payload.id, 'commissioned service'),
};

/** The service's latest contract (a service always has one). */
const latest = (service: CommissionedServiceView): ContractView =>
  service.contracts[service.contracts.length - 1]!;

/** The contracts a register filter looks at: those running on `activeOn`, or all. */
const contractsFor = (service: CommissionedServiceView, activeOn: string | null | undefined) =>
  activeOn ? service.contracts.filter((c) => contractActiveOn(c, activeOn)) : service.contracts;

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
        (a) =>
          (!filter?.fundingStreamId || a.fundingStreamId === filter.fundingStreamId) &&
          (!filter?.status || a.status === filter.status) &&
          (!filter?.financialYear || a.financialYear === filter.financialYear.trim()),
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
            (!filter?.biddingOrganisationId ||
              b.biddingOrganisationId === filter.biddingOrganisationId) &&
            (!filter?.status || b.status === filter.status) &&
            sameKey(filter?.area, b.area) &&
            (!filter?.deadlineFrom || b.deadline >= filter.deadlineFrom) &&
            (!filter?.deadlineTo || b.deadline <= filter.deadlineTo),
        )
        .sort((a, b) => a.deadline.localeCompare(b.deadline));
      return connectionFrom(bids, { first, after });
    },
    commissionedServices: async (_, { first, after, filter }, { readModels }) => {
      const { order } = readModels.state(commissionedServicesProjection);
      const services = (await many(readModels, commissionedServicesProjection, order)).filter(
        (service) => {
          const contracts = contractsFor(service, filter?.activeOn).filter(
            (c) =>
              (!filter?.providerOrganisationId ||
                c.providerOrganisationId === filter.providerOrganisationId) &&
              (!filter?.commissionerOrganisationId ||
                c.commissionerOrganisationIds.includes(filter.commissionerOrganisationId)) &&
              (!filter?.fundingStreamId || c.fundingStreamIds.includes(filter.fundingStreamId)) &&
              (!filter?.endingBy || (c.endDate !== null && c.endDate <= filter.endingBy)),
          );
          return contracts.length > 0 && sameKey(filter?.area, service.area);
        },
      );
      return connectionFrom(services, { first, after });
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
        (a) =>
          (!filter?.recipientOrganisationId ||
            a.recipientOrganisationId === filter.recipientOrganisationId) &&
          (!filter?.status || a.status === filter.status) &&
          (!filter?.financialYear || a.financialYear === filter.financialYear.trim()),
      );
      return connectionFrom(allocations, { first, after });
    },
    bids: async (s, { first, after, filter }, { readModels }) => {
      const bids = (await many(readModels, bidsProjection, s.bidIds)).filter(
        (b) => (!filter?.status || b.status === filter.status) && sameKey(filter?.area, b.area),
      );
      return connectionFrom(bids, { first, after });
    },
  },
  YearTotal: {
    allocated: (y) => y.allocatedPence,
    spent: (y) => y.spentPence,
  },
  RecipientTotal: {
    allocated: (r) => r.allocatedPence,
    spent: (r) => r.spentPence,
    allocations: (r, _, { readModels }) => many(readModels, allocationsProjection, r.allocationIds),
  },
  Allocation: {
    fundingStream: (a, _, { readModels }) =>
      required(readModels, fundingStreamsProjection, a.fundingStreamId, 'funding stream'),
    amount: (a) => a.amountPence,
    spent: (a) => a.spentPence,
    leftToSpend: (a) => a.leftToSpendPence,
    bid: (a, _, { readModels }) => (a.bidId ? readModels.load(bidsProjection, a.bidId) : null),
  },
  AllocationRevision: {
    previousAmount: (r) => r.previousAmountPence,
    amount: (r) => r.amountPence,
  },
  AllocationWithdrawal: { amount: (w) => w.amountPence },
  Spend: {
    amount: (s) => s.amountPence,
    overspend: (s) => s.overspendPence,
  },
  Bid: {
    fundingStream: (b, _, { readModels }) =>
      required(readModels, fundingStreamsProjection, b.fundingStreamId, 'funding stream'),
    amountAsked: (b) => b.amountAskedPence,
    amountAwarded: (b) => b.amountAwardedPence,
    allocation: (b, _, { readModels }) =>
      b.allocationId ? readModels.load(allocationsProjection, b.allocationId) : null,
  },
  CommissionedService: {
    providerOrganisationId: (s) => latest(s).providerOrganisationId,
    commissionerOrganisationIds: (s) => latest(s).commissionerOrganisationIds,
    startDate: (s) => latest(s).startDate,
    endDate: (s) => latest(s).endDate,
    annualValue: (s) => latest(s).annualValuePence,
    activeOn: (s, { date }) => s.contracts.some((c) => contractActiveOn(c, date)),
    contractOn: (s, { date }) => s.contracts.find((c) => contractActiveOn(c, date)) ?? null,
  },
  Contract: {
    annualValue: (c) => c.annualValuePence,
    fundingStreams: (c, _, { readModels }) =>
      many(readModels, fundingStreamsProjection, c.fundingStreamIds),
    activeOn: (c, { date }) => contractActiveOn(c, date),
  },
  ContractVariation: {
    previousAnnualValue: (v) => v.previousAnnualValuePence,
    annualValue: (v) => v.annualValuePence,
  },
  RegisterFundingStreamPayload: { fundingStream: streamOf },
  AllocateFundingPayload: allocationPayload,
  ReviseAllocationPayload: allocationPayload,
  WithdrawAllocationPayload: allocationPayload,
  RecordSpendPayload: allocationPayload,
  SubmitBidPayload: {
    fundingStream: streamOf,
    bid: (payload, _, { readModels }) => bidOf(payload, readModels),
  },
  RecordBidDecisionPayload: {
    fundingStream: streamOf,
    bid: (payload, _, { readModels }) => bidOf(payload, readModels),
    allocation: async (payload, _, { readModels }) => {
      const bid = await bidOf(payload, readModels);
      return bid.allocationId ? readModels.load(allocationsProjection, bid.allocationId) : null;
    },
  },
  CommissionServicePayload: servicePayload,
  ExtendContractPayload: servicePayload,
  VaryContractPayload: servicePayload,
  EndContractPayload: servicePayload,
};
