/** The delivery read models (People Zones, delivery plans, indicators). */
export const deliveryProjections = [] as const;
