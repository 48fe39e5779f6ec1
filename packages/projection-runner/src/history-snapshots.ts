import { eventRoutes, type AnyProjection } from '@tracker/projections';
import type { EventSource } from './event-source';
import { SPREAD } from './snapshot-retention';
import type { SnapshotStore } from './snapshot-store';

/**
 * Snapshots of the past, built after the read models have caught up rather than while they
 * catch up. A read model rebuilt from zero (its version changed, or the snapshot file was
 * deleted) used to write a whole-state snapshot every 50,000 events on its way to the head:
 * at a million events that was six times the replay itself, all of it before the server
 * could answer. Now the runner catches up writing nothing, snapshots once at the head, and
 * then fills the history that as-of reads start from here, in the background, a few read
 * models at a time (each pass holds one more copy of only those), yielding to requests
 * between pages of events. An as-of read before it finishes is as correct, only slower.
 */

/**
 * Where one read model's history needs snapshots: for each gap between two of its snapshots
 * (or zero and its first) wider than the retention rule keeps (snapshot-retention.ts), the
 * positions to snapshot at, spaced as that rule would keep them, so nothing built here is
 * thinned again and a second run finds nothing to do.
 */
export interface HistoryGap {
  /** The snapshot the gap starts from (0: from nothing). */
  from: number;
  /** Positions to snapshot at (at the first event at or after each), ascending. */
  points: number[];
}

export function historyGaps(
  existing: readonly number[],
  every: number,
  spread = SPREAD,
): HistoryGap[] {
  const kept = [0, ...[...existing].sort((a, b) => a - b)];
  const head = kept[kept.length - 1]!;
  const allowance = (p: number) => Math.max(every, Math.floor((head - p) / spread));
  const gaps: HistoryGap[] = [];
  for (let i = 0; i + 1 < kept.length; i++) {
    const [from, to] = [kept[i]!, kept[i + 1]!];
    const points: number[] = [];
    for (let p = from + allowance(from); p < to; p += allowance(p)) points.push(p);
    if (points.length > 0) gaps.push({ from, points });
  }
  return gaps;
}

export interface HistoryOptions {
  /** The runner's snapshot spacing near the head. */
  every: number;
  /** How many read models one pass over the log replays at once (memory: one copy each). */
  perPass?: number;
  /** Checked between pages: true stops the build where it is. */
  stopped?: () => boolean;
}

interface Task {
  projection: AnyProjection;
  gap: HistoryGap;
}

/** Fills the gaps of every read model's history; resolves when done or stopped. */
export async function buildHistorySnapshots(
  source: EventSource,
  projections: readonly AnyProjection[],
  snapshots: SnapshotStore,
  options: HistoryOptions,
): Promise<{ saved: number }> {
  const tasks: Task[] = projections.flatMap((projection) =>
    historyGaps(snapshots.positions(projection.name, projection.version), options.every).map(
      (gap) => ({ projection, gap }),
    ),
  );
  const perPass = options.perPass ?? 6;
  let saved = 0;
  for (let i = 0; i < tasks.length; i += perPass) {
    if (options.stopped?.()) break;
    saved += await fill(source, tasks.slice(i, i + perPass), snapshots, options.stopped);
  }
  return { saved };
}

/** One pass over the log: each task replays from its gap's start, saving at its points. */
async function fill(
  source: EventSource,
  tasks: readonly Task[],
  snapshots: SnapshotStore,
  stopped: () => boolean = () => false,
): Promise<number> {
  const slots = tasks.map(({ projection, gap }) => {
    // The gap's own start, or an earlier one if saving into another gap thinned it away.
    const start = snapshots.atOrBefore(projection.name, projection.version, gap.from);
    const base = start?.position ?? 0;
    return {
      projection,
      state: start ? start.state : projection.initialState(),
      base,
      gap,
      next: 0,
    };
  });
  // Each slot is its own projection in the routing table, so two gaps of one read model can
  // share a pass.
  const routes = eventRoutes(slots.map((s) => s.projection));
  const from = Math.min(...slots.map((s) => s.base));
  const to = Math.max(...slots.map((s) => s.gap.points[s.gap.points.length - 1]!));
  let saved = 0;
  for await (const page of source.readAllPages({ fromPosition: from + 1, toPosition: to })) {
    if (stopped()) return saved;
    for (const event of page) {
      for (const { index, handle } of routes(event.type)) {
        const slot = slots[index]!;
        if (event.position > slot.base && slot.next < slot.gap.points.length) {
          slot.state = handle(slot.state, event);
        }
      }
      for (const slot of slots) {
        const point = slot.gap.points[slot.next];
        if (point === undefined || event.position < point || event.position <= slot.base) continue;
        // Yielding: this pass's states are its own, and a request need not wait for the whole
        // encoding of a read model's state (seconds at a million events).
        await snapshots.saveYielding({
          name: slot.projection.name,
          version: slot.projection.version,
          position: event.position,
          recordedAt: event.recordedAt,
          state: slot.state,
        });
        saved++;
        while ((slot.gap.points[slot.next] ?? Infinity) <= event.position) slot.next++;
      }
    }
  }
  return saved;
}
