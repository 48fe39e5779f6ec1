import { describe, expect, it } from 'vitest';
import { PEOPLE_AND_PLACE, SPB, peopleAndPlaceDissolved, spb } from '../../testing/board';
import { specify } from '../../testing/specification';
import {
  BUSINESS_PLAN_APPROVED,
  TRAUMA_INTENT_AGREED,
  businessPlanApproved,
  traumaIntentAgreed,
} from '../../testing/meeting';
import { UNKNOWN } from '../../testing/organisation';
import {
  CHILDHOOD_TRAUMA,
  SUBSTANCE_MISUSE,
  childhoodTrauma,
  substanceMisuse,
} from '../../testing/priority';
import { agreePriority, retirePriority, revisePriority, type PriorityEvent } from './priority';

const retired: PriorityEvent = {
  type: 'PriorityRetired',
  data: {
    priorityId: CHILDHOOD_TRAUMA,
    reason: 'Taken forward by the Prevention and Early Intervention Board',
    retiredOn: '2021-05-20',
    decisionId: BUSINESS_PLAN_APPROVED,
  },
};

const revised = (title: string, rationale: string, revisedOn: string): PriorityEvent[] => [
  {
    type: 'PriorityRevised',
    data: {
      priorityId: CHILDHOOD_TRAUMA,
      title,
      rationale,
      revisedOn,
      decisionId: BUSINESS_PLAN_APPROVED,
    },
  },
];

describe('agreePriority', () => {
  it('agrees a priority for an existing board', () => {
    specify(agreePriority)
      .given([], { board: spb })
      .when({
        priorityId: CHILDHOOD_TRAUMA,
        boardId: SPB,
        title: 'Childhood trauma',
        agreedAt: '2021-02-25',
      })
      .then([
        {
          type: 'PriorityAgreed',
          data: {
            priorityId: CHILDHOOD_TRAUMA,
            boardId: SPB,
            title: 'Childhood trauma',
            rationale: '',
            agreedAt: '2021-02-25',
            decisionId: null,
          },
        },
      ]);
  });

  it('cites the decision that agreed it', () => {
    specify(agreePriority)
      .given([], { board: spb, decision: traumaIntentAgreed })
      .when({
        priorityId: CHILDHOOD_TRAUMA,
        boardId: SPB,
        title: 'Childhood trauma',
        agreedAt: '2021-02-25',
        decisionId: TRAUMA_INTENT_AGREED,
      })
      .then([
        {
          type: 'PriorityAgreed',
          data: {
            priorityId: CHILDHOOD_TRAUMA,
            boardId: SPB,
            title: 'Childhood trauma',
            rationale: '',
            agreedAt: '2021-02-25',
            decisionId: TRAUMA_INTENT_AGREED,
          },
        },
      ]);
  });

  it('refuses a board that does not exist', () => {
    specify(agreePriority)
      .given([], { board: [] })
      .when({ boardId: SPB, title: 'Childhood trauma', agreedAt: '2021-02-25' })
      .thenThrows('NOT_FOUND', new RegExp(`board ${SPB} does not exist`));
  });

  it('refuses a board that has been dissolved', () => {
    specify(agreePriority)
      .given([], { board: peopleAndPlaceDissolved })
      .when({ boardId: PEOPLE_AND_PLACE, title: 'Repeat missing persons', agreedAt: '2022-06-17' })
      .thenThrows('CONFLICT', /boardId: board "People and Place" .* was dissolved on 2022-03-18/);
  });

  it('refuses a cited decision that was never recorded', () => {
    specify(agreePriority)
      .given([], { board: spb, decision: [] })
      .when({ boardId: SPB, title: 'Mental health', agreedAt: '2021-05-20', decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });

  it('refuses a priority already agreed', () => {
    specify(agreePriority)
      .given(childhoodTrauma, { board: spb })
      .when({ priorityId: CHILDHOOD_TRAUMA, boardId: SPB, title: 'Trauma', agreedAt: '2021-02-25' })
      .thenThrows('CONFLICT', /already agreed as "Childhood trauma"/);
  });

  it('refuses an empty title and a date that cannot be parsed', () => {
    specify(agreePriority)
      .given([], { board: spb })
      .when({ boardId: SPB, title: '', agreedAt: '25/02/2021' })
      .thenThrows(
        'BAD_USER_INPUT',
        /title: must not be empty; agreedAt: must be a date written YYYY-MM-DD/,
      );
  });
});

describe('revisePriority', () => {
  it('revises the title under the decision, effective on the decision date', () => {
    specify(revisePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({
        priorityId: CHILDHOOD_TRAUMA,
        title: 'Childhood trauma and adversity',
        decisionId: BUSINESS_PLAN_APPROVED,
      })
      .then(
        revised(
          'Childhood trauma and adversity',
          'Wide prevalence of childhood adversity and its long term impact',
          '2021-05-20',
        ),
      );
  });

  it('revises the rationale only, from the date given', () => {
    specify(revisePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({
        priorityId: CHILDHOOD_TRAUMA,
        rationale: 'A trauma informed approach across LLR',
        decisionId: BUSINESS_PLAN_APPROVED,
        revisedOn: '2021-06-01',
      })
      .then(revised('Childhood trauma', 'A trauma informed approach across LLR', '2021-06-01'));
  });

  it('refuses a revision that changes nothing', () => {
    specify(revisePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({
        priorityId: CHILDHOOD_TRAUMA,
        title: 'Childhood trauma',
        decisionId: BUSINESS_PLAN_APPROVED,
      })
      .thenThrows('CONFLICT', /already has this title and rationale; nothing to change/);
  });

  it('refuses a revision giving neither title nor rationale, or no decision', () => {
    specify(revisePriority)
      .given(childhoodTrauma)
      .whenSent({ priorityId: CHILDHOOD_TRAUMA })
      .thenThrows('BAD_USER_INPUT', /decisionId: must be a UUID/);
    specify(revisePriority)
      .given(childhoodTrauma)
      .when({ priorityId: CHILDHOOD_TRAUMA, decisionId: BUSINESS_PLAN_APPROVED })
      .thenThrows(
        'BAD_USER_INPUT',
        /title: give the revised title, the revised rationale, or both/,
      );
  });

  it('refuses a priority that was never agreed', () => {
    specify(revisePriority)
      .given([], { decision: businessPlanApproved })
      .when({ priorityId: UNKNOWN, title: 'Trauma', decisionId: BUSINESS_PLAN_APPROVED })
      .thenThrows('NOT_FOUND', new RegExp(`priority ${UNKNOWN} does not exist`));
  });

  it('refuses a retired priority', () => {
    specify(revisePriority)
      .given([...childhoodTrauma, retired], { decision: businessPlanApproved })
      .when({ priorityId: CHILDHOOD_TRAUMA, title: 'Trauma', decisionId: BUSINESS_PLAN_APPROVED })
      .thenThrows(
        'CONFLICT',
        /priority "Childhood trauma" was retired on 2021-05-20; it takes no further changes: agree a new priority instead/,
      );
  });

  it('refuses a decision that was never recorded', () => {
    specify(revisePriority)
      .given(childhoodTrauma, { decision: [] })
      .when({ priorityId: CHILDHOOD_TRAUMA, title: 'Trauma', decisionId: UNKNOWN })
      .thenThrows('NOT_FOUND', new RegExp(`decision ${UNKNOWN} does not exist`));
  });

  it('refuses a decision made before the priority was agreed', () => {
    specify(revisePriority)
      .given(substanceMisuse, { decision: traumaIntentAgreed })
      .when({
        priorityId: SUBSTANCE_MISUSE,
        title: 'Drugs and alcohol',
        decisionId: TRAUMA_INTENT_AGREED,
      })
      .thenThrows(
        'BAD_USER_INPUT',
        /decisionId: decision .* was made on 2021-02-25, before priority "Substance misuse" was agreed \(2021-03-22\); cite the decision that made this change/,
      );
  });

  it('refuses a revision dated before the priority was agreed, or not a date', () => {
    const revision = {
      priorityId: CHILDHOOD_TRAUMA,
      title: 'Trauma',
      decisionId: BUSINESS_PLAN_APPROVED,
    };
    specify(revisePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({ ...revision, revisedOn: '2020-01-01' })
      .thenThrows(
        'BAD_USER_INPUT',
        /revisedOn: 2020-01-01 is before the priority was agreed \(2020-11-19\)/,
      );
    specify(revisePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({ ...revision, revisedOn: 'May 2021' })
      .thenThrows('BAD_USER_INPUT', /revisedOn: must be a date written YYYY-MM-DD/);
  });
});

describe('retirePriority', () => {
  const retirement = {
    priorityId: CHILDHOOD_TRAUMA,
    reason: 'Taken forward by the Prevention and Early Intervention Board',
    decisionId: BUSINESS_PLAN_APPROVED,
  };

  it('retires a priority under the decision, effective on the decision date', () => {
    specify(retirePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when(retirement)
      .then([retired]);
  });

  it('retires a priority from the date given', () => {
    specify(retirePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({ ...retirement, retiredOn: '2022-03-18' })
      .then([{ ...retired, data: { ...retired.data, retiredOn: '2022-03-18' } }]);
  });

  it('refuses a priority already retired', () => {
    specify(retirePriority)
      .given([...childhoodTrauma, retired], { decision: businessPlanApproved })
      .when(retirement)
      .thenThrows('CONFLICT', /was retired on 2021-05-20/);
  });

  it('refuses a priority that was never agreed', () => {
    specify(retirePriority)
      .given([], { decision: businessPlanApproved })
      .when(retirement)
      .thenThrows('NOT_FOUND', /priority .* does not exist/);
  });

  it('refuses a decision that was never recorded, or made before the priority', () => {
    specify(retirePriority)
      .given(childhoodTrauma, { decision: [] })
      .when(retirement)
      .thenThrows('NOT_FOUND', /decision .* does not exist/);
    specify(retirePriority)
      .given(substanceMisuse, { decision: traumaIntentAgreed })
      .when({ ...retirement, priorityId: SUBSTANCE_MISUSE, decisionId: TRAUMA_INTENT_AGREED })
      .thenThrows(
        'BAD_USER_INPUT',
        /decisionId: decision .* was made on 2021-02-25, before priority/,
      );
  });

  it('refuses a retirement without a reason, or dated before the priority was agreed', () => {
    specify(retirePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({ ...retirement, reason: '' })
      .thenThrows('BAD_USER_INPUT', /reason: must not be empty/);
    specify(retirePriority)
      .given(childhoodTrauma, { decision: businessPlanApproved })
      .when({ ...retirement, retiredOn: '2019-12-31' })
      .thenThrows('BAD_USER_INPUT', /retiredOn: 2019-12-31 is before the priority was agreed/);
  });
});

describe('a specification', () => {
  it("is typed by its command's input and its aggregate's events", () => {
    // Never run: tsc (npm run typecheck) fails unless each line below is a type error.
    const misspelt = () => {
      specify(agreePriority)
        // @ts-expect-error: no priority event is called PriorityAgred
        .given([{ type: 'PriorityAgred', data: {} }])
        // @ts-expect-error: the input has no field titel
        .when({ boardId: SPB, titel: 'Childhood trauma', agreedAt: '2021-02-25' });
      specify(retirePriority)
        .given([retired])
        .when({ priorityId: CHILDHOOD_TRAUMA, reason: 'Done', decisionId: BUSINESS_PLAN_APPROVED })
        // @ts-expect-error: PriorityRetired has no field retiredAt
        .then([{ type: 'PriorityRetired', data: { ...retired.data, retiredAt: '2021-05-20' } }]);
      // @ts-expect-error: agreePriority references a board, not a meeting
      specify(agreePriority).given([], { meeting: [] });
    };
    expect(misspelt).toBeTypeOf('function');
  });
});
