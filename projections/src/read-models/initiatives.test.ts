import type { TrackerEvent } from '@tracker/domain';
import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import {
  completedLate,
  countInitiatives,
  initiativesProjection,
  isMilestoneOverdue,
  statusOn,
} from './initiatives';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const SPB = id(1);
const VULNERABILITY_EXEC = id(2);
const CHILDHOOD_TRAUMA = id(10);
const OPCC = id(20);
const TRAUMA = id(100);
const FEMALE_OFFENDER = id(101);
const MILESTONE = id(200);

const registered = (
  initiativeId: string,
  title: string,
  status: 'IN_PROGRESS' | 'NOT_STARTED',
): TrackerEvent & { occurredAt: string } => ({
  type: 'InitiativeRegistered',
  data: {
    initiativeId,
    title,
    description: '',
    owningBoardId: SPB,
    priorityIds: [CHILDHOOD_TRAUMA],
    leadOrganisationIds: [OPCC],
    leadOfficers: [{ name: 'Paul Hindson', role: 'OPCC' }],
    status,
    registeredOn: '2021-02-25',
    decisionId: null,
  },
  occurredAt: '2021-02-25',
});

const portfolio = () =>
  project(
    initiativesProjection,
    envelopes([
      registered(TRAUMA, 'Trauma Informed Strategy', 'IN_PROGRESS'),
      registered(FEMALE_OFFENDER, 'Female Offender Strategy', 'NOT_STARTED'),
      {
        type: 'InitiativeStatusChanged',
        data: {
          initiativeId: TRAUMA,
          from: 'IN_PROGRESS',
          to: 'TRANSFERRED',
          boardId: VULNERABILITY_EXEC,
          targetBoardId: VULNERABILITY_EXEC,
          lead: { name: 'Grace Strong', role: 'VRN' },
          reason: 'A Leadership Group drawn from the Vulnerability Executive takes it forward',
          decisionId: null,
          effectiveOn: '2021-03-19',
        },
        occurredAt: '2021-03-19',
        actor: 'victoria.charlton',
      },
      {
        type: 'DeliveryConfidenceSet',
        data: {
          initiativeId: FEMALE_OFFENDER,
          confidence: 'AMBER',
          previousConfidence: null,
          comment: 'Project plan not yet devised',
          assessedOn: '2021-03-19',
        },
      },
      {
        type: 'DeliveryConfidenceSet',
        data: {
          initiativeId: FEMALE_OFFENDER,
          confidence: 'AMBER_GREEN',
          previousConfidence: 'AMBER',
          comment: 'Workshops delivered',
          assessedOn: '2021-05-20',
        },
        occurredAt: '2021-05-20',
      },
      {
        type: 'MilestoneAdded',
        data: {
          initiativeId: FEMALE_OFFENDER,
          milestoneId: MILESTONE,
          title: 'Project plan covering the next 12 months agreed',
          dueOn: '2021-05-31',
          addedOn: '2021-03-19',
        },
      },
      {
        type: 'MilestoneRedated',
        data: {
          initiativeId: FEMALE_OFFENDER,
          milestoneId: MILESTONE,
          previousDueOn: '2021-05-31',
          dueOn: '2021-07-31',
          reason: 'PCC election period',
          redatedOn: '2021-05-20',
        },
      },
      {
        type: 'MilestoneCompleted',
        data: {
          initiativeId: FEMALE_OFFENDER,
          milestoneId: MILESTONE,
          completedOn: '2021-07-15',
          dueOn: '2021-07-31',
        },
      },
      {
        type: 'NextStepsRecorded',
        data: {
          initiativeId: FEMALE_OFFENDER,
          nextSteps: 'Deliver two workshops over the next two months',
          asOf: '2021-03-19',
        },
      },
    ]),
  );

describe('the initiatives read model (the SPB portfolio)', () => {
  it('keeps each initiative in registration order with its leads, priorities and board', () => {
    const state = portfolio();
    expect(state.order).toEqual([TRAUMA, FEMALE_OFFENDER]);
    expect(state.byId[FEMALE_OFFENDER]).toMatchObject({
      title: 'Female Offender Strategy',
      status: 'NOT_STARTED',
      boardId: SPB,
      priorityIds: [CHILDHOOD_TRAUMA],
      leadOrganisationIds: [OPCC],
      leadOfficers: [{ name: 'Paul Hindson', role: 'OPCC' }],
    });
  });

  it('records a transfer: the board now responsible, the lead named there, the status history', () => {
    const trauma = portfolio().byId[TRAUMA]!;
    expect(trauma).toMatchObject({
      status: 'TRANSFERRED',
      statusSince: '2021-03-19',
      owningBoardId: SPB,
      boardId: VULNERABILITY_EXEC,
      transferLead: { name: 'Grace Strong', role: 'VRN' },
      lastChanged: { at: '2021-03-19', by: 'victoria.charlton' },
    });
    expect(trauma.statusHistory.map((s) => [s.from, s.to, s.on, s.targetBoardId])).toEqual([
      [null, 'IN_PROGRESS', '2021-02-25', null],
      ['IN_PROGRESS', 'TRANSFERRED', '2021-03-19', VULNERABILITY_EXEC],
    ]);
  });

  it('knows the status in force on any business date', () => {
    const trauma = portfolio().byId[TRAUMA]!;
    expect(statusOn(trauma, '2021-02-24')).toBeNull();
    expect(statusOn(trauma, '2021-02-25')).toBe('IN_PROGRESS');
    expect(statusOn(trauma, '2021-03-18')).toBe('IN_PROGRESS');
    expect(statusOn(trauma, '2021-03-19')).toBe('TRANSFERRED');
  });

  it('keeps the latest delivery confidence and every earlier rating', () => {
    const female = portfolio().byId[FEMALE_OFFENDER]!;
    expect(female.confidence).toMatchObject({
      rating: 'AMBER_GREEN',
      previous: 'AMBER',
      comment: 'Workshops delivered',
    });
    expect(female.confidenceHistory.map((c) => c.rating)).toEqual(['AMBER', 'AMBER_GREEN']);
  });

  it('keeps milestones with the date first promised, each redating and completion', () => {
    const [milestone] = portfolio().byId[FEMALE_OFFENDER]!.milestones;
    expect(milestone).toEqual({
      id: MILESTONE,
      title: 'Project plan covering the next 12 months agreed',
      dueOn: '2021-07-31',
      originalDueOn: '2021-05-31',
      addedOn: '2021-03-19',
      redatings: [
        {
          previousDueOn: '2021-05-31',
          dueOn: '2021-07-31',
          reason: 'PCC election period',
          redatedOn: '2021-05-20',
        },
      ],
      completedOn: '2021-07-15',
    });
    expect(portfolio().byId[FEMALE_OFFENDER]!.nextSteps).toMatchObject({
      text: 'Deliver two workshops over the next two months',
      asOf: '2021-03-19',
    });
  });

  it('counts by status and by confidence, zeros included', () => {
    const state = portfolio();
    const counts = countInitiatives(state.order.map((i) => state.byId[i]!));
    expect(counts.total).toBe(2);
    expect(counts.byStatus).toContainEqual({ status: 'TRANSFERRED', count: 1 });
    expect(counts.byStatus).toContainEqual({ status: 'NOT_STARTED', count: 1 });
    expect(counts.byStatus).toContainEqual({ status: 'EMBEDDED', count: 0 });
    expect(counts.byConfidence).toContainEqual({ confidence: 'AMBER_GREEN', count: 1 });
    expect(counts.byConfidence).toContainEqual({ confidence: null, count: 1 });
    expect(counts.byStatus).toHaveLength(7);
  });

  it('ignores events about an initiative it does not hold', () => {
    const state = project(
      initiativesProjection,
      envelopes([
        {
          type: 'NextStepsRecorded',
          data: { initiativeId: TRAUMA, nextSteps: 'x', asOf: '2021-03-19' },
        },
      ]),
    );
    expect(state).toEqual({ byId: {}, order: [] });
  });
});

describe('milestone dates', () => {
  const milestone = { dueOn: '2021-07-31', originalDueOn: '2021-05-31', completedOn: '2021-07-15' };
  it('a milestone is overdue on a date after it was due until the day it is completed', () => {
    expect(isMilestoneOverdue(milestone, '2021-07-31')).toBe(false);
    expect(isMilestoneOverdue({ ...milestone, completedOn: null }, '2021-08-01')).toBe(true);
    expect(isMilestoneOverdue({ ...milestone, completedOn: '2021-08-05' }, '2021-08-01')).toBe(
      true,
    );
    expect(isMilestoneOverdue({ ...milestone, completedOn: '2021-08-05' }, '2021-08-06')).toBe(
      false,
    );
  });
  it('completion is late when after the date first promised, whatever the redatings', () => {
    expect(completedLate(milestone)).toBe(true);
    expect(completedLate({ ...milestone, completedOn: '2021-05-31' })).toBe(false);
    expect(completedLate({ ...milestone, completedOn: null })).toBe(false);
  });
});
