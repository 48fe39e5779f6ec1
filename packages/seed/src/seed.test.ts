import type { CommandResult } from '@tracker/command-handler';
import { createMemoryEventStore, type EventStore, type RecordedEvent } from '@tracker/event-store';
import { beforeAll, describe, expect, it } from 'vitest';
import { planLlrSeed, seedId } from './plan';
import { seedLlrData, type SeedExecute } from './run';
import { handlerExecutor, isSeedable, LLR_SEED_ACTOR } from './store';

/**
 * The whole LLR seed through the public command path (handleCommand with the domain's
 * commands) on an in-memory event store: every command accepted, idempotent on a second run,
 * and the papers' key figures hold in the recorded events.
 */

const executorFor = (store: EventStore, results: CommandResult[]): SeedExecute =>
  handlerExecutor(store, (r) => results.push(r));

async function all(iterable: AsyncIterable<RecordedEvent>): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of iterable) events.push(event);
  return events;
}

const plan = planLlrSeed();
const store = createMemoryEventStore();
const firstRun: CommandResult[] = [];
const progress: [number, number][] = [];
let events: RecordedEvent[] = [];

const dataOf = <T>(type: string, where: (data: T) => boolean = () => true): T[] =>
  events
    .filter((e) => e.type === type)
    .map((e) => e.data as T)
    .filter(where);

describe('LLR seed through the command handler', () => {
  beforeAll(async () => {
    await seedLlrData(executorFor(store, firstRun), (done, total) => progress.push([done, total]));
    events = await all(store.readAll());
  });

  it('plans hundreds of commands, each with a unique command id and a business date', () => {
    expect(plan.commands.length).toBeGreaterThan(300);
    const ids = plan.commands.map((c) => c.options.commandId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of plan.commands) {
      expect(c.options.occurredAt).toMatch(
        /^(2012|2014|2016|2017|2018|2019|2020|2021|2022)-\d{2}-\d{2}$/,
      );
      expect(c.options.reason).toMatch(/^LLR seed: .+\(paper 00[0-4]\), /);
    }
  });

  it('plans the same commands every time (deterministic ids)', () => {
    expect(planLlrSeed()).toEqual(plan);
  });

  it('has every command accepted, each appending events, and reports progress to the end', () => {
    expect(firstRun).toHaveLength(plan.commands.length);
    expect(firstRun.filter((r) => r.replayed)).toEqual([]);
    expect(firstRun.filter((r) => r.eventIds.length === 0)).toEqual([]);
    expect(progress[0]).toEqual([0, plan.commands.length]);
    expect(progress.at(-1)).toEqual([plan.commands.length, plan.commands.length]);
    expect(events.length).toBe(firstRun.reduce((n, r) => n + r.eventIds.length, 0));
  });

  it('stamps each event with the business date and the paper it comes from', () => {
    const first = events[0]!;
    expect(first.type).toBe('OrganisationRegistered');
    expect(first.metadata.occurredAt).toBe(plan.commands[0]!.options.occurredAt);
    expect(first.metadata.reason).toContain('LSCSB agenda pack, 8 December 2016 (paper 004)');
  });

  it('appends nothing when run a second time', async () => {
    const head = await store.headPosition();
    const secondRun: CommandResult[] = [];
    await seedLlrData(executorFor(store, secondRun));
    expect(await store.headPosition()).toBe(head);
    expect(secondRun).toHaveLength(plan.commands.length);
    expect(secondRun.every((r) => r.replayed)).toBe(true);
    expect(secondRun.map((r) => r.eventIds)).toEqual(firstRun.map((r) => r.eventIds));
  });

  it('allocates the DA duty 2021/22 to ten authorities, summing to £2,276,643 in pence', () => {
    const streamId = seedId('fundingStream', 'da-duty-2021-22');
    const [stream] = dataOf<{ fundingStreamId: string; totalPence: number }>(
      'FundingStreamRegistered',
      (d) => d.fundingStreamId === streamId,
    );
    expect(stream?.totalPence).toBe(227_664_300);
    const allocations = dataOf<{
      fundingStreamId: string;
      amountPence: number;
      recipientOrganisationId: string;
    }>('FundingAllocated', (d) => d.fundingStreamId === streamId);
    expect(allocations).toHaveLength(10);
    expect(allocations.reduce((sum, a) => sum + a.amountPence, 0)).toBe(227_664_300);
    expect(
      allocations.find(
        (a) =>
          a.recipientOrganisationId === seedId('organisation', 'leicestershire-county-council'),
      )?.amountPence,
    ).toBe(112_720_500);
  });

  it('records the SPB chairs changing with the PCC elections (2016, 2021)', () => {
    const spb = seedId('board', 'spb');
    const chairs = dataOf<{ boardId: string; chair: { name: string }; from: string }>(
      'ChairAppointed',
      (d) => d.boardId === spb,
    ).map((d) => [d.chair.name, d.from]);
    expect(chairs).toEqual([
      ['Lord Willy Bach', '2016-12-08'],
      ['Rupert Matthews', '2021-05-06'],
    ]);
  });

  it('places the 2019 sub-groups and the 2022 boards under the SPB Executive, dissolving the former', () => {
    const executive = seedId('board', 'spb-executive');
    const under = dataOf<{ name: string; parentBoardId: string | null }>(
      'BoardEstablished',
      (d) => d.parentBoardId === executive,
    ).map((d) => d.name);
    expect(under).toEqual([
      'Strategic Offender Management and MAPPA Board (SOMMB)',
      'Vulnerability Executive',
      'People and Place Board (P&P Board)',
      'Serious and Organised Crime',
      'Prevention and Early Intervention Board',
      'Adolescence Safety and Diversion Board',
      'Adult Vulnerability and Offending Board (MAPPA SMB)',
    ]);
    const dissolved = dataOf<{ boardId: string; dissolvedOn: string }>('BoardDissolved');
    expect(dissolved.map((d) => d.boardId).sort()).toEqual(
      [
        'people-and-place-board',
        'sommb',
        'vulnerability-executive',
        'serious-and-organised-crime-board',
      ]
        .map((k) => seedId('board', k))
        .sort(),
    );
  });

  it('records the EnGage and Operation Lionheart outcomes', () => {
    const figuresOf = (key: string) =>
      Object.fromEntries(
        dataOf<{ initiativeId: string; figures: { name: string; value: string }[] }>(
          'InitiativeOutcomeRecorded',
          (d) => d.initiativeId === seedId('initiative', key),
        ).flatMap((d) => d.figures.map((f) => [f.name, f.value])),
      );
    expect(figuresOf('engage')).toMatchObject({
      'referrals and interventions': '395',
      'not committed any further offences': '375',
    });
    expect(figuresOf('operation-lionheart')).toMatchObject({
      'executed warrants': '124',
      'people arrested': '87',
      'people charged': '82',
    });
  });

  it('records first-time entrants 2014/15 to 2021/22, correcting 2015/16 as the later paper gives it', () => {
    const indicatorId = seedId('indicator', 'first-time-entrants');
    type Value = { indicatorId: string; value: string; period: { kind: string; label: string } };
    const byYear = (type: string) =>
      dataOf<Value>(
        type,
        (d) => d.indicatorId === indicatorId && d.period.kind === 'FINANCIAL_YEAR',
      ).map((d) => [d.period.label, d.value]);
    expect(byYear('IndicatorValueRecorded')).toEqual([
      ['2015/16', '190'],
      ['2014/15', '190'],
      ['2016/17', '126'],
      ['2017/18', '101'],
      ['2018/19', '100'],
      ['2019/20', '111'],
      ['2020/21', '88'],
      ['2021/22', '54'],
    ]);
    expect(byYear('IndicatorValueCorrected')).toEqual([['2015/16', '124']]);
  });

  it('defines the MARAC repeat rate against the SafeLives 28-40% range, at 36% for the year to March 2022', () => {
    const indicatorId = seedId('indicator', 'marac-repeat-referral-rate');
    const [defined] = dataOf<{
      indicatorId: string;
      unit: string;
      polarity: string;
      thresholds: unknown;
    }>('IndicatorDefined', (d) => d.indicatorId === indicatorId);
    expect(defined).toMatchObject({
      unit: 'PERCENTAGE',
      polarity: 'LOWER_IS_BETTER',
      thresholds: { targetRange: { low: '28', high: '40' } },
    });
    const latest = dataOf<{ indicatorId: string; value: string; period: { end: string } }>(
      'IndicatorValueRecorded',
      (d) => d.indicatorId === indicatorId && d.period.end === '2022-03-31',
    );
    expect(latest.map((d) => d.value)).toEqual(['36']);
  });

  it('commissions the four DA and sexual violence services from 1 April 2022', () => {
    const name = (key: string) => seedId('organisation', key);
    const services = dataOf<{
      name: string;
      providerOrganisationId: string;
      commissionerOrganisationIds: string[];
      startDate: string;
    }>('ServiceCommissioned', (d) => d.startDate === '2022-04-01').map((d) => [
      d.name,
      d.providerOrganisationId,
      d.commissionerOrganisationIds,
    ]);
    expect(services.slice(0, 4)).toEqual([
      ['Helpline and Engagement Service', name('freeva'), [name('opcc')]],
      [
        'Domestic Abuse Locality Service',
        name('living-without-abuse'),
        [name('lcc-public-health')],
      ],
      ['Sexual Violence Support Service', name('freeva'), [name('opcc')]],
      [
        'Leicestershire Safe Accommodation Support Service',
        name('wall'),
        [name('lcc-public-health')],
      ],
    ]);
  });

  it('builds the Annex B delivery plan with its nine activities', () => {
    const planId = seedId('deliveryPlan', 'spb-executive-da-delivery-plan');
    expect(
      dataOf<{ deliveryPlanId: string }>('PlanActivityAdded', (d) => d.deliveryPlanId === planId),
    ).toHaveLength(9);
  });

  it('records the decisions RESOLVED at the LSCSB in 2016 and 2022', () => {
    const resolutions = dataOf<{ resolution: string; kind: string }>('DecisionRecorded').filter(
      (d) => d.resolution.includes('RESOLVED: '),
    );
    expect(resolutions.length).toBe(7 + 16);
    expect(resolutions).toContainEqual(
      expect.objectContaining({
        kind: 'APPROVED',
        resolution: expect.stringContaining('continued use of the Community Safety Agreement'),
      }),
    );
  });

  it('lists what the data holds but no command takes, each with a reason', () => {
    expect(plan.skipped.length).toBeGreaterThan(0);
    for (const s of plan.skipped) expect(s.reason.trim()).not.toBe('');
  });
});

describe('which stores the seed may fill', () => {
  it('an empty store, and one the seed began (to resume a stopped seed)', async () => {
    expect(await isSeedable(createMemoryEventStore())).toBe(true);
    expect(await isSeedable(store)).toBe(true);
    expect(events[0]!.metadata.actor).toBe(LLR_SEED_ACTOR);
    expect(events[0]!.metadata.role).toBe('office');
  });

  it('never a store that holds anyone else’s work', async () => {
    const other = createMemoryEventStore();
    await other.append(
      'board-0b9f3e9c-86a5-4c4e-9e57-0a5d1c2b7e11',
      [
        {
          id: '5f0c8f0e-2a8e-4b7e-9a51-6f1d2c3b4a59',
          type: 'BoardEstablished',
          data: { boardId: '0b9f3e9c-86a5-4c4e-9e57-0a5d1c2b7e11', name: 'SPB' },
          metadata: { ...events[0]!.metadata, actor: 'alice' },
        },
      ],
      { expectedRevision: 'no_stream' },
    );
    expect(await isSeedable(other)).toBe(false);
  });
});
