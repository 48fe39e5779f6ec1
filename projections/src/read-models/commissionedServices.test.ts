import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { commissionedServicesProjection, contractActiveOn } from './commissionedServices';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const HELPLINE = id(1);
const LOCALITY = id(2);
const FREEVA = id(3);
const LWA = id(4);
const OPCC = id(5);
const PUBLIC_HEALTH = id(6);
const CONTRACT_1 = id(11);
const CONTRACT_2 = id(12);
const CONTRACT_3 = id(13);

const commissioned = (
  serviceId: string,
  contractId: string,
  name: string,
  provider: string,
  commissioner: string,
  startDate: string,
  endDate: string | null,
) => ({
  type: 'ServiceCommissioned' as const,
  data: {
    serviceId,
    contractId,
    name,
    area: 'Leicester, Leicestershire and Rutland',
    scope: '',
    providerOrganisationId: provider,
    commissionerOrganisationIds: [commissioner],
    startDate,
    endDate,
    annualValuePence: null,
    fundingStreamIds: [],
    decisionId: null,
  },
  occurredAt: startDate,
});

describe('commissioned services read model', () => {
  const state = project(
    commissionedServicesProjection,
    envelopes([
      commissioned(
        HELPLINE,
        CONTRACT_1,
        'Helpline and Engagement Service',
        FREEVA,
        OPCC,
        '2022-04-01',
        '2025-03-31',
      ),
      commissioned(
        LOCALITY,
        CONTRACT_2,
        'Domestic Abuse Locality Service',
        LWA,
        PUBLIC_HEALTH,
        '2022-04-01',
        null,
      ),
      {
        type: 'ContractExtended',
        data: {
          serviceId: HELPLINE,
          contractId: CONTRACT_1,
          previousEndDate: '2025-03-31',
          endDate: '2026-03-31',
          reason: 'Extension option taken',
          decisionId: null,
        },
        occurredAt: '2024-10-01',
      },
      {
        type: 'ContractVaried',
        data: {
          serviceId: HELPLINE,
          contractId: CONTRACT_1,
          previousAnnualValuePence: null,
          annualValuePence: 25000000,
          previousScope: '',
          scope: 'Helpline 7 days a week',
          reason: 'Weekend hours added',
          effectiveFrom: '2022-10-01',
          decisionId: null,
        },
        occurredAt: '2022-09-01',
      },
      {
        type: 'ContractEnded',
        data: {
          serviceId: LOCALITY,
          contractId: CONTRACT_2,
          previousEndDate: null,
          endDate: '2024-03-31',
          reason: 'Recommissioned',
          decisionId: null,
        },
        occurredAt: '2024-01-15',
      },
      commissioned(
        LOCALITY,
        CONTRACT_3,
        'Domestic Abuse Locality Service',
        FREEVA,
        PUBLIC_HEALTH,
        '2024-04-01',
        '2027-03-31',
      ),
    ]),
  );

  it('keeps each service once, with its contracts in order', () => {
    expect(state.order).toEqual([HELPLINE, LOCALITY]);
    expect(state.byId[LOCALITY]!.contracts.map((c) => [c.id, c.providerOrganisationId])).toEqual([
      [CONTRACT_2, LWA],
      [CONTRACT_3, FREEVA],
    ]);
    expect(state.byId[LOCALITY]!.lastChanged.at).toBe('2024-04-01');
  });

  it('moves the end date on an extension and keeps the old one; records variations and ends', () => {
    const helpline = state.byId[HELPLINE]!.contracts[0]!;
    expect(helpline).toMatchObject({
      endDate: '2026-03-31',
      annualValuePence: 25000000,
      scope: 'Helpline 7 days a week',
      extensions: [
        { previousEndDate: '2025-03-31', endDate: '2026-03-31', reason: 'Extension option taken' },
      ],
      variations: [
        { previousAnnualValuePence: null, annualValuePence: 25000000, effectiveFrom: '2022-10-01' },
      ],
      ended: null,
    });
    expect(state.byId[LOCALITY]!.contracts[0]).toMatchObject({
      endDate: '2024-03-31',
      ended: { previousEndDate: null, endDate: '2024-03-31', reason: 'Recommissioned' },
    });
  });

  it('says whether a contract runs on a date, its first and last days included', () => {
    const [first, second] = state.byId[LOCALITY]!.contracts;
    expect(contractActiveOn(first!, '2022-04-01')).toBe(true);
    expect(contractActiveOn(first!, '2024-03-31')).toBe(true);
    expect(contractActiveOn(first!, '2024-04-01')).toBe(false);
    expect(contractActiveOn(second!, '2024-04-01')).toBe(true);
    expect(contractActiveOn(second!, '2022-03-31')).toBe(false);
    expect(contractActiveOn({ startDate: '2022-04-01', endDate: null }, '2099-01-01')).toBe(true);
  });
});
