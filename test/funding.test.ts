import { beforeAll, describe, expect, it } from 'vitest';
import { useServer } from './support/server';

/**
 * Funding and commissioned services over HTTP, with the papers' figures: the DA duty 2021/22
 * allocations from MHCLG (LSCSB, 19 March 2021: £2,276,643 across ten authorities), Safer
 * Streets round 2 (up to three bids per PCC area, deadline 25 March 2021), and the domestic and
 * sexual violence services commissioned from 1 April 2022 (LSCSB, 17 June 2022). Amounts the
 * papers do not give (bid amounts, spend, contract end dates and values) are ILLUSTRATIVE.
 */

const server = useServer();

const uuid = (n: number) => `5f000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

interface Money {
  pence: number;
  pounds: string;
}

/** The DA duty table in the paper's order: [authority, kind, pounds]. */
const daDutyTable: [string, 'LOCAL_AUTHORITY_TIER1' | 'LOCAL_AUTHORITY_TIER2', number][] = [
  ['Leicestershire County Council', 'LOCAL_AUTHORITY_TIER1', 1127205],
  ['Leicester City Council', 'LOCAL_AUTHORITY_TIER1', 857364],
  ['Rutland County Council', 'LOCAL_AUTHORITY_TIER1', 63000],
  ['Harborough District Council', 'LOCAL_AUTHORITY_TIER2', 33548],
  ['Blaby District Council', 'LOCAL_AUTHORITY_TIER2', 33291],
  ['Hinckley and Bosworth Borough Council', 'LOCAL_AUTHORITY_TIER2', 32730],
  ['North West Leicestershire District Council', 'LOCAL_AUTHORITY_TIER2', 32571],
  ['Melton Borough Council', 'LOCAL_AUTHORITY_TIER2', 32338],
  ['Oadby and Wigston Borough Council', 'LOCAL_AUTHORITY_TIER2', 32301],
  ['Charnwood Borough Council', 'LOCAL_AUTHORITY_TIER2', 32295],
];
const authorityId = (i: number) => uuid(100 + i);
const LCC = authorityId(0);
const CHARNWOOD = authorityId(9);
const OPCC = uuid(200);
const FREEVA = uuid(201);
const LWA = uuid(202);
const WALL = uuid(203);
const LSCSB = uuid(250);
const MEETING = uuid(251);
/** The LSCSB noting the OPCC update with the DA duty table, 19 March 2021. */
const NOTED = uuid(252);
const DA_DUTY = uuid(300);
const SAFER_STREETS = uuid(301);

const REGISTER_ORGANISATION = /* GraphQL */ `
  mutation ($input: RegisterOrganisationInput!) {
    registerOrganisation(input: $input) {
      position
    }
  }
`;

const STREAM_FIGURES = /* GraphQL */ `
  fragment Figures on FundingStream {
    id
    name
    total {
      pence
      pounds
    }
    allocated {
      pence
      pounds
    }
    spent {
      pence
      pounds
    }
    left {
      pence
      pounds
    }
  }
`;

const REGISTER_STREAM = /* GraphQL */ `
  mutation ($input: RegisterFundingStreamInput!, $options: CommandOptions) {
    registerFundingStream(input: $input, options: $options) {
      fundingStream {
        ...Figures
        funder
        financialYears
        bidLimitPerArea
        registeredOn
      }
    }
  }
  ${STREAM_FIGURES}
`;

const ALLOCATE = /* GraphQL */ `
  mutation ($input: AllocateFundingInput!, $options: CommandOptions) {
    allocateFunding(input: $input, options: $options) {
      replayed
      allocation {
        id
        recipientOrganisationId
        amount {
          pence
          pounds
        }
        status
        financialYear
      }
      fundingStream {
        ...Figures
      }
    }
  }
  ${STREAM_FIGURES}
`;

const ALLOCATION_CHANGE = (mutation: string, input: string) => /* GraphQL */ `
  mutation ($input: ${input}!) {
    ${mutation}(input: $input) {
      allocation {
        id
        status
        amount { pence pounds }
        spent { pence pounds }
        leftToSpend { pence pounds }
        revisions { previousAmount { pounds } amount { pounds } reason revisedOn }
        withdrawal { amount { pounds } reason withdrawnOn }
        spends { amount { pounds } overspend { pence } overspendReason }
      }
      fundingStream { ...Figures }
    }
  }
  ${STREAM_FIGURES}
`;
const REVISE = ALLOCATION_CHANGE('reviseAllocation', 'ReviseAllocationInput');
const WITHDRAW = ALLOCATION_CHANGE('withdrawAllocation', 'WithdrawAllocationInput');
const SPEND = ALLOCATION_CHANGE('recordSpend', 'RecordSpendInput');

const SUBMIT_BID = /* GraphQL */ `
  mutation ($input: SubmitBidInput!) {
    submitBid(input: $input) {
      bid {
        id
        title
        area
        status
        deadline
        amountAsked {
          pounds
        }
        biddingOrganisation {
          shortName
        }
      }
    }
  }
`;

const DECIDE_BID = /* GraphQL */ `
  mutation ($input: RecordBidDecisionInput!) {
    recordBidDecision(input: $input) {
      bid {
        id
        status
        amountAwarded {
          pounds
        }
        decision {
          decidedOn
          note
        }
      }
      allocation {
        id
        amount {
          pounds
        }
        recipientOrganisationId
        bid {
          title
        }
      }
      fundingStream {
        ...Figures
      }
    }
  }
  ${STREAM_FIGURES}
`;

const COMMISSION = /* GraphQL */ `
  mutation ($input: CommissionServiceInput!, $options: CommandOptions) {
    commissionService(input: $input, options: $options) {
      commissionedService {
        id
        name
        area
        providerOrganisationId
        startDate
        endDate
      }
    }
  }
`;

type Figures = { id: string; name: string } & Record<
  'total' | 'allocated' | 'spent' | 'left',
  Money
>;

/** Answers the error's code and message, and checks nothing was appended. */
async function refused(query: string, variables: Record<string, unknown>) {
  const before = await server.head();
  const result = await server.gql(query, variables);
  expect(await server.head()).toBe(before);
  expect(result.errors, JSON.stringify(result.data)).toBeDefined();
  const [error] = result.errors!;
  return { code: error!.extensions?.code, message: error!.message };
}

const allocationInput = (i: number) => ({
  fundingStreamId: DA_DUTY,
  allocationId: uuid(400 + i),
  recipientOrganisationId: authorityId(i),
  // Large sums travel as strings of digits, small ones as numbers: both are pence.
  amountPence: i % 2 === 0 ? String(daDutyTable[i]![2] * 100) : daDutyTable[i]![2] * 100,
  purpose: `DA duty 2021/22: ${daDutyTable[i]![0]}`,
  decisionId: NOTED,
});

beforeAll(async () => {
  const organisations: [string, string, string, string | null][] = [
    ...daDutyTable.map(
      ([name, kind], i) => [authorityId(i), name, kind, null] as [string, string, string, null],
    ),
    [OPCC, 'Office of the Police and Crime Commissioner for Leicestershire', 'OPCC', 'OPCC'],
    [FREEVA, 'Free from Violence and Abuse', 'VOLUNTARY_SECTOR', 'FreeVa'],
    [LWA, 'Living Without Abuse', 'VOLUNTARY_SECTOR', 'LWA'],
    [WALL, "Women's Aid Leicestershire Limited", 'VOLUNTARY_SECTOR', 'WALL'],
  ];
  for (const [organisationId, name, kind, shortName] of organisations)
    await server.ok(REGISTER_ORGANISATION, { input: { organisationId, name, kind, shortName } });
  await server.ok(
    `mutation ($input: EstablishBoardInput!) { establishBoard(input: $input) { board { id } } }`,
    { input: { boardId: LSCSB, name: 'Leicestershire Safer Communities Strategy Board' } },
  );
  await server.ok(
    `mutation ($input: ScheduleMeetingInput!) { scheduleMeeting(input: $input) { meeting { id } } }`,
    { input: { meetingId: MEETING, boardId: LSCSB, date: '2021-03-19', theme: 'OPCC update' } },
  );
  await server.ok(
    `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { decision { id } } }`,
    {
      input: {
        decisionId: NOTED,
        meetingId: MEETING,
        boardId: LSCSB,
        resolution: 'That the contents of the report be noted.',
        kind: 'NOTED',
      },
    },
  );
});

describe('the DA duty 2021/22 allocations (paper 002)', () => {
  it('registers the stream with its total in exact pence', async () => {
    const data = await server.ok<{ registerFundingStream: { fundingStream: Figures } }>(
      REGISTER_STREAM,
      {
        input: {
          fundingStreamId: DA_DUTY,
          name: 'Domestic Abuse duty 2021/22',
          funder: 'Ministry of Housing, Communities and Local Government',
          financialYears: ['2021/22'],
          totalPence: '227664300',
          conditions: 'Support in domestic abuse safe accommodation; most spent on services',
        },
        options: { occurredAt: '2021-02-12' },
      },
    );
    expect(data.registerFundingStream.fundingStream).toMatchObject({
      name: 'Domestic Abuse duty 2021/22',
      funder: 'Ministry of Housing, Communities and Local Government',
      financialYears: ['2021/22'],
      bidLimitPerArea: null,
      registeredOn: '2021-02-12',
      total: { pence: 227664300, pounds: '£2,276,643.00' },
      allocated: { pence: 0, pounds: '£0.00' },
      left: { pence: 227664300, pounds: '£2,276,643.00' },
    });
  });

  it('allocates the ten authorities: exactly £2,276,643.00 allocated and nothing left', async () => {
    let last: { fundingStream: Figures } | undefined;
    for (let i = 0; i < daDutyTable.length; i++) {
      const data = await server.ok<{ allocateFunding: { fundingStream: Figures } }>(ALLOCATE, {
        input: allocationInput(i),
        options: { occurredAt: '2021-03-19', commandId: uuid(900 + i) },
      });
      last = data.allocateFunding;
    }
    expect(last!.fundingStream).toMatchObject({
      allocated: { pence: 227664300, pounds: '£2,276,643.00' },
      left: { pence: 0, pounds: '£0.00' },
    });

    const read = await server.ok<{
      fundingStream: Figures & {
        totalsByRecipient: {
          recipientOrganisationId: string;
          recipient: { name: string };
          allocated: Money;
        }[];
        totalsByYear: { financialYear: string; allocated: Money }[];
        allocations: { totalCount: number; nodes: { amount: Money; allocatedOn: string }[] };
      };
    }>(
      `query ($id: ID!) {
        fundingStream(id: $id) {
          ...Figures
          totalsByRecipient { recipientOrganisationId recipient { name } allocated { pence pounds } }
          totalsByYear { financialYear allocated { pence pounds } }
          allocations(first: 2) { totalCount nodes { amount { pence pounds } allocatedOn } }
        }
      }
      ${STREAM_FIGURES}`,
      { id: DA_DUTY },
    );
    const stream = read.fundingStream;
    expect(stream.left).toEqual({ pence: 0, pounds: '£0.00' });
    expect(stream.totalsByYear).toEqual([
      { financialYear: '2021/22', allocated: { pence: 227664300, pounds: '£2,276,643.00' } },
    ]);
    expect(stream.totalsByRecipient).toHaveLength(10);
    expect(stream.totalsByRecipient[0]).toEqual({
      recipientOrganisationId: LCC,
      recipient: { name: 'Leicestershire County Council' },
      allocated: { pence: 112720500, pounds: '£1,127,205.00' },
    });
    expect(stream.totalsByRecipient[9]).toEqual({
      recipientOrganisationId: CHARNWOOD,
      recipient: { name: 'Charnwood Borough Council' },
      allocated: { pence: 3229500, pounds: '£32,295.00' },
    });
    expect(stream.allocations.totalCount).toBe(10);
    expect(stream.allocations.nodes[1]).toEqual({
      amount: { pence: 85736400, pounds: '£857,364.00' },
      allocatedOn: '2021-03-19',
    });
  });

  it('refuses one more pound, saying what is left; nothing is appended', async () => {
    const { code, message } = await refused(ALLOCATE, {
      input: { ...allocationInput(9), allocationId: uuid(499), amountPence: 100 },
    });
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/over its total of £2,276,643\.00: £0\.00 \(0 pence\) is left/);
  });

  it('lists allocations across streams by recipient, with the decision that made each', async () => {
    const expected = {
      totalCount: 1,
      nodes: [
        {
          purpose: 'DA duty 2021/22: Leicestershire County Council',
          fundingStream: { name: 'Domestic Abuse duty 2021/22' },
          recipient: { name: 'Leicestershire County Council' },
          decision: {
            resolution: 'That the contents of the report be noted.',
            decidedOn: '2021-03-19',
          },
        },
      ],
    };
    const fields = `totalCount nodes {
      purpose fundingStream { name } recipient { name } decision { resolution decidedOn }
    }`;
    const data = await server.ok<{
      allocations: unknown;
      organisation: { fundingAllocations: unknown };
    }>(
      `query ($recipient: ID!) {
        allocations(filter: { recipientOrganisationId: $recipient }) { ${fields} }
        organisation(id: $recipient) { fundingAllocations(filter: { status: LIVE }) { ${fields} } }
      }`,
      { recipient: LCC },
    );
    expect(data.allocations).toEqual(expected);
    expect(data.organisation.fundingAllocations).toEqual(expected);
  });

  it('pages through allocations with cursors', async () => {
    const page = `query ($after: String) {
      allocations(first: 4, after: $after, filter: { fundingStreamId: "${DA_DUTY}" }) {
        totalCount nodes { recipient { name } } pageInfo { hasNextPage endCursor }
      }
    }`;
    type Page = {
      allocations: {
        totalCount: number;
        nodes: { recipient: { name: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const names: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Page = await server.ok<Page>(page, { after });
      names.push(...data.allocations.nodes.map((n) => n.recipient.name));
      if (!data.allocations.pageInfo.hasNextPage) break;
      after = data.allocations.pageInfo.endCursor;
    }
    expect(names).toEqual(daDutyTable.map(([name]) => name));
  });

  it('answers a retried allocation as the first time did, appending nothing', async () => {
    const before = await server.head();
    const retry = await server.ok<{
      allocateFunding: { replayed: boolean; allocation: { id: string; amount: Money } };
    }>(ALLOCATE, { input: allocationInput(0), options: { commandId: uuid(900) } });
    expect(retry.allocateFunding.replayed).toBe(true);
    expect(retry.allocateFunding.allocation).toMatchObject({
      id: uuid(400),
      amount: { pounds: '£1,127,205.00' },
    });
    expect(await server.head()).toBe(before);
  });

  it('revises Charnwood down and over-allocation then says exactly what is left', async () => {
    const revised = await server.ok<{
      reviseAllocation: { allocation: Record<string, unknown>; fundingStream: Figures };
    }>(REVISE, {
      input: {
        fundingStreamId: DA_DUTY,
        allocationId: uuid(409),
        amountPence: 3000000,
        reason: 'ILLUSTRATIVE correction',
        revisedOn: '2021-04-01',
      },
    });
    expect(revised.reviseAllocation.allocation).toMatchObject({
      amount: { pence: 3000000, pounds: '£30,000.00' },
      revisions: [
        {
          previousAmount: { pounds: '£32,295.00' },
          amount: { pounds: '£30,000.00' },
          reason: 'ILLUSTRATIVE correction',
          revisedOn: '2021-04-01',
        },
      ],
    });
    expect(revised.reviseAllocation.fundingStream.left).toEqual({
      pence: 229500,
      pounds: '£2,295.00',
    });
    const { code, message } = await refused(ALLOCATE, {
      input: { ...allocationInput(9), allocationId: uuid(498), amountPence: 229501 },
    });
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/£2,295\.00 \(229500 pence\) is left to allocate/);
  });

  it('withdraws an allocation with its reason, giving its amount back', async () => {
    const data = await server.ok<{
      withdrawAllocation: { allocation: Record<string, unknown>; fundingStream: Figures };
    }>(WITHDRAW, {
      input: {
        fundingStreamId: DA_DUTY,
        allocationId: uuid(408),
        reason: 'ILLUSTRATIVE: paid directly',
        withdrawnOn: '2021-04-02',
      },
    });
    expect(data.withdrawAllocation.allocation).toMatchObject({
      status: 'WITHDRAWN',
      withdrawal: {
        amount: { pounds: '£32,301.00' },
        reason: 'ILLUSTRATIVE: paid directly',
        withdrawnOn: '2021-04-02',
      },
    });
    expect(data.withdrawAllocation.fundingStream.left.pence).toBe(229500 + 3230100);
    const withdrawn = await server.ok<{ allocations: { totalCount: number } }>(
      `{ allocations(filter: { status: WITHDRAWN }) { totalCount } }`,
    );
    expect(withdrawn.allocations.totalCount).toBe(1);
  });

  it('records spend; an overspend needs its reason and then shows below zero', async () => {
    const spend = {
      fundingStreamId: DA_DUTY,
      allocationId: uuid(409),
      amountPence: 2000000,
      spentOn: '2021-09-30',
      note: 'ILLUSTRATIVE: first half-year',
    };
    await server.ok(SPEND, { input: spend });
    const over = { ...spend, amountPence: 1000050, spentOn: '2022-03-31' };
    const { code, message } = await refused(SPEND, { input: over });
    expect(code).toBe('BAD_USER_INPUT');
    expect(message).toMatch(/overspendReason: .*£0\.50 \(50 pence\) over its allocation/);
    const data = await server.ok<{
      recordSpend: { allocation: Record<string, unknown>; fundingStream: Figures };
    }>(SPEND, {
      input: { ...over, overspendReason: 'ILLUSTRATIVE: agreed by the DSVA Ops Group' },
    });
    expect(data.recordSpend.allocation).toMatchObject({
      spent: { pence: 3000050, pounds: '£30,000.50' },
      leftToSpend: { pence: -50, pounds: '-£0.50' },
      spends: [
        { amount: { pounds: '£20,000.00' }, overspend: { pence: 0 }, overspendReason: null },
        {
          amount: { pounds: '£10,000.50' },
          overspend: { pence: 50 },
          overspendReason: 'ILLUSTRATIVE: agreed by the DSVA Ops Group',
        },
      ],
    });
    expect(data.recordSpend.fundingStream.spent).toEqual({ pence: 3000050, pounds: '£30,000.50' });
  });

  it('shows an allocation as a Node with only its own history (auditor)', async () => {
    const data = await server.ok<{
      node: {
        __typename: string;
        history: { nodes: { eventType: string; reason: string | null }[] };
      };
    }>(
      `query ($id: ID!) {
        node(id: $id) { __typename ... on Allocation { history { nodes { eventType reason } } } }
      }`,
      { id: uuid(409) },
      'auditor',
    );
    expect(data.node.__typename).toBe('Allocation');
    expect(data.node.history.nodes.map((n) => n.eventType)).toEqual([
      'FundingAllocated',
      'AllocationRevised',
      'SpendRecorded',
      'SpendRecorded',
    ]);
    expect(data.node.history.nodes[1]!.reason).toBe('ILLUSTRATIVE correction');
  });

  it('reads the stream as it stood before the revision (asOfPosition)', async () => {
    const history = await server.ok<{
      fundingStream: { history: { nodes: { position: number; eventType: string }[] } };
    }>(`query ($id: ID!) { fundingStream(id: $id) { history { nodes { position eventType } } } }`, {
      id: DA_DUTY,
    });
    const revision = history.fundingStream.history.nodes.find(
      (n) => n.eventType === 'AllocationRevised',
    )!;
    const before = await server.ok<{ fundingStream: Figures }>(
      `query ($id: ID!, $at: Position) { fundingStream(id: $id, asOfPosition: $at) { ...Figures } }
      ${STREAM_FIGURES}`,
      { id: DA_DUTY, at: revision.position - 1 },
    );
    expect(before.fundingStream.allocated.pounds).toBe('£2,276,643.00');
    expect(before.fundingStream.left.pence).toBe(0);
  });

  it('answers as the office knew it at a recorded time (asOf): nothing was recorded in 2020', async () => {
    const data = await server.ok<{ fundingStreams: { totalCount: number } }>(
      `{ fundingStreams(asOf: "2020-12-31T23:59:59Z") { totalCount } }`,
      {},
      'auditor',
    );
    expect(data.fundingStreams.totalCount).toBe(0);
  });
});

describe('bad input is refused with a code and what to fix; nothing is appended', () => {
  const cases: [string, Record<string, unknown>, string, RegExp][] = [
    [
      'pounds with decimals',
      { amountPence: '12.5' },
      'BAD_USER_INPUT',
      /amountPence: .*looks like pounds with decimals/,
    ],
    [
      'a negative amount',
      { amountPence: -1 },
      'BAD_USER_INPUT',
      /amountPence: must not be negative/,
    ],
    [
      'a fraction of a penny',
      { amountPence: 12.5 },
      'BAD_USER_INPUT',
      /amountPence: .*fraction of a penny/,
    ],
    ['a pound sign', { amountPence: '£100' }, 'BAD_USER_INPUT', /amountPence: .*digits only/],
    ['nothing', { amountPence: 0 }, 'BAD_USER_INPUT', /amountPence: must be at least 1 pence/],
    [
      'an unknown recipient',
      { recipientOrganisationId: uuid(999) },
      'NOT_FOUND',
      /recipient organisation/,
    ],
    ['an unknown stream', { fundingStreamId: uuid(998) }, 'NOT_FOUND', /funding stream/],
    [
      'a date that cannot be parsed',
      { allocatedOn: '19/03/2021' },
      'BAD_USER_INPUT',
      /allocatedOn: must be a date written YYYY-MM-DD/,
    ],
    [
      'a year the stream does not cover',
      { financialYear: '2022/23' },
      'BAD_USER_INPUT',
      /financialYear: 2022\/23 is not covered/,
    ],
  ];
  it.each(cases)('%s', async (_label, change, code, message) => {
    const refusal = await refused(ALLOCATE, {
      input: { ...allocationInput(9), allocationId: uuid(497), amountPence: 1, ...change },
    });
    expect(refusal.code).toBe(code);
    expect(refusal.message).toMatch(message);
  });

  it('a float written in the query itself reaches the same check', async () => {
    const refusal = await refused(
      `mutation {
        registerFundingStream(input: {
          name: "Bad", funder: "Nobody", financialYears: ["2021/22"], totalPence: 12.5
        }) { fundingStream { id } }
      }`,
      {},
    );
    expect(refusal.code).toBe('BAD_USER_INPUT');
    expect(refusal.message).toMatch(/totalPence: .*"12.5" looks like pounds with decimals/);
  });

  it('a reader key may read the figures but a mutation answers FORBIDDEN', async () => {
    const before = await server.head();
    const result = await server.gql(ALLOCATE, { input: allocationInput(0) }, 'reader');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await server.head()).toBe(before);
    const read = await server.gql<{ fundingStreams: { totalCount: number } }>(
      `{ fundingStreams(filter: { funder: "housing" }) { totalCount } }`,
      {},
      'reader',
    );
    expect(read.data?.fundingStreams.totalCount).toBe(1);
  });
});

describe('Safer Streets round 2 bids (paper 002)', () => {
  const bid = (n: number, title: string, amountAskedPence: number) => ({
    fundingStreamId: SAFER_STREETS,
    bidId: uuid(500 + n),
    biddingOrganisationId: OPCC,
    title,
    area: 'Leicestershire',
    amountAskedPence,
    deadline: '2021-03-25',
    submittedOn: '2021-03-19',
  });

  it('takes up to three bids for the PCC area by the deadline of 25 March 2021', async () => {
    await server.ok(REGISTER_STREAM, {
      input: {
        fundingStreamId: SAFER_STREETS,
        name: 'Safer Streets Fund round 2',
        funder: 'Home Office',
        financialYears: ['2021/22'],
        totalPence: '2000000000',
        conditions: 'Each PCC area may submit up to 3 partnership bids',
        bidLimitPerArea: 3,
      },
      options: { occurredAt: '2021-01-28' },
    });
    const titles = [
      'Safer Streets: City/Blaby',
      'Safer Streets: Hinckley town centre',
      'Safer Streets: Lutterworth town centre',
    ];
    for (const [n, title] of titles.entries()) {
      const submitted = await server.ok<{ submitBid: { bid: Record<string, unknown> } }>(
        SUBMIT_BID,
        { input: bid(n, title, 50000000 - n * 5000000) },
      );
      expect(submitted.submitBid.bid).toMatchObject({
        title,
        status: 'SUBMITTED',
        biddingOrganisation: { shortName: 'OPCC' },
      });
    }
    const data = await server.ok<{
      bids: { totalCount: number; nodes: { title: string; status: string; deadline: string }[] };
    }>(
      `{ bids(filter: { status: SUBMITTED, area: "LEICESTERSHIRE", deadlineTo: "2021-03-25" }) {
          totalCount nodes { title status deadline }
      } }`,
    );
    expect(data.bids.totalCount).toBe(3);
    expect(data.bids.nodes.map((b) => b.title)).toEqual(titles);
    expect(data.bids.nodes.every((b) => b.deadline === '2021-03-25')).toBe(true);
  });

  it('filters streams by year, text and what is left, and bids by deadline', async () => {
    const data = await server.ok<Record<string, { totalCount: number }>>(
      `{
        year: fundingStreams(filter: { financialYear: "2021/22" }) { totalCount }
        otherYear: fundingStreams(filter: { financialYear: "2022/23" }) { totalCount }
        text: fundingStreams(filter: { text: "partnership bids" }) { totalCount }
        withLeft: fundingStreams(filter: { hasLeft: true }) { totalCount }
        fullyAllocated: fundingStreams(filter: { hasLeft: false }) { totalCount }
        late: bids(filter: { deadlineFrom: "2021-03-26" }) { totalCount }
        byOpcc: bids(filter: { biddingOrganisationId: "${OPCC}", fundingStreamId: "${SAFER_STREETS}" }) {
          totalCount
        }
      }`,
    );
    expect(Object.fromEntries(Object.entries(data).map(([k, v]) => [k, v.totalCount]))).toEqual({
      year: 2,
      otherYear: 0,
      text: 1,
      // The DA duty stream has £34,596.00 back from the revision and the withdrawal.
      withLeft: 2,
      fullyAllocated: 0,
      late: 0,
      byOpcc: 3,
    });
  });

  it('refuses a fourth bid for the area', async () => {
    const { code, message } = await refused(SUBMIT_BID, {
      input: bid(3, 'Safer Streets: Loughborough', 10000000),
    });
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/at most 3 bids per area and Leicestershire already has 3/);
  });

  it('records a successful bid as an allocation of the award, and refuses deciding it again', async () => {
    const input = {
      fundingStreamId: SAFER_STREETS,
      bidId: uuid(500),
      outcome: 'SUCCESSFUL',
      amountAwardedPence: 45000000,
      note: 'ILLUSTRATIVE award',
      decidedOn: '2021-06-01',
    };
    const data = await server.ok<{
      recordBidDecision: {
        bid: Record<string, unknown>;
        allocation: Record<string, unknown>;
        fundingStream: Figures;
      };
    }>(DECIDE_BID, { input });
    expect(data.recordBidDecision.bid).toMatchObject({
      status: 'SUCCESSFUL',
      amountAwarded: { pounds: '£450,000.00' },
      decision: { decidedOn: '2021-06-01', note: 'ILLUSTRATIVE award' },
    });
    expect(data.recordBidDecision.allocation).toMatchObject({
      amount: { pounds: '£450,000.00' },
      recipientOrganisationId: OPCC,
      bid: { title: 'Safer Streets: City/Blaby' },
    });
    expect(data.recordBidDecision.fundingStream.allocated.pence).toBe(45000000);
    const again = await refused(DECIDE_BID, { input });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/already decided SUCCESSFUL on 2021-06-01/);
  });

  it('records an unsuccessful bid with no allocation; the pipeline shows each status', async () => {
    const data = await server.ok<{
      recordBidDecision: { bid: { status: string }; allocation: null };
    }>(DECIDE_BID, {
      input: {
        fundingStreamId: SAFER_STREETS,
        bidId: uuid(501),
        outcome: 'UNSUCCESSFUL',
        decidedOn: '2021-06-01',
      },
    });
    expect(data.recordBidDecision).toMatchObject({
      bid: { status: 'UNSUCCESSFUL' },
      allocation: null,
    });
    const pipeline = await server.ok<{
      fundingStream: { bids: { nodes: { status: string }[] } };
    }>(`query ($id: ID!) { fundingStream(id: $id) { bids { nodes { status } } } }`, {
      id: SAFER_STREETS,
    });
    expect(pipeline.fundingStream.bids.nodes.map((b) => b.status)).toEqual([
      'SUCCESSFUL',
      'UNSUCCESSFUL',
      'SUBMITTED',
    ]);
    const history = await server.ok<{
      node: { history: { nodes: { eventType: string }[] } };
    }>(`query ($id: ID!) { node(id: $id) { ... on Bid { history { nodes { eventType } } } } }`, {
      id: uuid(500),
    });
    expect(history.node.history.nodes.map((n) => n.eventType)).toEqual([
      'BidSubmitted',
      'BidDecided',
      'FundingAllocated',
    ]);
  });
});

describe('services commissioned from 1 April 2022 (paper 003)', () => {
  const LLR = 'Leicester, Leicestershire and Rutland';
  const services: [string, string, string, string[]][] = [
    ['Helpline and Engagement Service', LLR, FREEVA, [OPCC]],
    ['Domestic Abuse Locality Service', 'Leicestershire and Rutland', LWA, [LCC]],
    ['Sexual Violence Support Service', LLR, FREEVA, [OPCC]],
    ['Leicestershire Safe Accommodation Support Service', 'Leicestershire', WALL, [LCC]],
  ];
  const ids: string[] = [];
  const contractId = (i: number) => uuid(600 + i);

  it('commissions the four services', async () => {
    for (const [i, [name, area, provider, commissioners]] of services.entries()) {
      const data = await server.ok<{ commissionService: { commissionedService: { id: string } } }>(
        COMMISSION,
        {
          input: {
            contractId: contractId(i),
            name,
            area,
            providerOrganisationId: provider,
            commissionerOrganisationIds: commissioners,
            startDate: '2022-04-01',
            // ILLUSTRATIVE: the papers give no end dates.
            endDate: '2025-03-31',
            fundingStreamIds: name.includes('Safe Accommodation') ? [DA_DUTY] : [],
          },
          options: { occurredAt: '2021-12-01' },
        },
      );
      ids.push(data.commissionService.commissionedService.id);
    }
    expect(new Set(ids).size).toBe(4);
  });

  it('lists all four as active on 1 April 2022 with provider and commissioner, none the day before', async () => {
    const query = `query ($on: Date!) {
      commissionedServices(filter: { activeOn: $on }) {
        totalCount
        nodes {
          name area providerOrganisationId commissionerOrganisationIds startDate activeOn(date: $on)
          provider { shortName } commissioners { name }
        }
      }
    }`;
    const on = await server.ok<{
      commissionedServices: { totalCount: number; nodes: Record<string, unknown>[] };
    }>(query, { on: '2022-04-01' });
    expect(on.commissionedServices.totalCount).toBe(4);
    expect(on.commissionedServices.nodes).toEqual(
      services.map(([name, area, provider, commissioners], i) => ({
        name,
        area,
        providerOrganisationId: provider,
        commissionerOrganisationIds: commissioners,
        startDate: '2022-04-01',
        activeOn: true,
        provider: { shortName: ['FreeVa', 'LWA', 'FreeVa', 'WALL'][i] },
        commissioners: [
          {
            name:
              commissioners[0] === OPCC
                ? 'Office of the Police and Crime Commissioner for Leicestershire'
                : 'Leicestershire County Council',
          },
        ],
      })),
    );
    const before = await server.ok<{ commissionedServices: { totalCount: number } }>(query, {
      on: '2022-03-31',
    });
    expect(before.commissionedServices.totalCount).toBe(0);
  });

  it('filters the register by provider, commissioner, area and funding', async () => {
    const count = async (filter: string) =>
      (
        await server.ok<{ commissionedServices: { totalCount: number } }>(
          `{ commissionedServices(filter: ${filter}) { totalCount } }`,
        )
      ).commissionedServices.totalCount;
    expect(await count(`{ providerOrganisationId: "${FREEVA}" }`)).toBe(2);
    const freeva = await server.ok<{
      organisation: { servicesProvided: { name: string }[]; servicesCommissioned: unknown[] };
    }>(
      `query ($id: ID!) {
        organisation(id: $id) {
          servicesProvided(activeOn: "2022-04-01") { name }
          servicesCommissioned { name }
        }
      }`,
      { id: FREEVA },
    );
    expect(freeva.organisation).toEqual({
      servicesProvided: [
        { name: 'Helpline and Engagement Service' },
        { name: 'Sexual Violence Support Service' },
      ],
      servicesCommissioned: [],
    });
    expect(await count(`{ commissionerOrganisationId: "${LCC}" }`)).toBe(2);
    expect(await count(`{ area: "leicester, leicestershire & rutland" }`)).toBe(2);
    expect(await count(`{ fundingStreamId: "${DA_DUTY}" }`)).toBe(1);
    const paidBy = await server.ok<{
      commissionedServices: { nodes: { name: string; contracts: unknown[] }[] };
    }>(
      `query ($stream: ID!) {
        commissionedServices(filter: { fundingStreamId: $stream }) {
          nodes { name contracts { fundingStreams { name left { pounds } } } }
        }
      }`,
      { stream: DA_DUTY },
    );
    expect(paidBy.commissionedServices.nodes).toEqual([
      {
        name: 'Leicestershire Safe Accommodation Support Service',
        contracts: [
          {
            fundingStreams: [
              { name: 'Domestic Abuse duty 2021/22', left: { pounds: '£34,596.00' } },
            ],
          },
        ],
      },
    ]);
    expect(await count(`{ activeOn: "2025-01-01", endingBy: "2025-03-31" }`)).toBe(4);
  });

  it('extends a contract, keeping the old end date; the register follows', async () => {
    const data = await server.ok<{
      extendContract: {
        commissionedService: {
          endDate: string;
          contracts: {
            extensions: { previousEndDate: string; endDate: string; reason: string }[];
          }[];
        };
      };
    }>(
      `mutation ($input: ExtendContractInput!) {
        extendContract(input: $input) {
          commissionedService { endDate contracts { extensions { previousEndDate endDate reason } } }
        }
      }`,
      {
        input: {
          serviceId: ids[0],
          contractId: contractId(0),
          endDate: '2026-03-31',
          reason: 'ILLUSTRATIVE: extension option taken',
        },
      },
    );
    expect(data.extendContract.commissionedService).toEqual({
      endDate: '2026-03-31',
      contracts: [
        {
          extensions: [
            {
              previousEndDate: '2025-03-31',
              endDate: '2026-03-31',
              reason: 'ILLUSTRATIVE: extension option taken',
            },
          ],
        },
      ],
    });
    const active = await server.ok<{ commissionedServices: { nodes: { name: string }[] } }>(
      `{ commissionedServices(filter: { activeOn: "2025-06-01" }) { nodes { name } } }`,
    );
    expect(active.commissionedServices.nodes).toEqual([
      { name: 'Helpline and Engagement Service' },
    ]);
  });

  it('varies a contract and ends one early, with their reasons', async () => {
    await server.ok(
      `mutation ($input: VaryContractInput!) { varyContract(input: $input) { commissionedService { id } } }`,
      {
        input: {
          serviceId: ids[1],
          contractId: contractId(1),
          annualValuePence: '25000000',
          reason: 'ILLUSTRATIVE: value recorded',
          effectiveFrom: '2022-04-01',
        },
      },
    );
    const data = await server.ok<{
      endContract: { commissionedService: Record<string, unknown> };
    }>(
      `mutation ($input: EndContractInput!) {
        endContract(input: $input) {
          commissionedService {
            endDate
            annualValue { pounds }
            contractOn(date: "2023-01-01") { variations { previousAnnualValue { pounds } annualValue { pounds } reason } }
            contracts { ended { previousEndDate endDate reason } activeOn(date: "2024-06-01") }
          }
        }
      }`,
      {
        input: {
          serviceId: ids[1],
          contractId: contractId(1),
          endDate: '2024-03-31',
          reason: 'ILLUSTRATIVE: recommissioned',
        },
      },
    );
    expect(data.endContract.commissionedService).toEqual({
      endDate: '2024-03-31',
      annualValue: { pounds: '£250,000.00' },
      contractOn: {
        variations: [
          {
            previousAnnualValue: null,
            annualValue: { pounds: '£250,000.00' },
            reason: 'ILLUSTRATIVE: value recorded',
          },
        ],
      },
      contracts: [
        {
          ended: {
            previousEndDate: '2025-03-31',
            endDate: '2024-03-31',
            reason: 'ILLUSTRATIVE: recommissioned',
          },
          activeOn: false,
        },
      ],
    });
  });

  it('refuses an overlapping duplicate contract and one that ends before it starts', async () => {
    const [name, area, provider, commissioners] = services[2]!;
    const input = {
      name: name.toUpperCase(),
      area,
      providerOrganisationId: provider,
      commissionerOrganisationIds: commissioners,
      startDate: '2024-04-01',
    };
    const overlap = await refused(COMMISSION, { input });
    expect(overlap.code).toBe('CONFLICT');
    expect(overlap.message).toMatch(/already has contract .* which overlaps from 2024-04-01/);
    const backwards = await refused(COMMISSION, {
      input: { ...input, startDate: '2026-04-01', endDate: '2026-03-31' },
    });
    expect(backwards.code).toBe('BAD_USER_INPUT');
    expect(backwards.message).toMatch(/endDate: .*a contract cannot end before it starts/);
    const unknown = await refused(COMMISSION, {
      input: { ...input, startDate: '2026-04-01', providerOrganisationId: uuid(997) },
    });
    expect(unknown.code).toBe('NOT_FOUND');
  });

  it('shows the service as a Node with its history', async () => {
    const data = await server.ok<{
      node: { __typename: string; history: { totalCount: number } };
    }>(
      `query ($id: ID!) { node(id: $id) { __typename ... on CommissionedService { history { totalCount } } } }`,
      { id: ids[1] },
    );
    expect(data.node).toEqual({ __typename: 'CommissionedService', history: { totalCount: 3 } });
  });
});

describe('the seeded LLR data (npm start on an empty store)', () => {
  const seeded = useServer({ TRACKER_SEED: 'on' });

  it('reads the DA duty table to the penny, nothing left, and refuses one more pound', async () => {
    const data = await seeded.ok<{
      fundingStreams: {
        nodes: (Figures & {
          totalsByRecipient: {
            recipientOrganisationId: string;
            recipient: { name: string };
            allocated: Money;
          }[];
        })[];
      };
    }>(
      `{
        fundingStreams(filter: { text: "domestic abuse duty" }) {
          nodes {
            ...Figures
            totalsByRecipient { recipientOrganisationId recipient { name } allocated { pence pounds } }
          }
        }
      }
      ${STREAM_FIGURES}`,
    );
    const [stream] = data.fundingStreams.nodes;
    expect(data.fundingStreams.nodes).toHaveLength(1);
    expect(stream).toMatchObject({
      total: { pence: 227664300, pounds: '£2,276,643.00' },
      allocated: { pence: 227664300, pounds: '£2,276,643.00' },
      left: { pence: 0, pounds: '£0.00' },
    });
    expect(stream!.totalsByRecipient.map((r) => [r.recipient.name, r.allocated.pounds])).toEqual(
      daDutyTable.map(([name, , pounds]) => [name, `£${pounds.toLocaleString('en-GB')}.00`]),
    );
    const before = await seeded.head();
    const result = await seeded.gql(ALLOCATE, {
      input: {
        fundingStreamId: stream!.id,
        recipientOrganisationId: stream!.totalsByRecipient[9]!.recipientOrganisationId,
        amountPence: 100,
        purpose: 'One more pound',
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(result.errors?.[0]?.message).toMatch(/£0\.00 \(0 pence\) is left to allocate/);
    expect(await seeded.head()).toBe(before);
  });

  it('lists the four DA services among those active on 1 April 2022, with provider and commissioner', async () => {
    const data = await seeded.ok<{
      commissionedServices: {
        nodes: {
          name: string;
          provider: { shortName: string | null };
          commissioners: { name: string }[];
        }[];
      };
    }>(
      `{
        commissionedServices(filter: { activeOn: "2022-04-01" }) {
          nodes { name provider { shortName } commissioners { name } }
        }
      }`,
    );
    const opcc = 'Office of the Police and Crime Commissioner for Leicestershire';
    const publicHealth = 'Public Health, Leicestershire County Council';
    expect(data.commissionedServices.nodes.slice(0, 4)).toEqual(
      [
        ['Helpline and Engagement Service', 'FreeVa', opcc],
        ['Domestic Abuse Locality Service', 'LWA', publicHealth],
        ['Sexual Violence Support Service', 'FreeVa', opcc],
        ['Leicestershire Safe Accommodation Support Service', 'WALL', publicHealth],
      ].map(([name, shortName, commissioner]) => ({
        name,
        provider: { shortName },
        commissioners: [{ name: commissioner }],
      })),
    );
  });
});
