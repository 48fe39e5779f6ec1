/**
 * Freezes a value all the way down, so what is shared between callers cannot be changed by
 * one of them (the stream cache's events, the command handler's folded states): changing it
 * throws a TypeError (modules run in strict mode). Parts already frozen are not walked again.
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
