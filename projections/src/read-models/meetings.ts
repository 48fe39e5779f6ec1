import { defineProjection } from '../projection';
import { stampOf, type ChangeStamp } from './boards';

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

/**
 * Inserts an id into a list kept in date order (ISO dates compare as text); ids of the same
 * date keep the order they came in.
 */
export function insertByDate(
  ids: string[],
  id: string,
  date: string,
  dateOf: (id: string) => string | undefined,
): void {
  let at = ids.length;
  while (at > 0 && (dateOf(ids[at - 1]!) ?? '') > date) at--;
  ids.splice(at, 0, id);
}

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
      const dateOf = (id: string) => state.byId[id]?.date;
      insertByDate(state.order, meetingId, date, dateOf);
      insertByDate((state.idsByBoard[boardId] ??= []), meetingId, date, dateOf);
      return state;
    },
    DecisionRecorded: (state, event) => {
      state.byId[event.data.meetingId]?.decisionIds.push(event.data.decisionId);
      return state;
    },
  },
});
