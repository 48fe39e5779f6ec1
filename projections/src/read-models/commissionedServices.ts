import type { Pence } from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

/**
 * The services register: each commissioned service (one per name and area, as the domain keys
 * it) with its contracts: provider, commissioners, start and end, annual value, the funding
 * streams that pay for it, and every extension, variation and early end with its reason and
 * the end date it replaced. From 1 April 2022: Helpline and Engagement (FreeVa, OPCC), DA
 * Locality Service (LWA, Public Health), Sexual Violence Support (FreeVa, OPCC), Safe
 * Accommodation Support (WALL, LCC Public Health).
 */

export interface ContractExtensionView {
  previousEndDate: string;
  endDate: string;
  reason: string;
  decisionId: string | null;
  recorded: ChangeStamp;
}

export interface ContractVariationView {
  previousAnnualValuePence: Pence | null;
  annualValuePence: Pence | null;
  previousScope: string;
  scope: string;
  reason: string;
  effectiveFrom: string;
  decisionId: string | null;
  recorded: ChangeStamp;
}

export interface ContractEndView {
  previousEndDate: string | null;
  endDate: string;
  reason: string;
  decisionId: string | null;
  recorded: ChangeStamp;
}

export interface ContractView {
  id: string;
  serviceId: string;
  providerOrganisationId: string;
  commissionerOrganisationIds: string[];
  scope: string;
  startDate: string;
  /** The contract's last day as it now stands; null when none is set. */
  endDate: string | null;
  annualValuePence: Pence | null;
  fundingStreamIds: string[];
  decisionId: string | null;
  extensions: ContractExtensionView[];
  variations: ContractVariationView[];
  /** Set when endContract recorded its end. */
  ended: ContractEndView | null;
  commissioned: ChangeStamp;
}

export interface CommissionedServiceView {
  id: string;
  name: string;
  area: string;
  /** Oldest first; a re-commissioning after a contract ends adds one. */
  contracts: ContractView[];
  commissioned: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface CommissionedServicesState {
  byId: Record<string, CommissionedServiceView>;
  /** Service ids in the order they were first commissioned. */
  order: string[];
}

/** Whether a contract runs on a date (YYYY-MM-DD): started, and not past its last day. */
export const contractActiveOn = (
  contract: Pick<ContractView, 'startDate' | 'endDate'>,
  date: string,
): boolean => contract.startDate <= date && (contract.endDate === null || date <= contract.endDate);

type ContractEvent = ProjectedEvent & { data: { serviceId: string; contractId: string } };

/** Applies a change to the contract an event is about, stamping its service. */
const change =
  <E extends ContractEvent>(
    apply: (contract: ContractView, event: E, stamp: ChangeStamp) => void,
  ) =>
  (state: CommissionedServicesState, event: E): CommissionedServicesState => {
    const service = state.byId[event.data.serviceId];
    const contract = service?.contracts.find((c) => c.id === event.data.contractId);
    if (!service || !contract) return state;
    const stamp = stampOf(event);
    apply(contract, event, stamp);
    service.lastChanged = stamp;
    return state;
  };

export const commissionedServicesProjection = defineProjection<CommissionedServicesState>({
  name: 'commissionedServices',
  version: 1,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    ServiceCommissioned: (state, event) => {
      const { serviceId, contractId, name, area, ...data } = event.data;
      const stamp = stampOf(event);
      const contract: ContractView = {
        id: contractId,
        serviceId,
        providerOrganisationId: data.providerOrganisationId,
        commissionerOrganisationIds: [...data.commissionerOrganisationIds],
        scope: data.scope,
        startDate: data.startDate,
        endDate: data.endDate,
        annualValuePence: data.annualValuePence,
        fundingStreamIds: [...data.fundingStreamIds],
        decisionId: data.decisionId,
        extensions: [],
        variations: [],
        ended: null,
        commissioned: stamp,
      };
      const service = state.byId[serviceId];
      if (service) {
        service.contracts.push(contract);
        service.lastChanged = stamp;
      } else {
        state.byId[serviceId] = {
          id: serviceId,
          name,
          area,
          contracts: [contract],
          commissioned: stamp,
          lastChanged: stamp,
        };
        state.order.push(serviceId);
      }
      return state;
    },
    ContractExtended: change((contract, { data }, recorded) => {
      const { serviceId: _service, contractId: _contract, ...extension } = data;
      contract.endDate = data.endDate;
      contract.extensions.push({ ...extension, recorded });
    }),
    ContractVaried: change((contract, { data }, recorded) => {
      const { serviceId: _service, contractId: _contract, ...variation } = data;
      contract.annualValuePence = data.annualValuePence;
      contract.scope = data.scope;
      contract.variations.push({ ...variation, recorded });
    }),
    ContractEnded: change((contract, { data }, recorded) => {
      const { serviceId: _service, contractId: _contract, ...end } = data;
      contract.endDate = data.endDate;
      contract.ended = { ...end, recorded };
    }),
  },
});
