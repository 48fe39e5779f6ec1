import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { BoardView, PriorityView } from '@tracker/projections';
import type { ChangeView } from '../history';
import type { CommandPayload } from '../commands';
import type { GraphQLContext } from '../context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD (business dates: when a meeting was held, when a priority was agreed). */
  Date: { input: string; output: string; }
  /** An ISO-8601 date-time in UTC, e.g. 2026-11-23T10:15:00.000Z (recorded times: when the store took a change). */
  DateTime: { input: string; output: string; }
  /** Any JSON value (an event's data as it was recorded). */
  JSON: { input: unknown; output: unknown; }
  /**
   * A position in the global event log: strictly increasing, not necessarily dense.
   * Carried as a JSON number (a safe integer).
   */
  Position: { input: number; output: number; }
};

export type AgreePriorityInput = {
  /** The date the board agreed it, YYYY-MM-DD. */
  agreedAt: Scalars['String']['input'];
  boardId: Scalars['ID']['input'];
  /** The decision that agreed it, when recorded. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  rationale?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type AgreePriorityPayload = CommandResult & {
  __typename?: 'AgreePriorityPayload';
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  priority: Priority;
  replayed: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type Board = Node & {
  __typename?: 'Board';
  chair?: Maybe<Chair>;
  established: ChangeStamp;
  /** Every change to the board, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  name: Scalars['String']['output'];
  parent?: Maybe<Board>;
  priorities: PriorityConnection;
  purpose: Scalars['String']['output'];
  subBoards: Array<Board>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BoardConnection = {
  __typename?: 'BoardConnection';
  edges: Array<BoardEdge>;
  nodes: Array<Board>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BoardEdge = {
  __typename?: 'BoardEdge';
  cursor: Scalars['String']['output'];
  node: Board;
};

export type BoardFilter = {
  /** Only boards directly under this board. */
  parentBoardId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text in the name or purpose. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only boards with no parent (the top of the structure). */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

export type Chair = {
  __typename?: 'Chair';
  name: Scalars['String']['output'];
  /** The office the chair holds, e.g. Police and Crime Commissioner. */
  role?: Maybe<Scalars['String']['output']>;
};

export type ChairInput = {
  name: Scalars['String']['input'];
  role?: InputMaybe<Scalars['String']['input']>;
};

/**
 * One recorded change to an entity: what happened, who recorded it, when, why, and under
 * which decision. `recordedAt` is when the office recorded it; `occurredAt` is business time,
 * when it happened in the world (the meeting's date, say).
 */
export type Change = {
  __typename?: 'Change';
  actor: Scalars['String']['output'];
  commandId: Scalars['ID']['output'];
  /** Groups the changes made by one piece of work. */
  correlationId: Scalars['ID']['output'];
  /** The event's data as recorded. */
  data: Scalars['JSON']['output'];
  /** The decision the change was made under, when one was cited. */
  decisionId?: Maybe<Scalars['ID']['output']>;
  /** The event's type, e.g. InitiativeStatusChanged. */
  eventType: Scalars['String']['output'];
  occurredAt: Scalars['String']['output'];
  position: Scalars['Position']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  /** The entity's version after this change (0 for the first). */
  revision: Scalars['Int']['output'];
  role: Role;
  streamId: Scalars['String']['output'];
};

export type ChangeConnection = {
  __typename?: 'ChangeConnection';
  edges: Array<ChangeEdge>;
  nodes: Array<Change>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ChangeEdge = {
  __typename?: 'ChangeEdge';
  cursor: Scalars['String']['output'];
  node: Change;
};

/**
 * When and by whom something changed. `at` is business time (when it happened in the world,
 * as the command said); `recordedAt` is when the office recorded it.
 */
export type ChangeStamp = {
  __typename?: 'ChangeStamp';
  at: Scalars['String']['output'];
  by: Scalars['String']['output'];
  recordedAt: Scalars['DateTime']['output'];
};

/** Facts every command may carry beyond its input. */
export type CommandOptions = {
  /**
   * The client's id for this request (a UUID). Sending the same request again with the same
   * commandId appends nothing twice and answers as the first time did.
   */
  commandId?: InputMaybe<Scalars['ID']['input']>;
  /** Groups the commands of one piece of work (defaults to the commandId). */
  correlationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * The entity's version the client decided on. If it has changed since, the command is
   * refused with CONFLICT instead of being applied.
   */
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  /** Business time: when this happened in the world (YYYY-MM-DD or a date-time). Defaults to now. */
  occurredAt?: InputMaybe<Scalars['String']['input']>;
  /** Why the change was made. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What every mutation answers besides the entity it changed. */
export type CommandResult = {
  /** The id of the request: send it again to retry safely. */
  commandId: Scalars['ID']['output'];
  /** Position of the last event appended; the read models already include it. */
  position: Scalars['Position']['output'];
  /** True when this commandId had already been handled and nothing new was recorded. */
  replayed: Scalars['Boolean']['output'];
  /** The entity's version after the command: pass it as expectedVersion next time. */
  version: Scalars['Int']['output'];
};

export type EstablishBoardInput = {
  /** Optional: the new board's id (a UUID). One is made from the commandId when omitted. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  chair?: InputMaybe<ChairInput>;
  name: Scalars['String']['input'];
  parentBoardId?: InputMaybe<Scalars['ID']['input']>;
  purpose?: InputMaybe<Scalars['String']['input']>;
};

export type EstablishBoardPayload = CommandResult & {
  __typename?: 'EstablishBoardPayload';
  board: Board;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  agreePriority: AgreePriorityPayload;
  establishBoard: EstablishBoardPayload;
};


export type MutationAgreePriorityArgs = {
  input: AgreePriorityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationEstablishBoardArgs = {
  input: EstablishBoardInput;
  options?: InputMaybe<CommandOptions>;
};

/** Anything with a global id. Ids are UUIDs, unique across all kinds, so `node(id)` finds any entity. */
export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A harmful behaviour or aim a board agrees to focus on. */
export type Priority = Node & {
  __typename?: 'Priority';
  agreedAt: Scalars['Date']['output'];
  board: Board;
  /** Every change to the priority, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  rationale: Scalars['String']['output'];
  title: Scalars['String']['output'];
};


/** A harmful behaviour or aim a board agrees to focus on. */
export type PriorityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PriorityConnection = {
  __typename?: 'PriorityConnection';
  edges: Array<PriorityEdge>;
  nodes: Array<Priority>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PriorityEdge = {
  __typename?: 'PriorityEdge';
  cursor: Scalars['String']['output'];
  node: Priority;
};

/**
 * Every top-level query field takes two optional arguments for auditors (office and auditor
 * keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * The whole operation is answered from that one point in the past.
 */
export type Query = {
  __typename?: 'Query';
  board?: Maybe<Board>;
  boards: BoardConnection;
  /** Any entity by its id. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked (null where none has that id). */
  nodes: Array<Maybe<Node>>;
};


/**
 * Every top-level query field takes two optional arguments for auditors (office and auditor
 * keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * The whole operation is answered from that one point in the past.
 */
export type QueryBoardArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every top-level query field takes two optional arguments for auditors (office and auditor
 * keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * The whole operation is answered from that one point in the past.
 */
export type QueryBoardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<BoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Every top-level query field takes two optional arguments for auditors (office and auditor
 * keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * The whole operation is answered from that one point in the past.
 */
export type QueryNodeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
};


/**
 * Every top-level query field takes two optional arguments for auditors (office and auditor
 * keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * The whole operation is answered from that one point in the past.
 */
export type QueryNodesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  ids: Array<Scalars['ID']['input']>;
};

/**
 * Who a key speaks for. OFFICE records changes; AUDITOR reads everything, history included;
 * READER (other systems) reads the current portfolio.
 */
export type Role =
  | 'AUDITOR'
  | 'OFFICE'
  | 'READER';



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = {
  CommandResult:
    | ( CommandPayload )
    | ( CommandPayload )
  ;
  Node:
    | ( BoardView )
    | ( PriorityView )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgreePriorityInput: AgreePriorityInput;
  AgreePriorityPayload: ResolverTypeWrapper<CommandPayload>;
  Board: ResolverTypeWrapper<BoardView>;
  BoardConnection: ResolverTypeWrapper<Omit<BoardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BoardEdge']>, nodes: Array<ResolversTypes['Board']> }>;
  BoardEdge: ResolverTypeWrapper<Omit<BoardEdge, 'node'> & { node: ResolversTypes['Board'] }>;
  BoardFilter: BoardFilter;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Chair: ResolverTypeWrapper<Chair>;
  ChairInput: ChairInput;
  Change: ResolverTypeWrapper<ChangeView>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ChangeEdge']>, nodes: Array<ResolversTypes['Change']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeStamp: ResolverTypeWrapper<ChangeStamp>;
  CommandOptions: CommandOptions;
  CommandResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CommandResult']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  EstablishBoardInput: EstablishBoardInput;
  EstablishBoardPayload: ResolverTypeWrapper<CommandPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Position: ResolverTypeWrapper<Scalars['Position']['output']>;
  Priority: ResolverTypeWrapper<PriorityView>;
  PriorityConnection: ResolverTypeWrapper<Omit<PriorityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PriorityEdge']>, nodes: Array<ResolversTypes['Priority']> }>;
  PriorityEdge: ResolverTypeWrapper<Omit<PriorityEdge, 'node'> & { node: ResolversTypes['Priority'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Role: Role;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgreePriorityInput: AgreePriorityInput;
  AgreePriorityPayload: CommandPayload;
  Board: BoardView;
  BoardConnection: Omit<BoardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BoardEdge']>, nodes: Array<ResolversParentTypes['Board']> };
  BoardEdge: Omit<BoardEdge, 'node'> & { node: ResolversParentTypes['Board'] };
  BoardFilter: BoardFilter;
  Boolean: Scalars['Boolean']['output'];
  Chair: Chair;
  ChairInput: ChairInput;
  Change: ChangeView;
  ChangeConnection: Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ChangeEdge']>, nodes: Array<ResolversParentTypes['Change']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeStamp: ChangeStamp;
  CommandOptions: CommandOptions;
  CommandResult: ResolversInterfaceTypes<ResolversParentTypes>['CommandResult'];
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  EstablishBoardInput: EstablishBoardInput;
  EstablishBoardPayload: CommandPayload;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  JSON: Scalars['JSON']['output'];
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Position: Scalars['Position']['output'];
  Priority: PriorityView;
  PriorityConnection: Omit<PriorityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PriorityEdge']>, nodes: Array<ResolversParentTypes['Priority']> };
  PriorityEdge: Omit<PriorityEdge, 'node'> & { node: ResolversParentTypes['Priority'] };
  Query: Record<PropertyKey, never>;
  String: Scalars['String']['output'];
};

export type AllowDirectiveArgs = {
  roles: Array<Role>;
};

export type AllowDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = AllowDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AgreePriorityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreePriorityPayload'] = ResolversParentTypes['AgreePriorityPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board']> = {
  chair?: Resolver<Maybe<ResolversTypes['Chair']>, ParentType, ContextType>;
  established?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<BoardHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  priorities?: Resolver<ResolversTypes['PriorityConnection'], ParentType, ContextType, Partial<BoardPrioritiesArgs>>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subBoards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BoardConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BoardConnection'] = ResolversParentTypes['BoardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BoardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BoardEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BoardEdge'] = ResolversParentTypes['BoardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
};

export type ChairResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Chair'] = ResolversParentTypes['Chair']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Change'] = ResolversParentTypes['Change']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  correlationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  data?: Resolver<ResolversTypes['JSON'], ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChangeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeConnection'] = ResolversParentTypes['ChangeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ChangeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Change']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChangeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeEdge'] = ResolversParentTypes['ChangeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Change'], ParentType, ContextType>;
};

export type ChangeStampResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeStamp'] = ResolversParentTypes['ChangeStamp']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CommandResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommandResult'] = ResolversParentTypes['CommandResult']> = {
  __resolveType: TypeResolveFn<'AgreePriorityPayload' | 'EstablishBoardPayload', ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type EstablishBoardPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EstablishBoardPayload'] = ResolversParentTypes['EstablishBoardPayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  agreePriority?: Resolver<ResolversTypes['AgreePriorityPayload'], ParentType, ContextType, RequireFields<MutationAgreePriorityArgs, 'input'>>;
  establishBoard?: Resolver<ResolversTypes['EstablishBoardPayload'], ParentType, ContextType, RequireFields<MutationEstablishBoardArgs, 'input'>>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Board' | 'Priority', ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PositionScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Position'], any> {
  name: 'Position';
}

export type PriorityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  agreedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<PriorityHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PriorityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriorityConnection'] = ResolversParentTypes['PriorityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PriorityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PriorityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriorityEdge'] = ResolversParentTypes['PriorityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType, RequireFields<QueryBoardArgs, 'id'>>;
  boards?: Resolver<ResolversTypes['BoardConnection'], ParentType, ContextType, Partial<QueryBoardsArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  AgreePriorityPayload?: AgreePriorityPayloadResolvers<ContextType>;
  Board?: BoardResolvers<ContextType>;
  BoardConnection?: BoardConnectionResolvers<ContextType>;
  BoardEdge?: BoardEdgeResolvers<ContextType>;
  Chair?: ChairResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeStamp?: ChangeStampResolvers<ContextType>;
  CommandResult?: CommandResultResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  EstablishBoardPayload?: EstablishBoardPayloadResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Position?: GraphQLScalarType;
  Priority?: PriorityResolvers<ContextType>;
  PriorityConnection?: PriorityConnectionResolvers<ContextType>;
  PriorityEdge?: PriorityEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  allow?: AllowDirectiveResolver<any, any, ContextType>;
};
