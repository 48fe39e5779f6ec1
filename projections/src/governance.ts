/** The governance read models. */
import { actionsProjection } from './read-models/actions';
import { boardsProjection } from './read-models/boards';
import { decisionChangesProjection } from './read-models/decision-changes';
import { decisionsProjection } from './read-models/decisions';
import { initiativesProjection } from './read-models/initiatives';
import { issuesProjection } from './read-models/issues';
import { meetingsProjection } from './read-models/meetings';
import { organisationsProjection } from './read-models/organisations';
import { prioritiesProjection } from './read-models/priorities';

export const governanceProjections = [
  organisationsProjection,
  boardsProjection,
  meetingsProjection,
  decisionsProjection,
  decisionChangesProjection,
  prioritiesProjection,
  initiativesProjection,
  issuesProjection,
  actionsProjection,
] as const;
