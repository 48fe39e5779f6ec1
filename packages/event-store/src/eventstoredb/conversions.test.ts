import { WrongExpectedVersionError } from '@kurrent/kurrentdb-client';
import { describe, expect, it } from 'vitest';
import { WrongExpectedVersion } from '../port';
import {
  MalformedStoredEvent,
  ORIGINAL_ID_KEY,
  appendedPosition,
  fromStoredStreamId,
  isConnectionError,
  isStreamNotFoundError,
  isSystemEvent,
  isWrongExpectedVersionError,
  positionOf,
  toActualRevision,
  toEventData,
  toRecordedAt,
  toRecordedEvent,
  toSafeInteger,
  toServerFilter,
  toStoredEventId,
  toStoredStreamId,
  toStreamState,
  toWirePosition,
  toWrongExpectedVersion,
  type WireRecordedEvent,
} from './conversions';
import { metadata, newEvent } from '../../testing/eventstoredb';

const UUID = '0b6f0c1e-9a8b-4c3d-8e7f-1a2b3c4d5e6f';

const wireEvent = (overrides: Partial<WireRecordedEvent> = {}): WireRecordedEvent => ({
  streamId: 'board-1',
  id: UUID,
  type: 'BoardConstituted',
  revision: 3n,
  created: new Date('2024-05-06T07:08:09.123Z'),
  data: { title: 'Board' },
  metadata: { ...metadata },
  isJson: true,
  position: { commit: 4096n, prepare: 4096n },
  ...overrides,
});

describe('toSafeInteger', () => {
  it('converts bigints and numbers alike', () => {
    expect(toSafeInteger(42n, 'revision')).toBe(42);
    expect(toSafeInteger(42, 'revision')).toBe(42);
    expect(toSafeInteger(BigInt(Number.MAX_SAFE_INTEGER), 'position')).toBe(
      Number.MAX_SAFE_INTEGER,
    );
  });

  it('throws beyond Number.MAX_SAFE_INTEGER instead of rounding', () => {
    expect(() => toSafeInteger(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'position')).toThrow(
      /position 9007199254740992 is outside 0..Number.MAX_SAFE_INTEGER/,
    );
    expect(() => toSafeInteger(18446744073709551615n, 'position')).toThrow(RangeError);
    expect(() => toSafeInteger(Number.MAX_SAFE_INTEGER + 2, 'position')).toThrow(RangeError);
  });

  it('throws for negatives and fractions', () => {
    expect(() => toSafeInteger(-1n, 'revision')).toThrow(RangeError);
    expect(() => toSafeInteger(-1, 'revision')).toThrow(RangeError);
    expect(() => toSafeInteger(1.5, 'revision')).toThrow(/not a non-negative safe integer/);
  });
});

describe('positions', () => {
  it('a port position is a client Position with equal commit and prepare', () => {
    expect(toWirePosition(4096)).toEqual({ commit: 4096n, prepare: 4096n });
  });

  it('an append result position, or undefined when the server gave none or a sentinel', () => {
    expect(appendedPosition({ commit: 4096n, prepare: 4096n })).toBe(4096);
    expect(appendedPosition({ commit: 4096, prepare: 4096 })).toBe(4096);
    expect(appendedPosition(undefined)).toBeUndefined();
    expect(appendedPosition({ commit: 18446744073709551615n, prepare: 0n })).toBeUndefined();
    expect(appendedPosition({ commit: -1n, prepare: -1n })).toBeUndefined();
  });

  it("an event's position is its commit position, else the resolved event's", () => {
    expect(positionOf({ event: wireEvent() })).toBe(4096);
    expect(positionOf({ event: wireEvent({ position: undefined }), commitPosition: 77n })).toBe(77);
    expect(() => positionOf({ event: wireEvent({ position: undefined }) })).toThrow(
      /did not report the event position/,
    );
  });
});

describe('expected revisions', () => {
  it('maps the port expectations to the client stream states', () => {
    expect(toStreamState('no_stream')).toBe('no_stream');
    expect(toStreamState('stream_exists')).toBe('stream_exists');
    expect(toStreamState('any')).toBe('any');
    expect(toStreamState(undefined)).toBe('any');
    expect(toStreamState(0)).toBe(0n);
    expect(toStreamState(7)).toBe(7n);
  });

  it("maps the actual state: a revision as a number, no stream as 'no_stream'", () => {
    expect(toActualRevision(5n)).toBe(5);
    expect(toActualRevision(5)).toBe(5);
    expect(toActualRevision('no_stream')).toBe('no_stream');
    expect(toActualRevision(-1n)).toBe('no_stream');
  });
});

describe('errors', () => {
  const clientError = (current: bigint | 'no_stream', expected: bigint | 'no_stream') =>
    new WrongExpectedVersionError(undefined, { streamName: 'board-1', current, expected });

  it("turns the client's WrongExpectedVersionError into the port's, with both revisions", () => {
    const error = clientError(4n, 2n);
    expect(isWrongExpectedVersionError(error)).toBe(true);
    const mapped = toWrongExpectedVersion('board-1', 2, error);
    expect(mapped).toBeInstanceOf(WrongExpectedVersion);
    expect(mapped).toMatchObject({ streamId: 'board-1', expected: 2, actual: 4 });
  });

  it("reports a missing stream as 'no_stream'", () => {
    const mapped = toWrongExpectedVersion('board-1', 'stream_exists', clientError('no_stream', 0n));
    expect(mapped).toMatchObject({ expected: 'stream_exists', actual: 'no_stream' });
    expect(mapped.message).toMatch(/reload it and decide again/);
  });

  it('recognises errors by their type tag only', () => {
    expect(isWrongExpectedVersionError(new Error('wrong-expected-version'))).toBe(false);
    expect(isWrongExpectedVersionError(undefined)).toBe(false);
    expect(isStreamNotFoundError({ type: 'stream-not-found' })).toBe(true);
    expect(isStreamNotFoundError(clientError(1n, 0n))).toBe(false);
  });

  it('tells connection failures from refusals', () => {
    expect(isConnectionError({ type: 'unavailable' })).toBe(true);
    expect(isConnectionError({ type: 'deadline-exceeded' })).toBe(true);
    expect(isConnectionError({ type: 'not-leader' })).toBe(true);
    expect(isConnectionError(Object.assign(new Error('14 UNAVAILABLE'), { code: 14 }))).toBe(true);
    expect(isConnectionError({ type: 'unknown', code: 14 })).toBe(false);
    expect(isConnectionError({ type: 'access-denied' })).toBe(false);
    expect(isConnectionError(clientError(1n, 0n))).toBe(false);
    expect(isConnectionError(new Error('boom'))).toBe(false);
  });
});

describe('filters', () => {
  it('uses the server stream-name prefix filter for stream prefixes, under the namespace', () => {
    expect(toServerFilter({ streamPrefixes: ['board-', 'priority-'] })).toMatchObject({
      filterOn: 'streamName',
      prefixes: ['board-', 'priority-'],
    });
    expect(toServerFilter({ streamPrefixes: ['board-'], eventTypes: ['X'] }, 'ns1/')).toMatchObject(
      { filterOn: 'streamName', prefixes: ['ns1/board-'] },
    );
  });

  it('matches event types exactly, with regex characters escaped', () => {
    const filter = toServerFilter({ eventTypes: ['Board.Renamed', 'Priority(Set)'] });
    expect(filter.filterOn).toBe('eventType');
    const regex = new RegExp((filter as { regex: string }).regex);
    expect(regex.test('Board.Renamed')).toBe(true);
    expect(regex.test('Priority(Set)')).toBe(true);
    expect(regex.test('BoardXRenamed')).toBe(false);
    expect(regex.test('Board.RenamedAgain')).toBe(false);
    expect(regex.test('Priority')).toBe(false);
  });

  it('without a filter, keeps to the namespace or excludes system events', () => {
    expect(toServerFilter(undefined, 'ns1/')).toMatchObject({
      filterOn: 'streamName',
      prefixes: ['ns1/'],
    });
    expect(toServerFilter({ eventTypes: ['X'] }, 'ns1/')).toMatchObject({ prefixes: ['ns1/'] });
    const none = toServerFilter({ streamPrefixes: [], eventTypes: [] });
    expect(none.filterOn).toBe('eventType');
    const regex = new RegExp((none as { regex: string }).regex);
    expect(regex.test('$metadata')).toBe(false);
    expect(regex.test('BoardConstituted')).toBe(true);
  });

  it('knows system streams and system event types', () => {
    expect(isSystemEvent({ streamId: '$stats-0.0.0.0:2113', type: 'StatsCollected' })).toBe(true);
    expect(isSystemEvent({ streamId: '$$board-1', type: '$metadata' })).toBe(true);
    expect(isSystemEvent({ streamId: 'board-1', type: '$>' })).toBe(true);
    expect(isSystemEvent({ streamId: 'board-1', type: 'BoardConstituted' })).toBe(false);
  });
});

describe('namespaces', () => {
  it('prefixes stream ids on the way in and strips them on the way out', () => {
    expect(toStoredStreamId('board-1', 'ns1/')).toBe('ns1/board-1');
    expect(toStoredStreamId('board-1')).toBe('board-1');
    expect(fromStoredStreamId('ns1/board-1', 'ns1/')).toBe('board-1');
    expect(fromStoredStreamId('ns2/board-1', 'ns1/')).toBeUndefined();
    expect(fromStoredStreamId('board-1')).toBe('board-1');
  });
});

describe('appends', () => {
  it('writes a JSON event with our id, type, data and metadata', () => {
    expect(toEventData(newEvent(UUID))).toEqual({
      id: UUID,
      contentType: 'application/json',
      type: 'BoardConstituted',
      data: { title: 'Board' },
      metadata,
    });
  });

  it('stores an id that is not a lowercase UUID as a stable derived UUID, keeping the original', () => {
    const stored = toStoredEventId('e-1');
    expect(stored).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(toStoredEventId('e-1')).toBe(stored);
    expect(toStoredEventId('e-2')).not.toBe(stored);
    expect(toStoredEventId(UUID.toUpperCase())).not.toBe(UUID.toUpperCase());
    const data = toEventData(newEvent('e-1'));
    expect(data.id).toBe(stored);
    expect(data.metadata).toEqual({ ...metadata, [ORIGINAL_ID_KEY]: 'e-1' });
  });

  it('writes null data as null', () => {
    expect(toEventData(newEvent(UUID, null)).data).toBeNull();
  });
});

describe('recorded events', () => {
  it('converts a client event into the envelope', () => {
    expect(toRecordedEvent({ event: wireEvent() })).toEqual({
      id: UUID,
      streamId: 'board-1',
      revision: 3,
      position: 4096,
      type: 'BoardConstituted',
      data: { title: 'Board' },
      metadata,
      recordedAt: '2024-05-06T07:08:09.000Z',
    });
  });

  it('takes revisions and positions as numbers as well as bigints', () => {
    const event = toRecordedEvent({
      event: wireEvent({ revision: 3, position: { commit: 4096, prepare: 4096 } }),
    });
    expect(event).toMatchObject({ revision: 3, position: 4096 });
  });

  it('gives back the original id of an event stored under a derived one, and hides the key', () => {
    const event = toRecordedEvent({
      event: wireEvent({
        id: toStoredEventId('e-1'),
        metadata: { ...metadata, [ORIGINAL_ID_KEY]: 'e-1' },
      }),
    });
    expect(event?.id).toBe('e-1');
    expect(event?.metadata).toEqual(metadata);
  });

  it('strips the namespace and ignores streams outside it', () => {
    expect(
      toRecordedEvent({ event: wireEvent({ streamId: 'ns1/board-1' }) }, 'ns1/')?.streamId,
    ).toBe('board-1');
    expect(
      toRecordedEvent({ event: wireEvent({ streamId: 'ns2/board-1' }) }, 'ns1/'),
    ).toBeUndefined();
  });

  it('skips system events and unresolved links', () => {
    expect(
      toRecordedEvent({ event: wireEvent({ streamId: '$$board-1', type: '$metadata' }) }),
    ).toBe(undefined);
    expect(toRecordedEvent({ event: wireEvent({ type: '$>' }) })).toBeUndefined();
    expect(toRecordedEvent({ commitPosition: 10n })).toBeUndefined();
  });

  it('parses JSON that arrives as bytes', () => {
    const bytes = (value: unknown) => new Uint8Array(Buffer.from(JSON.stringify(value)));
    const event = toRecordedEvent({
      event: wireEvent({ isJson: false, data: bytes({ a: 1 }), metadata: bytes(metadata) }),
    });
    expect(event).toMatchObject({ data: { a: 1 }, metadata });
  });

  it('refuses events it cannot read: no metadata object, data not JSON, a position too large', () => {
    expect(() => toRecordedEvent({ event: wireEvent({ metadata: undefined }) })).toThrow(
      MalformedStoredEvent,
    );
    expect(() => toRecordedEvent({ event: wireEvent({ metadata: [1, 2] }) })).toThrow(
      /metadata of event .* is not a JSON object/,
    );
    expect(() =>
      toRecordedEvent({ event: wireEvent({ data: new Uint8Array([0xff, 0x00]), isJson: false }) }),
    ).toThrow(/data of event .* is not JSON/);
    expect(() =>
      toRecordedEvent({
        event: wireEvent({ position: { commit: 2n ** 60n, prepare: 2n ** 60n } }),
      }),
    ).toThrow(RangeError);
  });
});

describe('toRecordedAt', () => {
  it('gives the created time as an ISO string, to the whole second', () => {
    expect(toRecordedAt(new Date('2021-03-19T10:00:00Z'))).toBe('2021-03-19T10:00:00.000Z');
    expect(toRecordedAt(new Date('2021-03-19T10:00:00.999Z'))).toBe('2021-03-19T10:00:00.000Z');
    expect(toRecordedAt(new Date('1969-12-31T23:59:59.500Z'))).toBe('1969-12-31T23:59:59.000Z');
    expect(toRecordedAt(Date.UTC(2021, 2, 19, 10))).toBe('2021-03-19T10:00:00.000Z');
    expect(toRecordedAt('2021-03-19T10:00:00Z')).toBe('2021-03-19T10:00:00.000Z');
  });

  it('refuses a time that is no time', () => {
    expect(() => toRecordedAt(new Date(Number.NaN))).toThrow(MalformedStoredEvent);
    expect(() => toRecordedAt('yesterday')).toThrow(/not a valid date/);
  });
});
