import { describe, expect, it } from 'vitest';
import {
  DA_DUTY,
  DA_DUTY_DECISION,
  FREEVA,
  LEICESTERSHIRE_CC,
  LWA,
  OPCC,
  UNKNOWN,
  WALL,
  daDutyRegistered,
  decisionExists,
  idOf,
  organisations,
} from '../../testing/funding-stream';
import { fold } from '../kernel/decider';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import {
  commissionService,
  commissionedService,
  endContract,
  extendContract,
  serviceIdFor,
  varyContract,
  type CommissionedServiceEvent,
} from './commissioned-service';

/**
 * The domestic and sexual violence and abuse services commissioned from 1 April 2022 (LSCSB,
 * 17 June 2022, Appendix A). The papers give neither the contracts' end dates nor their values:
 * where a test needs them it uses an end of 31 March 2025 and values marked ILLUSTRATIVE.
 */
const LLR = 'Leicester, Leicestershire and Rutland';
const services = [
  {
    name: 'Helpline and Engagement Service',
    provider: FREEVA,
    commissioners: [OPCC],
    area: LLR,
    fundingStreamIds: [] as string[],
  },
  {
    name: 'Domestic Abuse Locality Service',
    provider: LWA,
    commissioners: [LEICESTERSHIRE_CC],
    area: 'Leicestershire and Rutland',
    fundingStreamIds: [],
  },
  {
    name: 'Sexual Violence Support Service',
    provider: FREEVA,
    commissioners: [OPCC],
    area: LLR,
    fundingStreamIds: [],
  },
  {
    name: 'Leicestershire Safe Accommodation Support Service',
    provider: WALL,
    commissioners: [LEICESTERSHIRE_CC],
    area: 'Leicestershire',
    /** Safe accommodation support is what the DA duty funding is for. */
    fundingStreamIds: [DA_DUTY],
  },
];
const [HELPLINE = services[0]!, , , SAFE_ACCOMMODATION = services[3]!] = services;
const HELPLINE_ID = serviceIdFor(HELPLINE.name, HELPLINE.area);
const HELPLINE_CONTRACT = idOf('Helpline contract 2022');
const NEXT_CONTRACT = idOf('Helpline contract 2025');
const END = '2025-03-31';
const ILLUSTRATIVE_VALUE = 45000000;

type Service = (typeof services)[number];

const commissioned = (
  service: Service,
  contractId: string,
  extra: Partial<Extract<CommissionedServiceEvent, { type: 'ServiceCommissioned' }>['data']> = {},
): CommissionedServiceEvent => ({
  type: 'ServiceCommissioned',
  data: {
    serviceId: serviceIdFor(service.name, service.area),
    contractId,
    name: service.name,
    area: service.area,
    scope: '',
    providerOrganisationId: service.provider,
    commissionerOrganisationIds: service.commissioners,
    startDate: '2022-04-01',
    endDate: null,
    annualValuePence: null,
    fundingStreamIds: service.fundingStreamIds,
    decisionId: null,
    ...extra,
  },
});

const commissionInput = (service: Service, extra: Record<string, unknown> = {}) => ({
  name: service.name,
  area: service.area,
  providerOrganisationId: service.provider,
  commissionerOrganisationIds: service.commissioners,
  startDate: '2022-04-01',
  fundingStreamIds: service.fundingStreamIds,
  ...extra,
});

/** The organisations registered, and the funding streams the service names. */
const refsFor = (service: Service) => ({
  ...organisations,
  ...Object.fromEntries(
    service.fundingStreamIds.map((_, i) => [`fundingStream${i}`, [daDutyRegistered]]),
  ),
});

/** The helpline's first contract, to 31 March 2025. */
const helpline = [commissioned(HELPLINE, HELPLINE_CONTRACT, { endDate: END })];

describe('commissionService', () => {
  it('commissions the four services that started on 1 April 2022', () => {
    for (const service of services) {
      const contractId = idOf(`${service.name} contract`);
      const id = specify(commissionService)
        .given([], refsFor(service))
        .when(commissionInput(service, { contractId }))
        .then([commissioned(service, contractId)]);
      expect(id).toBe(serviceIdFor(service.name, service.area));
    }
  });

  it('records its end, value, scope and decision, and mints the contract id', () => {
    specify(commissionService)
      .given([], { ...refsFor(HELPLINE), decision: decisionExists(DA_DUTY_DECISION) })
      .when(
        commissionInput(HELPLINE, {
          endDate: END,
          annualValuePence: String(ILLUSTRATIVE_VALUE),
          scope: 'Front door: freephone helpline 0808 80 200 28, initial support and assessment',
          decisionId: DA_DUTY_DECISION,
        }),
      )
      .then([
        commissioned(HELPLINE, memberIdFor(HELPLINE_ID, 'contract', 0), {
          endDate: END,
          annualValuePence: ILLUSTRATIVE_VALUE,
          scope: 'Front door: freephone helpline 0808 80 200 28, initial support and assessment',
          decisionId: DA_DUTY_DECISION,
        }),
      ]);
  });

  it('addresses one service however its name and area are written', () => {
    expect(
      serviceIdFor('helpline & engagement  service', 'Leicester Leicestershire and Rutland'),
    ).toBe(HELPLINE_ID);
    expect(serviceIdFor(HELPLINE.name, 'Leicestershire')).not.toBe(HELPLINE_ID);
  });

  it('refuses an overlapping contract for the same service and area', () => {
    const error = specify(commissionService)
      .given(helpline, refsFor(HELPLINE))
      .when(
        commissionInput(
          { ...HELPLINE, name: 'HELPLINE & ENGAGEMENT SERVICE' },
          { startDate: '2024-04-01' },
        ),
      )
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `"Helpline and Engagement Service" for ${LLR} already has contract ${HELPLINE_CONTRACT} with provider ${FREEVA} from 2022-04-01 to 2025-03-31, which overlaps from 2024-04-01 with no end date; start the new contract after it ends`,
        ),
      );
    expect(error.details).toMatchObject({ contractId: HELPLINE_CONTRACT });
  });

  it('refuses any later contract while one runs with no end date', () => {
    specify(commissionService)
      .given([commissioned(HELPLINE, HELPLINE_CONTRACT)], refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { startDate: '2030-04-01', endDate: '2031-03-31' }))
      .thenThrows(
        'CONFLICT',
        /from 2022-04-01 with no end date, which overlaps from 2030-04-01 to 2031-03-31/,
      );
  });

  it('takes a re-commissioning that starts after the current contract ends', () => {
    specify(commissionService)
      .given(helpline, refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { contractId: NEXT_CONTRACT, startDate: '2025-04-01' }))
      .then([commissioned(HELPLINE, NEXT_CONTRACT, { startDate: '2025-04-01' })]);
  });

  it('refuses a contract that ends before it starts', () => {
    specify(commissionService)
      .given([], refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { endDate: '2022-03-31' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /endDate: 2022-03-31 is before startDate 2022-04-01: a contract cannot end before it starts/,
      );
  });

  it('refuses a provider, commissioner, funding stream or decision that does not exist', () => {
    const when = (refs: Record<string, unknown[]>, extra: Record<string, unknown>) =>
      specify(commissionService)
        .given([], { ...refsFor(SAFE_ACCOMMODATION), ...refs })
        .when(commissionInput(SAFE_ACCOMMODATION, extra));
    when({}, { providerOrganisationId: UNKNOWN }).thenThrows(
      'NOT_FOUND',
      new RegExp(`provider organisation ${UNKNOWN} does not exist`),
    );
    when({}, { commissionerOrganisationIds: [LEICESTERSHIRE_CC, UNKNOWN] }).thenThrows(
      'NOT_FOUND',
      new RegExp(`commissioner organisation ${UNKNOWN} does not exist`),
    );
    when({ fundingStream0: [] }, { fundingStreamIds: [UNKNOWN] }).thenThrows(
      'NOT_FOUND',
      new RegExp(`funding stream ${UNKNOWN} does not exist`),
    );
    when({ decision: [] }, { decisionId: UNKNOWN }).thenThrows(
      'NOT_FOUND',
      new RegExp(`decision ${UNKNOWN} does not exist`),
    );
  });

  it('refuses no commissioner, a commissioner named twice, and unparseable dates', () => {
    specify(commissionService)
      .given([], refsFor(HELPLINE))
      .when(
        commissionInput(HELPLINE, { commissionerOrganisationIds: [], startDate: '1 April 2022' }),
      )
      .thenThrows(
        'BAD_USER_INPUT',
        /commissionerOrganisationIds: must name at least one commissioning organisation; startDate: must be a date written YYYY-MM-DD/,
      );
    specify(commissionService)
      .given([], refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { commissionerOrganisationIds: [OPCC, OPCC] }))
      .thenThrows(
        'BAD_USER_INPUT',
        new RegExp(`commissionerOrganisationIds: lists ${OPCC} twice; list each id once`),
      );
  });

  it('refuses an annual value that is not whole pence', () => {
    specify(commissionService)
      .given([], refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { annualValuePence: '450000.00' }))
      .thenThrows('BAD_USER_INPUT', /annualValuePence: .*looks like pounds with decimals/);
    specify(commissionService)
      .given([], refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { annualValuePence: -1 }))
      .thenThrows('BAD_USER_INPUT', /annualValuePence: must not be negative/);
  });

  it('refuses a contract id already used', () => {
    specify(commissionService)
      .given(helpline, refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { contractId: HELPLINE_CONTRACT, startDate: '2025-04-01' }))
      .thenThrows(
        'CONFLICT',
        /already exists for "Helpline and Engagement Service"; give a new contractId/,
      );
  });
});

const target = (extra: Record<string, unknown>) => ({
  serviceId: HELPLINE_ID,
  contractId: HELPLINE_CONTRACT,
  ...extra,
});

const ended = (
  endDate: string,
  previousEndDate: string | null = END,
): CommissionedServiceEvent => ({
  type: 'ContractEnded',
  data: {
    serviceId: HELPLINE_ID,
    contractId: HELPLINE_CONTRACT,
    previousEndDate,
    endDate,
    reason: 'Provider gave notice',
    decisionId: null,
  },
});

/** Refusals every contract command shares: an unknown service, contract or decision. */
const refusesUnknowns = (
  definition: Parameters<typeof specify>[0],
  valid: Record<string, unknown>,
) => {
  specify(definition)
    .given([])
    .when(target({ ...valid, serviceId: UNKNOWN }))
    .thenThrows(
      'NOT_FOUND',
      new RegExp(`commissioned service ${UNKNOWN} does not exist; check the serviceId`),
    );
  specify(definition)
    .given(helpline)
    .when(target({ ...valid, contractId: UNKNOWN }))
    .thenThrows(
      'NOT_FOUND',
      new RegExp(`contract ${UNKNOWN} is not a contract of "Helpline and Engagement Service"`),
    );
  specify(definition)
    .given(helpline, { decision: [] })
    .when(target({ ...valid, decisionId: UNKNOWN }))
    .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
};

describe('extendContract', () => {
  const extension = { endDate: '2026-03-31', reason: 'One-year extension option taken' };

  it('extends a contract, keeping the end it replaced', () => {
    const event: CommissionedServiceEvent = {
      type: 'ContractExtended',
      data: {
        serviceId: HELPLINE_ID,
        contractId: HELPLINE_CONTRACT,
        previousEndDate: END,
        endDate: '2026-03-31',
        reason: 'One-year extension option taken',
        decisionId: DA_DUTY_DECISION,
      },
    };
    specify(extendContract)
      .given(helpline, { decision: decisionExists(DA_DUTY_DECISION) })
      .whenSent(target({ ...extension, decisionId: DA_DUTY_DECISION }))
      .then([event]);
    const contract = fold(commissionedService, [...helpline, event]).contracts[0];
    expect(contract).toMatchObject({ endDate: '2026-03-31', endDateHistory: [END] });
  });

  it('refuses a new end that is not after the current one', () => {
    specify(extendContract)
      .given(helpline)
      .whenSent(target({ ...extension, endDate: END }))
      .thenThrows(
        'BAD_USER_INPUT',
        /endDate: 2025-03-31 is not after the contract's current end \(2025-03-31\); give a later date, or use endContract/,
      );
  });

  it('refuses an extension that would overlap the next contract', () => {
    specify(extendContract)
      .given([...helpline, commissioned(HELPLINE, NEXT_CONTRACT, { startDate: '2025-10-01' })])
      .whenSent(target(extension))
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `already has contract ${NEXT_CONTRACT} .* from 2025-10-01 with no end date, which overlaps from 2022-04-01 to 2026-03-31; extend it only up to the day before`,
        ),
      );
  });

  it('refuses a contract with no end date, and one that has ended', () => {
    specify(extendContract)
      .given([commissioned(HELPLINE, HELPLINE_CONTRACT)])
      .whenSent(target(extension))
      .thenThrows('CONFLICT', /has no end date, so there is nothing to extend/);
    specify(extendContract)
      .given([...helpline, ended('2024-03-31')])
      .whenSent(target(extension))
      .thenThrows('CONFLICT', /has already ended \(2024-03-31\); it cannot be extended/);
  });

  it('refuses an unknown service, contract or decision, an unparseable date and no reason', () => {
    refusesUnknowns(extendContract, extension);
    specify(extendContract)
      .given(helpline)
      .whenSent(target({ endDate: '2026-02-30' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /endDate: must be a date written YYYY-MM-DD.*; reason: is required/,
      );
  });
});

describe('varyContract', () => {
  const valued = [
    commissioned(HELPLINE, HELPLINE_CONTRACT, {
      endDate: END,
      annualValuePence: ILLUSTRATIVE_VALUE,
    }),
  ];
  const variation = { reason: 'Weekend hours restored', effectiveFrom: '2022-10-01' };

  type VariedData = Extract<CommissionedServiceEvent, { type: 'ContractVaried' }>['data'];
  /** A variation of the valued helpline contract. */
  const varied = (data: Partial<VariedData>): CommissionedServiceEvent => ({
    type: 'ContractVaried',
    data: {
      serviceId: HELPLINE_ID,
      contractId: HELPLINE_CONTRACT,
      previousAnnualValuePence: ILLUSTRATIVE_VALUE,
      annualValuePence: ILLUSTRATIVE_VALUE,
      previousScope: '',
      scope: '',
      reason: 'Weekend hours restored',
      effectiveFrom: '2022-10-01',
      decisionId: null,
      ...data,
    },
  });

  it('varies the annual value and the scope, keeping what they replaced', () => {
    specify(varyContract)
      .given(valued)
      .whenSent(
        target({ ...variation, annualValuePence: 47500000, scope: 'Helpline 7 days a week' }),
      )
      .then([varied({ annualValuePence: 47500000, scope: 'Helpline 7 days a week' })]);
  });

  it('varies the scope alone, keeping the value, dated by the command when no date is given', () => {
    specify(varyContract)
      .given(valued)
      .whenSent(target({ reason: 'Adds group work', scope: 'Helpline and group work' }), {
        occurredAt: '2023-01-09',
      })
      .then([
        varied({
          scope: 'Helpline and group work',
          reason: 'Adds group work',
          effectiveFrom: '2023-01-09',
        }),
      ]);
  });

  it('refuses a variation that names nothing to vary, or changes nothing', () => {
    specify(varyContract)
      .given(valued)
      .whenSent(target(variation))
      .thenThrows(
        'BAD_USER_INPUT',
        /annualValuePence: give a new annualValuePence, a new scope, or both/,
      );
    specify(varyContract)
      .given(valued)
      .whenSent(target({ ...variation, annualValuePence: ILLUSTRATIVE_VALUE }))
      .thenThrows(
        'BAD_USER_INPUT',
        /already has an annual value of £450,000\.00 and that scope; give what changes/,
      );
  });

  it('refuses a date outside the contract, and a contract that has ended', () => {
    specify(varyContract)
      .given(valued)
      .whenSent(target({ ...variation, annualValuePence: 1, effectiveFrom: '2025-04-01' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /effectiveFrom: 2025-04-01 is outside the contract \(from 2022-04-01 to 2025-03-31\)/,
      );
    specify(varyContract)
      .given([...valued, ended('2023-03-31')])
      .whenSent(target({ ...variation, annualValuePence: 1 }))
      .thenThrows('CONFLICT', /has already ended \(2023-03-31\); it cannot be varied/);
  });

  it('refuses amounts that are not whole pence, and unknowns', () => {
    specify(varyContract)
      .given(valued)
      .whenSent(target({ ...variation, annualValuePence: 47500000.5 }))
      .thenThrows('BAD_USER_INPUT', /annualValuePence: .*fraction of a penny/);
    refusesUnknowns(varyContract, { ...variation, annualValuePence: 1 });
  });
});

describe('endContract', () => {
  it('ends a contract early, keeping the end it replaced', () => {
    specify(endContract)
      .given(helpline)
      .whenSent(target({ endDate: '2024-03-31', reason: 'Provider gave notice' }))
      .then([ended('2024-03-31')]);
    const contract = fold(commissionedService, [...helpline, ended('2024-03-31')]).contracts[0];
    expect(contract).toMatchObject({ endDate: '2024-03-31', endDateHistory: [END], ended: true });
  });

  it('ends a contract that had no end date, and one at its term', () => {
    specify(endContract)
      .given([commissioned(HELPLINE, HELPLINE_CONTRACT)])
      .whenSent(target({ endDate: '2024-03-31', reason: 'Provider gave notice' }))
      .then([ended('2024-03-31', null)]);
    specify(endContract)
      .given(helpline)
      .whenSent(target({ endDate: END, reason: 'Provider gave notice' }))
      .then([ended(END)]);
  });

  it('lets the service be commissioned again after its early end', () => {
    specify(commissionService)
      .given([...helpline, ended('2024-03-31')], refsFor(HELPLINE))
      .when(commissionInput(HELPLINE, { contractId: NEXT_CONTRACT, startDate: '2024-04-01' }))
      .then([commissioned(HELPLINE, NEXT_CONTRACT, { startDate: '2024-04-01' })]);
  });

  it('refuses an end before the contract starts', () => {
    specify(endContract)
      .given(helpline)
      .whenSent(target({ endDate: '2022-03-31', reason: 'Never started' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /endDate: 2022-03-31 is before the contract starts \(2022-04-01\); give a date on or after it/,
      );
  });

  it('refuses an end after the current one, and a contract already ended', () => {
    specify(endContract)
      .given(helpline)
      .whenSent(target({ endDate: '2026-03-31', reason: 'Run on' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /endDate: 2026-03-31 is after the contract's current end \(2025-03-31\); use extendContract/,
      );
    specify(endContract)
      .given([...helpline, ended('2024-03-31')])
      .whenSent(target({ endDate: '2024-03-01', reason: 'Again' }))
      .thenThrows('CONFLICT', /has already ended \(2024-03-31\); it cannot be ended again/);
  });

  it('refuses unknowns, an unparseable date and no reason', () => {
    refusesUnknowns(endContract, { endDate: '2024-03-31', reason: 'Provider gave notice' });
    specify(endContract)
      .given(helpline)
      .whenSent(target({ endDate: '31/03/2024', reason: ' ' }))
      .thenThrows(
        'BAD_USER_INPUT',
        /endDate: must be a date written YYYY-MM-DD.*; reason: must not be empty/,
      );
  });
});
