/**
 * Keeping the read models: the runner that follows the event store and feeds the
 * projections (@tracker/projections, pure), their snapshots (SQLite or memory), and replays
 * to a past point (as-of). Everything here reads the store or the disk; the read models
 * themselves do neither.
 */
export * from './event-source';
export * from './snapshot-store';
export * from './runner';
export * from './as-of';
