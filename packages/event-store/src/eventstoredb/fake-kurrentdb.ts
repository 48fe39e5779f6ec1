/**
 * Test support: an in-memory stand-in for the part of KurrentDB's gRPC protocol (v1 Streams:
 * Read and Append) the adapter uses, so the adapter can be exercised through the real client
 * and its native read bridge with no server. It checks the wiring (what the client sends and
 * hands back: bigints, UUIDs, metadata, times, errors), not the server: its semantics are
 * this adapter's reading of EventStoreDB (each event's commit position is its own log
 * position; reading or subscribing from a position that is no event's is refused; appends
 * are idempotent when the same ids sit at the expected place and then report no position).
 * The conformance suite against a real server (../eventstoredb.test.ts) is the judge.
 */
import * as grpc from '@grpc/grpc-js';
import sharedPb from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/shared_pb';
import streamsGrpc from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_grpc_pb';
import streamsPb from '@kurrent/kurrentdb-client/generated/kurrentdb/protocols/v1/streams_pb';

// The generated modules are CommonJS whose exports Node cannot name statically: import whole.
const { UUID, Empty, StreamIdentifier } = sharedPb;
const { StreamsService } = streamsGrpc;
const { AppendResp, ReadResp } = streamsPb;
type AppendResp = streamsPb.AppendResp;
type ReadReq = streamsPb.ReadReq;
type ReadResp = streamsPb.ReadResp;

interface StoredEvent {
  streamId: string;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  metadata: Uint8Array;
  revision: number;
  position: number;
  /** .NET ticks (100 ns) since the Unix epoch, as the server sends `created`. */
  created: bigint;
}

interface LiveSubscription {
  deliver(event: StoredEvent): void;
  drop(): void;
}

export interface FakeKurrentDb {
  connectionString: string;
  /** Every $all subscription opened: 'start', 'end' or the position it started after. */
  readonly subscriptionsOpened: Array<'start' | 'end' | number>;
  /** Ends every live subscription with UNAVAILABLE, as a server restart would. */
  dropSubscriptions(): void;
  stop(): Promise<void>;
}

type FilterOptions = streamsPb.ReadReq.Options.FilterOptions;

function matchesFilter(filter: FilterOptions | undefined, event: StoredEvent): boolean {
  if (!filter) return true;
  const onStream = filter.hasStreamIdentifier();
  const expression = onStream ? filter.getStreamIdentifier() : filter.getEventType();
  const subject = onStream ? event.streamId : event.type;
  const prefixes = expression?.getPrefixList() ?? [];
  if (prefixes.length > 0) return prefixes.some((p) => subject.startsWith(p));
  return new RegExp(expression?.getRegex() ?? '').test(subject);
}

function toReadResp(event: StoredEvent): ReadResp {
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  const id = new UUID();
  id.setString(event.id);
  recorded.setId(id);
  const stream = new StreamIdentifier();
  stream.setStreamName(Buffer.from(event.streamId));
  recorded.setStreamIdentifier(stream);
  recorded.setStreamRevision(String(event.revision));
  recorded.setPreparePosition(String(event.position));
  recorded.setCommitPosition(String(event.position));
  const metadata = recorded.getMetadataMap();
  metadata.set('type', event.type);
  metadata.set('content-type', event.contentType);
  metadata.set('created', String(event.created));
  recorded.setCustomMetadata(event.metadata);
  recorded.setData(event.data);
  const read = new ReadResp.ReadEvent();
  read.setEvent(recorded);
  read.setCommitPosition(String(event.position));
  const response = new ReadResp();
  response.setEvent(read);
  return response;
}

const refusal = (details: string) =>
  Object.assign(new Error(details), { code: grpc.status.UNKNOWN, details });

export async function startFakeKurrentDb(): Promise<FakeKurrentDb> {
  const log: StoredEvent[] = [];
  const streams = new Map<string, StoredEvent[]>();
  const live = new Set<LiveSubscription>();
  const subscriptionsOpened: Array<'start' | 'end' | number> = [];
  // Positions are byte offsets in the real log: increasing, not dense, not starting at 0.
  let nextPosition = 1_000;
  const isEventPosition = (position: number) => log.some((e) => e.position === position);

  function readStream(
    call: grpc.ServerWritableStream<ReadReq, ReadResp>,
    options: streamsPb.ReadReq.Options,
  ) {
    const stream = options.getStream();
    const identifier = stream?.getStreamIdentifier();
    const name = Buffer.from(identifier?.getStreamName_asU8() ?? []).toString();
    const events = streams.get(name) ?? [];
    if (events.length === 0) {
      const notFound = new ReadResp.StreamNotFound();
      notFound.setStreamIdentifier(identifier);
      const response = new ReadResp();
      response.setStreamNotFound(notFound);
      call.write(response);
      call.end();
      return;
    }
    const backwards =
      options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
    const count = options.hasCount() ? Number(options.getCount()) : Infinity;
    const from = stream?.hasRevision() ? Number(stream.getRevision()) : undefined;
    const selected = backwards
      ? events.filter((e) => from === undefined || e.revision <= from).reverse()
      : events.filter((e) => from === undefined || e.revision >= from);
    for (const event of selected.slice(0, count)) call.write(toReadResp(event));
    call.end();
  }

  function readAll(
    call: grpc.ServerWritableStream<ReadReq, ReadResp>,
    options: streamsPb.ReadReq.Options,
  ) {
    const all = options.getAll();
    const from = all?.hasPosition() ? Number(all.getPosition()?.getCommitPosition()) : undefined;
    const filter = options.hasFilter() ? options.getFilter() : undefined;
    const last = log.at(-1)?.position ?? 0;
    if (from !== undefined && from <= last && !isEventPosition(from)) {
      call.emit('error', refusal(`Invalid position ${from}`));
      return;
    }
    if (options.hasSubscription()) {
      subscriptionsOpened.push(all?.hasEnd() ? 'end' : (from ?? 'start'));
      const confirmation = new ReadResp.SubscriptionConfirmation();
      confirmation.setSubscriptionId(`subscription-${subscriptionsOpened.length}`);
      const confirmed = new ReadResp();
      confirmed.setConfirmation(confirmation);
      call.write(confirmed);
      const after = all?.hasEnd() ? last : (from ?? -1);
      const subscription: LiveSubscription = {
        deliver: (event) => {
          if (event.position > after && matchesFilter(filter, event)) call.write(toReadResp(event));
        },
        drop: () =>
          call.emit('error', { code: grpc.status.UNAVAILABLE, details: 'server restarted' }),
      };
      for (const event of log) subscription.deliver(event);
      const caughtUp = new ReadResp();
      caughtUp.setCaughtUp(new ReadResp.CaughtUp());
      call.write(caughtUp);
      live.add(subscription);
      call.on('cancelled', () => live.delete(subscription));
      return;
    }
    const backwards =
      options.getReadDirection() === streamsPb.ReadReq.Options.ReadDirection.BACKWARDS;
    const count = options.hasCount() ? Number(options.getCount()) : Infinity;
    const selected = backwards
      ? log.filter((e) => from === undefined || e.position < from).reverse()
      : log.filter((e) => from === undefined || e.position >= from);
    const matching = selected.filter((e) => matchesFilter(filter, e));
    for (const event of matching.slice(0, count)) call.write(toReadResp(event));
    call.end();
  }

  function read(call: grpc.ServerWritableStream<ReadReq, ReadResp>) {
    const options = call.request.getOptions();
    if (!options) return call.emit('error', refusal('no options'));
    if (options.hasStream()) readStream(call, options);
    else readAll(call, options);
  }

  function append(
    call: grpc.ServerReadableStream<streamsPb.AppendReq, AppendResp>,
    callback: grpc.sendUnaryData<AppendResp>,
  ) {
    let options: streamsPb.AppendReq.Options | undefined;
    const proposed: streamsPb.AppendReq.ProposedMessage[] = [];
    call.on('data', (message: streamsPb.AppendReq) => {
      if (message.hasOptions()) options = message.getOptions();
      const next = message.getProposedMessage();
      if (next) proposed.push(next);
    });
    call.on('end', () => {
      if (!options) return callback(refusal('no options'));
      const name = Buffer.from(
        options.getStreamIdentifier()?.getStreamName_asU8() ?? [],
      ).toString();
      const events = streams.get(name) ?? [];
      const current = events.length - 1;
      const response = new AppendResp();
      const ids = proposed.map((p) => p.getId()?.getString() ?? '');
      const expected = options.hasRevision()
        ? Number(options.getRevision())
        : options.hasNoStream()
          ? -1
          : undefined;
      const holds =
        options.hasAny() ||
        (options.hasStreamExists() && current >= 0) ||
        (expected !== undefined && expected === current);
      const alreadyThere =
        expected !== undefined && ids.every((id, i) => events[expected + 1 + i]?.id === id);
      if (!holds && alreadyThere) {
        const success = new AppendResp.Success();
        success.setCurrentRevision(String(expected + ids.length));
        success.setNoPosition(new Empty());
        response.setSuccess(success);
        return callback(null, response);
      }
      if (!holds) {
        const wrong = new AppendResp.WrongExpectedVersion();
        if (current >= 0) wrong.setCurrentRevision(String(current));
        else wrong.setCurrentNoStream(new Empty());
        if (options.hasRevision()) wrong.setExpectedRevision(options.getRevision());
        else if (options.hasNoStream()) wrong.setExpectedNoStream(new Empty());
        else wrong.setExpectedStreamExists(new Empty());
        response.setWrongExpectedVersion(wrong);
        return callback(null, response);
      }
      const created = BigInt(Date.now()) * 10_000n + 1_234n;
      for (const message of proposed) {
        const metadata = message.getMetadataMap();
        const event: StoredEvent = {
          streamId: name,
          id: message.getId()?.getString() ?? '',
          type: metadata.get('type') ?? '',
          contentType: metadata.get('content-type') ?? '',
          data: message.getData_asU8(),
          metadata: message.getCustomMetadata_asU8(),
          revision: events.length,
          position: nextPosition,
          created,
        };
        nextPosition += 100 + event.data.length;
        events.push(event);
        log.push(event);
        for (const subscription of live) subscription.deliver(event);
      }
      streams.set(name, events);
      const lastEvent = events[events.length - 1];
      const success = new AppendResp.Success();
      success.setCurrentRevision(String(lastEvent?.revision));
      const position = new AppendResp.Position();
      position.setCommitPosition(String(lastEvent?.position));
      position.setPreparePosition(String(lastEvent?.position));
      success.setPosition(position);
      response.setSuccess(success);
      callback(null, response);
    });
  }

  const unimplemented = (_call: unknown, callback?: grpc.sendUnaryData<never>) =>
    callback?.({ code: grpc.status.UNIMPLEMENTED, details: 'not in the fake' });
  const server = new grpc.Server();
  server.addService(StreamsService, {
    read,
    append,
    delete: unimplemented,
    tombstone: unimplemented,
    batchAppend: (call: grpc.ServerDuplexStream<unknown, unknown>) =>
      call.emit('error', { code: grpc.status.UNIMPLEMENTED, details: 'not in the fake' }),
  });
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (error, bound) =>
      error ? reject(error) : resolve(bound),
    ),
  );
  return {
    connectionString: `kurrentdb://127.0.0.1:${port}?tls=false`,
    subscriptionsOpened,
    dropSubscriptions() {
      for (const subscription of live) subscription.drop();
      live.clear();
    },
    stop: () => new Promise<void>((resolve) => server.tryShutdown(() => resolve())),
  };
}
