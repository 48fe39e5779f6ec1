import { hash } from 'node:crypto';

/**
 * Tamper evidence. Each event's hash covers the previous event's hash in its stream and
 * the event's identity, place, type, time and the DIGESTS of its data and metadata, not
 * the JSON itself. Personal data can therefore later be erased from `data` (with the
 * erasure recorded) while every hash still verifies: verification then checks the data
 * against its digest only for events not recorded as erased. A global chain over all rows
 * (and the head row) catches deleted, inserted and reordered rows across streams.
 */
export const GENESIS = '0'.repeat(64);

// One-shot hashing: cheaper than a Hash object per call on the append path.
export const digest = (text: string): string => hash('sha256', text, 'hex');

export interface HashedFields {
  id: string;
  streamId: string;
  revision: number;
  type: string;
  recordedAt: string;
  dataDigest: string;
  metadataDigest: string;
}

export function eventHash(previousInStream: string, e: HashedFields): string {
  return digest(
    [
      previousInStream,
      e.id,
      e.streamId,
      String(e.revision),
      e.type,
      e.recordedAt,
      e.dataDigest,
      e.metadataDigest,
    ].join('\n'),
  );
}

export function globalHash(previousGlobal: string, position: number, hash: string): string {
  return digest(`${previousGlobal}\n${position}\n${hash}`);
}
