/**
 * Funding: funding streams and allocations, bids, commissioned services.
 * This file lists the area's events and commands.
 */
export type FundingEvent = never;

export const fundingCommands = {} as const;
