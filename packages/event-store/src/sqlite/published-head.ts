/**
 * A published chain head: the position of the newest event and its global hash, as
 * `verify` printed them at some moment (hash-chain.ts, "Limits"). Whoever can rewrite the
 * file can recompute every hash, or delete the newest events and roll `chain_head` back with
 * them, and the chain alone still holds; a head copied somewhere out of their reach (the
 * board papers, an audit log) does not move with it. The global hash at a position covers
 * every row up to it, so a head published earlier still checks a log that has only grown.
 */

export interface ChainHead {
  position: number;
  globalHash: string;
}

/** One string, POSITION:HASH, so the head is copied whole or not at all. */
export const formatHead = (head: ChainHead): string => `${head.position}:${head.globalHash}`;

export const HEAD_FORMAT =
  'POSITION:HASH, the position of an event and its 64-hex-digit global hash as verify printed them (e.g. 407:3f9a…)';

/**
 * A head as someone typed it. `refuse` words a malformed one in the caller's terms (a usage
 * error for the CLI, BAD_USER_INPUT for the API): the message says the expected format.
 */
export function parseHead(
  text: string,
  refuse: (message: string) => Error = (message) => new Error(message),
): ChainHead {
  const match = /^\s*(\d{1,15}):([0-9a-f]{64})\s*$/i.exec(text);
  // Positions start at 1: the head of an empty log (position 0) checks nothing.
  if (!match || Number(match[1]) < 1) {
    throw refuse(`"${text}" is not a chain head; write ${HEAD_FORMAT}`);
  }
  return { position: Number(match[1]), globalHash: match[2]!.toLowerCase() };
}

/** The row at the published position, verified: it must carry the published hash. */
export function problemAtPublishedPosition(
  published: ChainHead,
  globalHash: string,
): string | undefined {
  if (globalHash === published.globalHash) return undefined;
  return `its global hash is ${globalHash}, not ${published.globalHash} as published for this position: the log was rewritten (its hashes recomputed) after that head was published`;
}

/** After the walk: the log must still reach the published position. */
export function problemWithPublishedEnd(
  published: ChainHead,
  lastPosition: number,
): string | undefined {
  if (lastPosition >= published.position) return undefined;
  return `a head was published at position ${published.position} but the log ends at ${lastPosition}: events recorded before it was published were deleted (and the chain head rolled back with them)`;
}
