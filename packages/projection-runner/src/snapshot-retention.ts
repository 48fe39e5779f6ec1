/**
 * Which snapshots of one read model to keep. Snapshots are written at a steady spacing (the
 * runner's snapshotEvery), and an as-of read replays the events from the nearest earlier one, so
 * the spacing is what a read as of that point pays. Keeping them all makes the file grow with
 * the square of the history (each holds the whole state, and the state grows with the log).
 *
 * The rule: near the head every snapshot is kept; further back they are thinned so that the gap
 * left between two kept snapshots is at most 1/SPREAD of their distance from the head. A read a
 * week back stays as quick as one a minute back; a read five years back may replay a few times
 * more events, and the number kept grows with the logarithm of the history, not with it. With
 * the runner's 50,000-event spacing nothing is dropped until the log passes 800,000 events.
 */
export const SPREAD = 16;

/**
 * The positions to drop, given every snapshot position of one read model (any order) and the
 * head (the newest position any of them stands at). The newest is always kept.
 */
export function snapshotsToDrop(positions: readonly number[], spread = SPREAD): number[] {
  const sorted = [...positions].sort((a, b) => b - a);
  const head = sorted[0];
  if (head === undefined) return [];
  const drop: number[] = [];
  let kept = head;
  for (let i = 1; i < sorted.length; i++) {
    const candidate = sorted[i]!;
    // What an as-of read just after the next older snapshot (or from zero) would start from if
    // this one went: drop it only when that gap stays within the allowance at that age.
    const older = sorted[i + 1] ?? 0;
    if (kept - older <= (head - older) / spread) drop.push(candidate);
    else kept = candidate;
  }
  return drop;
}
