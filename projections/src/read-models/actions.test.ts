import { actionIdFor, type TrackerEvent } from '@tracker/domain';
import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { actionsProjection, isActionOverdue } from './actions';

const LSCSB = '00000000-0000-4000-8000-000000000001';
const key = (number: number) => ({ boardId: LSCSB, actionId: actionIdFor(LSCSB, number), number });

const logged = (
  number: number,
  raisedOn: string,
  action: string,
  dueOn: string | null = null,
): TrackerEvent & { occurredAt: string } => ({
  type: 'ActionLogged',
  data: { ...key(number), raisedOn, action, responsibleOfficers: ['Rik Basra'], dueOn },
  occurredAt: raisedOn,
});

// Logged out of number order, as the June 2022 log has actions 7-9 (March 2022) after 4 and 5.
const log = () =>
  project(
    actionsProjection,
    envelopes([
      logged(7, '2022-03-18', 'Training on Modern Slavery to be arranged'),
      logged(4, '2021-12-10', 'Regular updates on work of ASB officer', '2022-03-18'),
      logged(5, '2021-12-10', 'Update on DSVa service in 6 months time', '2022-06-10'),
      {
        type: 'ActionCommented',
        data: {
          ...key(7),
          comment: 'Gary Bee has agreed a bespoke session',
          commentedOn: '2022-06-17',
        },
      },
      {
        type: 'ActionRagSet',
        data: { ...key(7), rag: 'AMBER', previousRag: null, setOn: '2022-06-17' },
      },
      {
        type: 'ActionRagSet',
        data: { ...key(4), rag: 'AMBER', previousRag: null, setOn: '2022-06-17' },
      },
      {
        type: 'ActionCompleted',
        data: { ...key(4), completedOn: '2022-06-17', comment: 'Update on the June 2022 agenda' },
        occurredAt: '2022-06-17',
      },
    ]),
  );

describe('the actions read model (the action logs)', () => {
  it('lists each board log in number order whatever order the actions were logged in', () => {
    const state = log();
    expect(state.idsByBoard[LSCSB]!.map((i) => state.byId[i]!.number)).toEqual([4, 5, 7]);
  });

  it('keeps comments, the RAG and its history, and the status column', () => {
    const state = log();
    const seven = state.byId[actionIdFor(LSCSB, 7)]!;
    expect(seven).toMatchObject({ status: 'AMBER', rag: 'AMBER', completedOn: null });
    expect(seven.comments.map((c) => c.comment)).toEqual(['Gary Bee has agreed a bespoke session']);
    expect(seven.ragHistory).toEqual([{ rag: 'AMBER', previousRag: null, setOn: '2022-06-17' }]);
    expect(state.byId[actionIdFor(LSCSB, 5)]!.status).toBe('NOT_RATED');
  });

  it('completes an action: COMPLETE, the completion date, its comment in the comments', () => {
    const four = log().byId[actionIdFor(LSCSB, 4)]!;
    expect(four).toMatchObject({ status: 'COMPLETE', rag: 'AMBER', completedOn: '2022-06-17' });
    expect(four.comments.map((c) => [c.comment, c.commentedOn])).toEqual([
      ['Update on the June 2022 agenda', '2022-06-17'],
    ]);
  });

  it('says whether an action was overdue on a date: due before it and not completed by then', () => {
    const state = log();
    const [four, five, seven] = [4, 5, 7].map((n) => state.byId[actionIdFor(LSCSB, n)]!);
    expect(isActionOverdue(five!, '2022-06-17')).toBe(true);
    expect(isActionOverdue(five!, '2022-06-10')).toBe(false);
    expect(isActionOverdue(four!, '2022-06-01')).toBe(true);
    expect(isActionOverdue(four!, '2022-06-18')).toBe(false);
    expect(isActionOverdue(seven!, '2030-01-01')).toBe(false);
  });
});
