/** The funding read models (allocations, bids, services). */
export const fundingProjections = [] as const;
