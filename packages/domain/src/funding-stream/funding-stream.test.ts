import { describe, expect, it } from 'vitest';
import { fold } from '../kernel/decider';
import { specify } from '../../testing/specification';
import { formatPounds } from '../money/money';
import {
  DA_DUTY,
  daDutyFullyAllocated,
  daDutyRegistered,
  daDutyTable,
  ohidGrantRegistered,
  saferStreetsRegistered,
} from '../../testing/funding-stream';
import { allocatedPence, fundingStream, leftPence, registerFundingStream } from './funding-stream';

const daDutyInput = {
  fundingStreamId: DA_DUTY,
  name: 'Domestic Abuse duty 2021/22',
  funder: 'Ministry of Housing, Communities and Local Government',
  financialYears: ['2021/22'],
  totalPence: 227664300,
  conditions: daDutyRegistered.data.conditions,
  registeredOn: '2021-02-12',
};

describe('registerFundingStream', () => {
  it('registers the DA duty 2021/22: £2,276,643 from MHCLG', () => {
    specify(registerFundingStream).given([]).when(daDutyInput).then([daDutyRegistered]);
  });

  it('registers Safer Streets round 2 with its limit of three bids per PCC area', () => {
    const { fundingStreamId, ...data } = saferStreetsRegistered.data;
    specify(registerFundingStream)
      .given([])
      .when({ fundingStreamId, ...data })
      .then([saferStreetsRegistered]);
  });

  it('registers a three-year grant (OHID) and takes the amount as a string of digits', () => {
    const { fundingStreamId, ...data } = ohidGrantRegistered.data;
    specify(registerFundingStream)
      .given([])
      .when({ fundingStreamId, ...data, totalPence: String(data.totalPence) })
      .then([ohidGrantRegistered]);
  });

  it('mints the id and dates the registration by the command when they are left out', () => {
    specify(registerFundingStream)
      .given([])
      .when(
        {
          name: 'Strategic Partnership Development Fund',
          funder: 'OPCC',
          financialYears: ['2021/22'],
          totalPence: 1,
        },
        { occurredAt: '2021-05-20T10:00:00Z' },
      )
      .then((id) => [
        {
          type: 'FundingStreamRegistered',
          data: {
            fundingStreamId: id,
            name: 'Strategic Partnership Development Fund',
            funder: 'OPCC',
            financialYears: ['2021/22'],
            totalPence: 1,
            conditions: '',
            bidLimitPerArea: null,
            registeredOn: '2021-05-20',
          },
        },
      ]);
  });

  it('refuses a total written as pounds with decimals, saying what to send', () => {
    specify(registerFundingStream)
      .given([])
      .when({ ...daDutyInput, totalPence: '2276643.00' })
      .thenThrows(
        'BAD_USER_INPUT',
        /totalPence: must be a whole number of pence, e\.g\. 227664300 for £2,276,643\.00; "2276643\.00" looks like pounds/,
      );
  });

  it('refuses a negative, fractional or zero total', () => {
    const when = (totalPence: unknown) =>
      specify(registerFundingStream)
        .given([])
        .whenSent({ ...daDutyInput, totalPence });
    when(-227664300).thenThrows('BAD_USER_INPUT', /totalPence: must not be negative/);
    when(2276643.5).thenThrows('BAD_USER_INPUT', /totalPence: .*fraction of a penny/);
    when(0).thenThrows('BAD_USER_INPUT', /totalPence: must be at least 1 pence/);
  });

  it('refuses financial years that are not consecutive, in order, written YYYY/YY', () => {
    const when = (financialYears: unknown) =>
      specify(registerFundingStream)
        .given([])
        .whenSent({ ...daDutyInput, financialYears });
    when(['2022/23', '2024/25']).thenThrows(
      'BAD_USER_INPUT',
      /financialYears\.1: must follow 2022\/23 \(consecutive years in order/,
    );
    when(['2023/24', '2022/23']).thenThrows('BAD_USER_INPUT', /financialYears\.1: must follow/);
    when(['2021/23']).thenThrows('BAD_USER_INPUT', /financialYears\.0: must name two consecutive/);
    when(['2021-22']).thenThrows(
      'BAD_USER_INPUT',
      /financialYears\.0: must be a financial year written YYYY\/YY/,
    );
    when([]).thenThrows('BAD_USER_INPUT', /financialYears: must name at least one financial year/);
    when('2021/22').thenThrows(
      'BAD_USER_INPUT',
      /financialYears: must be a list of financial years/,
    );
  });

  it('refuses a bid limit that is not a whole number of at least one', () => {
    const when = (bidLimitPerArea: unknown) =>
      specify(registerFundingStream)
        .given([])
        .whenSent({ ...daDutyInput, bidLimitPerArea });
    when(0).thenThrows('BAD_USER_INPUT', /bidLimitPerArea: must be at least 1/);
    when(2.5).thenThrows('BAD_USER_INPUT', /bidLimitPerArea: must be a whole number of bids/);
  });

  it('refuses an empty name and an unparseable date', () => {
    specify(registerFundingStream)
      .given([])
      .when({ ...daDutyInput, name: ' ', registeredOn: '12/02/2021' })
      .thenThrows(
        'BAD_USER_INPUT',
        /name: must not be empty; registeredOn: must be a date written YYYY-MM-DD/,
      );
  });

  it('refuses to register the same stream twice', () => {
    specify(registerFundingStream)
      .given([daDutyRegistered])
      .when(daDutyInput)
      .thenThrows('CONFLICT', /already registered as "Domestic Abuse duty 2021\/22"/);
  });
});

describe('the funding stream state', () => {
  it('holds the ten DA duty allocations, which sum to £2,276,643 and leave nothing', () => {
    const state = fold(fundingStream, daDutyFullyAllocated);
    expect(state.allocations).toHaveLength(daDutyTable.length);
    expect(formatPounds(allocatedPence(state))).toBe('£2,276,643.00');
    expect(leftPence(state)).toBe(0);
  });
});
