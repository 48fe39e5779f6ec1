import { describe, expect, it } from 'vitest';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import { poundsToPence } from '../money/money';
import { recordBidDecision, submitBid } from './bid';
import {
  DA_DUTY_DECISION,
  OHID_GRANT,
  OPCC,
  SAFER_STREETS,
  SAFER_STREETS_AREA,
  UNKNOWN,
  decisionExists,
  idOf,
  ohidGrantRegistered,
  organisations,
  saferStreetsRegistered,
} from '../../testing/funding-stream';
import { fundingStream, leftPence, type FundingStreamEvent } from './funding-stream';

/**
 * Safer Streets round 2 (LSCSB, 19 March 2021): up to three partnership bids per PCC area,
 * deadline 25 March 2021; City/Blaby and Hinckley and Lutterworth town centres were shortlisted.
 * The amounts asked and awarded are not in the papers (ILLUSTRATIVE).
 */
const ASKED = poundsToPence(550_000);
const shortlist = [
  'Safer Streets: Leicester City and Blaby',
  'Safer Streets: Hinckley town centre',
  'Safer Streets: Lutterworth town centre',
];
const bidIdOf = (title: string) => idOf(`bid ${title}`);

const submitted = (
  title: string,
  area = SAFER_STREETS_AREA,
): Extract<FundingStreamEvent, { type: 'BidSubmitted' }> => ({
  type: 'BidSubmitted',
  data: {
    fundingStreamId: SAFER_STREETS,
    bidId: bidIdOf(title),
    biddingOrganisationId: OPCC,
    title,
    area,
    amountAskedPence: ASKED,
    financialYear: '2021/22',
    deadline: '2021-03-25',
    submittedOn: '2021-03-24',
  },
});

const bidInput = (title: string, extra: Record<string, unknown> = {}) => ({
  fundingStreamId: SAFER_STREETS,
  bidId: bidIdOf(title),
  biddingOrganisationId: OPCC,
  title,
  area: SAFER_STREETS_AREA,
  amountAskedPence: ASKED,
  deadline: '2021-03-25',
  submittedOn: '2021-03-24',
  ...extra,
});

/** The funder turned the bid down. */
const unsuccessful = (title: string): FundingStreamEvent => ({
  type: 'BidDecided',
  data: {
    fundingStreamId: SAFER_STREETS,
    bidId: bidIdOf(title),
    outcome: 'UNSUCCESSFUL',
    amountAwardedPence: null,
    allocationId: null,
    note: '',
    decisionId: null,
    decidedOn: '2021-06-15',
  },
});

const opcc = organisations;
const [CITY_BLABY = '', HINCKLEY = '', LUTTERWORTH = ''] = shortlist;
const threeSubmitted = [saferStreetsRegistered, ...shortlist.map((title) => submitted(title))];

describe('submitBid', () => {
  it('submits the three shortlisted Safer Streets bids for the PCC area', () => {
    shortlist.forEach((title, index) => {
      specify(submitBid)
        .given(threeSubmitted.slice(0, index + 1), opcc)
        .when(bidInput(title))
        .then([submitted(title)]);
    });
  });

  it('refuses a fourth bid for the same area, however the area is written', () => {
    const error = specify(submitBid)
      .given(threeSubmitted, opcc)
      .when(
        bidInput('Safer Streets: Loughborough', { area: 'Leicester, Leicestershire & Rutland' }),
      )
      .thenThrows(
        'CONFLICT',
        /"Safer Streets Fund round 2" takes at most 3 bids per area and Leicester, Leicestershire & Rutland already has 3 \("Safer Streets: Leicester City and Blaby", "Safer Streets: Hinckley town centre", "Safer Streets: Lutterworth town centre"\); no more can be submitted/,
      );
    expect(error.details).toMatchObject({ bidLimitPerArea: 3 });
  });

  it('takes bids from another area while one area is at its limit', () => {
    specify(submitBid)
      .given(threeSubmitted, opcc)
      .when(bidInput('Safer Streets: Nottingham', { area: 'Nottinghamshire' }))
      .then([submitted('Safer Streets: Nottingham', 'Nottinghamshire')]);
  });

  it('counts a decided bid towards the limit', () => {
    specify(submitBid)
      .given([...threeSubmitted, unsuccessful(LUTTERWORTH)], opcc)
      .when(bidInput('Safer Streets: Coalville'))
      .thenThrows('CONFLICT', /at most 3 bids per area/);
  });

  it('mints the bid id, takes the only year and dates the submission by the command', () => {
    specify(submitBid)
      .given([saferStreetsRegistered], opcc)
      .whenSent(bidInput(CITY_BLABY, { bidId: undefined, submittedOn: undefined }), {
        occurredAt: '2021-03-25T16:00:00Z',
      })
      .then([
        {
          type: 'BidSubmitted',
          data: {
            ...submitted(CITY_BLABY).data,
            bidId: memberIdFor(SAFER_STREETS, 'bid', 0),
            submittedOn: '2021-03-25',
          },
        },
      ]);
  });

  it('refuses a bid submitted after the deadline', () => {
    specify(submitBid)
      .given([saferStreetsRegistered], opcc)
      .when(bidInput(CITY_BLABY, { submittedOn: '2021-03-26' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /submittedOn: 2021-03-26 is after the deadline of 2021-03-25; a late bid cannot be recorded/,
      );
  });

  it('refuses a bidding organisation that does not exist', () => {
    specify(submitBid)
      .given([saferStreetsRegistered], organisations)
      .when(bidInput(CITY_BLABY, { biddingOrganisationId: UNKNOWN }))
      .thenThrows('NOT_FOUND', new RegExp(`bidding organisation ${UNKNOWN} does not exist`));
  });

  it('refuses a funding stream that does not exist', () => {
    specify(submitBid)
      .given([], opcc)
      .when(bidInput(CITY_BLABY))
      .thenThrows('NOT_FOUND', new RegExp(`funding stream ${SAFER_STREETS} does not exist`));
  });

  it('refuses a bid id already used', () => {
    specify(submitBid)
      .given(threeSubmitted.slice(0, 2), opcc)
      .when(bidInput(CITY_BLABY))
      .thenThrows(
        'CONFLICT',
        /is already submitted to "Safer Streets Fund round 2"; give a new bidId/,
      );
  });

  it('refuses a year the stream does not cover, and a multi-year stream without one', () => {
    specify(submitBid)
      .given([saferStreetsRegistered], opcc)
      .when(bidInput(CITY_BLABY, { financialYear: '2020/21' }))
      .thenThrows('BAD_USER_INPUT', /financialYear: 2020\/21 is not covered/);
    specify(submitBid)
      .given([ohidGrantRegistered], organisations)
      .when({ ...bidInput('Naloxone via police'), fundingStreamId: OHID_GRANT })
      .thenThrows(
        'BAD_USER_INPUT',
        /financialYear: .* covers 2022\/23, 2023\/24, 2024\/25; say which year/,
      );
  });

  it('refuses bad amounts, a missing area and an unparseable deadline', () => {
    specify(submitBid)
      .given([saferStreetsRegistered], opcc)
      .when(
        bidInput(CITY_BLABY, { amountAskedPence: '550000.00', area: '', deadline: '25 Mar 2021' }),
      )
      .thenThrows(
        'BAD_USER_INPUT',
        /area: must not be empty; amountAskedPence: .*looks like pounds with decimals.*; deadline: must be a date written YYYY-MM-DD/,
      );
  });
});

describe('recordBidDecision', () => {
  const decide = (title: string, extra: Record<string, unknown>) => ({
    fundingStreamId: SAFER_STREETS,
    bidId: bidIdOf(title),
    decidedOn: '2021-06-15',
    ...extra,
  });
  const AWARD_ALLOCATION = idOf('Hinckley award');
  const AWARDED = poundsToPence(450_000);

  const hinckleyAwarded: FundingStreamEvent[] = [
    {
      type: 'BidDecided',
      data: {
        fundingStreamId: SAFER_STREETS,
        bidId: bidIdOf(HINCKLEY),
        outcome: 'SUCCESSFUL',
        amountAwardedPence: AWARDED,
        allocationId: AWARD_ALLOCATION,
        note: 'Home Office letter',
        decisionId: DA_DUTY_DECISION,
        decidedOn: '2021-06-15',
      },
    },
    {
      type: 'FundingAllocated',
      data: {
        fundingStreamId: SAFER_STREETS,
        allocationId: AWARD_ALLOCATION,
        recipientOrganisationId: OPCC,
        amountPence: AWARDED,
        purpose: HINCKLEY,
        financialYear: '2021/22',
        decisionId: DA_DUTY_DECISION,
        bidId: bidIdOf(HINCKLEY),
        allocatedOn: '2021-06-15',
      },
    },
  ];

  it('records a successful bid: the award becomes an allocation of the stream', () => {
    specify(recordBidDecision)
      .given(threeSubmitted, { decision: decisionExists(DA_DUTY_DECISION) })
      .whenSent(
        decide(HINCKLEY, {
          outcome: 'SUCCESSFUL',
          amountAwardedPence: AWARDED,
          allocationId: AWARD_ALLOCATION,
          note: 'Home Office letter',
          decisionId: DA_DUTY_DECISION,
        }),
      )
      .then(hinckleyAwarded);
    const state = fold(fundingStream, [...threeSubmitted, ...hinckleyAwarded]);
    expect(leftPence(state)).toBe(poundsToPence(20_000_000) - AWARDED);
    expect(state.bids.find((b) => b.bidId === bidIdOf(HINCKLEY))?.status).toBe('SUCCESSFUL');
  });

  it('records an unsuccessful bid', () => {
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(LUTTERWORTH, { outcome: 'UNSUCCESSFUL' }))
      .then([unsuccessful(LUTTERWORTH)]);
  });

  it('refuses to decide a bid twice', () => {
    specify(recordBidDecision)
      .given([...threeSubmitted, ...hinckleyAwarded])
      .whenSent(decide(HINCKLEY, { outcome: 'UNSUCCESSFUL' }))
      .thenThrows(
        'CONFLICT',
        /bid "Safer Streets: Hinckley town centre" was already decided SUCCESSFUL on 2021-06-15; a bid is decided once/,
      );
  });

  it('refuses a bid that was not submitted, and a stream that does not exist', () => {
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(CITY_BLABY, { bidId: UNKNOWN, outcome: 'UNSUCCESSFUL' }))
      .thenThrows(
        'NOT_FOUND',
        new RegExp(`bid ${UNKNOWN} has not been submitted to funding stream`),
      );
    specify(recordBidDecision)
      .given([])
      .whenSent(decide(CITY_BLABY, { outcome: 'UNSUCCESSFUL' }))
      .thenThrows('NOT_FOUND', /funding stream .* does not exist/);
  });

  it('refuses a successful outcome without an amount, and an unsuccessful one with one', () => {
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(HINCKLEY, { outcome: 'SUCCESSFUL' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /amountAwardedPence: give the amount awarded, in pence, for a SUCCESSFUL bid/,
      );
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(HINCKLEY, { outcome: 'UNSUCCESSFUL', amountAwardedPence: 1 }))
      .thenThrows('BAD_USER_INPUT', /amountAwardedPence: leave it out for an UNSUCCESSFUL bid/);
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(HINCKLEY, { outcome: 'WITHDRAWN' }))
      .thenThrows('BAD_USER_INPUT', /outcome: must be one of SUCCESSFUL, UNSUCCESSFUL/);
  });

  it('refuses an award above the amount asked', () => {
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(HINCKLEY, { outcome: 'SUCCESSFUL', amountAwardedPence: ASKED + 1 }))
      .thenThrows(
        'BAD_USER_INPUT',
        /amountAwardedPence: £550,000\.01 is more than the £550,000\.00 "Safer Streets: Hinckley town centre" asked for/,
      );
  });

  it('refuses an award that would take the stream over its total, saying what is left', () => {
    const small: FundingStreamEvent = {
      ...saferStreetsRegistered,
      data: { ...saferStreetsRegistered.data, totalPence: poundsToPence(500_000) },
    } as FundingStreamEvent;
    const error = specify(recordBidDecision)
      .given([small, ...shortlist.map((title) => submitted(title)), ...hinckleyAwarded])
      .whenSent(
        decide(CITY_BLABY, { outcome: 'SUCCESSFUL', amountAwardedPence: poundsToPence(50_001) }),
      )
      .thenThrows(
        'CONFLICT',
        /an award of £50,001\.00 would take .* £50,000\.00 \(5000000 pence\) is left/,
      );
    expect(error.details).toMatchObject({ leftPence: 5000000 });
  });

  it('refuses a decision date before the bid was submitted, and one that cannot be read', () => {
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(HINCKLEY, { outcome: 'UNSUCCESSFUL', decidedOn: '2021-03-01' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /decidedOn: 2021-03-01 is before the bid was submitted \(2021-03-24\)/,
      );
    specify(recordBidDecision)
      .given(threeSubmitted)
      .whenSent(decide(HINCKLEY, { outcome: 'UNSUCCESSFUL', decidedOn: 'June 2021' }))
      .thenThrows('BAD_USER_INPUT', /decidedOn: must be a date written YYYY-MM-DD/);
  });

  it('refuses a decision that does not exist', () => {
    specify(recordBidDecision)
      .given(threeSubmitted, { decision: [] })
      .whenSent(decide(HINCKLEY, { outcome: 'UNSUCCESSFUL', decisionId: UNKNOWN }))
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });
});
