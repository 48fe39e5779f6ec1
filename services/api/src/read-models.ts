import type { ProjectionRunner } from '@tracker/projection-runner';
import type { AnyProjection, Projection } from '@tracker/projections';
import DataLoader from 'dataloader';

/**
 * How resolvers reach read models. Lookups by id go through a DataLoader per request and
 * read model, so a page of 50 initiatives asks each read model once for all their boards.
 */

/** The state of a read model that keeps its entities by id. */
export type EntityState = { byId: Record<string, unknown> };
/** The entity type of such a read model. */
export type EntityOf<S extends EntityState> = NonNullable<S['byId'][string]>;

export interface ReadModels {
  /** The current state of a read model (read-only). */
  state<S>(projection: Projection<S>): S;
  /** Loads an entity by id from a read model, batched per request. */
  load<S extends EntityState>(projection: Projection<S>, id: string): Promise<EntityOf<S> | null>;
  loadMany<S extends EntityState>(
    projection: Projection<S>,
    ids: readonly string[],
  ): Promise<(EntityOf<S> | null)[]>;
  /**
   * Resolves once the read models have applied the log up to `position` (at once for read
   * models of the past: they do not move).
   */
  waitFor(position: number): Promise<void>;
  /** How many batched lookups this request made, by read model (for tests and the bench). */
  readonly batches: Record<string, number>;
}

export interface ReadModelOptions {
  /**
   * false: every lookup by id on its own, as code without DataLoader would do it. Only the
   * bench turns batching off, to measure what batching is worth (its reference row).
   */
  batching?: boolean;
}

export function createReadModels(
  runner: Pick<ProjectionRunner, 'state'> & Partial<Pick<ProjectionRunner, 'waitFor'>>,
  options: ReadModelOptions = {},
): ReadModels {
  const batching = options.batching ?? true;
  const loaders = new Map<string, DataLoader<string, unknown>>();
  const batches: Record<string, number> = {};
  const loaderFor = (projection: AnyProjection) => {
    let loader = loaders.get(projection.name);
    if (!loader) {
      loader = new DataLoader<string, unknown>(
        async (ids) => {
          batches[projection.name] = (batches[projection.name] ?? 0) + 1;
          const { byId } = runner.state(projection) as { byId: Record<string, unknown> };
          return ids.map((id) => byId[id] ?? null);
        },
        batching ? {} : { batch: false, cache: false },
      );
      loaders.set(projection.name, loader);
    }
    return loader;
  };
  return {
    state: (projection) => runner.state(projection),
    waitFor: (position) => runner.waitFor?.(position) ?? Promise.resolve(),
    load: <S extends EntityState>(projection: Projection<S>, id: string) =>
      loaderFor(projection).load(id) as Promise<EntityOf<S> | null>,
    loadMany: async <S extends EntityState>(projection: Projection<S>, ids: readonly string[]) => {
      const results = await loaderFor(projection).loadMany(ids);
      return results.map((r) => (r instanceof Error ? null : (r as EntityOf<S> | null)));
    },
    batches,
  };
}
