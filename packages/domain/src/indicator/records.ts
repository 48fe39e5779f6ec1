import { z } from 'zod';
import { conflict, notFound } from '../kernel/errors';
import { memberIdFor } from '../kernel/ids';
import { entityId, isoDate, optionalText, requiredText } from '../kernel/schemas';

/**
 * Recorded figures that are corrected, never overwritten: a correction is a new record naming
 * the one it supersedes; the old record stays in the history, marked superseded.
 * Shared by indicator values and initiative outcomes.
 */

export interface HeldRecord {
  recordId: string;
  supersedesRecordId: string | null;
  /** The record that corrected this one, if any. */
  supersededBy: string | null;
}

/** The id for a new record: the one given, or one derived from the owner and the count so far. */
export function newRecordId(
  ownerId: string,
  records: readonly HeldRecord[],
  given: string | undefined,
  owner: string,
): string {
  const recordId = given ?? memberIdFor(ownerId, 'record', records.length);
  if (records.some((r) => r.recordId === recordId))
    throw conflict(`record ${recordId} already exists on ${owner}; give a new recordId`);
  return recordId;
}

/** The record a correction supersedes: it must exist and still be in force. */
export function recordToSupersede<R extends HeldRecord>(
  records: readonly R[],
  recordId: string,
  what: string,
  command: string,
): R {
  const old = records.find((r) => r.recordId === recordId);
  if (!old) throw notFound(what, recordId);
  if (old.supersededBy)
    throw conflict(
      `record ${old.recordId} was already corrected by record ${old.supersededBy}; ` +
        `run ${command} with supersedesRecordId ${old.supersededBy} instead`,
      { supersededBy: old.supersededBy },
    );
  return old;
}

/** The records after adding one, marking the record it supersedes (if any). */
export const withRecord = <R extends HeldRecord>(records: readonly R[], record: R): R[] => [
  ...records.map((r) =>
    r.recordId === record.supersedesRecordId ? { ...r, supersededBy: record.recordId } : r,
  ),
  record,
];

/** The fields every recorded figure carries in its event: its id, where it came from, when. */
export const recordDataFields = {
  recordId: entityId,
  source: z.string(),
  note: z.string(),
  recordedOn: z.string(),
};

/** The fields a correction adds: the record it supersedes and why. */
export const correctionDataFields = { supersedesRecordId: entityId, reason: z.string() };

/** The same, as a command gives them. */
export const recordInputFields = {
  // Derived from the owner and its record count when not given.
  recordId: entityId
    .optional()
    .describe("Optional: the new record's id; one is derived when omitted."),
  // E.g. "LSCSB 17 June 2022, Safer Communities Performance Q4".
  source: requiredText('title').describe('Where the figure comes from.'),
  note: optionalText('prose'),
  recordedOn: isoDate.optional(),
};

export const correctionInputFields = {
  supersedesRecordId: entityId.describe(
    'The record this one corrects; it stays in the history, superseded.',
  ),
  reason: requiredText('prose'),
};

/** Source, note and date of a new record from its command's input. */
export const recordTrail = (
  input: { source: string; note?: string | undefined; recordedOn?: string | undefined },
  today: string,
) => ({ source: input.source, note: input.note ?? '', recordedOn: input.recordedOn ?? today });
