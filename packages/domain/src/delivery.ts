/**
 * Delivery: People Zones, delivery plans, indicators and outcomes.
 * This file lists the area's events and commands.
 */
import {
  addPlanActivity,
  completeActivity,
  createDeliveryPlan,
  replanActivity,
  updateActivityStatus,
  type DeliveryPlanEvent,
} from './delivery-plan/delivery-plan';
import {
  correctIndicatorValue,
  defineIndicator,
  recordIndicatorValue,
  type IndicatorEvent,
} from './indicator/indicator';
import {
  correctInitiativeOutcome,
  recordInitiativeOutcome,
  type InitiativeOutcomeEvent,
} from './indicator/outcome';
import {
  advancePeopleZoneStage,
  assignWorkstream,
  designatePeopleZone,
  recordKeyProvision,
  recordZoneEvaluation,
  type PeopleZoneEvent,
} from './people-zone/people-zone';

export type DeliveryEvent =
  PeopleZoneEvent | DeliveryPlanEvent | IndicatorEvent | InitiativeOutcomeEvent;

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
