/** The governance read models. */
import { boardsProjection } from './read-models/boards';
import { prioritiesProjection } from './read-models/priorities';

export const governanceProjections = [boardsProjection, prioritiesProjection] as const;
