import { randomUUID } from 'node:crypto';
import {
  commands,
  DomainError,
  prepareCommand,
  type AnyCommandDefinition,
  type CommandName,
  type PreparedCommand,
} from '@tracker/domain';
import type { EventStore, NewEvent } from '@tracker/event-store';
// The seed is a workspace package the root does not list; its source is imported directly.
import { planLlrSeed, type SeedCommand } from '../packages/seed/src/index';

/**
 * A large, realistic event log for the audit bench: domain events made by the domain's own
 * command definitions (zod-validated input, the aggregates' deciders and evolve), so every
 * event is one the read models handle, appended through the store's own append (so the hash
 * chain is real) in large batches.
 *
 * The log is many partnerships, each a copy of the LLR seed (the real board papers' 400
 * commands: organisations, boards, members, meetings, decisions, priorities, initiatives,
 * indicators, funding, actions, issues, a People Zone, commissioned services) with its ids
 * changed, followed by months of ordinary business across all of them, interleaved: a third
 * of the boards meet each month (a meeting, two decisions, a new action, comments and RAG
 * ratings on the latest actions, now and then a priority revised under the meeting's
 * decision); every initiative gets its next steps and a delivery-confidence rating, now and
 * then a milestone; indicators get quarterly values; allocations record spend.
 *
 * Deciding here skips the store reads of the command handler (the folded state of each
 * stream is kept in memory), so a million events take seconds to decide; a command the
 * domain refuses (a dissolved board's meeting, say) is counted and appends nothing
 * (BENCH_AUDIT_DEBUG=1 collects the refusals' messages in `refusals`). BENCH_AUDIT_PARTNERSHIPS
 * (default 50) sets how many copies of the seed the log holds.
 */

export interface GeneratedLog {
  events: number;
  commands: number;
  refused: number;
  streams: number;
  partnerships: number;
  byType: Map<string, number>;
}

interface Pending {
  streamId: string;
  events: NewEvent[];
  expectedRevision: number | 'no_stream';
}

/** Appends queued per flush: the store groups them into transactions of up to 512. */
const APPENDS_PER_FLUSH = 2048;
const PARTNERSHIPS = Number(process.env.BENCH_AUDIT_PARTNERSHIPS ?? 50);

export const refusals = new Map<string, number>();

/** Runs command definitions over streams folded in memory; queues what they decide. */
class Decider {
  private readonly streams = new Map<string, { state: unknown; revision: number }>();
  private pending: Pending[] = [];
  readonly log: GeneratedLog = {
    events: 0,
    commands: 0,
    refused: 0,
    streams: 0,
    partnerships: 0,
    byType: new Map(),
  };

  constructor(private readonly store: EventStore) {}

  /** Runs one command; answers the id of the entity it addressed, or undefined if refused. */
  run(
    name: CommandName,
    input: unknown,
    occurredAt: string,
    options: { commandId?: string; reason?: string } = {},
  ): string | undefined {
    const definition = commands[name] as AnyCommandDefinition;
    const commandId = options.commandId ?? randomUUID();
    const refused = (error: unknown) => {
      if (!(error instanceof DomainError)) throw error;
      this.log.refused++;
      if (process.env.BENCH_AUDIT_DEBUG) {
        const key = `${name}: ${error.message.slice(0, 120)}`;
        refusals.set(key, (refusals.get(key) ?? 0) + 1);
      }
      return undefined;
    };
    let prepared: PreparedCommand;
    try {
      prepared = prepareCommand(definition, input, commandId);
    } catch (error) {
      return refused(error);
    }
    const { aggregate } = definition;
    const own = this.streams.get(prepared.streamId);
    const refs = Object.fromEntries(
      Object.entries(prepared.references).map(([key, ref]) => {
        if (ref === null) return [key, null];
        const folded = this.streams.get(ref.streamId);
        return [
          key,
          {
            id: ref.id,
            exists: folded !== undefined,
            state: folded ? folded.state : ref.aggregate.initialState(),
          },
        ];
      }),
    );
    let state: unknown = own ? own.state : aggregate.initialState();
    let decided: { type: string; data: unknown }[];
    try {
      decided = definition.decide(
        { id: prepared.id, input: prepared.input, refs, occurredAt },
        state,
      );
    } catch (error) {
      return refused(error);
    }
    this.log.commands++;
    if (decided.length === 0) return prepared.id;
    for (const event of decided) state = aggregate.evolve(state, event);
    const metadata = {
      actor: 'bench.office',
      role: 'office',
      commandId,
      correlationId: commandId,
      causationId: commandId,
      occurredAt,
      schemaVersion: 1,
      ...(options.reason !== undefined && { reason: options.reason }),
    };
    const revision = own?.revision ?? -1;
    const events = decided.map((e) => ({ id: randomUUID(), type: e.type, data: e.data, metadata }));
    // Commands in a row on one stream (an initiative's next steps and rating, a board's action
    // log) go in one append of up to 32 events: fewer, larger appends, the log order unchanged.
    const last = this.pending[this.pending.length - 1];
    if (last?.streamId === prepared.streamId && last.events.length < 32)
      last.events.push(...events);
    else {
      this.pending.push({
        streamId: prepared.streamId,
        events,
        expectedRevision: revision === -1 ? 'no_stream' : revision,
      });
    }
    if (!own) this.log.streams++;
    this.streams.set(prepared.streamId, { state, revision: revision + decided.length });
    this.log.events += decided.length;
    for (const e of decided) this.log.byType.set(e.type, (this.log.byType.get(e.type) ?? 0) + 1);
    return prepared.id;
  }

  /** Appends what is queued once there is enough of it (or everything, at the end). */
  async flush(all = false): Promise<void> {
    if (this.pending.length < (all ? 1 : APPENDS_PER_FLUSH)) return;
    const batch = this.pending;
    this.pending = [];
    // Queued together, in order: the store commits them in order, many per transaction.
    await Promise.all(
      batch.map((p) =>
        this.store.append(p.streamId, p.events, { expectedRevision: p.expectedRevision }),
      ),
    );
  }
}

const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
/** Commands about things all partnerships share: run by the first only. */
const SHARED_COMMANDS = new Set([
  'registerOrganisation',
  'renameOrganisation',
  'commissionService',
  'extendContract',
  'varyContract',
  'endContract',
]);

/**
 * The seed's commands for partnership `n`: every id's first eight hex digits replaced by n,
 * so each copy has ids of its own (still uuids of the same version) and cites only its own.
 */
function seedCopy(plan: readonly SeedCommand[], n: number): SeedCommand[] {
  const prefix = n.toString(16).padStart(8, '0');
  // Organisations are the same in every partnership (their names are unique): registered
  // once, by the first, and cited by all with their own ids; so are the commissioned services.
  const organisations = new Set(
    plan.flatMap((c) =>
      c.command === 'registerOrganisation'
        ? [(c.input as { organisationId?: string }).organisationId ?? '']
        : [],
    ),
  );
  const text = JSON.stringify(n === 1 ? plan : plan.filter((c) => !SHARED_COMMANDS.has(c.command)));
  return JSON.parse(
    text.replace(UUID_ANYWHERE, (uuid) =>
      organisations.has(uuid) ? uuid : prefix + uuid.slice(8),
    ),
  ) as SeedCommand[];
}

/** What a partnership's ordinary business works on. */
interface Partnership {
  n: number;
  boards: string[];
  prioritiesByBoard: Map<string, string[]>;
  initiatives: string[];
  indicators: string[];
  allocations: { fundingStreamId: string; allocationId: string }[];
  /** The next action number of each board, and its latest actions (open for comment). */
  nextAction: Map<string, number>;
  latestActions: Map<string, number[]>;
}

function seedPartnership(decider: Decider, plan: readonly SeedCommand[], n: number): Partnership {
  const p: Partnership = {
    n,
    boards: [],
    prioritiesByBoard: new Map(),
    initiatives: [],
    indicators: [],
    allocations: [],
    nextAction: new Map(),
    latestActions: new Map(),
  };
  const dissolved = new Set<string>();
  for (const { command, input, options } of seedCopy(plan, n)) {
    const id = decider.run(command, input, options.occurredAt, options);
    if (id === undefined) continue;
    const given = input as Record<string, unknown>;
    if (command === 'establishBoard') p.boards.push(id);
    if (command === 'dissolveBoard') dissolved.add(id);
    if (command === 'registerInitiative') p.initiatives.push(id);
    if (command === 'defineIndicator') p.indicators.push(id);
    if (command === 'agreePriority') {
      const board = given['boardId'] as string;
      p.prioritiesByBoard.set(board, [...(p.prioritiesByBoard.get(board) ?? []), id]);
    }
    if (command === 'allocateFunding' && typeof given['allocationId'] === 'string')
      p.allocations.push({ fundingStreamId: id, allocationId: given['allocationId'] });
    if (command === 'logAction') {
      const board = given['boardId'] as string;
      const number = given['number'] as number;
      p.nextAction.set(board, Math.max(p.nextAction.get(board) ?? 1, number + 1));
      p.latestActions.set(board, [...(p.latestActions.get(board) ?? []), number].slice(-3));
    }
  }
  p.boards = p.boards.filter((b) => !dissolved.has(b));
  return p;
}

const RAGS = ['GREEN', 'AMBER', 'RED'] as const;
const CONFIDENCES = ['GREEN', 'AMBER_GREEN', 'AMBER', 'AMBER_RED', 'RED'] as const;

/** The first day of month `m` after July 2022, moved on by a partnership's offset. */
const dateOf = (month: number, n: number) =>
  new Date(Date.UTC(2022, 6 + month, 1 + (n % 27))).toISOString().slice(0, 10);

/** The financial year ("2023/24") and quarter (1-4) a month after July 2022 falls in. */
function quarterOf(month: number) {
  const fromApril = month + 3; // July 2022 is the fourth month of 2022/23
  const first = 2022 + Math.floor(fromApril / 12);
  const yy = String((first + 1) % 100).padStart(2, '0');
  return { financialYear: `${first}/${yy}`, quarter: Math.floor((fromApril % 12) / 3) + 1 };
}

/** One month of a partnership's business. */
function businessMonth(decider: Decider, p: Partnership, month: number) {
  const date = dateOf(month, p.n);
  const run = (name: CommandName, input: unknown) => decider.run(name, input, date);
  p.boards.forEach((boardId, i) => {
    if ((i + month) % 3 !== 0) return;
    const meetingId = run('scheduleMeeting', { boardId, date, theme: `Board meeting ${month}` });
    if (meetingId === undefined) return;
    const minute = (k: number) => `Minute ${month}.${k}`;
    run('recordDecision', {
      meetingId,
      boardId,
      resolution: `${minute(1)}: the minutes of the previous meeting were confirmed as a correct record.`,
      kind: 'AGREED',
    });
    const decisionId = run('recordDecision', {
      meetingId,
      boardId,
      resolution: `${minute(2)}: the Board noted the quarterly performance report and asked for an update on the areas rated amber.`,
      kind: 'NOTED',
    });
    const number = p.nextAction.get(boardId) ?? 1;
    const logged = run('logAction', {
      boardId,
      number,
      raisedOn: date,
      action: `Partners to report to the next meeting on progress with the areas rated amber (${minute(2)}).`,
      responsibleOfficers: ['Programme Office'],
    });
    if (logged !== undefined) {
      p.nextAction.set(boardId, number + 1);
      p.latestActions.set(boardId, [...(p.latestActions.get(boardId) ?? []), number].slice(-3));
    }
    for (const action of p.latestActions.get(boardId) ?? []) {
      run('commentOnAction', {
        boardId,
        number: action,
        comment: `Update at the meeting of ${date}: work under way, report to follow.`,
        commentedOn: date,
      });
      run('setActionRag', {
        boardId,
        number: action,
        rag: RAGS[(Math.floor(month / 3) + action) % 3],
        setOn: date,
      });
    }
    const priorities = p.prioritiesByBoard.get(boardId) ?? [];
    if (decisionId !== undefined && priorities.length > 0 && month % 4 === i % 4) {
      run('revisePriority', {
        priorityId: priorities[month % priorities.length],
        rationale: `Revised at the meeting of ${date} in the light of the quarterly performance report.`,
        decisionId,
        revisedOn: date,
      });
    }
  });
  p.initiatives.forEach((initiativeId, i) => {
    run('recordNextSteps', {
      initiativeId,
      nextSteps: `- Report progress to the board in ${date.slice(0, 7)}; agree the next quarter's milestones.`,
      asOf: date,
    });
    run('setDeliveryConfidence', {
      initiativeId,
      confidence: CONFIDENCES[(month + i) % CONFIDENCES.length],
      comment: `Assessed by the programme office on ${date}.`,
      assessedOn: date,
    });
    if ((month + i) % 6 === 0) {
      run('addMilestone', {
        initiativeId,
        title: `Milestone set in ${date.slice(0, 7)}`,
        dueOn: dateOf(month + 6, p.n),
        addedOn: date,
      });
    }
  });
  if (month % 3 === 0) {
    const period = { kind: 'QUARTER', ...quarterOf(month) };
    p.indicators.forEach((indicatorId, i) => {
      run('recordIndicatorValue', {
        indicatorId,
        source: `Performance dashboard, ${period.financialYear} Q${period.quarter}`,
        recordedOn: date,
        value: String((month * 7 + i * 13) % 100),
        period,
      });
    });
  }
  for (const allocation of p.allocations) {
    run('recordSpend', {
      ...allocation,
      amountPence: 10_000 + ((month * 31) % 50) * 100,
      spentOn: date,
      note: `Monthly claim, ${date.slice(0, 7)}`,
    });
  }
}

/**
 * Appends at least `target` events (it stops at the end of the partnership's month that
 * reaches it) to an empty store, reporting progress (events so far) as it goes.
 */
export async function generateAuditLog(
  store: EventStore,
  target: number,
  onProgress: (events: number) => void = () => {},
): Promise<GeneratedLog> {
  const decider = new Decider(store);
  const { commands: plan } = planLlrSeed();
  const partnerships: Partnership[] = [];
  let reported = 0;
  const progress = async () => {
    await decider.flush();
    if (decider.log.events - reported >= 25_000) {
      reported = decider.log.events;
      onProgress(reported);
    }
  };
  for (let n = 1; n <= PARTNERSHIPS && decider.log.events < target; n++) {
    partnerships.push(seedPartnership(decider, plan, n));
    await progress();
  }
  for (let month = 0; decider.log.events < target; month++) {
    for (const p of partnerships) {
      if (decider.log.events >= target) break;
      businessMonth(decider, p, month);
      await progress();
    }
  }
  await decider.flush(true);
  onProgress(decider.log.events);
  decider.log.partnerships = partnerships.length;
  return decider.log;
}
