import {
  keyProvisions,
  peopleZoneStages,
  peopleZoneWorkstreams,
  type KeyProvision,
  type PeopleZoneStage,
  type PeopleZoneWorkstream,
  type ProvisionStatus,
} from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { touch } from './touch';

/**
 * People Zones status: each zone with its stage of development (and how it got there), lead
 * and partner agencies, key provisions, workstreams with their owners and evaluations.
 */

export interface ZoneStageChangeView {
  /** Null for the designation itself. */
  from: PeopleZoneStage | null;
  to: PeopleZoneStage;
  direction: 'FORWARD' | 'BACKWARD';
  reason: string;
  effectiveOn: string;
  recorded: ChangeStamp;
}

export interface KeyProvisionView {
  provision: KeyProvision;
  status: ProvisionStatus;
  note: string;
  assessedOn: string;
  recorded: ChangeStamp;
}

export interface ZoneWorkstreamView {
  workstream: PeopleZoneWorkstream;
  ownerOrganisationId: string;
  /** The officer leading it (personal data), or null. */
  officer: string | null;
  assignedOn: string;
  recorded: ChangeStamp;
}

export interface ZoneEvaluationView {
  id: string;
  coreProblem: string | null;
  socialResilience: string | null;
  communityPerceptions: string | null;
  evaluatedOn: string;
  source: string;
  recorded: ChangeStamp;
}

export interface PeopleZoneView {
  id: string;
  name: string;
  locality: string;
  district: string;
  /** Null until a lead agency is named. */
  leadAgencyId: string | null;
  partnerOrganisationIds: string[];
  problem: string;
  designatedOn: string;
  stage: PeopleZoneStage;
  /** When the current stage took effect. */
  stageSince: string;
  /** Every stage the zone has been at, oldest first, starting with its designation. */
  stageHistory: ZoneStageChangeView[];
  /** The latest assessment of each key provision recorded so far, in the provisions' order. */
  provisions: KeyProvisionView[];
  /** Every assessment of a key provision, oldest first (earlier ones stay). */
  provisionHistory: KeyProvisionView[];
  /** The current owner of each workstream assigned, in the workstreams' order. */
  workstreams: ZoneWorkstreamView[];
  /** Every assignment, oldest first (reassignments keep the earlier owner here). */
  workstreamHistory: ZoneWorkstreamView[];
  /** Evaluations, oldest first. */
  evaluations: ZoneEvaluationView[];
  designated: ChangeStamp;
  lastChanged: ChangeStamp;
}

export interface PeopleZonesState {
  byId: Record<string, PeopleZoneView>;
  /** Zone ids in the order they were designated. */
  order: string[];
}

/** Replaces the entry with the same key (or adds it) and keeps the list in `keys` order. */
function upsertInOrder<K extends string, T>(
  list: T[],
  item: T,
  keyOf: (t: T) => K,
  keys: readonly K[],
): T[] {
  const others = list.filter((t) => keyOf(t) !== keyOf(item));
  return [...others, item].sort((a, b) => keys.indexOf(keyOf(a)) - keys.indexOf(keyOf(b)));
}

/** Applies a change to a zone the projection knows, stamped as its last change. */
const changeZone = (
  state: PeopleZonesState,
  event: ProjectedEvent & { data: { peopleZoneId: string } },
  change: (zone: PeopleZoneView, stamp: ChangeStamp) => void,
): PeopleZonesState => {
  const zone = touch(state.byId, event.data.peopleZoneId, event);
  if (zone) change(zone, zone.lastChanged);
  return state;
};

/** How far along its development a zone is: the index of its stage (PROPOSED is 0). */
export const stageRank = (stage: PeopleZoneStage): number => peopleZoneStages.indexOf(stage);

/**
 * Zones from the most advanced down: the furthest stage first; at the same stage, the one
 * that reached it first; then more key provisions in place; then designation order.
 */
export function byAdvancement(zones: readonly PeopleZoneView[]): PeopleZoneView[] {
  const inPlace = (z: PeopleZoneView) => z.provisions.filter((p) => p.status === 'IN_PLACE').length;
  return zones
    .map((zone, index) => ({ zone, index }))
    .sort(
      (a, b) =>
        stageRank(b.zone.stage) - stageRank(a.zone.stage) ||
        a.zone.stageSince.localeCompare(b.zone.stageSince) ||
        inPlace(b.zone) - inPlace(a.zone) ||
        a.index - b.index,
    )
    .map(({ zone }) => zone);
}

export const peopleZonesProjection = defineProjection<PeopleZonesState>({
  name: 'peopleZones',
  // v3: no log positions kept to find a command's answer (it names its subject).
  version: 3,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    PeopleZoneDesignated: (state, event) => {
      const data = event.data;
      const stamp = stampOf(event);
      state.byId[data.peopleZoneId] = {
        id: data.peopleZoneId,
        name: data.name,
        locality: data.locality,
        district: data.district,
        leadAgencyId: data.leadAgencyId,
        partnerOrganisationIds: [...data.partnerOrganisationIds],
        problem: data.problem,
        designatedOn: data.designatedOn,
        stage: data.stage,
        stageSince: data.designatedOn,
        stageHistory: [
          {
            from: null,
            to: data.stage,
            direction: 'FORWARD',
            reason: '',
            effectiveOn: data.designatedOn,
            recorded: stamp,
          },
        ],
        provisions: [],
        provisionHistory: [],
        workstreams: [],
        workstreamHistory: [],
        evaluations: [],
        designated: stamp,
        lastChanged: stamp,
      };
      state.order.push(data.peopleZoneId);
      return state;
    },
    PeopleZoneStageChanged: (state, event) =>
      changeZone(state, event, (zone, recorded) => {
        const { from, to, direction, reason, effectiveOn } = event.data;
        zone.stage = to;
        zone.stageSince = effectiveOn;
        zone.stageHistory.push({ from, to, direction, reason, effectiveOn, recorded });
      }),
    KeyProvisionRecorded: (state, event) =>
      changeZone(state, event, (zone, recorded) => {
        const { provision, status, note, assessedOn } = event.data;
        const view: KeyProvisionView = { provision, status, note, assessedOn, recorded };
        zone.provisionHistory.push(view);
        zone.provisions = upsertInOrder(
          zone.provisions,
          { ...view },
          (p) => p.provision,
          keyProvisions,
        );
      }),
    WorkstreamAssigned: (state, event) =>
      changeZone(state, event, (zone, recorded) => {
        const { workstream, ownerOrganisationId, officer, assignedOn } = event.data;
        const view: ZoneWorkstreamView = {
          workstream,
          ownerOrganisationId,
          officer,
          assignedOn,
          recorded,
        };
        zone.workstreamHistory.push(view);
        zone.workstreams = upsertInOrder(
          zone.workstreams,
          { ...view },
          (w) => w.workstream,
          peopleZoneWorkstreams,
        );
      }),
    ZoneEvaluationRecorded: (state, event) =>
      changeZone(state, event, (zone, recorded) => {
        const { evaluationId, findings, evaluatedOn, source } = event.data;
        zone.evaluations.push({
          id: evaluationId,
          ...findings,
          evaluatedOn,
          source,
          recorded,
        });
      }),
  },
});
