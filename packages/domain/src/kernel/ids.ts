import { parse, v5 as uuidv5, validate as isUuid } from 'uuid';

/** Namespace for ids derived from command ids: fixed forever, so derivations are stable. */
export const TRACKER_NAMESPACE = '4f0d4a36-7a8c-4d0e-9a52-2f7d1a8c9b61';
/** The namespace as bytes, parsed once: v5 would parse the text again for every id. */
const NAMESPACE_BYTES = parse(TRACKER_NAMESPACE);

/** The id of the n-th event a command appends: the same command id always gives the same ids. */
export const eventIdFor = (commandId: string, index: number): string =>
  uuidv5(`${commandId}/event/${index}`, NAMESPACE_BYTES);

/** The id of an entity a command creates, when the caller did not give one. */
export const entityIdFor = (commandId: string, aggregate: string): string =>
  uuidv5(`${commandId}/${aggregate}`, NAMESPACE_BYTES);

/**
 * The id of the n-th member an aggregate holds (an activity in a plan, a value record of an
 * indicator), when the caller did not give one: derived from the owner's id and the count so far.
 */
export const memberIdFor = (ownerId: string, collection: string, ordinal: number): string =>
  uuidv5(`${ownerId}/${collection}/${ordinal}`, NAMESPACE_BYTES);

export { isUuid };
