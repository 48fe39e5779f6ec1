import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './touch';

/** Meetings of boards: date, theme, and the decisions recorded at each. */

export interface MeetingView {
  id: string;
  boardId: string;
  date: string;
  /** The meeting's main focus, e.g. "Childhood trauma"; empty when none was given. */
  theme: string;
  /** The decision that set the meeting, when cited. */
  decisionId: string | null;
  /** Decisions recorded at the meeting, in the order they were recorded. */
  decisionIds: string[];
  lastChanged: ChangeStamp;
}

export interface MeetingsState {
  byId: Record<string, MeetingView>;
  /** Meeting ids by date, then by the order they were scheduled. */
  order: string[];
  /** Each board's meeting ids, by date. */
  idsByBoard: Record<string, string[]>;
}

/** The date of the entry an id names; entries not held sort first. */
const dateAt = <V>(byId: Record<string, V>, id: string, dateOf: (view: V) => string) => {
  const view = byId[id];
  return view === undefined ? '' : dateOf(view);
};

/**
 * Inserts an id into a list kept in date order (ISO dates compare as text); ids of the same
 * date keep the order they came in. A binary search finds the place: with many partnerships
 * recording in the same months, a new date often falls well before the end of a long list,
 * and walking back to it cost more than the rest of the rebuild's handling of the event.
 * The entries are looked up in `byId` and their date read with `dateOf`, a module function:
 * a closure over the state made per event would cost, under tsx, a defineProperty call each
 * time (it names every inner function it compiles).
 */
export function insertByDate<V>(
  ids: string[],
  id: string,
  date: string,
  byId: Record<string, V>,
  dateOf: (view: V) => string,
): void {
  // The first place whose date is later than this one (after every id of the same date).
  let low = 0;
  let high = ids.length;
  if (high === 0 || dateAt(byId, ids[high - 1]!, dateOf) <= date) {
    ids.push(id);
    return;
  }
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dateAt(byId, ids[middle]!, dateOf) <= date) low = middle + 1;
    else high = middle;
  }
  ids.splice(low, 0, id);
}

const meetingDate = (meeting: MeetingView) => meeting.date;

export const meetingsProjection = defineProjection<MeetingsState>({
  name: 'meetings',
  version: 1,
  initialState: () => ({ byId: {}, order: [], idsByBoard: {} }),
  on: {
    MeetingScheduled: (state, event) => {
      const { meetingId, boardId, date, theme, decisionId } = event.data;
      state.byId[meetingId] = {
        id: meetingId,
        boardId,
        date,
        theme,
        decisionId,
        decisionIds: [],
        lastChanged: stampOf(event),
      };
      insertByDate(state.order, meetingId, date, state.byId, meetingDate);
      insertByDate((state.idsByBoard[boardId] ??= []), meetingId, date, state.byId, meetingDate);
      return state;
    },
    DecisionRecorded: (state, event) => {
      state.byId[event.data.meetingId]?.decisionIds.push(event.data.decisionId);
      return state;
    },
  },
});
