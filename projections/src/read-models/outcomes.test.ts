import type { InitiativeOutcomeEvent } from '@tracker/domain';
import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { initiativeOutcomesProjection } from './outcomes';

const LIONHEART = '70000000-0000-4000-8000-000000000001';
const ENGAGE = '70000000-0000-4000-8000-000000000002';
const record = (n: number) => `70000000-0000-4000-8000-00000000010${n}`;

const trail = { source: 'LSCSB 17 June 2022', note: '', recordedOn: '2022-06-17' };

const events: InitiativeOutcomeEvent[] = [
  {
    type: 'InitiativeOutcomeRecorded',
    data: {
      initiativeId: LIONHEART,
      recordId: record(1),
      ...trail,
      title: 'Operation Lionheart',
      figures: [
        { name: 'warrants executed', value: '124' },
        { name: 'arrests', value: '78' },
      ],
      period: null,
    },
  },
  {
    type: 'InitiativeOutcomeRecorded',
    data: {
      initiativeId: ENGAGE,
      recordId: record(2),
      ...trail,
      title: 'EnGage',
      figures: [
        { name: 'referrals', value: '395' },
        { name: 'no further offence', value: '375' },
      ],
      period: null,
    },
  },
  {
    type: 'InitiativeOutcomeCorrected',
    data: {
      initiativeId: LIONHEART,
      recordId: record(3),
      ...trail,
      title: 'Operation Lionheart',
      figures: [
        { name: 'warrants executed', value: '124' },
        { name: 'arrests', value: '87' },
        { name: 'charged', value: '82' },
      ],
      period: null,
      supersedesRecordId: record(1),
      reason: 'Arrests misread',
    },
  },
];

describe('initiativeOutcomesProjection', () => {
  it('keeps each initiative’s records; a correction supersedes, never overwrites', () => {
    const state = project(initiativeOutcomesProjection, envelopes(events));
    expect(state.idsByInitiative[LIONHEART]).toEqual([record(1), record(3)]);
    expect(state.idsByInitiative[ENGAGE]).toEqual([record(2)]);
    expect(state.byId[record(1)]).toMatchObject({
      supersededBy: record(3),
      figures: [
        { name: 'warrants executed', value: '124' },
        { name: 'arrests', value: '78' },
      ],
    });
    expect(state.byId[record(3)]).toMatchObject({
      supersedesRecordId: record(1),
      correctionReason: 'Arrests misread',
      supersededBy: null,
      figures: [
        { name: 'warrants executed', value: '124' },
        { name: 'arrests', value: '87' },
        { name: 'charged', value: '82' },
      ],
    });
  });
});
