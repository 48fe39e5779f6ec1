import { formatHead, type ChainHead, type VerifyResult } from '@tracker/event-store';

/**
 * The words of `tracker verify`. The head goes to standard output on its own, POSITION:HASH,
 * so a script can publish it (`head=$(npm run -s tracker -- verify)`); everything meant for a
 * person goes to standard error with the progress.
 */

export interface VerifyReport {
  /** For a person: what was checked and what it means. */
  summary: string;
  /** For a script: the head to publish, when there is one. */
  head?: string;
  exitCode: 0 | 1;
}

export function verifyReport(result: VerifyResult, expected?: ChainHead): VerifyReport {
  if (!result.ok) {
    const broken = result.firstBroken!;
    // A finding about the log as a whole (its end, its head) has no event to name.
    const event = broken.streamId ? ` (${broken.streamId}, revision ${broken.revision})` : '';
    return {
      summary: `BROKEN at position ${broken.position}${event}: ${broken.problem}. ${result.checked} events before it verified.`,
      exitCode: 1,
    };
  }
  const verified = `${result.checked} events verified: the history is as it was recorded`;
  const against = expected
    ? `, and it still holds the head published at position ${expected.position}`
    : '';
  if (!result.head) {
    return {
      summary: `${verified}${against}; the log is empty, so it has no head yet`,
      exitCode: 0,
    };
  }
  const head = formatHead(result.head);
  return {
    summary: `${verified}${against}.
Head: position ${result.head.position}, global hash ${result.head.globalHash}.
Publish it (board papers, audit log) and check the store against it later with:
  npm run tracker -- verify --expect-head ${head}`,
    head,
    exitCode: 0,
  };
}
