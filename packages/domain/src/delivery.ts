/**
 * Delivery: People Zones, delivery plans, indicators and outcomes.
 * This file lists the area's events and commands.
 */
import type { EventsOf } from './kernel/decider';
import {
  addPlanActivity,
  completeActivity,
  createDeliveryPlan,
  replanActivity,
  updateActivityStatus,
  deliveryPlanEventSchemas,
} from './delivery-plan/delivery-plan';
import {
  correctIndicatorValue,
  defineIndicator,
  recordIndicatorValue,
  indicatorEventSchemas,
} from './indicator/indicator';
import {
  correctInitiativeOutcome,
  recordInitiativeOutcome,
  initiativeOutcomeEventSchemas,
} from './indicator/outcome';
import {
  advancePeopleZoneStage,
  assignWorkstream,
  designatePeopleZone,
  recordKeyProvision,
  recordZoneEvaluation,
  peopleZoneEventSchemas,
} from './people-zone/people-zone';

/** The area's events by type, each with the schema of its data. */
export const deliveryEventSchemas = {
  ...peopleZoneEventSchemas,
  ...deliveryPlanEventSchemas,
  ...indicatorEventSchemas,
  ...initiativeOutcomeEventSchemas,
} as const;

export type DeliveryEvent = EventsOf<typeof deliveryEventSchemas>;

export const deliveryCommands = {
  designatePeopleZone,
  advancePeopleZoneStage,
  recordKeyProvision,
  assignWorkstream,
  recordZoneEvaluation,
  createDeliveryPlan,
  addPlanActivity,
  updateActivityStatus,
  replanActivity,
  completeActivity,
  defineIndicator,
  recordIndicatorValue,
  correctIndicatorValue,
  recordInitiativeOutcome,
  correctInitiativeOutcome,
} as const;
