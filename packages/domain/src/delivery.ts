/**
 * Delivery: People Zones, delivery plans, indicators and outcomes.
 * This file lists the area's events and commands.
 */
export type DeliveryEvent = never;

export const deliveryCommands = {} as const;
