import {
  deliveryConfidences,
  initiativeStatuses,
  type DeliveryConfidence,
  type InitiativeStatus,
  type LeadOfficer,
} from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';
import { touch } from './touch';

/**
 * The SPB portfolio (Annex A of the LSCSB OPCC update, March 2021): every initiative with its
 * status and how it got there (transfers to a sub-board name the board and the lead), the board
 * now responsible, the priorities it serves, lead organisations and officers, the latest
 * delivery confidence (and earlier ratings), milestones with their redating history, the
 * latest next steps, and who changed it last.
 */

export interface StatusChangeView {
  /** Null for the status the initiative was registered with. */
  from: InitiativeStatus | null;
  to: InitiativeStatus;
  /** Business date the status took effect. */
  on: string;
  /** The board responsible from then on. */
  boardId: string;
  /** For a transfer: the board that took it over and the lead named there. */
  targetBoardId: string | null;
  lead: LeadOfficer | null;
  reason: string;
  decisionId: string | null;
  recorded: ChangeStamp;
}

export interface ConfidenceView {
  rating: DeliveryConfidence;
  previous: DeliveryConfidence | null;
  comment: string;
  assessedOn: string;
  recorded: ChangeStamp;
}

export interface MilestoneRedatingView {
  previousDueOn: string;
  dueOn: string;
  reason: string;
  redatedOn: string;
}

export interface MilestoneView {
  id: string;
  title: string;
  dueOn: string;
  /** The date first promised, whatever the redatings since. */
  originalDueOn: string;
  addedOn: string;
  /** Oldest first. */
  redatings: MilestoneRedatingView[];
  completedOn: string | null;
}

/**
 * Whether a milestone was overdue on `date`: due before that day and not completed by then.
 */
export const isMilestoneOverdue = (
  milestone: Pick<MilestoneView, 'dueOn' | 'completedOn'>,
  date: string,
): boolean =>
  milestone.dueOn < date && (milestone.completedOn === null || milestone.completedOn > date);

/** Whether a milestone was completed after the date first promised for it. */
/**
 * The status in force on a business date: the last change that took effect on or before it
 * (changes never take effect before the status they follow), or null before the first.
 */
export function statusOn(
  initiative: Pick<InitiativeView, 'statusHistory'>,
  date: string,
): InitiativeStatus | null {
  let status: InitiativeStatus | null = null;
  for (const change of initiative.statusHistory) if (change.on <= date) status = change.to;
  return status;
}

export const completedLate = (milestone: Pick<MilestoneView, 'originalDueOn' | 'completedOn'>) =>
  milestone.completedOn !== null && milestone.completedOn > milestone.originalDueOn;

export interface NextStepsView {
  text: string;
  asOf: string;
  recorded: ChangeStamp;
}

export interface InitiativeView {
  id: string;
  title: string;
  description: string;
  status: InitiativeStatus;
  /** Business date of the latest status. */
  statusSince: string;
  /** Oldest first; the first entry is the status it was registered with. */
  statusHistory: StatusChangeView[];
  /** The board whose portfolio first held it. */
  owningBoardId: string;
  /** The board now responsible: the owning board, or the board it was last transferred to. */
  boardId: string;
  priorityIds: string[];
  leadOrganisationIds: string[];
  leadOfficers: LeadOfficer[];
  /** The lead named on the receiving board at the latest transfer; null before any transfer. */
  transferLead: LeadOfficer | null;
  /** The latest assessment; null until the first. */
  confidence: ConfidenceView | null;
  /** Every assessment, oldest first. */
  confidenceHistory: ConfidenceView[];
  milestones: MilestoneView[];
  nextSteps: NextStepsView | null;
  registeredOn: string;
  decisionId: string | null;
  registered: ChangeStamp;
  lastChanged: ChangeStamp;
  /**
   * The revision of the latest event in its stream: what a command's expectedVersion is
   * compared with, so a form can refuse to overwrite a change it has not seen.
   */
  version: number;
}

export interface InitiativesState {
  byId: Record<string, InitiativeView>;
  /** Initiative ids in the order they were registered. */
  order: string[];
}

/** How many initiatives there are, in all and by status and confidence (zeros included). */
export interface InitiativeCounts {
  total: number;
  byStatus: { status: InitiativeStatus; count: number }[];
  /** `confidence` null counts initiatives not yet assessed. */
  byConfidence: { confidence: DeliveryConfidence | null; count: number }[];
}

/** The portfolio's counts over a list of initiatives: the one place they are worked out. */
export function countInitiatives(initiatives: readonly InitiativeView[]): InitiativeCounts {
  const status = new Map<InitiativeStatus, number>(initiativeStatuses.map((s) => [s, 0]));
  const confidence = new Map<DeliveryConfidence | null, number>(
    [...deliveryConfidences, null].map((c) => [c, 0]),
  );
  for (const i of initiatives) {
    status.set(i.status, status.get(i.status)! + 1);
    const rating = i.confidence?.rating ?? null;
    confidence.set(rating, confidence.get(rating)! + 1);
  }
  return {
    total: initiatives.length,
    byStatus: [...status].map(([s, count]) => ({ status: s, count })),
    byConfidence: [...confidence].map(([c, count]) => ({ confidence: c, count })),
  };
}

const touched = (
  state: InitiativesState,
  event: ProjectedEvent & { data: { initiativeId: string } },
) => {
  const view = touch(state.byId, event.data.initiativeId, event);
  if (view) view.version = event.revision;
  return view;
};

const milestoneOf = (view: InitiativeView, milestoneId: string) =>
  view.milestones.find((m) => m.id === milestoneId);

export const initiativesProjection = defineProjection<InitiativesState>({
  name: 'initiatives',
  // 2: each initiative keeps its stream's version.
  version: 2,
  initialState: () => ({ byId: {}, order: [] }),
  on: {
    InitiativeRegistered: (state, event) => {
      const d = event.data;
      const stamp = stampOf(event);
      state.byId[d.initiativeId] = {
        id: d.initiativeId,
        title: d.title,
        description: d.description,
        status: d.status,
        statusSince: d.registeredOn,
        statusHistory: [
          {
            from: null,
            to: d.status,
            on: d.registeredOn,
            boardId: d.owningBoardId,
            targetBoardId: null,
            lead: null,
            reason: '',
            decisionId: d.decisionId ?? null,
            recorded: stamp,
          },
        ],
        owningBoardId: d.owningBoardId,
        boardId: d.owningBoardId,
        priorityIds: [...d.priorityIds],
        leadOrganisationIds: [...d.leadOrganisationIds],
        leadOfficers: d.leadOfficers.map((o) => ({ ...o })),
        transferLead: null,
        confidence: null,
        confidenceHistory: [],
        milestones: [],
        nextSteps: null,
        registeredOn: d.registeredOn,
        decisionId: d.decisionId ?? null,
        registered: stamp,
        lastChanged: stamp,
        version: event.revision,
      };
      state.order.push(d.initiativeId);
      return state;
    },
    InitiativeStatusChanged: (state, event) => {
      const view = touched(state, event);
      if (!view) return state;
      const d = event.data;
      view.status = d.to;
      view.statusSince = d.effectiveOn;
      view.boardId = d.boardId;
      if (d.lead) view.transferLead = { ...d.lead };
      view.statusHistory.push({
        from: d.from,
        to: d.to,
        on: d.effectiveOn,
        boardId: d.boardId,
        targetBoardId: d.targetBoardId,
        lead: d.lead ? { ...d.lead } : null,
        reason: d.reason,
        decisionId: d.decisionId,
        recorded: view.lastChanged,
      });
      return state;
    },
    DeliveryConfidenceSet: (state, event) => {
      const view = touched(state, event);
      if (!view) return state;
      const d = event.data;
      const assessment = {
        rating: d.confidence,
        previous: d.previousConfidence,
        comment: d.comment,
        assessedOn: d.assessedOn,
        recorded: view.lastChanged,
      };
      // The latest and the history's last entry are one object: neither is changed in place.
      view.confidence = assessment;
      view.confidenceHistory.push(assessment);
      return state;
    },
    MilestoneAdded: (state, event) => {
      const view = touched(state, event);
      if (!view) return state;
      const d = event.data;
      view.milestones.push({
        id: d.milestoneId,
        title: d.title,
        dueOn: d.dueOn,
        originalDueOn: d.dueOn,
        addedOn: d.addedOn,
        redatings: [],
        completedOn: null,
      });
      return state;
    },
    MilestoneRedated: (state, event) => {
      const view = touched(state, event);
      const milestone = view && milestoneOf(view, event.data.milestoneId);
      if (!milestone) return state;
      const { previousDueOn, dueOn, reason, redatedOn } = event.data;
      milestone.dueOn = dueOn;
      milestone.redatings.push({ previousDueOn, dueOn, reason, redatedOn });
      return state;
    },
    MilestoneCompleted: (state, event) => {
      const view = touched(state, event);
      const milestone = view && milestoneOf(view, event.data.milestoneId);
      if (milestone) milestone.completedOn = event.data.completedOn;
      return state;
    },
    NextStepsRecorded: (state, event) => {
      const view = touched(state, event);
      if (view)
        view.nextSteps = {
          text: event.data.nextSteps,
          asOf: event.data.asOf,
          recorded: view.lastChanged,
        };
      return state;
    },
  },
});
