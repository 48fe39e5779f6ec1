import { v5 as uuidv5 } from 'uuid';
import type { DecisionEvent } from '../src/decision/decision';
import { registered } from './organisation';
import type { OrganisationEvent } from '../src/organisation/organisation';
import { poundsToPence } from '../src/money/money';
import type { FundingStreamEvent } from '../src/funding-stream/funding-stream';

type Registered = Extract<FundingStreamEvent, { type: 'FundingStreamRegistered' }>;
type AllocatedData = Extract<FundingStreamEvent, { type: 'FundingAllocated' }>['data'];

/** A FundingAllocated event; no decision and no bid unless given. */
export const fundingAllocated = (
  data: Omit<AllocatedData, 'decisionId' | 'bidId'> & Partial<AllocatedData>,
): FundingStreamEvent => ({
  type: 'FundingAllocated',
  data: { decisionId: null, bidId: null, ...data },
});

/**
 * Figures and names from the board papers, as ids and events the funding area's
 * specifications are given. Used by tests only.
 *
 * Where the papers give no figure (contract values, Safer Streets bid amounts, the exact OHID
 * total) the tests use amounts marked ILLUSTRATIVE.
 */

const FIXTURES = 'a3c5e2f0-51b7-4f5e-9d4c-7e0b6a1f2c3d';
/** A stable id for a named thing in the tests. */
export const idOf = (name: string): string => uuidv5(name, FIXTURES);

/** An id that nothing in the given events names. */
export const UNKNOWN = '99999999-9999-4999-8999-999999999999';

// Organisations

export const LEICESTERSHIRE_CC = idOf('Leicestershire County Council');
export const LEICESTER_CITY = idOf('Leicester City Council');
export const RUTLAND_CC = idOf('Rutland County Council');
export const CHARNWOOD = idOf('Charnwood Borough Council');
export const OPCC = idOf('Office of the Police and Crime Commissioner for Leicestershire');
export const FREEVA = idOf('Free from Violence and Abuse (FreeVa)');
export const LWA = idOf('Living Without Abuse (LWA)');
export const WALL = idOf("Women's Aid Leicestershire Limited (WALL)");
export const TURNING_POINT = idOf('Turning Point');

/**
 * The DA duty 2021/22 allocations from MHCLG across LLR (LSCSB, 19 March 2021), in the
 * paper's order. They total £2,276,643.
 */
export const daDutyTable: { authority: string; organisationId: string; pounds: number }[] = [
  ['Leicestershire County Council', 1127205],
  ['Leicester City Council', 857364],
  ['Rutland County Council', 63000],
  ['Harborough District Council', 33548],
  ['Blaby District Council', 33291],
  ['Hinckley and Bosworth Borough Council', 32730],
  ['North West Leicestershire District Council', 32571],
  ['Melton Borough Council', 32338],
  ['Oadby and Wigston Borough Council', 32301],
  ['Charnwood Borough Council', 32295],
].map(([authority, pounds]) => ({
  authority: String(authority),
  organisationId: idOf(String(authority)),
  pounds: Number(pounds),
}));

const TIER_ONE = [
  'Leicestershire County Council',
  'Leicester City Council',
  'Rutland County Council',
];

/**
 * The organisation registry's events: the ten authorities, the OPCC and the providers. Given as
 * the `organisations` reference, they make these organisations exist (and no others).
 */
export const organisationRegistryEvents: OrganisationEvent[] = [
  ...daDutyTable.map(({ authority, organisationId }) =>
    registered(
      organisationId,
      authority,
      TIER_ONE.includes(authority) ? 'LOCAL_AUTHORITY_TIER1' : 'LOCAL_AUTHORITY_TIER2',
    ),
  ),
  registered(
    OPCC,
    'Office of the Police and Crime Commissioner for Leicestershire',
    'OPCC',
    'OPCC',
  ),
  registered(FREEVA, 'Free from Violence and Abuse', 'VOLUNTARY_SECTOR', 'FreeVa'),
  registered(LWA, 'Living Without Abuse', 'VOLUNTARY_SECTOR', 'LWA'),
  registered(WALL, "Women's Aid Leicestershire Limited", 'VOLUNTARY_SECTOR', 'WALL'),
  registered(TURNING_POINT, 'Turning Point', 'PROVIDER'),
];

/** The references that make the registered organisations exist. */
export const organisations = { organisations: organisationRegistryEvents };

// Decisions

export const DA_DUTY_DECISION = idOf('Decision: DA duty 2021/22 allocations');

/** The events that make a decision exist, for a reference to it. */
export const decisionExists = (decisionId: string): DecisionEvent[] => [
  {
    type: 'DecisionRecorded',
    data: {
      decisionId,
      meetingId: idOf('LSCSB meeting 19 March 2021'),
      boardId: idOf('Leicestershire Safer Communities Strategy Board'),
      decidedOn: '2021-03-19',
      kind: 'NOTED',
      resolution: 'That the contents of the report be noted.',
      concerns: [],
      supersedes: null,
    },
  },
];

// Funding streams

export const DA_DUTY = idOf('Domestic Abuse duty 2021/22');
export const SAFER_STREETS = idOf('Safer Streets Fund round 2');
export const OHID_GRANT = idOf('OHID substance misuse grant');

export const daDutyRegistered: Registered = {
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: DA_DUTY,
    name: 'Domestic Abuse duty 2021/22',
    funder: 'Ministry of Housing, Communities and Local Government',
    financialYears: ['2021/22'],
    totalPence: poundsToPence(2276643),
    conditions:
      'To support the new duty on tier one authorities to assess need for and commission ' +
      'support in domestic abuse safe accommodation; most is to be spent on service provision',
    bidLimitPerArea: null,
    registeredOn: '2021-02-12',
  },
};

export const SAFER_STREETS_AREA = 'Leicester, Leicestershire and Rutland';

export const saferStreetsRegistered: Registered = {
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: SAFER_STREETS,
    name: 'Safer Streets Fund round 2',
    funder: 'Home Office',
    financialYears: ['2021/22'],
    totalPence: poundsToPence(20_000_000),
    conditions: 'Each PCC area may submit up to 3 partnership bids',
    bidLimitPerArea: 3,
    registeredOn: '2021-01-28',
  },
};

/** "Just under £2m" over three years: the exact maximum is not in the papers (ILLUSTRATIVE). */
export const ohidGrantRegistered: Registered = {
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: OHID_GRANT,
    name: 'OHID supplemental substance misuse treatment grant',
    funder: 'Office for Health Improvement and Disparities',
    financialYears: ['2022/23', '2023/24', '2024/25'],
    totalPence: poundsToPence(1_990_000),
    conditions: 'To enhance substance misuse service provision over the next 3 years',
    bidLimitPerArea: null,
    registeredOn: '2022-04-01',
  },
};

export const daDutyAllocationId = (index: number) => idOf(`DA duty allocation ${index}`);

/** The DA duty stream with all ten allocations made: nothing is left. */
export const daDutyFullyAllocated: FundingStreamEvent[] = [
  daDutyRegistered,
  ...daDutyTable.map((row, index) =>
    fundingAllocated({
      fundingStreamId: DA_DUTY,
      allocationId: daDutyAllocationId(index),
      recipientOrganisationId: row.organisationId,
      amountPence: poundsToPence(row.pounds),
      purpose: `DA duty 2021/22 allocation: ${row.authority}`,
      financialYear: '2021/22',
      decisionId: DA_DUTY_DECISION,
      allocatedOn: '2021-03-19',
    }),
  ),
];
