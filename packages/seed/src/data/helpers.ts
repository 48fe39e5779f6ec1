import type { PaperId, PaperInfo, Source } from './types';

/** A source maker for one paper: `at('para 3')` gives `{ paper, ref: 'para 3' }`. */
export const sourcesOf =
  (paper: PaperId) =>
  (ref: string): Source => ({ paper, ref });

/** The date note for a record the paper gives no date for: the paper's meeting date stands in. */
export const undatedNote = (paper: PaperInfo, detail?: string): string =>
  `${detail ? `${detail}; ` : ''}no date given: the paper's meeting date (${paper.meetingDate}) is used`;

/** The date note for a record the paper dates by month only: the first of the month stands in. */
export const monthOnlyNote = (asWritten: string): string =>
  `the paper gives the month only ("${asWritten}"): the first of the month is used`;

/** The date note for a thing the paper shows existing before any date it gives for it. */
export const seenByNote = (detail: string): string =>
  `no start date given: ${detail}, the earliest date the paper shows it existing, is used`;

/** Pounds as printed ("1,127,205") to pence, exactly. */
export const poundsToPence = (printed: string): number => {
  const match = /^£?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?$/.exec(printed.trim());
  if (!match) throw new Error(`not an amount in pounds: "${printed}"`);
  return Number(match[1]!.replaceAll(',', '')) * 100 + Number(match[2] ?? '0');
};
