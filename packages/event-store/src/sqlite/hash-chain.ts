import { hash } from 'node:crypto';

/**
 * Tamper evidence for the embedded store, designed so personal data can be erased later
 * without breaking verification.
 *
 * Per event (hash format 2):
 * - `data_salt`: 16 random bytes (hex), and `data_digest` = SHA-256(salt ‖ data JSON as stored).
 * - `metadata_digest` = SHA-256(metadata JSON as stored).
 * - `hash` = SHA-256 of the JSON array [previous event's `hash` in the stream (GENESIS for
 *   revision 0), id, stream id, revision, type, recorded_at, data_digest, metadata_digest]:
 *   the per-stream chain. It covers the data only through its digest, never the raw JSON.
 * - `global_hash` = SHA-256 of [previous row's `global_hash` (GENESIS for the first),
 *   position, hash]: one chain over every row in position order, so a deleted, inserted or
 *   reordered row breaks the chain of the rows after it, whatever their streams.
 * - the one-row `chain_head` table records the last position, its global hash and the
 *   event's stream and revision, so deleting the newest rows is caught as well.
 *
 * Erasure (the design; not built yet). To erase an event's personal data, in one transaction:
 * append an erasure event (type `PersonalDataErased`, its own stream `erasure-<uuid>`, data:
 * `{ position, eventId, dataDigest }` of the event erased, the reason and who asked) so the
 * erasure itself is chained; rewrite
 * the row's `data` to a redacted JSON; set its `data_salt` to NULL; and insert a row into
 * `erasures` (position, erased_at, erasure_event_id). Verification checks data against its
 * digest for every event EXCEPT those listed in `erasures`; everything else, including the
 * digest itself inside `hash`, still verifies, so the history holds. Destroying the salt makes
 * the digest that remains useless for confirming a guess of the erased content (an unsalted
 * digest of a short name could be brute-forced). Verification already requires each
 * `erasures` row to be matched by its erasure event, later in the log, naming that event
 * (verify.ts, ERASURE_EVENT_TYPE): otherwise a row there would excuse any edit of the data.
 * Metadata is not erasable in this design: keep personal data out of it (actors are account
 * ids, not names).
 *
 * Limits: anyone able to rewrite the file can recompute every hash after an edit, or delete
 * the newest events and roll `chain_head` back. The head's global hash is the store's
 * fingerprint: `verify` prints it as POSITION:HASH; publish it (in the board papers or an
 * audit log) to anchor the chain, and verification against a published head
 * (published-head.ts) catches even that.
 *
 * Hash format 1 (stores written before the salt) joined the fields with newlines and used
 * an unsalted data digest; rows keep the format they were written in.
 */
export const GENESIS = '0'.repeat(64);
export const HASH_FORMAT = 2;

// One-shot hashing: cheaper than a Hash object per call on the append path.
export const sha256 = (text: string): string => hash('sha256', text, 'hex');

export const dataDigest = (salt: string | null, data: string): string =>
  sha256(salt === null ? data : salt + data);

export interface HashedFields {
  id: string;
  streamId: string;
  revision: number;
  type: string;
  recordedAt: string;
  dataDigest: string;
  metadataDigest: string;
}

export function eventHash(
  previousInStream: string,
  e: HashedFields,
  format: number = HASH_FORMAT,
): string {
  const fields = [
    previousInStream,
    e.id,
    e.streamId,
    e.revision,
    e.type,
    e.recordedAt,
    e.dataDigest,
    e.metadataDigest,
  ];
  return sha256(format === 1 ? fields.join('\n') : JSON.stringify(fields));
}

export function globalHash(
  previousGlobal: string,
  position: number,
  hash: string,
  format: number = HASH_FORMAT,
): string {
  return sha256(
    format === 1
      ? `${previousGlobal}\n${position}\n${hash}`
      : JSON.stringify([previousGlobal, position, hash]),
  );
}
