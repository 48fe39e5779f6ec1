import type { TrackerEvent } from '@tracker/domain';

/**
 * Events from the papers for the funding read models' tests: the DA duty 2021/22 allocations
 * from MHCLG across LLR (LSCSB, 19 March 2021: £2,276,643 across ten authorities) and Safer
 * Streets round 2 (up to three bids per PCC area, deadline 25 March 2021). Used by tests only.
 */

type Event = TrackerEvent & { occurredAt?: string };

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const DA_DUTY = id(1);
export const SAFER_STREETS = id(2);
export const OPCC = id(3);

/** The paper's table, in its order: [authority, organisation id, pounds]. */
export const daDutyTable: [string, string, number][] = [
  ['Leicestershire County Council', 1127205],
  ['Leicester City Council', 857364],
  ['Rutland County Council', 63000],
  ['Harborough', 33548],
  ['Blaby', 33291],
  ['Hinckley and Bosworth', 32730],
  ['North West Leicestershire', 32571],
  ['Melton', 32338],
  ['Oadby and Wigston', 32301],
  ['Charnwood', 32295],
].map(([authority, pounds], i) => [String(authority), id(100 + i), Number(pounds)]);

export const allocationIdOf = (i: number) => id(200 + i);
export const bidIdOf = (i: number) => id(300 + i);

export const LEICESTERSHIRE_CC = daDutyTable[0]![1];
export const CHARNWOOD = daDutyTable[9]![1];

export const daDutyRegistered: Event = {
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: DA_DUTY,
    name: 'Domestic Abuse duty 2021/22',
    funder: 'Ministry of Housing, Communities and Local Government',
    financialYears: ['2021/22'],
    totalPence: 227664300,
    conditions: 'Support in domestic abuse safe accommodation',
    bidLimitPerArea: null,
    registeredOn: '2021-02-12',
  },
  occurredAt: '2021-02-12',
};

/** The ten allocations, pounds as pence. */
export const daDutyAllocations: Event[] = daDutyTable.map(([authority, recipient, pounds], i) => ({
  type: 'FundingAllocated',
  data: {
    fundingStreamId: DA_DUTY,
    allocationId: allocationIdOf(i),
    recipientOrganisationId: recipient,
    amountPence: pounds * 100,
    purpose: `DA duty 2021/22 allocation: ${authority}`,
    financialYear: '2021/22',
    decisionId: null,
    bidId: null,
    allocatedOn: '2021-02-12',
  },
  occurredAt: '2021-02-12',
}));

export const saferStreetsRegistered: Event = {
  type: 'FundingStreamRegistered',
  data: {
    fundingStreamId: SAFER_STREETS,
    name: 'Safer Streets Fund round 2',
    funder: 'Home Office',
    financialYears: ['2021/22'],
    totalPence: 2000000000,
    conditions: 'Up to 3 partnership bids per PCC area',
    bidLimitPerArea: 3,
    registeredOn: '2021-01-28',
  },
  occurredAt: '2021-01-28',
};

/** A Safer Streets bid by the OPCC for Leicestershire (amounts are ILLUSTRATIVE). */
export const bidSubmitted = (i: number, title: string, amountAskedPence: number): Event => ({
  type: 'BidSubmitted',
  data: {
    fundingStreamId: SAFER_STREETS,
    bidId: bidIdOf(i),
    biddingOrganisationId: OPCC,
    title,
    area: 'Leicestershire',
    amountAskedPence,
    financialYear: '2021/22',
    deadline: '2021-03-25',
    submittedOn: '2021-03-19',
  },
  occurredAt: '2021-03-19',
});

/** Charnwood's allocation revised down to £30,000 (ILLUSTRATIVE: releases £2,295). */
export const charnwoodRevised: Event = {
  type: 'AllocationRevised',
  data: {
    fundingStreamId: DA_DUTY,
    allocationId: allocationIdOf(9),
    previousAmountPence: 3229500,
    amountPence: 3000000,
    reason: 'Corrected by MHCLG',
    decisionId: null,
    revisedOn: '2021-04-01',
  },
  occurredAt: '2021-04-01',
};

/** Oadby and Wigston's allocation withdrawn (ILLUSTRATIVE: releases £32,301). */
export const oadbyWithdrawn: Event = {
  type: 'AllocationWithdrawn',
  data: {
    fundingStreamId: DA_DUTY,
    allocationId: allocationIdOf(8),
    amountPence: 3230100,
    reason: 'Paid directly by MHCLG',
    decisionId: null,
    withdrawnOn: '2021-04-02',
  },
  occurredAt: '2021-04-02',
};
