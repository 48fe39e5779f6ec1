import { z } from 'zod';
import { fundingStream } from '../funding-stream/funding-stream';
import { decisionReference, requireDecision } from '../decision/decision';
import { organisationRegistryReference, requireOrganisation } from '../organisation/organisation';
import {
  defineCommand,
  streamIdOf,
  type Aggregate,
  type EventsOf,
  noOtherEvent,
} from '../kernel/decider';
import { conflict, DomainError, invalid, notFound } from '../kernel/errors';
import { memberIdFor, trackerIdOf } from '../kernel/ids';
import {
  dateOf,
  distinctIds,
  ensureNotBefore,
  entityId,
  isoDate,
  nameText,
  naturalKey,
  optionalText,
  requiredText,
} from '../kernel/schemas';
import { formatPounds, pence, penceData, type Pence } from '../money/money';

/**
 * A commissioned service and its contracts: the service, its provider, who commissions it, the
 * area it covers, and the contract's start and end (from 1 April 2022: Helpline and Engagement
 * Service, FreeVa, commissioned by the OPCC for LLR; Domestic Abuse Locality Service, LWA, Public
 * Health for Leicestershire and Rutland; ...).
 *
 * One aggregate per service, keyed by its normalised name and area: commissioning "Helpline and
 * Engagement Service" for "Leicester, Leicestershire and Rutland" always addresses the same
 * stream, whatever the capitals or punctuation. That stream holds every contract for the
 * service, so it can refuse a second contract whose dates overlap one it already holds (a
 * re-commissioning after the first ends is a new contract in the same stream), and it keeps
 * each contract's earlier end dates when it is extended or ended early.
 */

// Events

export const serviceCommissionedData = z.object({
  serviceId: entityId,
  contractId: entityId,
  name: z.string(),
  area: z.string(),
  scope: z.string(),
  providerOrganisationId: entityId,
  commissionerOrganisationIds: z.array(entityId),
  startDate: z.string(),
  /** The contract's last day; null when no end date was set. */
  endDate: z.string().nullable(),
  /** The contract's value a year; null when it was not recorded (the 2022 papers give none). */
  annualValuePence: penceData.nullable(),
  fundingStreamIds: z.array(entityId),
  decisionId: entityId.nullable(),
});

export const contractExtendedData = z.object({
  serviceId: entityId,
  contractId: entityId,
  previousEndDate: z.string(),
  endDate: z.string(),
  reason: z.string(),
  decisionId: entityId.nullable(),
});

export const contractVariedData = z.object({
  serviceId: entityId,
  contractId: entityId,
  previousAnnualValuePence: penceData.nullable(),
  annualValuePence: penceData.nullable(),
  previousScope: z.string(),
  scope: z.string(),
  reason: z.string(),
  effectiveFrom: z.string(),
  decisionId: entityId.nullable(),
});

export const contractEndedData = z.object({
  serviceId: entityId,
  contractId: entityId,
  /** The end date the contract had before; null when it had none. */
  previousEndDate: z.string().nullable(),
  endDate: z.string(),
  reason: z.string(),
  decisionId: entityId.nullable(),
});

/** Its events by type, each with the schema of its data. */
export const commissionedServiceEventSchemas = {
  ServiceCommissioned: serviceCommissionedData,
  ContractExtended: contractExtendedData,
  ContractVaried: contractVariedData,
  ContractEnded: contractEndedData,
} as const;

export type CommissionedServiceEvent = EventsOf<typeof commissionedServiceEventSchemas>;

// State

export interface ContractState {
  contractId: string;
  providerOrganisationId: string;
  startDate: string;
  endDate: string | null;
  /** Earlier end dates, oldest first: an extension or early end keeps the date it replaced. */
  endDateHistory: (string | null)[];
  annualValuePence: Pence | null;
  scope: string;
  /** True once endContract has recorded its end. */
  ended: boolean;
}

export interface CommissionedServiceState {
  exists: boolean;
  name: string;
  area: string;
  contracts: ContractState[];
}

const updateContract = (
  state: CommissionedServiceState,
  contractId: string,
  change: (contract: ContractState) => ContractState,
): CommissionedServiceState => ({
  ...state,
  contracts: state.contracts.map((c) => (c.contractId === contractId ? change(c) : c)),
});

export const commissionedService: Aggregate<CommissionedServiceEvent, CommissionedServiceState> = {
  name: 'commissionedService',
  initialState: () => ({ exists: false, name: '', area: '', contracts: [] }),
  evolve: (state, event) => {
    switch (event.type) {
      case 'ServiceCommissioned':
        return {
          exists: true,
          name: state.exists ? state.name : event.data.name,
          area: state.exists ? state.area : event.data.area,
          contracts: [
            ...state.contracts,
            {
              contractId: event.data.contractId,
              providerOrganisationId: event.data.providerOrganisationId,
              startDate: event.data.startDate,
              endDate: event.data.endDate,
              endDateHistory: [],
              annualValuePence: event.data.annualValuePence,
              scope: event.data.scope,
              ended: false,
            },
          ],
        };
      case 'ContractExtended':
        return updateContract(state, event.data.contractId, (c) => ({
          ...c,
          endDate: event.data.endDate,
          endDateHistory: [...c.endDateHistory, event.data.previousEndDate],
        }));
      case 'ContractVaried':
        return updateContract(state, event.data.contractId, (c) => ({
          ...c,
          annualValuePence: event.data.annualValuePence,
          scope: event.data.scope,
        }));
      case 'ContractEnded':
        return updateContract(state, event.data.contractId, (c) => ({
          ...c,
          endDate: event.data.endDate,
          endDateHistory: [...c.endDateHistory, event.data.previousEndDate],
          ended: true,
        }));
      default:
        return noOtherEvent(event, state);
    }
  },
};

/**
 * The id of the service a name and area describe: the same for every way of writing them
 * ("Helpline and Engagement Service" / "helpline & engagement service").
 */
export const serviceIdFor = (name: string, area: string): string =>
  trackerIdOf(`commissionedService/${naturalKey(name)}/${naturalKey(area)}`);

export const commissionedServiceStreamId = (serviceId: string) =>
  streamIdOf(commissionedService, serviceId);

// Rules the commands share

const term = (contract: Pick<ContractState, 'startDate' | 'endDate'>) =>
  `from ${contract.startDate} ${contract.endDate ? `to ${contract.endDate}` : 'with no end date'}`;

/** Whether two contracts' dates share a day; a missing end date runs on without end. */
const overlaps = (
  a: Pick<ContractState, 'startDate' | 'endDate'>,
  b: Pick<ContractState, 'startDate' | 'endDate'>,
) =>
  (b.endDate === null || a.startDate <= b.endDate) &&
  (a.endDate === null || b.startDate <= a.endDate);

/** Refuses dates that overlap another contract for the same service and area. */
function ensureNoOverlap(
  state: CommissionedServiceState,
  dates: Pick<ContractState, 'startDate' | 'endDate'>,
  exceptContractId: string | null,
  instead: string,
): void {
  const clash = state.contracts.find(
    (c) => c.contractId !== exceptContractId && overlaps(c, dates),
  );
  if (clash)
    throw conflict(
      `"${state.name}" for ${state.area} already has contract ${clash.contractId} with provider ` +
        `${clash.providerOrganisationId} ${term(clash)}, which overlaps ${term(dates)}; ${instead}`,
      { contractId: clash.contractId, startDate: clash.startDate, endDate: clash.endDate },
    );
}

const existingContract = (
  id: string,
  state: CommissionedServiceState,
  contractId: string,
): ContractState => {
  if (!state.exists)
    throw new DomainError(
      'NOT_FOUND',
      `commissioned service ${id} does not exist; check the serviceId (commissionService returns it)`,
      { what: 'commissioned service', id },
    );
  const contract = state.contracts.find((c) => c.contractId === contractId);
  if (!contract)
    throw new DomainError(
      'NOT_FOUND',
      `contract ${contractId} is not a contract of "${state.name}" for ${state.area}; check the contractId`,
      { what: 'contract', id: contractId },
    );
  return contract;
};

const openContract = (
  id: string,
  state: CommissionedServiceState,
  contractId: string,
  toDo: string,
): ContractState => {
  const contract = existingContract(id, state, contractId);
  if (contract.ended)
    throw conflict(
      `contract ${contractId} for "${state.name}" has already ended (${contract.endDate}); ` +
        `it cannot be ${toDo}. Commission the service again for a new contract`,
    );
  return contract;
};

type ServiceReferences = {
  organisations: ReturnType<typeof organisationRegistryReference>;
  decision: ReturnType<typeof decisionReference>;
  /** One per funding stream that pays for the service: `fundingStream0`, ... */
  [fundingStreamN: `fundingStream${number}`]: { aggregate: typeof fundingStream; id: string };
};

const reason = requiredText('prose');
const decisionId = entityId.optional().nullable();

// commissionService

export const commissionServiceInput = z
  .object({
    contractId: entityId
      .optional()
      .describe("Optional: the contract's id (a UUID); one is minted when omitted."),

    name: nameText('title').describe(
      'e.g. Helpline and Engagement Service. With the area, it names the service.',
    ),

    area: nameText('name').describe('e.g. Leicester, Leicestershire and Rutland'),
    /** What the service provides. */
    scope: optionalText('prose'),
    providerOrganisationId: entityId,
    commissionerOrganisationIds: distinctIds(20)
      .min(1, {
        message: 'must name at least one commissioning organisation',
      })
      .describe('At least one.'),
    startDate: isoDate.describe('YYYY-MM-DD'),

    endDate: isoDate
      .optional()
      .nullable()
      .describe('YYYY-MM-DD, not before startDate; leave out when none is set.'),
    annualValuePence: pence.optional().nullable(),

    fundingStreamIds: distinctIds(20).optional().describe('The funding streams that pay for it.'),
    decisionId,
  })
  .superRefine((input, ctx) => {
    if (input.endDate && input.endDate < input.startDate)
      ctx.addIssue({
        code: 'custom',
        path: ['endDate'],
        message: `${input.endDate} is before startDate ${input.startDate}: a contract cannot end before it starts`,
      });
  });

export const commissionService = defineCommand({
  type: 'CommissionService',
  input: commissionServiceInput,
  aggregate: commissionedService,
  targetId: (input) => serviceIdFor(input.name, input.area),
  references: (input): ServiceReferences => ({
    organisations: organisationRegistryReference(),
    decision: decisionReference(input.decisionId),
    ...Object.fromEntries(
      (input.fundingStreamIds ?? []).map((id, i) => [
        `fundingStream${i}`,
        { aggregate: fundingStream, id },
      ]),
    ),
  }),
  decide: ({ id, input, refs }, state): CommissionedServiceEvent[] => {
    const contractId = input.contractId ?? memberIdFor(id, 'contract', state.contracts.length);
    if (state.contracts.some((c) => c.contractId === contractId))
      throw conflict(
        `contract ${contractId} already exists for "${state.name}"; give a new contractId`,
      );
    requireOrganisation(refs.organisations, input.providerOrganisationId, 'provider organisation');
    for (const organisationId of input.commissionerOrganisationIds)
      requireOrganisation(refs.organisations, organisationId, 'commissioner organisation');
    const fundingStreamIds = input.fundingStreamIds ?? [];
    fundingStreamIds.forEach((streamId, i) => {
      if (!refs[`fundingStream${i}`]?.exists) throw notFound('funding stream', streamId);
    });
    requireDecision(refs.decision);
    const dates = { startDate: input.startDate, endDate: input.endDate ?? null };
    if (state.exists)
      ensureNoOverlap(
        state,
        dates,
        null,
        'start the new contract after it ends, or extend or vary the existing contract',
      );
    return [
      {
        type: 'ServiceCommissioned',
        data: {
          serviceId: id,
          contractId,
          name: input.name,
          area: input.area,
          scope: input.scope ?? '',
          providerOrganisationId: input.providerOrganisationId,
          commissionerOrganisationIds: input.commissionerOrganisationIds,
          ...dates,
          annualValuePence: input.annualValuePence ?? null,
          fundingStreamIds,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

const contractTarget = { serviceId: entityId, contractId: entityId };

// extendContract

/** extendContract and endContract both name a contract's new last day, and why. */
const newEndInput = (endDate: string) =>
  z.object({ ...contractTarget, endDate: isoDate.describe(endDate), reason, decisionId });

export const extendContractInput = newEndInput(
  'The new last day, YYYY-MM-DD, later than the current one.',
);

export const extendContract = defineCommand({
  type: 'ExtendContract',
  input: extendContractInput,
  aggregate: commissionedService,
  targetId: (input) => input.serviceId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs }, state): CommissionedServiceEvent[] => {
    const contract = openContract(id, state, input.contractId, 'extended');
    if (contract.endDate === null)
      throw conflict(
        `contract ${input.contractId} for "${state.name}" has no end date, so there is nothing to ` +
          'extend; use endContract to set its end',
      );
    if (input.endDate <= contract.endDate)
      throw invalid(
        `endDate: ${input.endDate} is not after the contract's current end (${contract.endDate}); ` +
          'give a later date, or use endContract to end it earlier',
        { field: 'endDate' },
      );
    ensureNoOverlap(
      state,
      { startDate: contract.startDate, endDate: input.endDate },
      contract.contractId,
      'extend it only up to the day before that contract starts',
    );
    requireDecision(refs.decision);
    return [
      {
        type: 'ContractExtended',
        data: {
          serviceId: id,
          contractId: input.contractId,
          previousEndDate: contract.endDate,
          endDate: input.endDate,
          reason: input.reason,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// varyContract

export const varyContractInput = z
  .object({
    ...contractTarget,

    annualValuePence: pence
      .optional()
      .nullable()
      .describe('The new value a year; null to clear a value that should not have been recorded.'),

    scope: optionalText('prose').describe('The new scope, in full.'),
    reason,

    effectiveFrom: isoDate
      .optional()
      .describe("YYYY-MM-DD within the contract; the command's date when left out."),
    decisionId,
  })
  .superRefine((input, ctx) => {
    if (input.annualValuePence === undefined && input.scope === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['annualValuePence'],
        message: 'give a new annualValuePence, a new scope, or both',
      });
  });

export const varyContract = defineCommand({
  type: 'VaryContract',
  input: varyContractInput,
  aggregate: commissionedService,
  targetId: (input) => input.serviceId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs, occurredAt }, state): CommissionedServiceEvent[] => {
    const contract = openContract(id, state, input.contractId, 'varied');
    const annualValuePence =
      input.annualValuePence === undefined ? contract.annualValuePence : input.annualValuePence;
    const scope = input.scope ?? contract.scope;
    if (annualValuePence === contract.annualValuePence && scope === contract.scope)
      throw invalid(
        `the contract already has ${
          annualValuePence === null
            ? 'no annual value'
            : `an annual value of ${formatPounds(annualValuePence)}`
        } and that scope; give what changes`,
      );
    const effectiveFrom = input.effectiveFrom ?? dateOf(occurredAt);
    if (
      effectiveFrom < contract.startDate ||
      (contract.endDate && effectiveFrom > contract.endDate)
    )
      throw invalid(
        `effectiveFrom: ${effectiveFrom} is outside the contract (${term(contract)}); ` +
          'give a date within it',
        { field: 'effectiveFrom' },
      );
    requireDecision(refs.decision);
    return [
      {
        type: 'ContractVaried',
        data: {
          serviceId: id,
          contractId: input.contractId,
          previousAnnualValuePence: contract.annualValuePence,
          annualValuePence,
          previousScope: contract.scope,
          scope,
          reason: input.reason,
          effectiveFrom,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});

// endContract

/** endDate: the contract's last day, its current end or earlier. */
export const endContractInput = newEndInput(
  "The contract's last day, YYYY-MM-DD: its current end or earlier, not before it starts.",
);

export const endContract = defineCommand({
  type: 'EndContract',
  input: endContractInput,
  aggregate: commissionedService,
  targetId: (input) => input.serviceId,
  references: (input) => ({ decision: decisionReference(input.decisionId) }),
  decide: ({ id, input, refs }, state): CommissionedServiceEvent[] => {
    const contract = openContract(id, state, input.contractId, 'ended again');
    ensureNotBefore('endDate', input.endDate, contract.startDate, 'the contract starts');
    if (contract.endDate !== null && input.endDate > contract.endDate)
      throw invalid(
        `endDate: ${input.endDate} is after the contract's current end (${contract.endDate}); ` +
          'use extendContract to run it longer',
        { field: 'endDate' },
      );
    requireDecision(refs.decision);
    return [
      {
        type: 'ContractEnded',
        data: {
          serviceId: id,
          contractId: input.contractId,
          previousEndDate: contract.endDate,
          endDate: input.endDate,
          reason: input.reason,
          decisionId: input.decisionId ?? null,
        },
      },
    ];
  },
});
