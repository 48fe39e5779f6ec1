/** The delivery read models (People Zones, delivery plans, indicators, initiative outcomes). */
import { deliveryPlansProjection, planActivitiesProjection } from './read-models/deliveryPlans';
import { indicatorsProjection } from './read-models/indicators';
import { initiativeOutcomesProjection } from './read-models/outcomes';
import { peopleZonesProjection } from './read-models/peopleZones';

export const deliveryProjections = [
  peopleZonesProjection,
  deliveryPlansProjection,
  planActivitiesProjection,
  indicatorsProjection,
  initiativeOutcomesProjection,
] as const;
