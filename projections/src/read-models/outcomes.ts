import type { Period } from '@tracker/domain';
import { defineProjection, type ProjectedEvent } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

/**
 * Initiative outcomes: the named figures each initiative reported (EnGage: 395 referrals,
 * 375 with no further offence). A correction is a new record; the one it supersedes stays,
 * marked with the record that corrected it.
 */

export interface OutcomeFigureView {
  name: string;
  value: string;
}

export interface InitiativeOutcomeView {
  /** The record's id. */
  id: string;
  initiativeId: string;
  title: string;
  figures: OutcomeFigureView[];
  /** Null when the figures are to date, as reported on `recordedOn`. */
  period: Period | null;
  source: string;
  note: string;
  recordedOn: string;
  supersedesRecordId: string | null;
  correctionReason: string | null;
  supersededBy: string | null;
  recorded: ChangeStamp;
}

export interface InitiativeOutcomesState {
  byId: Record<string, InitiativeOutcomeView>;
  /** Record ids by initiative, in the order recorded. */
  idsByInitiative: Record<string, string[]>;
}

type OutcomeData = Omit<
  InitiativeOutcomeView,
  'id' | 'supersedesRecordId' | 'correctionReason' | 'supersededBy' | 'recorded'
> & { recordId: string };

function addOutcome(
  state: InitiativeOutcomesState,
  { recordId, figures, period, ...data }: OutcomeData,
  event: ProjectedEvent,
  correction: { supersedesRecordId: string; reason: string } | null,
): InitiativeOutcomesState {
  const old = correction ? state.byId[correction.supersedesRecordId] : undefined;
  if (old) old.supersededBy = recordId;
  state.byId[recordId] = {
    ...data,
    id: recordId,
    figures: figures.map((f) => ({ name: f.name, value: f.value })),
    period: period ? { ...period } : null,
    supersedesRecordId: correction?.supersedesRecordId ?? null,
    correctionReason: correction?.reason ?? null,
    supersededBy: null,
    recorded: stampOf(event),
  };
  (state.idsByInitiative[data.initiativeId] ??= []).push(recordId);
  return state;
}

export const initiativeOutcomesProjection = defineProjection<InitiativeOutcomesState>({
  name: 'initiativeOutcomes',
  // v3: no log positions kept to find a command's answer (it names its subject).
  version: 3,
  initialState: () => ({ byId: {}, idsByInitiative: {} }),
  on: {
    InitiativeOutcomeRecorded: (state, event) => addOutcome(state, event.data, event, null),
    InitiativeOutcomeCorrected: (state, event) => {
      const { supersedesRecordId, reason, ...data } = event.data;
      return addOutcome(state, data, event, { supersedesRecordId, reason });
    },
  },
});
