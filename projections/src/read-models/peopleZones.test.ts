import type {
  KeyProvision,
  PeopleZoneEvent,
  PeopleZoneStage,
  PeopleZoneWorkstream,
  ProvisionStatus,
} from '@tracker/domain';
import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { byAdvancement, peopleZonesProjection } from './peopleZones';

const BELL_FOUNDRY = '10000000-0000-4000-8000-000000000001';
const COALVILLE = '10000000-0000-4000-8000-000000000002';
const NEW_PARKS = '10000000-0000-4000-8000-000000000003';
const CHARNWOOD = '20000000-0000-4000-8000-000000000001';
const NWL = '20000000-0000-4000-8000-000000000002';
const POLICE = '20000000-0000-4000-8000-000000000003';

const designated = (
  peopleZoneId: string,
  name: string,
  locality: string,
  leadAgencyId: string,
  designatedOn: string,
): PeopleZoneEvent => ({
  type: 'PeopleZoneDesignated',
  data: {
    peopleZoneId,
    name,
    locality,
    district: locality,
    leadAgencyId,
    partnerOrganisationIds: [POLICE],
    problem: 'Local priority problems',
    stage: 'PROPOSED',
    designatedOn,
  },
});

const staged = (
  peopleZoneId: string,
  from: PeopleZoneStage,
  to: PeopleZoneStage,
  effectiveOn: string,
  reason = '',
): PeopleZoneEvent => ({
  type: 'PeopleZoneStageChanged',
  data: {
    peopleZoneId,
    from,
    to,
    direction: reason ? 'BACKWARD' : 'FORWARD',
    reason,
    effectiveOn,
  },
});

const provision = (
  provision: KeyProvision,
  status: ProvisionStatus,
  note: string,
  assessedOn: string,
): PeopleZoneEvent => ({
  type: 'KeyProvisionRecorded',
  data: { peopleZoneId: BELL_FOUNDRY, provision, status, note, assessedOn },
});

const workstream = (
  workstream: PeopleZoneWorkstream,
  ownerOrganisationId: string,
  officer: string | null,
  assignedOn: string,
): PeopleZoneEvent => ({
  type: 'WorkstreamAssigned',
  data: { peopleZoneId: BELL_FOUNDRY, workstream, ownerOrganisationId, officer, assignedOn },
});

const zones = () =>
  project(
    peopleZonesProjection,
    envelopes([
      designated(BELL_FOUNDRY, 'Bell Foundry estate', 'Loughborough', CHARNWOOD, '2018-04-01'),
      designated(COALVILLE, 'Coalville', 'Coalville', NWL, '2018-09-01'),
      designated(NEW_PARKS, 'New Parks', 'Leicester', POLICE, '2018-09-01'),
      staged(BELL_FOUNDRY, 'PROPOSED', 'RESEARCHING', '2018-06-01'),
      staged(BELL_FOUNDRY, 'RESEARCHING', 'ESTABLISHING', '2019-01-01'),
      staged(COALVILLE, 'PROPOSED', 'RESEARCHING', '2019-03-01'),
      staged(NEW_PARKS, 'PROPOSED', 'RESEARCHING', '2019-02-01'),
      provision('INTEGRATED_LOCAL_AGENCIES', 'IN_PROGRESS', 'Agencies co-locating', '2019-01-01'),
      provision('COMMUNITY_LEADERSHIP', 'IN_PLACE', '', '2019-01-01'),
      provision('INTEGRATED_LOCAL_AGENCIES', 'IN_PLACE', 'Hub open', '2019-06-01'),
      workstream('DATA_ANALYSIS', POLICE, null, '2019-01-01'),
      workstream('PROJECT_MANAGEMENT', POLICE, null, '2019-01-01'),
      workstream('PROJECT_MANAGEMENT', CHARNWOOD, 'A. Officer', '2019-05-01'),
      {
        type: 'ZoneEvaluationRecorded',
        data: {
          peopleZoneId: BELL_FOUNDRY,
          evaluationId: '30000000-0000-4000-8000-000000000001',
          findings: { coreProblem: 'ASB down', socialResilience: null, communityPerceptions: null },
          evaluatedOn: '2019-07-01',
          source: 'Loughborough University evaluation model',
        },
      },
      staged(NEW_PARKS, 'RESEARCHING', 'PROPOSED', '2019-04-01', 'Lead agency withdrew'),
    ]),
  );

describe('peopleZonesProjection', () => {
  it('keeps each zone with its lead and partner agencies, in designation order', () => {
    const state = zones();
    expect(state.order).toEqual([BELL_FOUNDRY, COALVILLE, NEW_PARKS]);
    expect(state.byId[BELL_FOUNDRY]).toMatchObject({
      name: 'Bell Foundry estate',
      locality: 'Loughborough',
      leadAgencyId: CHARNWOOD,
      partnerOrganisationIds: [POLICE],
      designatedOn: '2018-04-01',
    });
  });

  it('keeps the stage and every stage before it, backward moves with their reason', () => {
    const state = zones();
    const bell = state.byId[BELL_FOUNDRY]!;
    expect(bell.stage).toBe('ESTABLISHING');
    expect(bell.stageSince).toBe('2019-01-01');
    expect(bell.stageHistory.map((s) => [s.from, s.to, s.effectiveOn])).toEqual([
      [null, 'PROPOSED', '2018-04-01'],
      ['PROPOSED', 'RESEARCHING', '2018-06-01'],
      ['RESEARCHING', 'ESTABLISHING', '2019-01-01'],
    ]);
    expect(state.byId[NEW_PARKS]!.stageHistory.at(-1)).toMatchObject({
      to: 'PROPOSED',
      direction: 'BACKWARD',
      reason: 'Lead agency withdrew',
    });
  });

  it('shows the latest assessment of each provision in order and keeps the earlier ones', () => {
    const bell = zones().byId[BELL_FOUNDRY]!;
    expect(bell.provisions.map((p) => [p.provision, p.status, p.note])).toEqual([
      ['COMMUNITY_LEADERSHIP', 'IN_PLACE', ''],
      ['INTEGRATED_LOCAL_AGENCIES', 'IN_PLACE', 'Hub open'],
    ]);
    expect(bell.provisionHistory.map((p) => p.status)).toEqual([
      'IN_PROGRESS',
      'IN_PLACE',
      'IN_PLACE',
    ]);
  });

  it('shows the current owner of each workstream, the earlier assignment in the history', () => {
    const bell = zones().byId[BELL_FOUNDRY]!;
    expect(bell.workstreams.map((w) => [w.workstream, w.ownerOrganisationId, w.officer])).toEqual([
      ['PROJECT_MANAGEMENT', CHARNWOOD, 'A. Officer'],
      ['DATA_ANALYSIS', POLICE, null],
    ]);
    expect(bell.workstreamHistory).toHaveLength(3);
    expect(bell.evaluations).toEqual([
      expect.objectContaining({
        coreProblem: 'ASB down',
        socialResilience: null,
        evaluatedOn: '2019-07-01',
        source: 'Loughborough University evaluation model',
      }),
    ]);
    expect(bell.lastChanged).toEqual(bell.evaluations[0]!.recorded);
  });

  it('orders zones from the most advanced: furthest stage, then who got there first', () => {
    const state = zones();
    const ordered = byAdvancement(state.order.map((id) => state.byId[id]!));
    expect(ordered.map((z) => z.name)).toEqual(['Bell Foundry estate', 'Coalville', 'New Parks']);
  });
});
