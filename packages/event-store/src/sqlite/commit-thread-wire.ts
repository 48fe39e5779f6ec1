import { InvalidAppend, StoreUnavailable, WrongExpectedVersion, type AppendResult } from '../port';
import type { AppendRequest, Outcome } from './write';

/**
 * What the commit thread and the main thread say to each other. Errors cross as plain
 * objects (a thread boundary keeps no classes) and are made whole again on arrival.
 */

export type WireError =
  | {
      name: 'WrongExpectedVersion';
      streamId: string;
      expected: WrongExpectedVersion['expected'];
      actual: WrongExpectedVersion['actual'];
    }
  | { name: 'InvalidAppend' | 'StoreUnavailable' | 'Error'; message: string; code?: string };

export type WireOutcome = { ok: true; result: AppendResult } | { ok: false; error: WireError };

export type ToCommitThread =
  { kind: 'batch'; id: number; batch: AppendRequest[] } | { kind: 'close' };

export type FromCommitThread =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; outcomes: WireOutcome[] }
  | { kind: 'failed'; id: number; error: WireError }
  | { kind: 'unavailable'; error: WireError };

export function toWireError(error: unknown): WireError {
  if (error instanceof WrongExpectedVersion) {
    const { streamId, expected, actual } = error;
    return { name: 'WrongExpectedVersion', streamId, expected, actual };
  }
  const name =
    error instanceof InvalidAppend
      ? 'InvalidAppend'
      : error instanceof StoreUnavailable
        ? 'StoreUnavailable'
        : 'Error';
  const code = (error as { code?: unknown }).code;
  return {
    name,
    message: (error as Error).message ?? String(error),
    ...(typeof code === 'string' && { code }),
  };
}

/** The error as the main thread raises it; a plain one keeps its SQLite code. */
export function fromWireError(wire: WireError): Error {
  switch (wire.name) {
    case 'WrongExpectedVersion':
      return new WrongExpectedVersion(wire.streamId, wire.expected, wire.actual);
    case 'InvalidAppend':
      return new InvalidAppend(wire.message);
    case 'StoreUnavailable':
      return new StoreUnavailable(wire.message);
    default:
      return Object.assign(new Error(wire.message), wire.code ? { code: wire.code } : {});
  }
}

export const toWireOutcome = (outcome: Outcome): WireOutcome =>
  outcome.ok ? outcome : { ok: false, error: toWireError(outcome.error) };

export const fromWireOutcome = (wire: WireOutcome): Outcome =>
  wire.ok ? wire : { ok: false, error: fromWireError(wire.error) };
