import { eventRoutes, type AnyProjection, type Projection, type Route } from '@tracker/projections';
import type { EventSource } from './event-source';
import { buildHistorySnapshots } from './history-snapshots';
import type { SnapshotStore } from './snapshot-store';

/**
 * Keeps read models up to date: starts each from its latest snapshot (or from zero when its
 * version changed), follows $all from the earliest checkpoint, applies each event to every
 * read model that has not seen it, and, once caught up, snapshots as it goes (with the
 * position and recorded time of the last event applied, so as-of reads by position or by
 * time can start there). Catching up writes no snapshot: the history as-of reads start from
 * is filled in afterwards, in the background (history-snapshots.ts; `historyBuilt`).
 * Mutations wait on `waitFor` so they answer only once their events are visible
 * (read-your-writes).
 */

export interface RunnerOptions {
  /** Snapshot a read model after this many events since its last snapshot. */
  snapshotEvery?: number;
  onError?: (error: unknown) => void;
  /** How many read models one background pass over the log rebuilds history for at once. */
  historyPerPass?: number;
  /** Building the history's snapshots failed: the read models are unaffected. */
  onHistoryError?: (error: unknown) => void;
}

interface Slot {
  projection: AnyProjection;
  state: unknown;
  position: number;
  /** When the last event applied was recorded: snapshots carry it for as-of reads by time. */
  recordedAt: string | null;
  sinceSnapshot: number;
}

interface Waiter {
  position: number;
  resolve: () => void;
}

export class ProjectionRunner {
  private readonly slots: Slot[];
  private readonly routes: (type: string) => readonly Route[];
  private subscription: ReturnType<EventSource['subscribeToAll']> | undefined;
  private loop: Promise<void> | undefined;
  private waiters: Waiter[] = [];
  private caughtUpTo = 0;
  private startHead = 0;
  private failure: unknown;
  private readonly snapshotEvery: number;
  /** Set once start() has caught up: from then on the runner snapshots as it follows. */
  private following = false;
  private stopping = false;
  private history: Promise<void> = Promise.resolve();
  /** Lets stop() end the wait before the history starts (a test's fake timers never fire). */
  private startHistoryNow: (() => void) | undefined;

  constructor(
    private readonly source: EventSource,
    projections: readonly AnyProjection[],
    private readonly snapshots: SnapshotStore,
    private readonly options: RunnerOptions = {},
  ) {
    const names = new Set<string>();
    for (const p of projections) {
      if (names.has(p.name)) throw new Error(`two projections are named ${p.name}`);
      names.add(p.name);
    }
    this.snapshotEvery = options.snapshotEvery ?? 50_000;
    this.routes = eventRoutes(projections);
    this.slots = projections.map((projection) => {
      const snapshot = snapshots.latest(projection.name, projection.version);
      if (!snapshot) snapshots.discardOtherVersions(projection.name, projection.version);
      return {
        projection,
        state: snapshot ? snapshot.state : projection.initialState(),
        position: snapshot ? snapshot.position : 0,
        recordedAt: snapshot?.recordedAt ?? null,
        sinceSnapshot: 0,
      };
    });
  }

  /**
   * Starts following the store. Resolves once the read models have caught up with it, however
   * long that takes (a rebuild of a million events takes longer than a mutation may wait).
   */
  async start(): Promise<void> {
    this.startHead = await this.source.headPosition();
    const from = Math.min(...this.slots.map((s) => s.position));
    this.caughtUpTo = from;
    this.subscription = this.source.subscribeToAll({ fromPosition: from === 0 ? 'start' : from });
    this.loop = this.follow();
    await this.waitFor(this.startHead, Infinity);
    this.following = true;
    this.history = this.buildHistory();
  }

  /**
   * After start() has returned: a snapshot of every read model at the head (so a restart
   * starts here), then the history's (history-snapshots.ts), yielding between pages.
   */
  private async buildHistory(): Promise<void> {
    await new Promise<void>((resolve) => {
      const tick = setImmediate(resolve);
      this.startHistoryNow = () => {
        clearImmediate(tick);
        resolve();
      };
    });
    if (this.stopping) return;
    try {
      // One read model at a time, letting requests in between: each is encoded whole (these
      // states are live, so they may not change while they are encoded), but not all at once.
      for (const slot of this.slots) {
        if (this.stopping) return;
        this.snapshotIfMoved(slot);
        await new Promise<void>((resolve) => setImmediate(resolve));
      }
      await buildHistorySnapshots(
        this.source,
        this.slots.map((s) => s.projection),
        this.snapshots,
        {
          every: this.snapshotEvery,
          perPass: this.options.historyPerPass,
          stopped: () => this.stopping,
        },
      );
    } catch (error) {
      this.options.onHistoryError?.(error);
    }
  }

  /** Resolves once the snapshots of the past have been built (or the runner stopped). */
  historyBuilt(): Promise<void> {
    return this.history;
  }

  private async follow(): Promise<void> {
    try {
      for await (const event of this.subscription!) {
        for (const { index, handle } of this.routes(event.type)) {
          const slot = this.slots[index]!;
          if (event.position > slot.position) slot.state = handle(slot.state, event);
        }
        for (const slot of this.slots) {
          if (event.position <= slot.position) continue;
          slot.position = event.position;
          slot.recordedAt = event.recordedAt;
          if (++slot.sinceSnapshot >= this.snapshotEvery && this.following) this.snapshot(slot);
        }
        this.caughtUpTo = event.position;
        this.release();
      }
    } catch (error) {
      this.failure = error;
      this.options.onError?.(error);
      for (const w of this.waiters) w.resolve();
      this.waiters = [];
    }
  }

  private release() {
    if (this.waiters.length === 0) return;
    const still: Waiter[] = [];
    for (const w of this.waiters) {
      if (w.position <= this.caughtUpTo) w.resolve();
      else still.push(w);
    }
    this.waiters = still;
  }

  private snapshot(slot: Slot) {
    this.snapshots.save({
      name: slot.projection.name,
      version: slot.projection.version,
      position: slot.position,
      recordedAt: slot.recordedAt,
      state: slot.state,
    });
    slot.sinceSnapshot = 0;
  }

  private snapshotIfMoved(slot: Slot) {
    if (slot.sinceSnapshot > 0) this.snapshot(slot);
  }

  /** Snapshots every read model that moved since its last snapshot. */
  snapshotAll(): void {
    for (const slot of this.slots) this.snapshotIfMoved(slot);
  }

  /**
   * Resolves once every read model has applied events up to `position`; rejects after
   * `timeoutMs` (Infinity: never).
   */
  waitFor(position: number, timeoutMs = 10_000): Promise<void> {
    if (this.failure) return Promise.reject(this.failure);
    if (position <= this.caughtUpTo) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const timer = Number.isFinite(timeoutMs)
        ? setTimeout(() => {
            this.waiters = this.waiters.filter((w) => w !== waiter);
            reject(
              new Error(`read models did not reach position ${position} within ${timeoutMs} ms`),
            );
          }, timeoutMs)
        : undefined;
      const waiter: Waiter = {
        position,
        resolve: () => {
          clearTimeout(timer);
          if (this.failure) reject(this.failure);
          else resolve();
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** The current state of a read model. Callers must treat it as read-only. */
  state<S>(projection: Projection<S>): S {
    const slot = this.slots.find((s) => s.projection.name === projection.name);
    if (!slot) throw new Error(`projection ${projection.name} is not run by this runner`);
    return slot.state as S;
  }

  /** The position every read model has reached. */
  get position(): number {
    return this.caughtUpTo;
  }

  /**
   * Each read model's own position: how far it has applied the log. They differ while a
   * read model rebuilt after a version change catches up; operators watch the lag.
   */
  positions(): ReadonlyMap<string, number> {
    return new Map(this.slots.map((slot) => [slot.projection.name, slot.position]));
  }

  /** True once the read models have caught up with the store as it was at start. */
  get ready(): boolean {
    return this.failure === undefined && this.caughtUpTo >= this.startHead;
  }

  get error(): unknown {
    return this.failure;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.startHistoryNow?.();
    await this.subscription?.close();
    await this.loop;
    await this.history;
    this.snapshotAll();
  }
}
