import type { Projection } from '@tracker/projections';
import { notFoundError } from '../errors';
import type { EntityOf, EntityState, ReadModels } from '../read-models';

/**
 * Following links between entities, always through the per-request DataLoaders: a link that
 * must resolve (`required`), one that may be absent (`optional`), and lists of ids (`many`).
 */

export const present = <T>(items: (T | null)[]): T[] => items.filter((i): i is T => i !== null);

/** The entity with this id; NOT_FOUND naming `what` when the read model does not hold it. */
export const required = async <S extends EntityState>(
  readModels: ReadModels,
  projection: Projection<S>,
  id: string,
  what: string,
): Promise<EntityOf<S>> =>
  (await readModels.load(projection, id)) ?? Promise.reject(notFoundError(what, id));

/** The entity with this id, or null when no id is given. */
export const optional = <S extends EntityState>(
  readModels: ReadModels,
  projection: Projection<S>,
  id: string | null | undefined,
): Promise<EntityOf<S> | null> | null => (id ? readModels.load(projection, id) : null);

/** The entities with these ids, in order, leaving out any the read model does not hold. */
export const many = async <S extends EntityState>(
  readModels: ReadModels,
  projection: Projection<S>,
  ids: readonly string[],
): Promise<EntityOf<S>[]> => present(await readModels.loadMany(projection, ids));

/** Case-insensitive "contains" over some texts; true when no text is asked for. */
export const matchesText = (text: string | null | undefined, ...fields: (string | null)[]) => {
  const wanted = text?.trim().toLowerCase();
  return !wanted || fields.some((f) => f?.toLowerCase().includes(wanted));
};
