import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CommandPayload } from '../commands';
import type { BoardView, PriorityView, PeopleZoneView, ZoneStageChangeView, KeyProvisionView, ZoneWorkstreamView, ZoneEvaluationView, DeliveryPlanView, PlanActivityView, ReplacedTimelineView, ActivityStatusUpdateView, IndicatorView, IndicatorValueView, InitiativeOutcomeView, InitiativeView, StatusChangeView, MilestoneView, IssueView, ActionView, OrganisationView, OrganisationNameView, ChairView, BoardMemberView, TermsOfReferenceView, BoardDissolutionView, PriorityRevisionView, PriorityRetirementView, MeetingView, DecisionView, DecisionConcernView, FundingStreamView, RecipientTotal as RecipientTotalView, YearTotal as YearTotalView, AllocationView, AllocationRevisionView, AllocationWithdrawalView, SpendView, BidView, BidDecisionView, CommissionedServiceView, ContractView, ContractExtensionView, ContractVariationView, ContractEndView } from '@tracker/projections';
import type { ChangeView } from '../history';
import type { PlanProgressParent } from '../resolvers/delivery';
import type { PortfolioChangeView } from '../subscriptions';
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
   * A whole number of pence: £2,276,643.00 is 227664300. Never pounds with decimals, never a
   * floating-point number. Answers carry it as a JSON number (a safe integer, up to
   * 9007199254740991). Inputs take a JSON number or a string of digits ("227664300"), since
   * GraphQL's Int stops at 2,147,483,647 (£21.4m); anything else ("12.5", "£100", -1) is refused
   * with BAD_USER_INPUT and a message saying what to send.
   */
  Pence: { input: number | string; output: number; }
  /**
   * A position in the global event log: strictly increasing, not necessarily dense.
   * Carried as a JSON number (a safe integer).
   */
  Position: { input: number; output: number; }
};

/**
 * A numbered action on a board's action log (the LSCSB Action Log, June 2022). Numbers are unique
 * on a log and may leave gaps.
 */
export type Action = Node & {
  __typename?: 'Action';
  action: Scalars['String']['output'];
  board: Board;
  /** Dated comments, oldest first (the completion comment among them). */
  comments: Array<ActionComment>;
  completedOn?: Maybe<Scalars['Date']['output']>;
  dueOn?: Maybe<Scalars['Date']['output']>;
  /** Every change to this action on its log, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  logged: ChangeStamp;
  /** The action's number on its board's log. */
  number: Scalars['Int']['output'];
  /** False once completed. */
  open: Scalars['Boolean']['output'];
  /** Whether it was overdue on a date (due before it and not completed by then); defaults to today, UTC. */
  overdue: Scalars['Boolean']['output'];
  /** The RAG rating, kept once completed; null when never rated. */
  rag?: Maybe<RagRating>;
  /** Every rating, oldest first. */
  ragHistory: Array<ActionRagChange>;
  raisedOn: Scalars['Date']['output'];
  /** As the log names them. Personal data. */
  responsibleOfficers: Array<Scalars['String']['output']>;
  status: ActionStatus;
};


/**
 * A numbered action on a board's action log (the LSCSB Action Log, June 2022). Numbers are unique
 * on a log and may leave gaps.
 */
export type ActionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A numbered action on a board's action log (the LSCSB Action Log, June 2022). Numbers are unique
 * on a log and may leave gaps.
 */
export type ActionOverdueArgs = {
  on?: InputMaybe<Scalars['Date']['input']>;
};

export type ActionComment = {
  __typename?: 'ActionComment';
  comment: Scalars['String']['output'];
  commentedOn: Scalars['Date']['output'];
  recorded: ChangeStamp;
};

export type ActionConnection = {
  __typename?: 'ActionConnection';
  edges: Array<ActionEdge>;
  nodes: Array<Action>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActionEdge = {
  __typename?: 'ActionEdge';
  cursor: Scalars['String']['output'];
  node: Action;
};

/** Which actions to list (by board, then by number); every condition given must hold. */
export type ActionFilter = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only actions not completed (true) or completed (false). */
  open?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only actions overdue on this date: due before it and not completed by then. */
  overdueAt?: InputMaybe<Scalars['Date']['input']>;
  /** Only actions with this responsible officer (case-insensitive, the whole name). */
  owner?: InputMaybe<Scalars['String']['input']>;
  /** Only actions whose RAG rating (kept once completed) is one of these; unrated ones are left out. */
  rag?: InputMaybe<Array<RagRating>>;
  status?: InputMaybe<Array<ActionStatus>>;
  /** Only actions whose text or a responsible officer's name contains this (case-insensitive). */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type ActionRagChange = {
  __typename?: 'ActionRagChange';
  /** The rating it replaced; null when the action had none. */
  previousRag?: Maybe<RagRating>;
  rag: RagRating;
  setOn: Scalars['Date']['output'];
};

/**
 * The status column of an action log: the RAG rating, COMPLETE once completed, or NOT_RATED when
 * none was given.
 */
export type ActionStatus =
  | 'AMBER'
  | 'COMPLETE'
  | 'GREEN'
  | 'NOT_RATED'
  | 'RED';

export type ActivityReplan = {
  __typename?: 'ActivityReplan';
  /** The timeline before the replan. */
  previous: Timeline;
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
  replannedOn: Scalars['Date']['output'];
};

export type ActivityStatus =
  | 'CANCELLED'
  | 'COMPLETE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'ON_HOLD';

export type ActivityStatusCount = {
  __typename?: 'ActivityStatusCount';
  count: Scalars['Int']['output'];
  status: ActivityStatus;
};

export type ActivityStatusUpdate = {
  __typename?: 'ActivityStatusUpdate';
  asOf: Scalars['Date']['output'];
  comment: Scalars['String']['output'];
  rag?: Maybe<RagRating>;
  recorded: ChangeStamp;
  status: ActivityStatus;
};

export type AddMilestoneInput = {
  /** YYYY-MM-DD; defaults to the business date of the command. */
  addedOn?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  dueOn: Scalars['String']['input'];
  initiativeId: Scalars['ID']['input'];
  /** Optional: the milestone's id (a UUID); derived from the initiative when omitted. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** E.g. Project plan covering the next 12 months agreed. */
  title: Scalars['String']['input'];
};

export type AddMilestonePayload = CommandResult & {
  __typename?: 'AddMilestonePayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AddPlanActivityInput = {
  activityId?: InputMaybe<Scalars['ID']['input']>;
  addedOn?: InputMaybe<Scalars['String']['input']>;
  deliveryPlanId: Scalars['ID']['input'];
  /** How it is taken forward. */
  how: Scalars['String']['input'];
  /** The officer who owns it (personal data: erasable on request). */
  ownerOfficer?: InputMaybe<Scalars['String']['input']>;
  ownerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** How reporting happens when it is not a board. */
  reportingNote?: InputMaybe<Scalars['String']['input']>;
  /** The board it reports to; omit when none. */
  reportsToBoardId?: InputMaybe<Scalars['ID']['input']>;
  timeline: TimelineInput;
  /** The activity. */
  what: Scalars['String']['input'];
};

export type AddPlanActivityPayload = CommandResult & {
  __typename?: 'AddPlanActivityPayload';
  /** The activity added or changed. */
  activity?: Maybe<PlanActivity>;
  commandId: Scalars['ID']['output'];
  deliveryPlan: DeliveryPlan;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AdoptTermsOfReferenceInput = {
  /** YYYY-MM-DD. */
  adoptedOn: Scalars['String']['input'];
  boardId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  membershipSummary?: InputMaybe<Scalars['String']['input']>;
  /** e.g. ["People are Safe", "People are Well"] (at most 20, each once). */
  missionStatements?: InputMaybe<Array<Scalars['String']['input']>>;
  purpose: Scalars['String']['input'];
  /** The version adopted; leave out for the next one (versions go up one at a time). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type AdoptTermsOfReferencePayload = CommandResult & {
  __typename?: 'AdoptTermsOfReferencePayload';
  board: Board;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AdvancePeopleZoneStageInput = {
  /** YYYY-MM-DD, not before the current stage took effect. */
  effectiveOn?: InputMaybe<Scalars['String']['input']>;
  peopleZoneId: Scalars['ID']['input'];
  /** Required when moving back to an earlier stage. */
  reason?: InputMaybe<Scalars['String']['input']>;
  stage: PeopleZoneStage;
};

export type AdvancePeopleZoneStagePayload = CommandResult & {
  __typename?: 'AdvancePeopleZoneStagePayload';
  commandId: Scalars['ID']['output'];
  peopleZone: PeopleZone;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
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
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AllocateFundingInput = {
  /** YYYY-MM-DD; the command's date when left out. */
  allocatedOn?: InputMaybe<Scalars['String']['input']>;
  /** Optional: the allocation's id (a UUID); one is minted when omitted. */
  allocationId?: InputMaybe<Scalars['ID']['input']>;
  /** More than zero, and no more than the stream has left. */
  amountPence: Scalars['Pence']['input'];
  /** The decision that approved the allocation. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Within the stream's years; may be left out when the stream covers one year. */
  financialYear?: InputMaybe<Scalars['String']['input']>;
  fundingStreamId: Scalars['ID']['input'];
  /** What the money is for. */
  purpose: Scalars['String']['input'];
  recipientOrganisationId: Scalars['ID']['input'];
};

export type AllocateFundingPayload = CommandResult & {
  __typename?: 'AllocateFundingPayload';
  allocation: Allocation;
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * Money from a funding stream given to a recipient organisation for a purpose and a financial
 * year, on a decision; revised or withdrawn with a reason; spent against.
 */
export type Allocation = Node & {
  __typename?: 'Allocation';
  allocated: ChangeStamp;
  allocatedOn: Scalars['Date']['output'];
  /** The current amount (for a withdrawn allocation, what it held when withdrawn). */
  amount: Money;
  /** The successful bid the allocation awards; null for a direct allocation. */
  bid?: Maybe<Bid>;
  /** The decision that approved it, when recorded. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  financialYear: Scalars['String']['output'];
  fundingStream: FundingStream;
  /** Every change to the allocation, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** The amount less what is spent; negative when an overspend was recorded with a reason. */
  leftToSpend: Money;
  purpose: Scalars['String']['output'];
  recipient: Organisation;
  recipientOrganisationId: Scalars['ID']['output'];
  /** Each revision with the amount it replaced, oldest first. */
  revisions: Array<AllocationRevision>;
  /** Spend recorded against it, oldest first. */
  spends: Array<Spend>;
  spent: Money;
  status: AllocationStatus;
  /** Why and when it was withdrawn; null while live. */
  withdrawal?: Maybe<AllocationWithdrawal>;
};


/**
 * Money from a funding stream given to a recipient organisation for a purpose and a financial
 * year, on a decision; revised or withdrawn with a reason; spent against.
 */
export type AllocationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type AllocationConnection = {
  __typename?: 'AllocationConnection';
  edges: Array<AllocationEdge>;
  nodes: Array<Allocation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type AllocationEdge = {
  __typename?: 'AllocationEdge';
  cursor: Scalars['String']['output'];
  node: Allocation;
};

export type AllocationFilter = {
  /** e.g. 2021/22 */
  financialYear?: InputMaybe<Scalars['String']['input']>;
  fundingStreamId?: InputMaybe<Scalars['ID']['input']>;
  /** Only allocations to this organisation (across every stream unless fundingStreamId is given). */
  recipientOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AllocationStatus>;
};

export type AllocationRevision = {
  __typename?: 'AllocationRevision';
  amount: Money;
  /** The decision it was made under, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  previousAmount: Money;
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
  revisedOn: Scalars['Date']['output'];
};

export type AllocationStatus =
  | 'LIVE'
  | 'WITHDRAWN';

export type AllocationWithdrawal = {
  __typename?: 'AllocationWithdrawal';
  /** What the allocation held; it went back to what the stream has left. */
  amount: Money;
  /** The decision it was made under, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
  withdrawnOn: Scalars['Date']['output'];
};

export type AppointBoardMemberInput = {
  /** YYYY-MM-DD; the business date of the command when omitted. */
  appointedOn?: InputMaybe<Scalars['String']['input']>;
  boardId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** A registered organisation. */
  organisationId: Scalars['ID']['input'];
  /** The person's name, when the office records it (personal data). */
  representativeName?: InputMaybe<Scalars['String']['input']>;
  /** The role of the person who represents the organisation, e.g. Chief Executive. */
  role: Scalars['String']['input'];
};

export type AppointBoardMemberPayload = CommandResult & {
  __typename?: 'AppointBoardMemberPayload';
  board: Board;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AppointChairInput = {
  boardId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD: when the chair takes the chair. */
  from: Scalars['String']['input'];
  /** The chair's name, e.g. Rupert Matthews (personal data). */
  name: Scalars['String']['input'];
  /** The chair's organisation (registered). */
  organisationId: Scalars['ID']['input'];
  /** The office the chair holds, e.g. Police and Crime Commissioner. */
  role: Scalars['String']['input'];
};

export type AppointChairPayload = CommandResult & {
  __typename?: 'AppointChairPayload';
  board: Board;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AssignIssueInput = {
  assignedOn?: InputMaybe<Scalars['String']['input']>;
  assignee: IssuePartyInput;
  issueId: Scalars['ID']['input'];
};

export type AssignIssuePayload = CommandResult & {
  __typename?: 'AssignIssuePayload';
  commandId: Scalars['ID']['output'];
  /** The issue as the read models now have it. */
  issue: Issue;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type AssignWorkstreamInput = {
  assignedOn?: InputMaybe<Scalars['String']['input']>;
  /** The officer leading it (personal data: erasable on request). */
  officer?: InputMaybe<Scalars['String']['input']>;
  ownerOrganisationId: Scalars['ID']['input'];
  peopleZoneId: Scalars['ID']['input'];
  workstream: PeopleZoneWorkstream;
};

export type AssignWorkstreamPayload = CommandResult & {
  __typename?: 'AssignWorkstreamPayload';
  commandId: Scalars['ID']['output'];
  peopleZone: PeopleZone;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** A bid to a funding stream by an organisation for an area, until the funder decides it. */
export type Bid = Node & {
  __typename?: 'Bid';
  /** The allocation holding the award; null unless SUCCESSFUL. */
  allocation?: Maybe<Allocation>;
  amountAsked: Money;
  /** What was awarded; null unless SUCCESSFUL. */
  amountAwarded?: Maybe<Money>;
  /** The area the funder counts bids by, as written, e.g. Leicestershire. */
  area: Scalars['String']['output'];
  biddingOrganisation: Organisation;
  biddingOrganisationId: Scalars['ID']['output'];
  deadline: Scalars['Date']['output'];
  /** The funder's decision as recorded; null while SUBMITTED. */
  decision?: Maybe<BidDecision>;
  financialYear: Scalars['String']['output'];
  fundingStream: FundingStream;
  /** Every change to the bid, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  status: BidStatus;
  submitted: ChangeStamp;
  submittedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};


/** A bid to a funding stream by an organisation for an area, until the funder decides it. */
export type BidHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type BidConnection = {
  __typename?: 'BidConnection';
  edges: Array<BidEdge>;
  nodes: Array<Bid>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BidDecision = {
  __typename?: 'BidDecision';
  decidedOn: Scalars['Date']['output'];
  /** The decision it was made under, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  note: Scalars['String']['output'];
  recorded: ChangeStamp;
};

export type BidEdge = {
  __typename?: 'BidEdge';
  cursor: Scalars['String']['output'];
  node: Bid;
};

export type BidFilter = {
  /** Case, spacing and punctuation aside, e.g. leicestershire. */
  area?: InputMaybe<Scalars['String']['input']>;
  biddingOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only bids whose deadline is on or after this date. */
  deadlineFrom?: InputMaybe<Scalars['Date']['input']>;
  /** Only bids whose deadline is on or before this date. */
  deadlineTo?: InputMaybe<Scalars['Date']['input']>;
  fundingStreamId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<BidStatus>;
};

export type BidOutcome =
  | 'SUCCESSFUL'
  | 'UNSUCCESSFUL';

export type BidStatus =
  /** Submitted and not yet decided by the funder. */
  | 'SUBMITTED'
  | 'SUCCESSFUL'
  | 'UNSUCCESSFUL';

/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type Board = Node & {
  __typename?: 'Board';
  /**
   * The version of the board's action log (the revision of its stream's latest event; -1 before
   * its first action is logged), as the action mutations' payloads give it. Send it as
   * CommandOptions.expectedVersion to change an action on the log: a change someone else made to
   * the log meanwhile is then refused with CONFLICT instead of being overwritten.
   */
  actionLogVersion: Scalars['Int']['output'];
  /** The board's action log, in number order. */
  actions: ActionConnection;
  /** The chair now. */
  chair?: Maybe<Chair>;
  /** Every chair the board has had, oldest first (the PCC changes after elections). */
  chairHistory: Array<Chair>;
  /** The decision the board was established under, when one was cited. */
  decision?: Maybe<Decision>;
  /** The board's decisions by the date they were made. */
  decisions: DecisionConnection;
  /** When, why and under which decision the board was dissolved, and where its open work went. */
  dissolution?: Maybe<BoardDissolution>;
  /** True once the board has been dissolved. */
  dissolved: Scalars['Boolean']['output'];
  established: ChangeStamp;
  /** Every change to the board, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** The initiatives this board is now responsible for, in the order registered. */
  initiatives: InitiativeConnection;
  /** The board's issue log, in the order logged. */
  issues: IssueConnection;
  lastChanged: ChangeStamp;
  /** The board's meetings by date. */
  meetings: MeetingConnection;
  /** The seats held now; with includeFormer, also those since removed (after the current ones). */
  members: Array<BoardMember>;
  name: Scalars['String']['output'];
  parent?: Maybe<Board>;
  /** Boards dissolved with their open work passed to this one. */
  predecessors: Array<Board>;
  /** The board's priorities; retired ones only with includeRetired. */
  priorities: PriorityConnection;
  purpose: Scalars['String']['output'];
  subBoards: Array<Board>;
  /** The board its open work went to, once dissolved (the same as dissolution.successor). */
  successor?: Maybe<Board>;
  /** The terms of reference in force: the last version adopted. */
  termsOfReference?: Maybe<TermsOfReference>;
  /** Every version of the terms of reference adopted, oldest first. */
  termsOfReferenceVersions: Array<TermsOfReference>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<DecisionKind>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardMembersArgs = {
  includeFormer?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A governance body: the Strategic Partnership Board, its Executive, its sub-boards. */
export type BoardPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
};

export type BoardConnection = {
  __typename?: 'BoardConnection';
  edges: Array<BoardEdge>;
  nodes: Array<Board>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** How a board ended: when, why, under which decision, and the board its open work went to. */
export type BoardDissolution = {
  __typename?: 'BoardDissolution';
  decision?: Maybe<Decision>;
  dissolvedOn: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  successor: Board;
};

export type BoardEdge = {
  __typename?: 'BoardEdge';
  cursor: Scalars['String']['output'];
  node: Board;
};

export type BoardFilter = {
  /** true: only dissolved boards; false: only boards that still sit; omitted: all. */
  dissolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only boards on which this organisation holds a seat now. */
  memberOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only boards directly under this board. */
  parentBoardId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text in the name or purpose. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only boards with no parent (the top of the structure). */
  topLevel?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A seat on a board: an organisation, represented by someone in a role. */
export type BoardMember = {
  __typename?: 'BoardMember';
  appointedOn: Scalars['Date']['output'];
  /** The decision that appointed the member, when one was cited. */
  decision?: Maybe<Decision>;
  organisation: Organisation;
  removalDecision?: Maybe<Decision>;
  removalReason?: Maybe<Scalars['String']['output']>;
  /** Set once the member has been removed. */
  removedOn?: Maybe<Scalars['Date']['output']>;
  /** That person's name, when recorded (personal data). */
  representativeName?: Maybe<Scalars['String']['output']>;
  /** The role of the person who represents the organisation, e.g. Chief Constable. */
  role: Scalars['String']['output'];
};

/**
 * The first place where the stored history no longer matches its hash chain: an event was
 * edited, deleted, reordered or renumbered after it was recorded.
 */
export type BrokenLink = {
  __typename?: 'BrokenLink';
  position: Scalars['Position']['output'];
  /** What is wrong there, and what it means. */
  problem: Scalars['String']['output'];
  revision: Scalars['Int']['output'];
  streamId: Scalars['String']['output'];
};

/**
 * The newest event of a verified log, the store's fingerprint: its position and its global
 * hash, which chains every event up to it. Whoever can rewrite the store file can recompute
 * every hash, or delete the newest events and roll the chain head back with them, and the
 * chain alone still holds; a head published where they cannot reach it (the board papers, an
 * audit log) does not move with it. Check the log against it later with `integrity(expectHead:)`.
 */
export type ChainHead = {
  __typename?: 'ChainHead';
  /** SHA-256 (64 hex digits) over the chain of every event up to this position. */
  globalHash: Scalars['String']['output'];
  position: Scalars['Position']['output'];
  /** Both as one string, POSITION:HASH: what to publish, and what `expectHead` takes. */
  published: Scalars['String']['output'];
};

/** Who chairs (or chaired) a board, and when. */
export type Chair = {
  __typename?: 'Chair';
  /** The decision that appointed the chair, when one was cited. */
  decision?: Maybe<Decision>;
  /** When the chair took the chair; null for the chair named when the board was established. */
  from?: Maybe<Scalars['Date']['output']>;
  /** The chair's name (personal data). */
  name: Scalars['String']['output'];
  /** The chair's organisation; null for a chair named when the board was established. */
  organisation?: Maybe<Organisation>;
  /** The office the chair holds, e.g. Police and Crime Commissioner. */
  role?: Maybe<Scalars['String']['output']>;
  /** When the next chair took over; null while in the chair. */
  until?: Maybe<Scalars['Date']['output']>;
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

export type ChangeInitiativeStatusInput = {
  /** The decision that made the change. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD; defaults to the business date of the command. Not before the current status began. */
  effectiveOn?: InputMaybe<Scalars['String']['input']>;
  initiativeId: Scalars['ID']['input'];
  /** For TRANSFERRED (and only then): the lead identified on the receiving board. */
  lead?: InputMaybe<LeadOfficerInput>;
  /** Why; required to close an initiative. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: InitiativeStatus;
  /** For TRANSFERRED (and only then): the sub-board that takes the initiative over. */
  targetBoardId?: InputMaybe<Scalars['ID']['input']>;
};

export type ChangeInitiativeStatusPayload = CommandResult & {
  __typename?: 'ChangeInitiativeStatusPayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
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

export type CloseIssueInput = {
  closedOn?: InputMaybe<Scalars['String']['input']>;
  issueId: Scalars['ID']['input'];
  /** Why it leaves the log. */
  reason: Scalars['String']['input'];
};

export type CloseIssuePayload = CommandResult & {
  __typename?: 'CloseIssuePayload';
  commandId: Scalars['ID']['output'];
  /** The issue as the read models now have it. */
  issue: Issue;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
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
  /**
   * The id of what the command created or changed: the allocation for allocateFunding, the
   * action for logAction, the activity for addPlanActivity; for most commands, the entity it
   * addresses (the board, the initiative). Load it by this id.
   */
  subjectId: Scalars['ID']['output'];
  /** The entity's version after the command: pass it as expectedVersion next time. */
  version: Scalars['Int']['output'];
};

export type CommentOnActionInput = {
  /** Name the action by its id, its number, or both. */
  actionId?: InputMaybe<Scalars['ID']['input']>;
  boardId: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
  commentedOn?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['Int']['input']>;
};

export type CommentOnActionPayload = CommandResult & {
  __typename?: 'CommentOnActionPayload';
  /** The action as the read models now have it. */
  action: Action;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The version of the board's action log. */
  version: Scalars['Int']['output'];
};

export type CommissionServiceInput = {
  annualValuePence?: InputMaybe<Scalars['Pence']['input']>;
  /** e.g. Leicester, Leicestershire and Rutland */
  area: Scalars['String']['input'];
  /** At least one. */
  commissionerOrganisationIds: Array<Scalars['ID']['input']>;
  /** Optional: the contract's id (a UUID); one is minted when omitted. */
  contractId?: InputMaybe<Scalars['ID']['input']>;
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD, not before startDate; leave out when none is set. */
  endDate?: InputMaybe<Scalars['String']['input']>;
  /** The funding streams that pay for it. */
  fundingStreamIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** e.g. Helpline and Engagement Service. With the area, it names the service. */
  name: Scalars['String']['input'];
  providerOrganisationId: Scalars['ID']['input'];
  scope?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD */
  startDate: Scalars['String']['input'];
};

export type CommissionServicePayload = CommandResult & {
  __typename?: 'CommissionServicePayload';
  commandId: Scalars['ID']['output'];
  commissionedService: CommissionedService;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * A commissioned service for an area (one per name and area) and its contracts, oldest first:
 * from 1 April 2022, the Helpline and Engagement Service (FreeVa, commissioned by the OPCC for
 * LLR) and others. The fields provider to annualValue describe its latest contract.
 */
export type CommissionedService = Node & {
  __typename?: 'CommissionedService';
  /** Whether a contract of the service runs on the date (its first and last days included). */
  activeOn: Scalars['Boolean']['output'];
  /** The latest contract's value a year, when recorded. */
  annualValue?: Maybe<Money>;
  /** The area covered, e.g. Leicester, Leicestershire and Rutland. */
  area: Scalars['String']['output'];
  commissioned: ChangeStamp;
  commissionerOrganisationIds: Array<Scalars['ID']['output']>;
  /** The latest contract's commissioners. */
  commissioners: Array<Organisation>;
  /** The contract that runs on the date, if any. */
  contractOn?: Maybe<Contract>;
  contracts: Array<Contract>;
  /** The latest contract's last day as it now stands; null when none is set. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** Every change to the service and its contracts, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  name: Scalars['String']['output'];
  /** The latest contract's provider. */
  provider: Organisation;
  providerOrganisationId: Scalars['ID']['output'];
  /** The latest contract's first day. */
  startDate: Scalars['Date']['output'];
};


/**
 * A commissioned service for an area (one per name and area) and its contracts, oldest first:
 * from 1 April 2022, the Helpline and Engagement Service (FreeVa, commissioned by the OPCC for
 * LLR) and others. The fields provider to annualValue describe its latest contract.
 */
export type CommissionedServiceActiveOnArgs = {
  date: Scalars['Date']['input'];
};


/**
 * A commissioned service for an area (one per name and area) and its contracts, oldest first:
 * from 1 April 2022, the Helpline and Engagement Service (FreeVa, commissioned by the OPCC for
 * LLR) and others. The fields provider to annualValue describe its latest contract.
 */
export type CommissionedServiceContractOnArgs = {
  date: Scalars['Date']['input'];
};


/**
 * A commissioned service for an area (one per name and area) and its contracts, oldest first:
 * from 1 April 2022, the Helpline and Engagement Service (FreeVa, commissioned by the OPCC for
 * LLR) and others. The fields provider to annualValue describe its latest contract.
 */
export type CommissionedServiceHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type CommissionedServiceConnection = {
  __typename?: 'CommissionedServiceConnection';
  edges: Array<CommissionedServiceEdge>;
  nodes: Array<CommissionedService>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CommissionedServiceEdge = {
  __typename?: 'CommissionedServiceEdge';
  cursor: Scalars['String']['output'];
  node: CommissionedService;
};

/**
 * Filters for the services register. With activeOn, the provider, commissioner and funding
 * stream filters look only at the contracts running on that date; without it, at every contract.
 */
export type CommissionedServiceFilter = {
  /** Only services with a contract running on this date. */
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  /** Case, spacing and punctuation aside, e.g. leicester leicestershire and rutland. */
  area?: InputMaybe<Scalars['String']['input']>;
  commissionerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only services with a contract ending on or before this date. With activeOn, the contracts
   * running then that end by this date: the services expiring within a window.
   */
  endingBy?: InputMaybe<Scalars['Date']['input']>;
  fundingStreamId?: InputMaybe<Scalars['ID']['input']>;
  providerOrganisationId?: InputMaybe<Scalars['ID']['input']>;
};

export type CompleteActionInput = {
  /** Name the action by its id, its number, or both. */
  actionId?: InputMaybe<Scalars['ID']['input']>;
  boardId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD. */
  completedOn: Scalars['String']['input'];
  number?: InputMaybe<Scalars['Int']['input']>;
};

export type CompleteActionPayload = CommandResult & {
  __typename?: 'CompleteActionPayload';
  /** The action as the read models now have it. */
  action: Action;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The version of the board's action log. */
  version: Scalars['Int']['output'];
};

export type CompleteActivityInput = {
  activityId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  completedOn?: InputMaybe<Scalars['String']['input']>;
  deliveryPlanId: Scalars['ID']['input'];
};

export type CompleteActivityPayload = CommandResult & {
  __typename?: 'CompleteActivityPayload';
  /** The activity added or changed. */
  activity?: Maybe<PlanActivity>;
  commandId: Scalars['ID']['output'];
  deliveryPlan: DeliveryPlan;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type CompleteMilestoneInput = {
  /** YYYY-MM-DD. */
  completedOn: Scalars['String']['input'];
  initiativeId: Scalars['ID']['input'];
  milestoneId: Scalars['ID']['input'];
};

export type CompleteMilestonePayload = CommandResult & {
  __typename?: 'CompleteMilestonePayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** One contract for a commissioned service. */
export type Contract = {
  __typename?: 'Contract';
  /** Whether the contract runs on the date (its first and last days included). */
  activeOn: Scalars['Boolean']['output'];
  annualValue?: Maybe<Money>;
  commissioned: ChangeStamp;
  commissionerOrganisationIds: Array<Scalars['ID']['output']>;
  commissioners: Array<Organisation>;
  /** The decision behind the contract, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  /** The last day as it now stands; null when none is set. */
  endDate?: Maybe<Scalars['Date']['output']>;
  /** How the contract was ended, once endContract recorded it. */
  ended?: Maybe<ContractEnd>;
  /** Each extension with the end date it replaced, oldest first. */
  extensions: Array<ContractExtension>;
  /** The funding streams that pay for it. */
  fundingStreams: Array<FundingStream>;
  id: Scalars['ID']['output'];
  provider: Organisation;
  providerOrganisationId: Scalars['ID']['output'];
  scope: Scalars['String']['output'];
  startDate: Scalars['Date']['output'];
  /** Each variation of value or scope, oldest first. */
  variations: Array<ContractVariation>;
};


/** One contract for a commissioned service. */
export type ContractActiveOnArgs = {
  date: Scalars['Date']['input'];
};

export type ContractEnd = {
  __typename?: 'ContractEnd';
  /** The decision it was made under, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  endDate: Scalars['Date']['output'];
  /** The end date it had before; null when it had none. */
  previousEndDate?: Maybe<Scalars['Date']['output']>;
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
};

export type ContractExtension = {
  __typename?: 'ContractExtension';
  /** The decision it was made under, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  endDate: Scalars['Date']['output'];
  previousEndDate: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
};

export type ContractVariation = {
  __typename?: 'ContractVariation';
  annualValue?: Maybe<Money>;
  /** The decision it was made under, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  effectiveFrom: Scalars['Date']['output'];
  previousAnnualValue?: Maybe<Money>;
  previousScope: Scalars['String']['output'];
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
  scope: Scalars['String']['output'];
};

export type CorrectIndicatorValueInput = {
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Only when the correction is to the period. */
  period?: InputMaybe<PeriodInput>;
  reason: Scalars['String']['input'];
  /** Optional: the new record's id; one is derived when omitted. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordedOn?: InputMaybe<Scalars['String']['input']>;
  /** Where the figure comes from. */
  source: Scalars['String']['input'];
  /** The record this one corrects; it stays in the history, superseded. */
  supersedesRecordId: Scalars['ID']['input'];
  /** An exact decimal as text, e.g. "36" for 36%. */
  value: Scalars['String']['input'];
};

export type CorrectIndicatorValuePayload = CommandResult & {
  __typename?: 'CorrectIndicatorValuePayload';
  commandId: Scalars['ID']['output'];
  indicator: Indicator;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The record made: for a correction, the correcting record. */
  value?: Maybe<IndicatorValue>;
  version: Scalars['Int']['output'];
};

export type CorrectInitiativeOutcomeInput = {
  figures: Array<OutcomeFigureInput>;
  initiativeId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Omit to keep the corrected record's period. */
  period?: InputMaybe<PeriodInput>;
  reason: Scalars['String']['input'];
  /** Optional: the new record's id; one is derived when omitted. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordedOn?: InputMaybe<Scalars['String']['input']>;
  /** Where the figure comes from. */
  source: Scalars['String']['input'];
  /** The record this one corrects; it stays in the history, superseded. */
  supersedesRecordId: Scalars['ID']['input'];
  /** A heading for the figures, e.g. Operation Lionheart enforcement stage. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type CorrectInitiativeOutcomePayload = CommandResult & {
  __typename?: 'CorrectInitiativeOutcomePayload';
  commandId: Scalars['ID']['output'];
  /** The record made: for a correction, the correcting record. */
  outcome?: Maybe<InitiativeOutcome>;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type CreateDeliveryPlanInput = {
  /** The board that owns the plan (sitting). */
  boardId: Scalars['ID']['input'];
  createdOn?: InputMaybe<Scalars['String']['input']>;
  deliveryPlanId?: InputMaybe<Scalars['ID']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
};

export type CreateDeliveryPlanPayload = CommandResult & {
  __typename?: 'CreateDeliveryPlanPayload';
  commandId: Scalars['ID']['output'];
  deliveryPlan: DeliveryPlan;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * A decision of a board at a meeting: what it RESOLVED, agreed, approved, noted, rejected or
 * deferred. A decision is never edited; a later decision supersedes it.
 */
export type Decision = Node & {
  __typename?: 'Decision';
  board: Board;
  /**
   * Everything recorded under this decision, across all entities, in the order it was
   * recorded: every change whose command cited it (office and auditor keys).
   */
  changes: ChangeConnection;
  /** The entities the decision concerns. */
  concerns: Array<DecisionConcern>;
  /** The date of the meeting it was made at. */
  decidedOn: Scalars['Date']['output'];
  /** Every change to the decision, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: DecisionKind;
  lastChanged: ChangeStamp;
  meeting: Meeting;
  /** The resolution as minuted, e.g. That the contents of the presentation be noted. */
  resolution: Scalars['String']['output'];
  /** True when a later decision supersedes this one. */
  superseded: Scalars['Boolean']['output'];
  /** Later decisions that supersede this one, in the order they were recorded. */
  supersededBy: Array<Decision>;
  /** The earlier decision this one supersedes. */
  supersedes?: Maybe<Decision>;
};


/**
 * A decision of a board at a meeting: what it RESOLVED, agreed, approved, noted, rejected or
 * deferred. A decision is never edited; a later decision supersedes it.
 */
export type DecisionChangesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A decision of a board at a meeting: what it RESOLVED, agreed, approved, noted, rejected or
 * deferred. A decision is never edited; a later decision supersedes it.
 */
export type DecisionHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** An entity a decision concerns, as a typed reference. */
export type DecisionConcern = {
  __typename?: 'DecisionConcern';
  id: Scalars['ID']['output'];
  kind: DecisionConcernKind;
  /** The entity itself, when a read model holds it. */
  node?: Maybe<Node>;
};

export type DecisionConcernInput = {
  id: Scalars['ID']['input'];
  kind: DecisionConcernKind;
};

/** The kinds of entity a decision can concern. */
export type DecisionConcernKind =
  | 'BOARD'
  | 'COMMISSIONED_SERVICE'
  | 'DECISION'
  | 'DELIVERY_PLAN'
  | 'FUNDING_STREAM'
  | 'INDICATOR'
  | 'INITIATIVE'
  | 'MEETING'
  | 'ORGANISATION'
  | 'PEOPLE_ZONE'
  | 'PRIORITY';

export type DecisionConnection = {
  __typename?: 'DecisionConnection';
  edges: Array<DecisionEdge>;
  nodes: Array<Decision>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DecisionEdge = {
  __typename?: 'DecisionEdge';
  cursor: Scalars['String']['output'];
  node: Decision;
};

export type DecisionFilter = {
  /** Only decisions of this board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only decisions concerning the entity with this id. */
  concerning?: InputMaybe<Scalars['ID']['input']>;
  /** Only decisions made on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  kind?: InputMaybe<DecisionKind>;
  /** Only decisions made at this meeting. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** true: only superseded decisions; false: only those that still stand; omitted: all. */
  superseded?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only decisions made on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** What a decision did: the verb of the minute. */
export type DecisionKind =
  | 'AGREED'
  | 'APPROVED'
  | 'DEFERRED'
  | 'NOTED'
  | 'REJECTED';

export type DefineIndicatorInput = {
  /** The board the indicator serves; give this, priorityId or both. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  definedOn?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  indicatorId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  polarity: Polarity;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Tolerance for STABLE, in the indicator's unit (default 0). */
  stableWithin?: InputMaybe<Scalars['String']['input']>;
  thresholds?: InputMaybe<IndicatorThresholdsInput>;
  unit: IndicatorUnit;
};

export type DefineIndicatorPayload = CommandResult & {
  __typename?: 'DefineIndicatorPayload';
  commandId: Scalars['ID']['output'];
  indicator: Indicator;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** Delivery confidence, the five-point scale of programme reporting. */
export type DeliveryConfidence =
  | 'AMBER'
  | 'AMBER_GREEN'
  | 'AMBER_RED'
  | 'GREEN'
  | 'RED';

export type DeliveryConfidenceAssessment = {
  __typename?: 'DeliveryConfidenceAssessment';
  assessedOn: Scalars['Date']['output'];
  comment: Scalars['String']['output'];
  /** The rating it replaced; null for the first assessment. */
  previous?: Maybe<DeliveryConfidence>;
  rating: DeliveryConfidence;
  recorded: ChangeStamp;
};

export type DeliveryConfidenceCount = {
  __typename?: 'DeliveryConfidenceCount';
  /** Null counts the initiatives not yet assessed. */
  confidence?: Maybe<DeliveryConfidence>;
  count: Scalars['Int']['output'];
};

/**
 * A delivery plan: activities, how each is taken forward, the timeline and the body each reports
 * to (Annex B: the SPB Executive Domestic Abuse Priority Actions Delivery Plan).
 */
export type DeliveryPlan = Node & {
  __typename?: 'DeliveryPlan';
  /** The plan's activities in the plan's order. */
  activities: PlanActivityConnection;
  /** The board that owns the plan. */
  board: Board;
  created: ChangeStamp;
  createdOn: Scalars['Date']['output'];
  /** Every change to the plan and its activities, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** The priority it delivers, when named. */
  priority?: Maybe<Priority>;
  progress: PlanProgress;
  title: Scalars['String']['output'];
};


/**
 * A delivery plan: activities, how each is taken forward, the timeline and the body each reports
 * to (Annex B: the SPB Executive Domestic Abuse Priority Actions Delivery Plan).
 */
export type DeliveryPlanActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdueAt?: InputMaybe<Scalars['Date']['input']>;
  reportsToBoardId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ActivityStatus>;
};


/**
 * A delivery plan: activities, how each is taken forward, the timeline and the body each reports
 * to (Annex B: the SPB Executive Domestic Abuse Priority Actions Delivery Plan).
 */
export type DeliveryPlanHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type DeliveryPlanConnection = {
  __typename?: 'DeliveryPlanConnection';
  edges: Array<DeliveryPlanEdge>;
  nodes: Array<DeliveryPlan>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DeliveryPlanEdge = {
  __typename?: 'DeliveryPlanEdge';
  cursor: Scalars['String']['output'];
  node: DeliveryPlan;
};

export type DeliveryPlanFilter = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text in the title. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type DesignatePeopleZoneInput = {
  /** YYYY-MM-DD; defaults to the business date of the command. */
  designatedOn?: InputMaybe<Scalars['String']['input']>;
  district: Scalars['String']['input'];
  /** The organisation leading the zone (registered); leave it out while none is named. */
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  locality: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** The other organisations taking part (not the lead). */
  partnerOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Optional: the zone's id (a UUID); one is made when omitted. */
  peopleZoneId?: InputMaybe<Scalars['ID']['input']>;
  /** The local priority problem the zone addresses. */
  problem: Scalars['String']['input'];
};

export type DesignatePeopleZonePayload = CommandResult & {
  __typename?: 'DesignatePeopleZonePayload';
  commandId: Scalars['ID']['output'];
  peopleZone: PeopleZone;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type Direction =
  | 'IMPROVING'
  | 'STABLE'
  | 'WORSENING';

/** From the previous period to the latest. */
export type DirectionOfTravel = {
  __typename?: 'DirectionOfTravel';
  /** latest - previous, exactly, e.g. -34. */
  change: Scalars['String']['output'];
  direction: Direction;
  latest: SeriesPoint;
  previous: SeriesPoint;
};

export type DissolveBoardInput = {
  boardId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD; the business date of the command when omitted. */
  dissolvedOn?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  /** The board its open work goes to; it must still sit. */
  successorBoardId: Scalars['ID']['input'];
};

export type DissolveBoardPayload = CommandResult & {
  __typename?: 'DissolveBoardPayload';
  board: Board;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type EndContractInput = {
  contractId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The contract's last day, YYYY-MM-DD: its current end or earlier, not before it starts. */
  endDate: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  serviceId: Scalars['ID']['input'];
};

export type EndContractPayload = CommandResult & {
  __typename?: 'EndContractPayload';
  commandId: Scalars['ID']['output'];
  commissionedService: CommissionedService;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type EstablishBoardInput = {
  /** Optional: the new board's id (a UUID). One is made from the commandId when omitted. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  chair?: InputMaybe<ChairInput>;
  /** The decision the board was established under, when recorded. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
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
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ExtendContractInput = {
  contractId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** The new last day, YYYY-MM-DD, later than the current one. */
  endDate: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  serviceId: Scalars['ID']['input'];
};

export type ExtendContractPayload = CommandResult & {
  __typename?: 'ExtendContractPayload';
  commandId: Scalars['ID']['output'];
  commissionedService: CommissionedService;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * Money from a funder for some financial years, divided among recipients or bid for (the DA
 * duty 2021/22 from MHCLG: £2,276,643 across ten authorities; Safer Streets round 2: up to three
 * bids per PCC area).
 */
export type FundingStream = Node & {
  __typename?: 'FundingStream';
  /** The sum of the live (not withdrawn) allocations, awards of successful bids included. */
  allocated: Money;
  /** Allocations, oldest first. */
  allocations: AllocationConnection;
  /** How many bids one area may make; null when unlimited. */
  bidLimitPerArea?: Maybe<Scalars['Int']['output']>;
  /** Bids made to the stream, in the order submitted. */
  bids: BidConnection;
  /** The funder's conditions, as written. */
  conditions: Scalars['String']['output'];
  /** The financial years covered, in order, e.g. [2021/22]. */
  financialYears: Array<Scalars['String']['output']>;
  /** Who gives the money, e.g. Ministry of Housing, Communities and Local Government. */
  funder: Scalars['String']['output'];
  /** Every change to the stream, its allocations and bids, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** What is left to allocate: the total less what is allocated. */
  left: Money;
  name: Scalars['String']['output'];
  registered: ChangeStamp;
  registeredOn: Scalars['Date']['output'];
  /** Spend recorded against the stream's allocations. */
  spent: Money;
  total: Money;
  /** Allocated and spent by recipient, in the order each was first allocated to. */
  totalsByRecipient: Array<RecipientTotal>;
  /** Allocated and spent by financial year, for every year the stream covers. */
  totalsByYear: Array<YearTotal>;
};


/**
 * Money from a funder for some financial years, divided among recipients or bid for (the DA
 * duty 2021/22 from MHCLG: £2,276,643 across ten authorities; Safer Streets round 2: up to three
 * bids per PCC area).
 */
export type FundingStreamAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StreamAllocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Money from a funder for some financial years, divided among recipients or bid for (the DA
 * duty 2021/22 from MHCLG: £2,276,643 across ten authorities; Safer Streets round 2: up to three
 * bids per PCC area).
 */
export type FundingStreamBidsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StreamBidFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Money from a funder for some financial years, divided among recipients or bid for (the DA
 * duty 2021/22 from MHCLG: £2,276,643 across ten authorities; Safer Streets round 2: up to three
 * bids per PCC area).
 */
export type FundingStreamHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type FundingStreamConnection = {
  __typename?: 'FundingStreamConnection';
  edges: Array<FundingStreamEdge>;
  nodes: Array<FundingStream>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type FundingStreamEdge = {
  __typename?: 'FundingStreamEdge';
  cursor: Scalars['String']['output'];
  node: FundingStream;
};

export type FundingStreamFilter = {
  /** Only streams covering this financial year, e.g. 2021/22. */
  financialYear?: InputMaybe<Scalars['String']['input']>;
  /** Case-insensitive text in the funder's name. */
  funder?: InputMaybe<Scalars['String']['input']>;
  /** Only streams with (true) or without (false) anything left to allocate. */
  hasLeft?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive text in the name or conditions. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/**
 * A performance indicator (first-time entrants, MARAC repeat referral rate...) with the values
 * recorded for it.
 */
export type Indicator = Node & {
  __typename?: 'Indicator';
  /** The latest value in force against the thresholds; null before the first value. */
  assessment?: Maybe<ThresholdAssessment>;
  board?: Maybe<Board>;
  defined: ChangeStamp;
  definedOn: Scalars['Date']['output'];
  description: Scalars['String']['output'];
  /** The direction of travel from the previous period; null with fewer than two values. */
  direction?: Maybe<DirectionOfTravel>;
  /** Every change to the indicator and its values, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** The latest value in force (by period); null before the first. */
  latest?: Maybe<IndicatorValue>;
  name: Scalars['String']['output'];
  polarity: Polarity;
  priority?: Maybe<Priority>;
  /** The change either way that still counts as STABLE, in the indicator's unit. */
  stableWithin: Scalars['String']['output'];
  thresholds: IndicatorThresholds;
  unit: IndicatorUnit;
  /**
   * The series: values in force by the period they cover (corrections applied). With
   * includeSuperseded, every record in the order recorded, corrected ones included.
   */
  values: Array<IndicatorValue>;
};


/**
 * A performance indicator (first-time entrants, MARAC repeat referral rate...) with the values
 * recorded for it.
 */
export type IndicatorHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * A performance indicator (first-time entrants, MARAC repeat referral rate...) with the values
 * recorded for it.
 */
export type IndicatorValuesArgs = {
  includeSuperseded?: InputMaybe<Scalars['Boolean']['input']>;
};

export type IndicatorConnection = {
  __typename?: 'IndicatorConnection';
  edges: Array<IndicatorEdge>;
  nodes: Array<Indicator>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IndicatorEdge = {
  __typename?: 'IndicatorEdge';
  cursor: Scalars['String']['output'];
  node: Indicator;
};

export type IndicatorFilter = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only indicators whose latest value is outside their target range (true) or inside it (false). */
  outsideRange?: InputMaybe<Scalars['Boolean']['input']>;
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  /** Case-insensitive text in the name or description. */
  text?: InputMaybe<Scalars['String']['input']>;
  unit?: InputMaybe<IndicatorUnit>;
  /** The verdict on the latest value in force. */
  verdict?: InputMaybe<Verdict>;
};

export type IndicatorThresholds = {
  __typename?: 'IndicatorThresholds';
  /** A recommended band, e.g. SafeLives' 28-40% for MARAC repeat referrals. */
  targetRange?: Maybe<TargetRange>;
  /** A single target to reach (or stay under, when lower is better). */
  targetValue?: Maybe<Scalars['String']['output']>;
};

export type IndicatorThresholdsInput = {
  targetRange?: InputMaybe<TargetRangeInput>;
  targetValue?: InputMaybe<Scalars['String']['input']>;
};

export type IndicatorUnit =
  | 'COUNT'
  /** 0 to 100: 36% is 36. */
  | 'PERCENTAGE'
  | 'RATE_PER_1000'
  | 'RATIO';

/** A value recorded for an indicator and a period. A correction is a new record. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** This value against the indicator's thresholds. */
  assessment: ThresholdAssessment;
  correctionReason?: Maybe<Scalars['String']['output']>;
  /** The record's id (pass it as supersedesRecordId to correct it). */
  id: Scalars['ID']['output'];
  /** False once a correction supersedes it. */
  inForce: Scalars['Boolean']['output'];
  note: Scalars['String']['output'];
  period: Period;
  recorded: ChangeStamp;
  recordedOn: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  /** The record that corrected this one. */
  supersededBy?: Maybe<Scalars['ID']['output']>;
  /** The record this one corrects. */
  supersedesRecordId?: Maybe<Scalars['ID']['output']>;
  value: Scalars['String']['output'];
};

/**
 * The statuses an initiative can be registered with (TRANSFERRED, COMPLETED and CLOSED are reached
 * by changing the status).
 */
export type InitialInitiativeStatus =
  | 'EMBEDDED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'PROPOSED';

/**
 * An item of the SPB portfolio (Annex A of the LSCSB OPCC update, March 2021): the Trauma
 * Informed Strategy, the Female Offender Strategy, People Zones, the Youth Perception Survey...
 */
export type Initiative = Node & {
  __typename?: 'Initiative';
  /** The board now responsible: the owning board, or the board it was last transferred to. */
  board: Board;
  /** The latest delivery confidence assessment; null until the first. */
  confidence?: Maybe<DeliveryConfidenceAssessment>;
  /** Every assessment, oldest first. */
  confidenceHistory: Array<DeliveryConfidenceAssessment>;
  /** The decision that took it into the portfolio, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  description: Scalars['String']['output'];
  /** Every change to the initiative, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  leadOfficers: Array<LeadOfficer>;
  /** Ids of the lead organisations. */
  leadOrganisationIds: Array<Scalars['ID']['output']>;
  /** The lead organisations. */
  leadOrganisations: Array<Organisation>;
  milestones: Array<InitiativeMilestone>;
  /** The statuses it may move to next (empty once CLOSED). */
  nextStatuses: Array<InitiativeStatus>;
  /** The latest next steps recorded; null until recorded. */
  nextSteps?: Maybe<NextSteps>;
  /** The outcome figures recorded for it, in force (or all, with includeSuperseded), oldest first. */
  outcomes: Array<InitiativeOutcome>;
  /** The board whose portfolio first held it. */
  owningBoard: Board;
  /** The priorities it serves. */
  priorities: Array<Priority>;
  registered: ChangeStamp;
  registeredOn: Scalars['Date']['output'];
  status: InitiativeStatus;
  /** Every status, oldest first: the first is the status it was registered with. */
  statusHistory: Array<InitiativeStatusChange>;
  /** The status in force on a business date; null before it was registered. */
  statusOn?: Maybe<InitiativeStatus>;
  /** The business date the current status took effect. */
  statusSince: Scalars['Date']['output'];
  title: Scalars['String']['output'];
  /** The lead named on the receiving board at the latest transfer; null before any transfer. */
  transferLead?: Maybe<LeadOfficer>;
  /**
   * The initiative's version (its latest event's revision in its stream). Send it as
   * CommandOptions.expectedVersion: a change someone else made meanwhile is then refused with
   * CONFLICT instead of being overwritten.
   */
  version: Scalars['Int']['output'];
};


/**
 * An item of the SPB portfolio (Annex A of the LSCSB OPCC update, March 2021): the Trauma
 * Informed Strategy, the Female Offender Strategy, People Zones, the Youth Perception Survey...
 */
export type InitiativeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * An item of the SPB portfolio (Annex A of the LSCSB OPCC update, March 2021): the Trauma
 * Informed Strategy, the Female Offender Strategy, People Zones, the Youth Perception Survey...
 */
export type InitiativeOutcomesArgs = {
  includeSuperseded?: InputMaybe<Scalars['Boolean']['input']>;
};


/**
 * An item of the SPB portfolio (Annex A of the LSCSB OPCC update, March 2021): the Trauma
 * Informed Strategy, the Female Offender Strategy, People Zones, the Youth Perception Survey...
 */
export type InitiativeStatusOnArgs = {
  date: Scalars['Date']['input'];
};

export type InitiativeConnection = {
  __typename?: 'InitiativeConnection';
  edges: Array<InitiativeEdge>;
  nodes: Array<Initiative>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/**
 * The portfolio in figures: how many initiatives, by status and by delivery confidence (every
 * status and rating listed, zeros included).
 */
export type InitiativeCounts = {
  __typename?: 'InitiativeCounts';
  byConfidence: Array<DeliveryConfidenceCount>;
  byStatus: Array<InitiativeStatusCount>;
  total: Scalars['Int']['output'];
};

export type InitiativeEdge = {
  __typename?: 'InitiativeEdge';
  cursor: Scalars['String']['output'];
  node: Initiative;
};

/** Which initiatives to list. Every condition given must hold; a list matches any of its values. */
export type InitiativeFilter = {
  /** Only initiatives the board is now responsible for. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives whose latest delivery confidence is one of these. */
  confidence?: InputMaybe<Array<DeliveryConfidence>>;
  /** Only initiatives this organisation leads. */
  leadOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only initiatives serving this priority. */
  priorityId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Only initiatives registered on or before this business date. With Initiative.statusOn, the
   * portfolio as it stood on a day (business time; asOf is recorded time).
   */
  registeredBy?: InputMaybe<Scalars['Date']['input']>;
  status?: InputMaybe<Array<InitiativeStatus>>;
  /** Case-insensitive text in the title, description or next steps. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Only initiatives not yet assessed (true) or already assessed (false). */
  unassessed?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A dated milestone of an initiative. Redating keeps every earlier due date. */
export type InitiativeMilestone = {
  __typename?: 'InitiativeMilestone';
  addedOn: Scalars['Date']['output'];
  /** True when completed after the date it was first due. */
  completedLate: Scalars['Boolean']['output'];
  completedOn?: Maybe<Scalars['Date']['output']>;
  dueOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  /** The date first promised. */
  originalDueOn: Scalars['Date']['output'];
  /** Every redating, oldest first. */
  redatings: Array<MilestoneRedating>;
  title: Scalars['String']['output'];
};

/**
 * An initiative's outcome figures as reported (EnGage: 395 referrals, 375 no further offence).
 * A correction is a new record; the one it supersedes stays.
 */
export type InitiativeOutcome = Node & {
  __typename?: 'InitiativeOutcome';
  correctionReason?: Maybe<Scalars['String']['output']>;
  figures: Array<OutcomeFigure>;
  /** Every change to this record, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  inForce: Scalars['Boolean']['output'];
  initiative?: Maybe<Initiative>;
  initiativeId: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** Null when the figures are to date, as reported on recordedOn. */
  period?: Maybe<Period>;
  recorded: ChangeStamp;
  recordedOn: Scalars['Date']['output'];
  source: Scalars['String']['output'];
  supersededBy?: Maybe<Scalars['ID']['output']>;
  supersedesRecordId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
};


/**
 * An initiative's outcome figures as reported (EnGage: 395 referrals, 375 no further offence).
 * A correction is a new record; the one it supersedes stays.
 */
export type InitiativeOutcomeHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type InitiativeOutcomeConnection = {
  __typename?: 'InitiativeOutcomeConnection';
  edges: Array<InitiativeOutcomeEdge>;
  nodes: Array<InitiativeOutcome>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InitiativeOutcomeEdge = {
  __typename?: 'InitiativeOutcomeEdge';
  cursor: Scalars['String']['output'];
  node: InitiativeOutcome;
};

/**
 * Where an initiative stands in its lifecycle. PROPOSED -> NOT_STARTED / IN_PROGRESS / CLOSED;
 * NOT_STARTED -> IN_PROGRESS / CLOSED; IN_PROGRESS -> EMBEDDED / TRANSFERRED / COMPLETED / CLOSED;
 * EMBEDDED -> TRANSFERRED / COMPLETED / CLOSED; TRANSFERRED -> IN_PROGRESS / TRANSFERRED /
 * COMPLETED / CLOSED; COMPLETED -> CLOSED; CLOSED is final. Any other move is refused with
 * CONFLICT naming the statuses allowed.
 */
export type InitiativeStatus =
  | 'CLOSED'
  | 'COMPLETED'
  /** The work has become the partners' normal practice. */
  | 'EMBEDDED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'PROPOSED'
  /** Moved to a sub-board, with a lead named there. */
  | 'TRANSFERRED';

/** One status an initiative has had: from which status, when, on which board, and why. */
export type InitiativeStatusChange = {
  __typename?: 'InitiativeStatusChange';
  /** The board responsible from then on. */
  board: Board;
  /** The decision that made the change, when one was cited. */
  decision?: Maybe<Decision>;
  decisionId?: Maybe<Scalars['ID']['output']>;
  /** Null for the status it was registered with. */
  from?: Maybe<InitiativeStatus>;
  /** For a transfer: the lead named on the receiving board. */
  lead?: Maybe<LeadOfficer>;
  /** The business date it took effect. */
  on: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
  /** For a transfer: the board that took it over. */
  targetBoard?: Maybe<Board>;
  to: InitiativeStatus;
};

export type InitiativeStatusCount = {
  __typename?: 'InitiativeStatusCount';
  count: Scalars['Int']['output'];
  status: InitiativeStatus;
};

/**
 * The result of walking the whole event log against its hash chain (each event chained to the
 * previous event of its stream and to the previous event of the log, and the chain head to the
 * newest event). Erased personal data do not break it: the chain covers their digests.
 */
export type IntegrityReport = {
  __typename?: 'IntegrityReport';
  /** Events checked (all of them when ok; those before the break otherwise). */
  checked: Scalars['Int']['output'];
  /** When the check ran. */
  checkedAt: Scalars['DateTime']['output'];
  /** The first broken link, when not ok. */
  firstBroken?: Maybe<BrokenLink>;
  /**
   * The newest event checked: the head to publish. Null when not ok (a broken chain has no head
   * worth publishing) and when the log is empty.
   */
  head?: Maybe<ChainHead>;
  /** True when every event matches the chain. */
  ok: Scalars['Boolean']['output'];
};

/**
 * An entry of a board's issue log (the SPB Issues Log, 2018): an inter-agency or partner issue
 * that feeds the business plan.
 */
export type Issue = Node & {
  __typename?: 'Issue';
  /** Who takes it forward now; null until assigned. */
  assignee?: Maybe<IssueParty>;
  /** Every assignment, oldest first. */
  assignments: Array<IssueAssignment>;
  board: Board;
  /** The office's own grouping, e.g. Reactive demand, Information sharing. */
  category: Scalars['String']['output'];
  closure?: Maybe<IssueClosure>;
  description: Scalars['String']['output'];
  /** Every change to the issue, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  logged: ChangeStamp;
  raisedBy: IssueParty;
  raisedOn: Scalars['Date']['output'];
  resolution?: Maybe<IssueResolution>;
  status: IssueStatus;
  title: Scalars['String']['output'];
};


/**
 * An entry of a board's issue log (the SPB Issues Log, 2018): an inter-agency or partner issue
 * that feeds the business plan.
 */
export type IssueHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type IssueAssignment = {
  __typename?: 'IssueAssignment';
  assignedOn: Scalars['Date']['output'];
  assignee: IssueParty;
  /** Who held it before; null on first assignment. */
  previousAssignee?: Maybe<IssueParty>;
};

export type IssueClosure = {
  __typename?: 'IssueClosure';
  closedOn: Scalars['Date']['output'];
  /** OPEN when closed without a resolution. */
  from: IssueStatus;
  reason: Scalars['String']['output'];
};

export type IssueConnection = {
  __typename?: 'IssueConnection';
  edges: Array<IssueEdge>;
  nodes: Array<Issue>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type IssueEdge = {
  __typename?: 'IssueEdge';
  cursor: Scalars['String']['output'];
  node: Issue;
};

/** Which issues to list; every condition given must hold. */
export type IssueFilter = {
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Exact category, case-insensitive. */
  category?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<Array<IssueStatus>>;
};

/** Who raised an issue or takes it forward: an organisation, a person (personal data), or both. */
export type IssueParty = {
  __typename?: 'IssueParty';
  organisation?: Maybe<Organisation>;
  organisationId?: Maybe<Scalars['ID']['output']>;
  person?: Maybe<Scalars['String']['output']>;
};

export type IssuePartyInput = {
  /** A registered organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** A person (personal data). */
  person?: InputMaybe<Scalars['String']['input']>;
};

export type IssueResolution = {
  __typename?: 'IssueResolution';
  resolvedOn: Scalars['Date']['output'];
  /** What was done. */
  text: Scalars['String']['output'];
};

/**
 * Where an issue stands: OPEN until resolved; RESOLVED once what was done is recorded; CLOSED when
 * it leaves the log (resolved and reported, withdrawn, a duplicate, taken into the business plan).
 */
export type IssueStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'RESOLVED';

/** The key provisions a People Zone needs in place. */
export type KeyProvision =
  | 'ACCESS_TO_COMMUNITY_ASSETS'
  | 'COMMUNITY_LEADERSHIP'
  | 'INTEGRATED_LOCAL_AGENCIES'
  | 'SHARED_APPROACH_TO_ISSUE_RESOLUTION';

/** An officer leading the work. The name is personal data (erasable on request). */
export type LeadOfficer = {
  __typename?: 'LeadOfficer';
  name: Scalars['String']['output'];
  /** The role or body they act for, e.g. OPCC, NPS, Violence Reduction Network. */
  role: Scalars['String']['output'];
};

export type LeadOfficerInput = {
  /** The officer's name (personal data). */
  name: Scalars['String']['input'];
  /** The role or body they act for, e.g. OPCC. */
  role?: InputMaybe<Scalars['String']['input']>;
};

export type LogActionInput = {
  action: Scalars['String']['input'];
  boardId: Scalars['ID']['input'];
  /** YYYY-MM-DD, not before raisedOn. */
  dueOn?: InputMaybe<Scalars['String']['input']>;
  /** The number on the log; when left out, one past the highest so far. */
  number?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD. */
  raisedOn: Scalars['String']['input'];
  /** At least one name. Personal data. */
  responsibleOfficers: Array<Scalars['String']['input']>;
};

export type LogActionPayload = CommandResult & {
  __typename?: 'LogActionPayload';
  /** The action as the read models now have it. */
  action: Action;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The version of the board's action log. */
  version: Scalars['Int']['output'];
};

export type LogIssueInput = {
  /** The board whose log holds it. */
  boardId: Scalars['ID']['input'];
  category: Scalars['String']['input'];
  description: Scalars['String']['input'];
  /** Optional: the new issue's id (a UUID). One is made from the commandId when omitted. */
  issueId?: InputMaybe<Scalars['ID']['input']>;
  /** Name the organisation, the person, or both. */
  raisedBy: IssuePartyInput;
  /** YYYY-MM-DD; defaults to the business date of the command. */
  raisedOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type LogIssuePayload = CommandResult & {
  __typename?: 'LogIssuePayload';
  commandId: Scalars['ID']['output'];
  /** The issue as the read models now have it. */
  issue: Issue;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** A dated meeting of a board, its theme, and the decisions recorded at it. */
export type Meeting = Node & {
  __typename?: 'Meeting';
  board: Board;
  date: Scalars['Date']['output'];
  /** The decision that set the meeting, when one was cited. */
  decision?: Maybe<Decision>;
  /** The decisions recorded at the meeting, in the order they were recorded. */
  decisions: Array<Decision>;
  /** Every change to the meeting, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** The meeting's main focus, e.g. Childhood trauma; empty when none was given. */
  theme: Scalars['String']['output'];
};


/** A dated meeting of a board, its theme, and the decisions recorded at it. */
export type MeetingHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type MeetingConnection = {
  __typename?: 'MeetingConnection';
  edges: Array<MeetingEdge>;
  nodes: Array<Meeting>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MeetingEdge = {
  __typename?: 'MeetingEdge';
  cursor: Scalars['String']['output'];
  node: Meeting;
};

export type MeetingFilter = {
  /** Only meetings of this board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Only meetings on or after this date. */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Only meetings on or before this date. */
  to?: InputMaybe<Scalars['Date']['input']>;
};

export type MilestoneRedating = {
  __typename?: 'MilestoneRedating';
  dueOn: Scalars['Date']['output'];
  previousDueOn: Scalars['Date']['output'];
  reason: Scalars['String']['output'];
  redatedOn: Scalars['Date']['output'];
};

/** An exact amount of money: its pence, and the same amount printed in pounds. */
export type Money = {
  __typename?: 'Money';
  /** The amount in whole pence, e.g. 227664300. */
  pence: Scalars['Pence']['output'];
  /** The amount in pounds, e.g. £2,276,643.00 (-£1.50 for a negative amount). */
  pounds: Scalars['String']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  addMilestone: AddMilestonePayload;
  addPlanActivity: AddPlanActivityPayload;
  adoptTermsOfReference: AdoptTermsOfReferencePayload;
  advancePeopleZoneStage: AdvancePeopleZoneStagePayload;
  agreePriority: AgreePriorityPayload;
  allocateFunding: AllocateFundingPayload;
  /** Gives an organisation a seat; CONFLICT when it already sits in that role. */
  appointBoardMember: AppointBoardMemberPayload;
  /** Changes the chair (after a PCC election, say); the previous chair stays in chairHistory. */
  appointChair: AppointChairPayload;
  assignIssue: AssignIssuePayload;
  assignWorkstream: AssignWorkstreamPayload;
  /** Move an initiative along its lifecycle (a transfer names the receiving board and its lead). */
  changeInitiativeStatus: ChangeInitiativeStatusPayload;
  closeIssue: CloseIssuePayload;
  commentOnAction: CommentOnActionPayload;
  commissionService: CommissionServicePayload;
  completeAction: CompleteActionPayload;
  completeActivity: CompleteActivityPayload;
  completeMilestone: CompleteMilestonePayload;
  correctIndicatorValue: CorrectIndicatorValuePayload;
  correctInitiativeOutcome: CorrectInitiativeOutcomePayload;
  createDeliveryPlan: CreateDeliveryPlanPayload;
  defineIndicator: DefineIndicatorPayload;
  designatePeopleZone: DesignatePeopleZonePayload;
  /** Dissolves a board, naming the board its open work goes to; it then takes no changes. */
  dissolveBoard: DissolveBoardPayload;
  endContract: EndContractPayload;
  establishBoard: EstablishBoardPayload;
  extendContract: ExtendContractPayload;
  /** Add an action to a board's log (the log owns the numbering). */
  logAction: LogActionPayload;
  logIssue: LogIssuePayload;
  recordBidDecision: RecordBidDecisionPayload;
  /** Records a decision made at a meeting; it is never edited afterwards, only superseded. */
  recordDecision: RecordDecisionPayload;
  recordIndicatorValue: RecordIndicatorValuePayload;
  recordInitiativeOutcome: RecordInitiativeOutcomePayload;
  recordKeyProvision: RecordKeyProvisionPayload;
  recordNextSteps: RecordNextStepsPayload;
  recordSpend: RecordSpendPayload;
  recordZoneEvaluation: RecordZoneEvaluationPayload;
  redateMilestone: RedateMilestonePayload;
  registerFundingStream: RegisterFundingStreamPayload;
  /** Enter an initiative into a board's portfolio. */
  registerInitiative: RegisterInitiativePayload;
  /** Registers an organisation; CONFLICT when another organisation already has the name. */
  registerOrganisation: RegisterOrganisationPayload;
  removeBoardMember: RemoveBoardMemberPayload;
  /** Renames an organisation, keeping its earlier names in nameHistory. */
  renameOrganisation: RenameOrganisationPayload;
  replanActivity: ReplanActivityPayload;
  resolveIssue: ResolveIssuePayload;
  /** Retires a priority under the decision that retired it; it stays listed with includeRetired. */
  retirePriority: RetirePriorityPayload;
  reviseAllocation: ReviseAllocationPayload;
  revisePriority: RevisePriorityPayload;
  scheduleMeeting: ScheduleMeetingPayload;
  setActionRag: SetActionRagPayload;
  setDeliveryConfidence: SetDeliveryConfidencePayload;
  submitBid: SubmitBidPayload;
  updateActivityStatus: UpdateActivityStatusPayload;
  varyContract: VaryContractPayload;
  withdrawAllocation: WithdrawAllocationPayload;
};


export type MutationAddMilestoneArgs = {
  input: AddMilestoneInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAddPlanActivityArgs = {
  input: AddPlanActivityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAdoptTermsOfReferenceArgs = {
  input: AdoptTermsOfReferenceInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAdvancePeopleZoneStageArgs = {
  input: AdvancePeopleZoneStageInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAgreePriorityArgs = {
  input: AgreePriorityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAllocateFundingArgs = {
  input: AllocateFundingInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAppointBoardMemberArgs = {
  input: AppointBoardMemberInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAppointChairArgs = {
  input: AppointChairInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAssignIssueArgs = {
  input: AssignIssueInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationAssignWorkstreamArgs = {
  input: AssignWorkstreamInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationChangeInitiativeStatusArgs = {
  input: ChangeInitiativeStatusInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCloseIssueArgs = {
  input: CloseIssueInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCommentOnActionArgs = {
  input: CommentOnActionInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCommissionServiceArgs = {
  input: CommissionServiceInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCompleteActionArgs = {
  input: CompleteActionInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCompleteActivityArgs = {
  input: CompleteActivityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCompleteMilestoneArgs = {
  input: CompleteMilestoneInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCorrectIndicatorValueArgs = {
  input: CorrectIndicatorValueInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCorrectInitiativeOutcomeArgs = {
  input: CorrectInitiativeOutcomeInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationCreateDeliveryPlanArgs = {
  input: CreateDeliveryPlanInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationDefineIndicatorArgs = {
  input: DefineIndicatorInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationDesignatePeopleZoneArgs = {
  input: DesignatePeopleZoneInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationDissolveBoardArgs = {
  input: DissolveBoardInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationEndContractArgs = {
  input: EndContractInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationEstablishBoardArgs = {
  input: EstablishBoardInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationExtendContractArgs = {
  input: ExtendContractInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationLogActionArgs = {
  input: LogActionInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationLogIssueArgs = {
  input: LogIssueInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordBidDecisionArgs = {
  input: RecordBidDecisionInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordDecisionArgs = {
  input: RecordDecisionInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordIndicatorValueArgs = {
  input: RecordIndicatorValueInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordInitiativeOutcomeArgs = {
  input: RecordInitiativeOutcomeInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordKeyProvisionArgs = {
  input: RecordKeyProvisionInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordNextStepsArgs = {
  input: RecordNextStepsInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordSpendArgs = {
  input: RecordSpendInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRecordZoneEvaluationArgs = {
  input: RecordZoneEvaluationInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRedateMilestoneArgs = {
  input: RedateMilestoneInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRegisterFundingStreamArgs = {
  input: RegisterFundingStreamInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRegisterInitiativeArgs = {
  input: RegisterInitiativeInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRegisterOrganisationArgs = {
  input: RegisterOrganisationInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRemoveBoardMemberArgs = {
  input: RemoveBoardMemberInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRenameOrganisationArgs = {
  input: RenameOrganisationInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationReplanActivityArgs = {
  input: ReplanActivityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationResolveIssueArgs = {
  input: ResolveIssueInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRetirePriorityArgs = {
  input: RetirePriorityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationReviseAllocationArgs = {
  input: ReviseAllocationInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationRevisePriorityArgs = {
  input: RevisePriorityInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationScheduleMeetingArgs = {
  input: ScheduleMeetingInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationSetActionRagArgs = {
  input: SetActionRagInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationSetDeliveryConfidenceArgs = {
  input: SetDeliveryConfidenceInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationSubmitBidArgs = {
  input: SubmitBidInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationUpdateActivityStatusArgs = {
  input: UpdateActivityStatusInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationVaryContractArgs = {
  input: VaryContractInput;
  options?: InputMaybe<CommandOptions>;
};


export type MutationWithdrawAllocationArgs = {
  input: WithdrawAllocationInput;
  options?: InputMaybe<CommandOptions>;
};

export type NextSteps = {
  __typename?: 'NextSteps';
  /** The date the next steps were stated as of. */
  asOf: Scalars['Date']['output'];
  recorded: ChangeStamp;
  text: Scalars['String']['output'];
};

/** Anything with a global id. Ids are UUIDs, unique across all kinds, so `node(id)` finds any entity. */
export type Node = {
  id: Scalars['ID']['output'];
};

/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type Organisation = Node & {
  __typename?: 'Organisation';
  /** Bids the organisation made, in the order submitted. */
  bids: BidConnection;
  /** Boards on which the organisation holds a seat now, in the order they were established. */
  boards: Array<Board>;
  /** Allocations to the organisation across every funding stream, oldest first. */
  fundingAllocations: AllocationConnection;
  /** Every change to the organisation, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  kind: OrganisationKind;
  lastChanged: ChangeStamp;
  /** The initiatives this organisation leads. */
  leadsInitiatives: InitiativeConnection;
  /** The current name. */
  name: Scalars['String']['output'];
  /** Every name the organisation has had, oldest first; the last is the current one. */
  nameHistory: Array<OrganisationName>;
  registered: ChangeStamp;
  /** Services the organisation commissions (on the date, when given). */
  servicesCommissioned: Array<CommissionedService>;
  /** Services the organisation provides (on the date, when given). */
  servicesProvided: Array<CommissionedService>;
  /** A short name or acronym, e.g. OPCC; not unique. */
  shortName?: Maybe<Scalars['String']['output']>;
};


/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type OrganisationBidsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StreamBidFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type OrganisationFundingAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OrganisationAllocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type OrganisationHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type OrganisationLeadsInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type OrganisationServicesCommissionedArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};


/** An agency or provider that takes part: councils, the police, the OPCC, health bodies, providers. */
export type OrganisationServicesProvidedArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
};

export type OrganisationAllocationFilter = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
  fundingStreamId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AllocationStatus>;
};

export type OrganisationConnection = {
  __typename?: 'OrganisationConnection';
  edges: Array<OrganisationEdge>;
  nodes: Array<Organisation>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type OrganisationEdge = {
  __typename?: 'OrganisationEdge';
  cursor: Scalars['String']['output'];
  node: Organisation;
};

export type OrganisationFilter = {
  /** Only organisations of this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Case-insensitive text in the current name or short name. */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** The kind of an organisation taking part in the partnership. */
export type OrganisationKind =
  | 'ACADEMIC'
  | 'AMBULANCE'
  | 'FIRE'
  /** CCGs, NHS trusts, public health. */
  | 'HEALTH'
  /** Probation, the CPS, HM Courts, prisons. */
  | 'JUSTICE'
  /** County, city and unitary councils (Leicestershire County Council, Leicester City Council, Rutland). */
  | 'LOCAL_AUTHORITY_TIER1'
  /** Borough and district councils (Charnwood, North West Leicestershire...). */
  | 'LOCAL_AUTHORITY_TIER2'
  /** The Office of the Police and Crime Commissioner. */
  | 'OPCC'
  | 'POLICE'
  /** Commissioned providers such as FreeVa or Turning Point. */
  | 'PROVIDER'
  | 'VOLUNTARY_SECTOR';

/** A name an organisation held, and when. */
export type OrganisationName = {
  __typename?: 'OrganisationName';
  /** Business time the organisation took this name (its registration or renaming). */
  from: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Who recorded the name, and when. */
  recorded: ChangeStamp;
  shortName?: Maybe<Scalars['String']['output']>;
  /** Business time it was renamed again; null for the current name. */
  until?: Maybe<Scalars['String']['output']>;
};

export type OutcomeFigure = {
  __typename?: 'OutcomeFigure';
  /** What is counted, e.g. arrests. */
  name: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type OutcomeFigureInput = {
  name: Scalars['String']['input'];
  /** An exact decimal as text, e.g. "87". */
  value: Scalars['String']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/**
 * A geographically defined area where services work together on the local priority problems
 * (Bell Foundry estate in Loughborough, Coalville, New Parks in Leicester).
 */
export type PeopleZone = Node & {
  __typename?: 'PeopleZone';
  designated: ChangeStamp;
  designatedOn: Scalars['Date']['output'];
  /** The local authority district, e.g. Charnwood. */
  district: Scalars['String']['output'];
  /** Evaluations, oldest recorded first. */
  evaluations: Array<ZoneEvaluation>;
  /** Every change to the zone, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** The evaluation with the latest evaluation date; null before the first. */
  latestEvaluation?: Maybe<ZoneEvaluation>;
  /** The organisation leading the zone; null while none is named. */
  leadAgency?: Maybe<Organisation>;
  leadAgencyId?: Maybe<Scalars['ID']['output']>;
  /** The town or city, e.g. Loughborough. */
  locality: Scalars['String']['output'];
  name: Scalars['String']['output'];
  partnerOrganisationIds: Array<Scalars['ID']['output']>;
  /** The other organisations taking part. */
  partners: Array<Organisation>;
  /** The local priority problem the zone addresses. */
  problem: Scalars['String']['output'];
  /** Every assessment of a key provision, oldest first. */
  provisionHistory: Array<ZoneKeyProvision>;
  /** The latest assessment of each key provision recorded, in the provisions' order. */
  provisions: Array<ZoneKeyProvision>;
  /** How many key provisions are IN_PLACE. */
  provisionsInPlace: Scalars['Int']['output'];
  stage: PeopleZoneStage;
  /** Every stage the zone has been at, oldest first, starting with its designation. */
  stageHistory: Array<ZoneStageChange>;
  /** The business date the current stage took effect. */
  stageSince: Scalars['Date']['output'];
  /** Every assignment, oldest first (a reassignment keeps the earlier owner here). */
  workstreamHistory: Array<ZoneWorkstream>;
  /** The current owner of each workstream assigned, in the workstreams' order. */
  workstreams: Array<ZoneWorkstream>;
};


/**
 * A geographically defined area where services work together on the local priority problems
 * (Bell Foundry estate in Loughborough, Coalville, New Parks in Leicester).
 */
export type PeopleZoneHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type PeopleZoneConnection = {
  __typename?: 'PeopleZoneConnection';
  edges: Array<PeopleZoneEdge>;
  nodes: Array<PeopleZone>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PeopleZoneEdge = {
  __typename?: 'PeopleZoneEdge';
  cursor: Scalars['String']['output'];
  node: PeopleZone;
};

export type PeopleZoneFilter = {
  /** Only zones at this stage or further along. */
  atLeastStage?: InputMaybe<PeopleZoneStage>;
  /** Case-insensitive: the district, e.g. Charnwood. */
  district?: InputMaybe<Scalars['String']['input']>;
  leadAgencyId?: InputMaybe<Scalars['ID']['input']>;
  /** Zones where this organisation is the lead or a partner. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  stage?: InputMaybe<PeopleZoneStage>;
  /** Case-insensitive text in the name, locality or problem. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PeopleZoneOrder =
  /** In the order they were designated (the default). */
  | 'DESIGNATION'
  /**
   * The most advanced first: the furthest stage, then the one that reached it first, then more
   * key provisions in place.
   */
  | 'MOST_ADVANCED';

/** Stages of a People Zone's development, in order. Moving back to an earlier stage needs a reason. */
export type PeopleZoneStage =
  | 'ESTABLISHED'
  | 'ESTABLISHING'
  | 'EVALUATING'
  | 'MAINSTREAMED'
  | 'PROPOSED'
  | 'RESEARCHING';

/** The workstreams of a People Zone, each with an owner organisation. */
export type PeopleZoneWorkstream =
  | 'COMMUNICATION_AND_ENGAGEMENT'
  | 'DATA_ANALYSIS'
  | 'DESIGN'
  | 'FUNDING_OPPORTUNITIES'
  | 'INFORMATION_SHARING'
  | 'PROJECT_MANAGEMENT'
  | 'SERVICE_MAPPING'
  | 'STAKEHOLDER_MANAGEMENT';

/** The period a figure covers, with its first and last day. */
export type Period = {
  __typename?: 'Period';
  end: Scalars['Date']['output'];
  financialYear?: Maybe<Scalars['String']['output']>;
  kind: PeriodKind;
  /** e.g. 2021/22 Q4, 2014/15, 12 months to 2022-03-31. */
  label: Scalars['String']['output'];
  quarter?: Maybe<Scalars['Int']['output']>;
  start: Scalars['Date']['output'];
};

/**
 * QUARTER: financialYear ("2021/22") and quarter (1-4), optionally both start and end.
 * FINANCIAL_YEAR: financialYear. ROLLING_12_MONTHS: end. DATE_RANGE: start and end.
 */
export type PeriodInput = {
  end?: InputMaybe<Scalars['String']['input']>;
  financialYear?: InputMaybe<Scalars['String']['input']>;
  kind: PeriodKind;
  quarter?: InputMaybe<Scalars['Int']['input']>;
  start?: InputMaybe<Scalars['String']['input']>;
};

export type PeriodKind =
  | 'DATE_RANGE'
  /** 1 April to 31 March. */
  | 'FINANCIAL_YEAR'
  /** A UK financial quarter: Q1 is April-June. */
  | 'QUARTER'
  /** The 12 months ending on a date. */
  | 'ROLLING_12_MONTHS';

/** One activity of a delivery plan. */
export type PlanActivity = Node & {
  __typename?: 'PlanActivity';
  added: ChangeStamp;
  addedOn: Scalars['Date']['output'];
  completedOn?: Maybe<Scalars['Date']['output']>;
  deliveryPlan: DeliveryPlan;
  /** Every change to the activity, oldest first (office and auditor keys). */
  history: ChangeConnection;
  /** How it is taken forward. */
  how: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastChanged: ChangeStamp;
  /** Its place in the plan, from 1. */
  number: Scalars['Int']['output'];
  /** Whether it is overdue at the date. */
  overdueAt: Scalars['Boolean']['output'];
  /** The organisation that owns it, when named. */
  owner?: Maybe<Organisation>;
  /** The officer who owns it (personal data), when named. */
  ownerOfficer?: Maybe<Scalars['String']['output']>;
  ownerOrganisationId?: Maybe<Scalars['ID']['output']>;
  /** The latest RAG rating; null until the first status update. */
  rag?: Maybe<RagRating>;
  /** The timelines replans replaced, oldest first. */
  replans: Array<ActivityReplan>;
  /** How reporting happens when it is not a board. */
  reportingNote: Scalars['String']['output'];
  /** The board it reports to; null when none (N/A in the plan). */
  reportsTo?: Maybe<Board>;
  status: ActivityStatus;
  /** Status updates and the completion, oldest first. */
  statusUpdates: Array<ActivityStatusUpdate>;
  timeline: Timeline;
  what: Scalars['String']['output'];
};


/** One activity of a delivery plan. */
export type PlanActivityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** One activity of a delivery plan. */
export type PlanActivityOverdueAtArgs = {
  date: Scalars['Date']['input'];
};

export type PlanActivityConnection = {
  __typename?: 'PlanActivityConnection';
  edges: Array<PlanActivityEdge>;
  nodes: Array<PlanActivity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PlanActivityEdge = {
  __typename?: 'PlanActivityEdge';
  cursor: Scalars['String']['output'];
  node: PlanActivity;
};

export type PlanActivityFilter = {
  deliveryPlanId?: InputMaybe<Scalars['ID']['input']>;
  /** Only activities overdue at this date. */
  overdueAt?: InputMaybe<Scalars['Date']['input']>;
  /** Activities that report to this board. */
  reportsToBoardId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<ActivityStatus>;
};

/** How far a plan has got. */
export type PlanProgress = {
  __typename?: 'PlanProgress';
  /** A count for every status, zeros included. */
  byStatus: Array<ActivityStatusCount>;
  /** How many activities are overdue at the date (today's date is not assumed: give one). */
  overdueAt: Scalars['Int']['output'];
  /** Complete activities as a whole percentage of those not cancelled (0 when none). */
  percentComplete: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};


/** How far a plan has got. */
export type PlanProgressOverdueAtArgs = {
  date: Scalars['Date']['input'];
};

export type Polarity =
  | 'HIGHER_IS_BETTER'
  | 'LOWER_IS_BETTER';

/**
 * One change to an initiative, an issue or an action, sent once the read models include it, so a
 * query made on receipt sees it.
 */
export type PortfolioChange = {
  __typename?: 'PortfolioChange';
  /** Who recorded it. */
  actor: Scalars['String']['output'];
  /** The entity that changed: read it with node(id), initiative(id), issue(id) or action(id). */
  entityId: Scalars['ID']['output'];
  /** The event's type, e.g. InitiativeStatusChanged, ActionRagSet. */
  eventType: Scalars['String']['output'];
  kind: PortfolioEntityKind;
  /** Business time: when it happened in the world. */
  occurredAt: Scalars['String']['output'];
  /** Its position in the event log: pass the last one seen as `after` to resume. */
  position: Scalars['Position']['output'];
  /** When the office recorded it. */
  recordedAt: Scalars['DateTime']['output'];
};

/**
 * The portfolio at a glance: counts of the initiatives matching the filter, and the initiatives
 * with milestones overdue on a date.
 */
export type PortfolioDashboard = {
  __typename?: 'PortfolioDashboard';
  counts: InitiativeCounts;
  /** The date the overdue milestones are judged on. */
  on: Scalars['Date']['output'];
  /** Initiatives not COMPLETED or CLOSED with a milestone due before `on` and not completed by then. */
  withOverdueMilestones: Array<Initiative>;
};

/** The kinds of entity `portfolioChanged` reports on. */
export type PortfolioEntityKind =
  | 'ACTION'
  | 'INITIATIVE'
  | 'ISSUE';

/** A harmful behaviour or aim a board agrees to focus on. */
export type Priority = Node & {
  __typename?: 'Priority';
  agreedAt: Scalars['Date']['output'];
  board: Board;
  /** The decision that agreed it, when one was cited. */
  decision?: Maybe<Decision>;
  /** Every change to the priority, oldest first (office and auditor keys). */
  history: ChangeConnection;
  id: Scalars['ID']['output'];
  /** The initiatives serving this priority. */
  initiatives: InitiativeConnection;
  lastChanged: ChangeStamp;
  rationale: Scalars['String']['output'];
  /** True once retired. */
  retired: Scalars['Boolean']['output'];
  /** When, why and under which decision it was retired. */
  retirement?: Maybe<PriorityRetirement>;
  /** Revisions of the title or rationale, oldest first. */
  revisions: Array<PriorityRevision>;
  title: Scalars['String']['output'];
};


/** A harmful behaviour or aim a board agrees to focus on. */
export type PriorityHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A harmful behaviour or aim a board agrees to focus on. */
export type PriorityInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
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

export type PriorityFilter = {
  /** Only priorities of this board. */
  boardId?: InputMaybe<Scalars['ID']['input']>;
  /** Include retired priorities (left out by default). */
  includeRetired?: InputMaybe<Scalars['Boolean']['input']>;
  /** Case-insensitive text in the title or rationale. */
  text?: InputMaybe<Scalars['String']['input']>;
};

export type PriorityRetirement = {
  __typename?: 'PriorityRetirement';
  decision: Decision;
  reason: Scalars['String']['output'];
  retiredOn: Scalars['Date']['output'];
};

export type PriorityRevision = {
  __typename?: 'PriorityRevision';
  decision: Decision;
  previousRationale: Scalars['String']['output'];
  previousTitle: Scalars['String']['output'];
  rationale: Scalars['String']['output'];
  revisedOn: Scalars['Date']['output'];
  title: Scalars['String']['output'];
};

export type ProvisionStatus =
  | 'IN_PLACE'
  | 'IN_PROGRESS'
  | 'MISSING';

/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type Query = {
  __typename?: 'Query';
  action?: Maybe<Action>;
  actions: ActionConnection;
  /** Allocations across streams, oldest first. */
  allocations: AllocationConnection;
  /** The bids pipeline, by deadline (earliest first), then in the order submitted. */
  bids: BidConnection;
  board?: Maybe<Board>;
  boards: BoardConnection;
  commissionedService?: Maybe<CommissionedService>;
  /** The services register, in the order first commissioned. */
  commissionedServices: CommissionedServiceConnection;
  decision?: Maybe<Decision>;
  /** The decision log, by the date decisions were made. */
  decisions: DecisionConnection;
  deliveryPlan?: Maybe<DeliveryPlan>;
  deliveryPlans: DeliveryPlanConnection;
  fundingStream?: Maybe<FundingStream>;
  fundingStreams: FundingStreamConnection;
  indicator?: Maybe<Indicator>;
  indicators: IndicatorConnection;
  initiative?: Maybe<Initiative>;
  /** Counts of the initiatives matching the filter, by status and by confidence. */
  initiativeCounts: InitiativeCounts;
  /** An initiative's outcome records, oldest first. */
  initiativeOutcomes: InitiativeOutcomeConnection;
  initiatives: InitiativeConnection;
  /**
   * Proof that nothing was altered: walks the embedded store's hash chain and names the first
   * broken link. Reads the whole log, so it takes a while on a large store. Auditor and office
   * keys only. On EventStoreDB it answers BAD_USER_INPUT: the server keeps its own checksums.
   */
  integrity: IntegrityReport;
  issue?: Maybe<Issue>;
  issues: IssueConnection;
  meeting?: Maybe<Meeting>;
  /** Meetings by date. */
  meetings: MeetingConnection;
  /** The most advanced People Zone (see PeopleZoneOrder.MOST_ADVANCED); null when none. */
  mostAdvancedPeopleZone?: Maybe<PeopleZone>;
  /** Any entity by its id. */
  node?: Maybe<Node>;
  /** Several entities by id, in the order asked (null where none has that id). */
  nodes: Array<Maybe<Node>>;
  organisation?: Maybe<Organisation>;
  /** Organisations in the order they were registered. */
  organisations: OrganisationConnection;
  peopleZone?: Maybe<PeopleZone>;
  peopleZones: PeopleZoneConnection;
  /** Activities across plans: by the board they report to, by status, overdue at a date. */
  planActivities: PlanActivityConnection;
  /**
   * The dashboard of the initiatives matching the filter; overdue milestones are judged on `on`
   * (a business date; defaults to today, UTC).
   */
  portfolioDashboard: PortfolioDashboard;
  /** Priorities in the order they were agreed. */
  priorities: PriorityConnection;
  priority?: Maybe<Priority>;
  /** The principal of the key presented (UNAUTHENTICATED without a valid key). */
  viewer: Viewer;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryActionArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryActionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<ActionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryAllocationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<AllocationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryBidsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<BidFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryBoardArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryBoardsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<BoardFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryCommissionedServiceArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryCommissionedServicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<CommissionedServiceFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryDecisionArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryDecisionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<DecisionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryDeliveryPlanArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryDeliveryPlansArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<DeliveryPlanFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryFundingStreamArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryFundingStreamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<FundingStreamFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryIndicatorArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryIndicatorsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<IndicatorFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryInitiativeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryInitiativeCountsArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryInitiativeOutcomesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  includeSuperseded?: InputMaybe<Scalars['Boolean']['input']>;
  initiativeId: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryInitiativesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryIntegrityArgs = {
  expectHead?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryIssueArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryIssuesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<IssueFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryMeetingArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryMeetingsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<MeetingFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryMostAdvancedPeopleZoneArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryNodeArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryNodesArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  ids: Array<Scalars['ID']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryOrganisationArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryOrganisationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<OrganisationFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryPeopleZoneArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryPeopleZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<PeopleZoneFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
  orderBy?: InputMaybe<PeopleZoneOrder>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryPlanActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<PlanActivityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryPortfolioDashboardArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<InitiativeFilter>;
  on?: InputMaybe<Scalars['Date']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryPrioritiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  filter?: InputMaybe<PriorityFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  onDate?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * Every top-level query field takes three optional arguments that answer from a point in the
 * past. Two are for auditors (office and auditor keys only; FORBIDDEN for reader keys):
 *
 * - `asOf: DateTime` is RECORDED time: the answer is the read model exactly as it stood when the
 *   office had recorded everything up to that instant ("what did the office know on 19 March
 *   2021"). A date alone means the end of that day, UTC. It is not business time: an event
 *   recorded in April about a meeting in March is not visible as of March.
 * - `asOfPosition: Position` is a position in the event log: the read model with every event up
 *   to and including that position.
 *
 * One is for every key, reader included:
 *
 * - `onDate: Date` is BUSINESS time, "as it stood on" a day ("the portfolio on 19 March 2021",
 *   as the board papers tell it): the read model built, in log order, from only the events whose
 *   business date (the change's `occurredAt`, its calendar date when a date-time) is on or before
 *   that day, whenever they were recorded. A meeting held in March and recorded in April counts
 *   as of March. It replays the whole log, so it is slower than the others on a large store.
 *
 * The whole operation is answered from that one point in the past: give at most one of the
 * three, and the same value to every field that takes it, wherever the field stands (inside
 * fragments too). Such operations are answered one at a time, each with a memory allowance set
 * by the operator: one that needs more is refused with the code RESOURCE_LIMIT (ask for fewer
 * fields or smaller pages).
 */
export type QueryPriorityArgs = {
  asOf?: InputMaybe<Scalars['DateTime']['input']>;
  asOfPosition?: InputMaybe<Scalars['Position']['input']>;
  id: Scalars['ID']['input'];
  onDate?: InputMaybe<Scalars['Date']['input']>;
};

/** A RAG rating. */
export type RagRating =
  | 'AMBER'
  | 'GREEN'
  | 'RED';

export type RangeAssessment = {
  __typename?: 'RangeAssessment';
  /** Within the range, or outside it on the better side. */
  favourable: Scalars['Boolean']['output'];
  high: Scalars['String']['output'];
  low: Scalars['String']['output'];
  /** Where the value sits: both ends are WITHIN. */
  position: RangePosition;
};

export type RangePosition =
  | 'ABOVE'
  | 'BELOW'
  | 'WITHIN';

/** What one recipient has from one funding stream. */
export type RecipientTotal = {
  __typename?: 'RecipientTotal';
  /** Live allocations to the recipient. */
  allocated: Money;
  /** Every allocation to the recipient from this stream, withdrawn ones included. */
  allocations: Array<Allocation>;
  recipient: Organisation;
  recipientOrganisationId: Scalars['ID']['output'];
  spent: Money;
};

export type RecordBidDecisionInput = {
  /** Optional (SUCCESSFUL only): the id of the allocation the award becomes. */
  allocationId?: InputMaybe<Scalars['ID']['input']>;
  /** Required when SUCCESSFUL (at most what was asked); left out when UNSUCCESSFUL. */
  amountAwardedPence?: InputMaybe<Scalars['Pence']['input']>;
  bidId: Scalars['ID']['input'];
  /** YYYY-MM-DD; the command's date when left out. */
  decidedOn?: InputMaybe<Scalars['String']['input']>;
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  fundingStreamId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  outcome: BidOutcome;
};

export type RecordBidDecisionPayload = CommandResult & {
  __typename?: 'RecordBidDecisionPayload';
  /** The allocation holding the award; null until one is made, and when UNSUCCESSFUL. */
  allocation?: Maybe<Allocation>;
  bid: Bid;
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RecordDecisionInput = {
  /** The board whose meeting it is. */
  boardId: Scalars['ID']['input'];
  /** The entities it concerns (at most 25, each once); each must exist. */
  concerns?: InputMaybe<Array<DecisionConcernInput>>;
  /** Optional: the decision's id (a UUID); one is made from the commandId when omitted. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  kind: DecisionKind;
  /** The meeting it was made at; it must have taken place (by the command's occurredAt). */
  meetingId: Scalars['ID']['input'];
  /** The resolution as minuted (at most 5000 characters). */
  resolution: Scalars['String']['input'];
  /** The earlier decision this one supersedes. */
  supersedes?: InputMaybe<Scalars['ID']['input']>;
};

export type RecordDecisionPayload = CommandResult & {
  __typename?: 'RecordDecisionPayload';
  commandId: Scalars['ID']['output'];
  decision: Decision;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RecordIndicatorValueInput = {
  indicatorId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  period: PeriodInput;
  /** Optional: the new record's id; one is derived when omitted. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordedOn?: InputMaybe<Scalars['String']['input']>;
  /** Where the figure comes from. */
  source: Scalars['String']['input'];
  /** An exact decimal as text, e.g. "36" for 36%. */
  value: Scalars['String']['input'];
};

export type RecordIndicatorValuePayload = CommandResult & {
  __typename?: 'RecordIndicatorValuePayload';
  commandId: Scalars['ID']['output'];
  indicator: Indicator;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The record made: for a correction, the correcting record. */
  value?: Maybe<IndicatorValue>;
  version: Scalars['Int']['output'];
};

export type RecordInitiativeOutcomeInput = {
  figures: Array<OutcomeFigureInput>;
  initiativeId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Omit when the figures are to date. */
  period?: InputMaybe<PeriodInput>;
  /** Optional: the new record's id; one is derived when omitted. */
  recordId?: InputMaybe<Scalars['ID']['input']>;
  recordedOn?: InputMaybe<Scalars['String']['input']>;
  /** Where the figure comes from. */
  source: Scalars['String']['input'];
  /** A heading for the figures, e.g. Operation Lionheart enforcement stage. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type RecordInitiativeOutcomePayload = CommandResult & {
  __typename?: 'RecordInitiativeOutcomePayload';
  commandId: Scalars['ID']['output'];
  /** The record made: for a correction, the correcting record. */
  outcome?: Maybe<InitiativeOutcome>;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RecordKeyProvisionInput = {
  assessedOn?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  peopleZoneId: Scalars['ID']['input'];
  provision: KeyProvision;
  status: ProvisionStatus;
};

export type RecordKeyProvisionPayload = CommandResult & {
  __typename?: 'RecordKeyProvisionPayload';
  commandId: Scalars['ID']['output'];
  peopleZone: PeopleZone;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RecordNextStepsInput = {
  /** YYYY-MM-DD; defaults to the business date of the command. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  initiativeId: Scalars['ID']['input'];
  /** The next steps as the paper lists them. */
  nextSteps: Scalars['String']['input'];
};

export type RecordNextStepsPayload = CommandResult & {
  __typename?: 'RecordNextStepsPayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RecordSpendInput = {
  allocationId: Scalars['ID']['input'];
  amountPence: Scalars['Pence']['input'];
  fundingStreamId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  /** Required when the spend takes the allocation past its amount: why that is accepted. */
  overspendReason?: InputMaybe<Scalars['String']['input']>;
  /** Optional: the spend's id (a UUID); one is minted when omitted. */
  spendId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  spentOn: Scalars['String']['input'];
};

export type RecordSpendPayload = CommandResult & {
  __typename?: 'RecordSpendPayload';
  allocation: Allocation;
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RecordZoneEvaluationInput = {
  evaluatedOn: Scalars['String']['input'];
  /** Optional: the evaluation's id; one is derived when omitted. */
  evaluationId?: InputMaybe<Scalars['ID']['input']>;
  findings: ZoneEvaluationFindingsInput;
  peopleZoneId: Scalars['ID']['input'];
  /** Who evaluated and where it is reported. */
  source: Scalars['String']['input'];
};

export type RecordZoneEvaluationPayload = CommandResult & {
  __typename?: 'RecordZoneEvaluationPayload';
  commandId: Scalars['ID']['output'];
  /** The evaluation recorded. */
  evaluation?: Maybe<ZoneEvaluation>;
  peopleZone: PeopleZone;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RedateMilestoneInput = {
  /** The new due date, YYYY-MM-DD. */
  dueOn: Scalars['String']['input'];
  initiativeId: Scalars['ID']['input'];
  milestoneId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  redatedOn?: InputMaybe<Scalars['String']['input']>;
};

export type RedateMilestonePayload = CommandResult & {
  __typename?: 'RedateMilestonePayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RegisterFundingStreamInput = {
  /** How many bids one area may make (Safer Streets: 3); leave out when unlimited. */
  bidLimitPerArea?: InputMaybe<Scalars['Int']['input']>;
  conditions?: InputMaybe<Scalars['String']['input']>;
  /** Consecutive years in order, written YYYY/YY, e.g. [2021/22]. */
  financialYears: Array<Scalars['String']['input']>;
  funder: Scalars['String']['input'];
  /** Optional: the stream's id (a UUID); one is made from the commandId when omitted. */
  fundingStreamId?: InputMaybe<Scalars['ID']['input']>;
  /** e.g. Domestic Abuse duty 2021/22 */
  name: Scalars['String']['input'];
  /** YYYY-MM-DD; the command's date when left out. */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** The whole amount in pence, more than zero, e.g. 227664300. */
  totalPence: Scalars['Pence']['input'];
};

export type RegisterFundingStreamPayload = CommandResult & {
  __typename?: 'RegisterFundingStreamPayload';
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RegisterInitiativeInput = {
  /** The decision that took it into the portfolio. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** Optional: the new initiative's id (a UUID). One is made from the commandId when omitted. */
  initiativeId?: InputMaybe<Scalars['ID']['input']>;
  leadOfficers?: InputMaybe<Array<LeadOfficerInput>>;
  /** Registered organisations (at most 20, no repeats). */
  leadOrganisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The board whose portfolio holds it, e.g. the SPB. */
  owningBoardId: Scalars['ID']['input'];
  priorityIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** YYYY-MM-DD; defaults to the business date of the command. */
  registeredOn?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to PROPOSED. */
  status?: InputMaybe<InitialInitiativeStatus>;
  title: Scalars['String']['input'];
};

export type RegisterInitiativePayload = CommandResult & {
  __typename?: 'RegisterInitiativePayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RegisterOrganisationInput = {
  kind: OrganisationKind;
  /** Unique, case, spacing and punctuation aside (at most 200 characters). */
  name: Scalars['String']['input'];
  /** Optional: the organisation's id (a UUID); one is minted when omitted. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** A short name or acronym, e.g. OPCC (at most 200 characters). */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

export type RegisterOrganisationPayload = CommandResult & {
  __typename?: 'RegisterOrganisationPayload';
  commandId: Scalars['ID']['output'];
  organisation: Organisation;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RemoveBoardMemberInput = {
  boardId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  organisationId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** YYYY-MM-DD; the business date of the command when omitted. */
  removedOn?: InputMaybe<Scalars['String']['input']>;
  /** Which of the organisation's seats; needed only when it holds more than one. */
  role?: InputMaybe<Scalars['String']['input']>;
};

export type RemoveBoardMemberPayload = CommandResult & {
  __typename?: 'RemoveBoardMemberPayload';
  board: Board;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RenameOrganisationInput = {
  /** The new name (at most 200 characters). */
  name: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  /** The new short name; leave out to keep the current one, null to remove it. */
  shortName?: InputMaybe<Scalars['String']['input']>;
};

export type RenameOrganisationPayload = CommandResult & {
  __typename?: 'RenameOrganisationPayload';
  commandId: Scalars['ID']['output'];
  organisation: Organisation;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ReplanActivityInput = {
  activityId: Scalars['ID']['input'];
  deliveryPlanId: Scalars['ID']['input'];
  /** The new due date; the old timeline stays in the activity's replans. */
  newDueDate: Scalars['String']['input'];
  reason: Scalars['String']['input'];
  replannedOn?: InputMaybe<Scalars['String']['input']>;
};

export type ReplanActivityPayload = CommandResult & {
  __typename?: 'ReplanActivityPayload';
  /** The activity added or changed. */
  activity?: Maybe<PlanActivity>;
  commandId: Scalars['ID']['output'];
  deliveryPlan: DeliveryPlan;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ResolveIssueInput = {
  issueId: Scalars['ID']['input'];
  /** What was done. */
  resolution: Scalars['String']['input'];
  resolvedOn?: InputMaybe<Scalars['String']['input']>;
};

export type ResolveIssuePayload = CommandResult & {
  __typename?: 'ResolveIssuePayload';
  commandId: Scalars['ID']['output'];
  /** The issue as the read models now have it. */
  issue: Issue;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RetirePriorityInput = {
  /** The decision that retired it. */
  decisionId: Scalars['ID']['input'];
  priorityId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** YYYY-MM-DD: when it stops being a priority; the decision's meeting date when omitted. */
  retiredOn?: InputMaybe<Scalars['String']['input']>;
};

export type RetirePriorityPayload = CommandResult & {
  __typename?: 'RetirePriorityPayload';
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  priority: Priority;
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type ReviseAllocationInput = {
  allocationId: Scalars['ID']['input'];
  /** The allocation's new amount (not the difference), at least what is already spent. */
  amountPence: Scalars['Pence']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  fundingStreamId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** YYYY-MM-DD; the command's date when left out. */
  revisedOn?: InputMaybe<Scalars['String']['input']>;
};

export type ReviseAllocationPayload = CommandResult & {
  __typename?: 'ReviseAllocationPayload';
  allocation: Allocation;
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type RevisePriorityInput = {
  /** The decision that revised it. */
  decisionId: Scalars['ID']['input'];
  priorityId: Scalars['ID']['input'];
  /** The new rationale; leave out to keep the current one. */
  rationale?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD: when the revision takes effect; the decision's meeting date when omitted. */
  revisedOn?: InputMaybe<Scalars['String']['input']>;
  /** The new title; leave out to keep the current one. */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type RevisePriorityPayload = CommandResult & {
  __typename?: 'RevisePriorityPayload';
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  priority: Priority;
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * Who a key speaks for. OFFICE records changes; AUDITOR reads everything, history included;
 * READER (other systems) reads the current portfolio.
 */
export type Role =
  | 'AUDITOR'
  | 'OFFICE'
  | 'READER';

export type ScheduleMeetingInput = {
  /** A board that still sits. */
  boardId: Scalars['ID']['input'];
  /** YYYY-MM-DD. */
  date: Scalars['String']['input'];
  /** The decision that set the meeting, when recorded. */
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** Optional: the meeting's id (a UUID); one is made from the commandId when omitted. */
  meetingId?: InputMaybe<Scalars['ID']['input']>;
  /** The meeting's main focus (at most 5,000 characters). */
  theme?: InputMaybe<Scalars['String']['input']>;
};

export type ScheduleMeetingPayload = CommandResult & {
  __typename?: 'ScheduleMeetingPayload';
  commandId: Scalars['ID']['output'];
  meeting: Meeting;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type SeriesPoint = {
  __typename?: 'SeriesPoint';
  periodEnd: Scalars['Date']['output'];
  periodStart: Scalars['Date']['output'];
  value: Scalars['String']['output'];
};

export type SetActionRagInput = {
  /** Name the action by its id, its number, or both. */
  actionId?: InputMaybe<Scalars['ID']['input']>;
  boardId: Scalars['ID']['input'];
  number?: InputMaybe<Scalars['Int']['input']>;
  rag: RagRating;
  setOn?: InputMaybe<Scalars['String']['input']>;
};

export type SetActionRagPayload = CommandResult & {
  __typename?: 'SetActionRagPayload';
  /** The action as the read models now have it. */
  action: Action;
  commandId: Scalars['ID']['output'];
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  /** The version of the board's action log. */
  version: Scalars['Int']['output'];
};

export type SetDeliveryConfidenceInput = {
  /** YYYY-MM-DD; defaults to the business date of the command. */
  assessedOn?: InputMaybe<Scalars['String']['input']>;
  /** Why this rating. */
  comment: Scalars['String']['input'];
  confidence: DeliveryConfidence;
  initiativeId: Scalars['ID']['input'];
};

export type SetDeliveryConfidencePayload = CommandResult & {
  __typename?: 'SetDeliveryConfidencePayload';
  commandId: Scalars['ID']['output'];
  /** The initiative as the read models now have it. */
  initiative: Initiative;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type Spend = {
  __typename?: 'Spend';
  amount: Money;
  id: Scalars['ID']['output'];
  note: Scalars['String']['output'];
  /** How far this spend took the allocation past its amount; zero when within it. */
  overspend: Money;
  /** Why the overspend was accepted; null when there was none. */
  overspendReason?: Maybe<Scalars['String']['output']>;
  recorded: ChangeStamp;
  spentOn: Scalars['Date']['output'];
};

export type StageDirection =
  | 'BACKWARD'
  | 'FORWARD';

export type StreamAllocationFilter = {
  financialYear?: InputMaybe<Scalars['String']['input']>;
  recipientOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<AllocationStatus>;
};

export type StreamBidFilter = {
  /** Case, spacing and punctuation aside, e.g. leicestershire. */
  area?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BidStatus>;
};

export type SubmitBidInput = {
  amountAskedPence: Scalars['Pence']['input'];
  /** The area the funder counts bids by, e.g. Leicestershire (the PCC area). */
  area: Scalars['String']['input'];
  /** Optional: the bid's id (a UUID); one is minted when omitted. */
  bidId?: InputMaybe<Scalars['ID']['input']>;
  biddingOrganisationId: Scalars['ID']['input'];
  /** YYYY-MM-DD */
  deadline: Scalars['String']['input'];
  /** Within the stream's years; may be left out when the stream covers one year. */
  financialYear?: InputMaybe<Scalars['String']['input']>;
  fundingStreamId: Scalars['ID']['input'];
  /** YYYY-MM-DD, on or before the deadline; the command's date when left out. */
  submittedOn?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type SubmitBidPayload = CommandResult & {
  __typename?: 'SubmitBidPayload';
  /** The allocation holding the award; null until one is made, and when UNSUCCESSFUL. */
  allocation?: Maybe<Allocation>;
  bid: Bid;
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /**
   * Tells other systems when the portfolio changes (server-sent events: POST or GET with
   * Accept: text/event-stream). Only live changes by default; with `after`, every change after
   * that position first, then live ones.
   */
  portfolioChanged: PortfolioChange;
};


export type SubscriptionPortfolioChangedArgs = {
  after?: InputMaybe<Scalars['Position']['input']>;
  kinds?: InputMaybe<Array<PortfolioEntityKind>>;
};

export type TargetAssessment = {
  __typename?: 'TargetAssessment';
  met: Scalars['Boolean']['output'];
  position: TargetPosition;
  value: Scalars['String']['output'];
};

export type TargetPosition =
  | 'ABOVE'
  | 'AT'
  | 'BELOW';

export type TargetRange = {
  __typename?: 'TargetRange';
  high: Scalars['String']['output'];
  low: Scalars['String']['output'];
};

export type TargetRangeInput = {
  high: Scalars['String']['input'];
  low: Scalars['String']['input'];
};

/** A version of a board's terms of reference. */
export type TermsOfReference = {
  __typename?: 'TermsOfReference';
  adoptedOn: Scalars['Date']['output'];
  decision?: Maybe<Decision>;
  membershipSummary: Scalars['String']['output'];
  /** e.g. People are Safe, People are Well, People have Skills, People have Resources. */
  missionStatements: Array<Scalars['String']['output']>;
  purpose: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

/** A value against the indicator's thresholds, judged the same way everywhere. */
export type ThresholdAssessment = {
  __typename?: 'ThresholdAssessment';
  range?: Maybe<RangeAssessment>;
  target?: Maybe<TargetAssessment>;
  value: Scalars['String']['output'];
  verdict: Verdict;
};

/** When an activity is due. */
export type Timeline = {
  __typename?: 'Timeline';
  /** The plan's own wording. */
  description: Scalars['String']['output'];
  /** The date it is due by; null when ongoing. */
  dueDate?: Maybe<Scalars['Date']['output']>;
  kind: TimelineKind;
  /** The period, e.g. 2021/22 Q2, when due within one. */
  period?: Maybe<Scalars['String']['output']>;
};

/** DUE_DATE needs dueDate; PERIOD needs period ("Q2 2021/22" or "2021/22"); ONGOING needs neither. */
export type TimelineInput = {
  /** The plan's own wording of the timeline. */
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['String']['input']>;
  kind: TimelineKind;
  period?: InputMaybe<Scalars['String']['input']>;
};

/**
 * DUE_DATE: due by a date. PERIOD: due within a financial quarter or year (by its last day).
 * ONGOING: no due date.
 */
export type TimelineKind =
  | 'DUE_DATE'
  | 'ONGOING'
  | 'PERIOD';

export type UpdateActivityStatusInput = {
  activityId: Scalars['ID']['input'];
  /** The date of the update, YYYY-MM-DD. */
  asOf?: InputMaybe<Scalars['String']['input']>;
  comment: Scalars['String']['input'];
  deliveryPlanId: Scalars['ID']['input'];
  rag: RagRating;
  status: ActivityStatus;
};

export type UpdateActivityStatusPayload = CommandResult & {
  __typename?: 'UpdateActivityStatusPayload';
  /** The activity added or changed. */
  activity?: Maybe<PlanActivity>;
  commandId: Scalars['ID']['output'];
  deliveryPlan: DeliveryPlan;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

export type VaryContractInput = {
  /** The new value a year; null to clear a value that should not have been recorded. */
  annualValuePence?: InputMaybe<Scalars['Pence']['input']>;
  contractId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD within the contract; the command's date when left out. */
  effectiveFrom?: InputMaybe<Scalars['String']['input']>;
  reason: Scalars['String']['input'];
  /** The new scope, in full. */
  scope?: InputMaybe<Scalars['String']['input']>;
  serviceId: Scalars['ID']['input'];
};

export type VaryContractPayload = CommandResult & {
  __typename?: 'VaryContractPayload';
  commandId: Scalars['ID']['output'];
  commissionedService: CommissionedService;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/**
 * FAVOURABLE when every threshold set is met (inside the range, or outside it on the better side;
 * at or better than the target); UNFAVOURABLE when any is not; NO_THRESHOLD when none is set.
 */
export type Verdict =
  | 'FAVOURABLE'
  | 'NO_THRESHOLD'
  | 'UNFAVOURABLE';

/**
 * Who the key presented speaks for: what the web app's header shows, and what decides which
 * controls it offers (the server still enforces every rule).
 */
export type Viewer = {
  __typename?: 'Viewer';
  /** The actor the key records changes as, e.g. programme-office. */
  actor: Scalars['String']['output'];
  role: Role;
};

export type WithdrawAllocationInput = {
  allocationId: Scalars['ID']['input'];
  decisionId?: InputMaybe<Scalars['ID']['input']>;
  fundingStreamId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  /** YYYY-MM-DD; the command's date when left out. */
  withdrawnOn?: InputMaybe<Scalars['String']['input']>;
};

export type WithdrawAllocationPayload = CommandResult & {
  __typename?: 'WithdrawAllocationPayload';
  allocation: Allocation;
  commandId: Scalars['ID']['output'];
  fundingStream: FundingStream;
  position: Scalars['Position']['output'];
  replayed: Scalars['Boolean']['output'];
  subjectId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** What one funding stream has allocated and spent for one of its financial years. */
export type YearTotal = {
  __typename?: 'YearTotal';
  /** Live allocations for the year. */
  allocated: Money;
  financialYear: Scalars['String']['output'];
  spent: Money;
};

/** An evaluation of a zone after the Loughborough University model. */
export type ZoneEvaluation = {
  __typename?: 'ZoneEvaluation';
  /** Change in community perceptions. */
  communityPerceptions?: Maybe<Scalars['String']['output']>;
  /** Impact of the zone on the core problem. */
  coreProblem?: Maybe<Scalars['String']['output']>;
  evaluatedOn: Scalars['Date']['output'];
  id: Scalars['ID']['output'];
  recorded: ChangeStamp;
  /** Impact on measures indicative of general social resilience. */
  socialResilience?: Maybe<Scalars['String']['output']>;
  /** Who evaluated and where it is reported. */
  source: Scalars['String']['output'];
};

export type ZoneEvaluationFindingsInput = {
  communityPerceptions?: InputMaybe<Scalars['String']['input']>;
  coreProblem?: InputMaybe<Scalars['String']['input']>;
  socialResilience?: InputMaybe<Scalars['String']['input']>;
};

export type ZoneKeyProvision = {
  __typename?: 'ZoneKeyProvision';
  assessedOn: Scalars['Date']['output'];
  note: Scalars['String']['output'];
  provision: KeyProvision;
  recorded: ChangeStamp;
  status: ProvisionStatus;
};

export type ZoneStageChange = {
  __typename?: 'ZoneStageChange';
  direction: StageDirection;
  effectiveOn: Scalars['Date']['output'];
  /** Null for the designation itself. */
  from?: Maybe<PeopleZoneStage>;
  /** Why; always given for a backward move. */
  reason: Scalars['String']['output'];
  recorded: ChangeStamp;
  to: PeopleZoneStage;
};

export type ZoneWorkstream = {
  __typename?: 'ZoneWorkstream';
  assignedOn: Scalars['Date']['output'];
  /** The officer leading it (personal data), when named. */
  officer?: Maybe<Scalars['String']['output']>;
  /** The organisation that owns it. */
  owner: Organisation;
  ownerOrganisationId: Scalars['ID']['output'];
  recorded: ChangeStamp;
  workstream: PeopleZoneWorkstream;
};



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
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
    | ( CommandPayload )
  ;
  Node:
    | ( ActionView )
    | ( AllocationView )
    | ( BidView )
    | ( BoardView )
    | ( CommissionedServiceView )
    | ( DecisionView )
    | ( DeliveryPlanView )
    | ( FundingStreamView )
    | ( IndicatorView )
    | ( InitiativeView )
    | ( InitiativeOutcomeView )
    | ( IssueView )
    | ( MeetingView )
    | ( OrganisationView )
    | ( PeopleZoneView )
    | ( PlanActivityView )
    | ( PriorityView )
  ;
};

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Action: ResolverTypeWrapper<ActionView>;
  ActionComment: ResolverTypeWrapper<ActionComment>;
  ActionConnection: ResolverTypeWrapper<Omit<ActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ActionEdge']>, nodes: Array<ResolversTypes['Action']> }>;
  ActionEdge: ResolverTypeWrapper<Omit<ActionEdge, 'node'> & { node: ResolversTypes['Action'] }>;
  ActionFilter: ActionFilter;
  ActionRagChange: ResolverTypeWrapper<ActionRagChange>;
  ActionStatus: ActionStatus;
  ActivityReplan: ResolverTypeWrapper<ReplacedTimelineView>;
  ActivityStatus: ActivityStatus;
  ActivityStatusCount: ResolverTypeWrapper<ActivityStatusCount>;
  ActivityStatusUpdate: ResolverTypeWrapper<ActivityStatusUpdateView>;
  AddMilestoneInput: AddMilestoneInput;
  AddMilestonePayload: ResolverTypeWrapper<CommandPayload>;
  AddPlanActivityInput: AddPlanActivityInput;
  AddPlanActivityPayload: ResolverTypeWrapper<CommandPayload>;
  AdoptTermsOfReferenceInput: AdoptTermsOfReferenceInput;
  AdoptTermsOfReferencePayload: ResolverTypeWrapper<CommandPayload>;
  AdvancePeopleZoneStageInput: AdvancePeopleZoneStageInput;
  AdvancePeopleZoneStagePayload: ResolverTypeWrapper<CommandPayload>;
  AgreePriorityInput: AgreePriorityInput;
  AgreePriorityPayload: ResolverTypeWrapper<CommandPayload>;
  AllocateFundingInput: AllocateFundingInput;
  AllocateFundingPayload: ResolverTypeWrapper<CommandPayload>;
  Allocation: ResolverTypeWrapper<AllocationView>;
  AllocationConnection: ResolverTypeWrapper<Omit<AllocationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AllocationEdge']>, nodes: Array<ResolversTypes['Allocation']> }>;
  AllocationEdge: ResolverTypeWrapper<Omit<AllocationEdge, 'node'> & { node: ResolversTypes['Allocation'] }>;
  AllocationFilter: AllocationFilter;
  AllocationRevision: ResolverTypeWrapper<AllocationRevisionView>;
  AllocationStatus: AllocationStatus;
  AllocationWithdrawal: ResolverTypeWrapper<AllocationWithdrawalView>;
  AppointBoardMemberInput: AppointBoardMemberInput;
  AppointBoardMemberPayload: ResolverTypeWrapper<CommandPayload>;
  AppointChairInput: AppointChairInput;
  AppointChairPayload: ResolverTypeWrapper<CommandPayload>;
  AssignIssueInput: AssignIssueInput;
  AssignIssuePayload: ResolverTypeWrapper<CommandPayload>;
  AssignWorkstreamInput: AssignWorkstreamInput;
  AssignWorkstreamPayload: ResolverTypeWrapper<CommandPayload>;
  Bid: ResolverTypeWrapper<BidView>;
  BidConnection: ResolverTypeWrapper<Omit<BidConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BidEdge']>, nodes: Array<ResolversTypes['Bid']> }>;
  BidDecision: ResolverTypeWrapper<BidDecisionView>;
  BidEdge: ResolverTypeWrapper<Omit<BidEdge, 'node'> & { node: ResolversTypes['Bid'] }>;
  BidFilter: BidFilter;
  BidOutcome: BidOutcome;
  BidStatus: BidStatus;
  Board: ResolverTypeWrapper<BoardView>;
  BoardConnection: ResolverTypeWrapper<Omit<BoardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['BoardEdge']>, nodes: Array<ResolversTypes['Board']> }>;
  BoardDissolution: ResolverTypeWrapper<BoardDissolutionView>;
  BoardEdge: ResolverTypeWrapper<Omit<BoardEdge, 'node'> & { node: ResolversTypes['Board'] }>;
  BoardFilter: BoardFilter;
  BoardMember: ResolverTypeWrapper<BoardMemberView>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  BrokenLink: ResolverTypeWrapper<BrokenLink>;
  ChainHead: ResolverTypeWrapper<ChainHead>;
  Chair: ResolverTypeWrapper<ChairView>;
  ChairInput: ChairInput;
  Change: ResolverTypeWrapper<ChangeView>;
  ChangeConnection: ResolverTypeWrapper<Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['ChangeEdge']>, nodes: Array<ResolversTypes['Change']> }>;
  ChangeEdge: ResolverTypeWrapper<Omit<ChangeEdge, 'node'> & { node: ResolversTypes['Change'] }>;
  ChangeInitiativeStatusInput: ChangeInitiativeStatusInput;
  ChangeInitiativeStatusPayload: ResolverTypeWrapper<CommandPayload>;
  ChangeStamp: ResolverTypeWrapper<ChangeStamp>;
  CloseIssueInput: CloseIssueInput;
  CloseIssuePayload: ResolverTypeWrapper<CommandPayload>;
  CommandOptions: CommandOptions;
  CommandResult: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['CommandResult']>;
  CommentOnActionInput: CommentOnActionInput;
  CommentOnActionPayload: ResolverTypeWrapper<CommandPayload>;
  CommissionServiceInput: CommissionServiceInput;
  CommissionServicePayload: ResolverTypeWrapper<CommandPayload>;
  CommissionedService: ResolverTypeWrapper<CommissionedServiceView>;
  CommissionedServiceConnection: ResolverTypeWrapper<Omit<CommissionedServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommissionedServiceEdge']>, nodes: Array<ResolversTypes['CommissionedService']> }>;
  CommissionedServiceEdge: ResolverTypeWrapper<Omit<CommissionedServiceEdge, 'node'> & { node: ResolversTypes['CommissionedService'] }>;
  CommissionedServiceFilter: CommissionedServiceFilter;
  CompleteActionInput: CompleteActionInput;
  CompleteActionPayload: ResolverTypeWrapper<CommandPayload>;
  CompleteActivityInput: CompleteActivityInput;
  CompleteActivityPayload: ResolverTypeWrapper<CommandPayload>;
  CompleteMilestoneInput: CompleteMilestoneInput;
  CompleteMilestonePayload: ResolverTypeWrapper<CommandPayload>;
  Contract: ResolverTypeWrapper<ContractView>;
  ContractEnd: ResolverTypeWrapper<ContractEndView>;
  ContractExtension: ResolverTypeWrapper<ContractExtensionView>;
  ContractVariation: ResolverTypeWrapper<ContractVariationView>;
  CorrectIndicatorValueInput: CorrectIndicatorValueInput;
  CorrectIndicatorValuePayload: ResolverTypeWrapper<CommandPayload>;
  CorrectInitiativeOutcomeInput: CorrectInitiativeOutcomeInput;
  CorrectInitiativeOutcomePayload: ResolverTypeWrapper<CommandPayload>;
  CreateDeliveryPlanInput: CreateDeliveryPlanInput;
  CreateDeliveryPlanPayload: ResolverTypeWrapper<CommandPayload>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Decision: ResolverTypeWrapper<DecisionView>;
  DecisionConcern: ResolverTypeWrapper<DecisionConcernView>;
  DecisionConcernInput: DecisionConcernInput;
  DecisionConcernKind: DecisionConcernKind;
  DecisionConnection: ResolverTypeWrapper<Omit<DecisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DecisionEdge']>, nodes: Array<ResolversTypes['Decision']> }>;
  DecisionEdge: ResolverTypeWrapper<Omit<DecisionEdge, 'node'> & { node: ResolversTypes['Decision'] }>;
  DecisionFilter: DecisionFilter;
  DecisionKind: DecisionKind;
  DefineIndicatorInput: DefineIndicatorInput;
  DefineIndicatorPayload: ResolverTypeWrapper<CommandPayload>;
  DeliveryConfidence: DeliveryConfidence;
  DeliveryConfidenceAssessment: ResolverTypeWrapper<DeliveryConfidenceAssessment>;
  DeliveryConfidenceCount: ResolverTypeWrapper<DeliveryConfidenceCount>;
  DeliveryPlan: ResolverTypeWrapper<DeliveryPlanView>;
  DeliveryPlanConnection: ResolverTypeWrapper<Omit<DeliveryPlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DeliveryPlanEdge']>, nodes: Array<ResolversTypes['DeliveryPlan']> }>;
  DeliveryPlanEdge: ResolverTypeWrapper<Omit<DeliveryPlanEdge, 'node'> & { node: ResolversTypes['DeliveryPlan'] }>;
  DeliveryPlanFilter: DeliveryPlanFilter;
  DesignatePeopleZoneInput: DesignatePeopleZoneInput;
  DesignatePeopleZonePayload: ResolverTypeWrapper<CommandPayload>;
  Direction: Direction;
  DirectionOfTravel: ResolverTypeWrapper<DirectionOfTravel>;
  DissolveBoardInput: DissolveBoardInput;
  DissolveBoardPayload: ResolverTypeWrapper<CommandPayload>;
  EndContractInput: EndContractInput;
  EndContractPayload: ResolverTypeWrapper<CommandPayload>;
  EstablishBoardInput: EstablishBoardInput;
  EstablishBoardPayload: ResolverTypeWrapper<CommandPayload>;
  ExtendContractInput: ExtendContractInput;
  ExtendContractPayload: ResolverTypeWrapper<CommandPayload>;
  FundingStream: ResolverTypeWrapper<FundingStreamView>;
  FundingStreamConnection: ResolverTypeWrapper<Omit<FundingStreamConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['FundingStreamEdge']>, nodes: Array<ResolversTypes['FundingStream']> }>;
  FundingStreamEdge: ResolverTypeWrapper<Omit<FundingStreamEdge, 'node'> & { node: ResolversTypes['FundingStream'] }>;
  FundingStreamFilter: FundingStreamFilter;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Indicator: ResolverTypeWrapper<IndicatorView>;
  IndicatorConnection: ResolverTypeWrapper<Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IndicatorEdge']>, nodes: Array<ResolversTypes['Indicator']> }>;
  IndicatorEdge: ResolverTypeWrapper<Omit<IndicatorEdge, 'node'> & { node: ResolversTypes['Indicator'] }>;
  IndicatorFilter: IndicatorFilter;
  IndicatorThresholds: ResolverTypeWrapper<IndicatorThresholds>;
  IndicatorThresholdsInput: IndicatorThresholdsInput;
  IndicatorUnit: IndicatorUnit;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueView>;
  InitialInitiativeStatus: InitialInitiativeStatus;
  Initiative: ResolverTypeWrapper<InitiativeView>;
  InitiativeConnection: ResolverTypeWrapper<Omit<InitiativeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InitiativeEdge']>, nodes: Array<ResolversTypes['Initiative']> }>;
  InitiativeCounts: ResolverTypeWrapper<InitiativeCounts>;
  InitiativeEdge: ResolverTypeWrapper<Omit<InitiativeEdge, 'node'> & { node: ResolversTypes['Initiative'] }>;
  InitiativeFilter: InitiativeFilter;
  InitiativeMilestone: ResolverTypeWrapper<MilestoneView>;
  InitiativeOutcome: ResolverTypeWrapper<InitiativeOutcomeView>;
  InitiativeOutcomeConnection: ResolverTypeWrapper<Omit<InitiativeOutcomeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['InitiativeOutcomeEdge']>, nodes: Array<ResolversTypes['InitiativeOutcome']> }>;
  InitiativeOutcomeEdge: ResolverTypeWrapper<Omit<InitiativeOutcomeEdge, 'node'> & { node: ResolversTypes['InitiativeOutcome'] }>;
  InitiativeStatus: InitiativeStatus;
  InitiativeStatusChange: ResolverTypeWrapper<StatusChangeView>;
  InitiativeStatusCount: ResolverTypeWrapper<InitiativeStatusCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  IntegrityReport: ResolverTypeWrapper<IntegrityReport>;
  Issue: ResolverTypeWrapper<IssueView>;
  IssueAssignment: ResolverTypeWrapper<Omit<IssueAssignment, 'assignee' | 'previousAssignee'> & { assignee: ResolversTypes['IssueParty'], previousAssignee?: Maybe<ResolversTypes['IssueParty']> }>;
  IssueClosure: ResolverTypeWrapper<IssueClosure>;
  IssueConnection: ResolverTypeWrapper<Omit<IssueConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['IssueEdge']>, nodes: Array<ResolversTypes['Issue']> }>;
  IssueEdge: ResolverTypeWrapper<Omit<IssueEdge, 'node'> & { node: ResolversTypes['Issue'] }>;
  IssueFilter: IssueFilter;
  IssueParty: ResolverTypeWrapper<Omit<IssueParty, 'organisation'> & { organisation?: Maybe<ResolversTypes['Organisation']> }>;
  IssuePartyInput: IssuePartyInput;
  IssueResolution: ResolverTypeWrapper<IssueResolution>;
  IssueStatus: IssueStatus;
  JSON: ResolverTypeWrapper<Scalars['JSON']['output']>;
  KeyProvision: KeyProvision;
  LeadOfficer: ResolverTypeWrapper<LeadOfficer>;
  LeadOfficerInput: LeadOfficerInput;
  LogActionInput: LogActionInput;
  LogActionPayload: ResolverTypeWrapper<CommandPayload>;
  LogIssueInput: LogIssueInput;
  LogIssuePayload: ResolverTypeWrapper<CommandPayload>;
  Meeting: ResolverTypeWrapper<MeetingView>;
  MeetingConnection: ResolverTypeWrapper<Omit<MeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['MeetingEdge']>, nodes: Array<ResolversTypes['Meeting']> }>;
  MeetingEdge: ResolverTypeWrapper<Omit<MeetingEdge, 'node'> & { node: ResolversTypes['Meeting'] }>;
  MeetingFilter: MeetingFilter;
  MilestoneRedating: ResolverTypeWrapper<MilestoneRedating>;
  Money: ResolverTypeWrapper<number>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NextSteps: ResolverTypeWrapper<NextSteps>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  Organisation: ResolverTypeWrapper<OrganisationView>;
  OrganisationAllocationFilter: OrganisationAllocationFilter;
  OrganisationConnection: ResolverTypeWrapper<Omit<OrganisationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['OrganisationEdge']>, nodes: Array<ResolversTypes['Organisation']> }>;
  OrganisationEdge: ResolverTypeWrapper<Omit<OrganisationEdge, 'node'> & { node: ResolversTypes['Organisation'] }>;
  OrganisationFilter: OrganisationFilter;
  OrganisationKind: OrganisationKind;
  OrganisationName: ResolverTypeWrapper<OrganisationNameView>;
  OutcomeFigure: ResolverTypeWrapper<OutcomeFigure>;
  OutcomeFigureInput: OutcomeFigureInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Pence: ResolverTypeWrapper<Scalars['Pence']['output']>;
  PeopleZone: ResolverTypeWrapper<PeopleZoneView>;
  PeopleZoneConnection: ResolverTypeWrapper<Omit<PeopleZoneConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PeopleZoneEdge']>, nodes: Array<ResolversTypes['PeopleZone']> }>;
  PeopleZoneEdge: ResolverTypeWrapper<Omit<PeopleZoneEdge, 'node'> & { node: ResolversTypes['PeopleZone'] }>;
  PeopleZoneFilter: PeopleZoneFilter;
  PeopleZoneOrder: PeopleZoneOrder;
  PeopleZoneStage: PeopleZoneStage;
  PeopleZoneWorkstream: PeopleZoneWorkstream;
  Period: ResolverTypeWrapper<Period>;
  PeriodInput: PeriodInput;
  PeriodKind: PeriodKind;
  PlanActivity: ResolverTypeWrapper<PlanActivityView>;
  PlanActivityConnection: ResolverTypeWrapper<Omit<PlanActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PlanActivityEdge']>, nodes: Array<ResolversTypes['PlanActivity']> }>;
  PlanActivityEdge: ResolverTypeWrapper<Omit<PlanActivityEdge, 'node'> & { node: ResolversTypes['PlanActivity'] }>;
  PlanActivityFilter: PlanActivityFilter;
  PlanProgress: ResolverTypeWrapper<PlanProgressParent>;
  Polarity: Polarity;
  PortfolioChange: ResolverTypeWrapper<PortfolioChangeView>;
  PortfolioDashboard: ResolverTypeWrapper<Omit<PortfolioDashboard, 'withOverdueMilestones'> & { withOverdueMilestones: Array<ResolversTypes['Initiative']> }>;
  PortfolioEntityKind: PortfolioEntityKind;
  Position: ResolverTypeWrapper<Scalars['Position']['output']>;
  Priority: ResolverTypeWrapper<PriorityView>;
  PriorityConnection: ResolverTypeWrapper<Omit<PriorityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['PriorityEdge']>, nodes: Array<ResolversTypes['Priority']> }>;
  PriorityEdge: ResolverTypeWrapper<Omit<PriorityEdge, 'node'> & { node: ResolversTypes['Priority'] }>;
  PriorityFilter: PriorityFilter;
  PriorityRetirement: ResolverTypeWrapper<PriorityRetirementView>;
  PriorityRevision: ResolverTypeWrapper<PriorityRevisionView>;
  ProvisionStatus: ProvisionStatus;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RagRating: RagRating;
  RangeAssessment: ResolverTypeWrapper<RangeAssessment>;
  RangePosition: RangePosition;
  RecipientTotal: ResolverTypeWrapper<RecipientTotalView>;
  RecordBidDecisionInput: RecordBidDecisionInput;
  RecordBidDecisionPayload: ResolverTypeWrapper<CommandPayload>;
  RecordDecisionInput: RecordDecisionInput;
  RecordDecisionPayload: ResolverTypeWrapper<CommandPayload>;
  RecordIndicatorValueInput: RecordIndicatorValueInput;
  RecordIndicatorValuePayload: ResolverTypeWrapper<CommandPayload>;
  RecordInitiativeOutcomeInput: RecordInitiativeOutcomeInput;
  RecordInitiativeOutcomePayload: ResolverTypeWrapper<CommandPayload>;
  RecordKeyProvisionInput: RecordKeyProvisionInput;
  RecordKeyProvisionPayload: ResolverTypeWrapper<CommandPayload>;
  RecordNextStepsInput: RecordNextStepsInput;
  RecordNextStepsPayload: ResolverTypeWrapper<CommandPayload>;
  RecordSpendInput: RecordSpendInput;
  RecordSpendPayload: ResolverTypeWrapper<CommandPayload>;
  RecordZoneEvaluationInput: RecordZoneEvaluationInput;
  RecordZoneEvaluationPayload: ResolverTypeWrapper<CommandPayload>;
  RedateMilestoneInput: RedateMilestoneInput;
  RedateMilestonePayload: ResolverTypeWrapper<CommandPayload>;
  RegisterFundingStreamInput: RegisterFundingStreamInput;
  RegisterFundingStreamPayload: ResolverTypeWrapper<CommandPayload>;
  RegisterInitiativeInput: RegisterInitiativeInput;
  RegisterInitiativePayload: ResolverTypeWrapper<CommandPayload>;
  RegisterOrganisationInput: RegisterOrganisationInput;
  RegisterOrganisationPayload: ResolverTypeWrapper<CommandPayload>;
  RemoveBoardMemberInput: RemoveBoardMemberInput;
  RemoveBoardMemberPayload: ResolverTypeWrapper<CommandPayload>;
  RenameOrganisationInput: RenameOrganisationInput;
  RenameOrganisationPayload: ResolverTypeWrapper<CommandPayload>;
  ReplanActivityInput: ReplanActivityInput;
  ReplanActivityPayload: ResolverTypeWrapper<CommandPayload>;
  ResolveIssueInput: ResolveIssueInput;
  ResolveIssuePayload: ResolverTypeWrapper<CommandPayload>;
  RetirePriorityInput: RetirePriorityInput;
  RetirePriorityPayload: ResolverTypeWrapper<CommandPayload>;
  ReviseAllocationInput: ReviseAllocationInput;
  ReviseAllocationPayload: ResolverTypeWrapper<CommandPayload>;
  RevisePriorityInput: RevisePriorityInput;
  RevisePriorityPayload: ResolverTypeWrapper<CommandPayload>;
  Role: Role;
  ScheduleMeetingInput: ScheduleMeetingInput;
  ScheduleMeetingPayload: ResolverTypeWrapper<CommandPayload>;
  SeriesPoint: ResolverTypeWrapper<SeriesPoint>;
  SetActionRagInput: SetActionRagInput;
  SetActionRagPayload: ResolverTypeWrapper<CommandPayload>;
  SetDeliveryConfidenceInput: SetDeliveryConfidenceInput;
  SetDeliveryConfidencePayload: ResolverTypeWrapper<CommandPayload>;
  Spend: ResolverTypeWrapper<SpendView>;
  StageDirection: StageDirection;
  StreamAllocationFilter: StreamAllocationFilter;
  StreamBidFilter: StreamBidFilter;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  SubmitBidInput: SubmitBidInput;
  SubmitBidPayload: ResolverTypeWrapper<CommandPayload>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TargetAssessment: ResolverTypeWrapper<TargetAssessment>;
  TargetPosition: TargetPosition;
  TargetRange: ResolverTypeWrapper<TargetRange>;
  TargetRangeInput: TargetRangeInput;
  TermsOfReference: ResolverTypeWrapper<TermsOfReferenceView>;
  ThresholdAssessment: ResolverTypeWrapper<ThresholdAssessment>;
  Timeline: ResolverTypeWrapper<Timeline>;
  TimelineInput: TimelineInput;
  TimelineKind: TimelineKind;
  UpdateActivityStatusInput: UpdateActivityStatusInput;
  UpdateActivityStatusPayload: ResolverTypeWrapper<CommandPayload>;
  VaryContractInput: VaryContractInput;
  VaryContractPayload: ResolverTypeWrapper<CommandPayload>;
  Verdict: Verdict;
  Viewer: ResolverTypeWrapper<Viewer>;
  WithdrawAllocationInput: WithdrawAllocationInput;
  WithdrawAllocationPayload: ResolverTypeWrapper<CommandPayload>;
  YearTotal: ResolverTypeWrapper<YearTotalView>;
  ZoneEvaluation: ResolverTypeWrapper<ZoneEvaluationView>;
  ZoneEvaluationFindingsInput: ZoneEvaluationFindingsInput;
  ZoneKeyProvision: ResolverTypeWrapper<KeyProvisionView>;
  ZoneStageChange: ResolverTypeWrapper<ZoneStageChangeView>;
  ZoneWorkstream: ResolverTypeWrapper<ZoneWorkstreamView>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Action: ActionView;
  ActionComment: ActionComment;
  ActionConnection: Omit<ActionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ActionEdge']>, nodes: Array<ResolversParentTypes['Action']> };
  ActionEdge: Omit<ActionEdge, 'node'> & { node: ResolversParentTypes['Action'] };
  ActionFilter: ActionFilter;
  ActionRagChange: ActionRagChange;
  ActivityReplan: ReplacedTimelineView;
  ActivityStatusCount: ActivityStatusCount;
  ActivityStatusUpdate: ActivityStatusUpdateView;
  AddMilestoneInput: AddMilestoneInput;
  AddMilestonePayload: CommandPayload;
  AddPlanActivityInput: AddPlanActivityInput;
  AddPlanActivityPayload: CommandPayload;
  AdoptTermsOfReferenceInput: AdoptTermsOfReferenceInput;
  AdoptTermsOfReferencePayload: CommandPayload;
  AdvancePeopleZoneStageInput: AdvancePeopleZoneStageInput;
  AdvancePeopleZoneStagePayload: CommandPayload;
  AgreePriorityInput: AgreePriorityInput;
  AgreePriorityPayload: CommandPayload;
  AllocateFundingInput: AllocateFundingInput;
  AllocateFundingPayload: CommandPayload;
  Allocation: AllocationView;
  AllocationConnection: Omit<AllocationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AllocationEdge']>, nodes: Array<ResolversParentTypes['Allocation']> };
  AllocationEdge: Omit<AllocationEdge, 'node'> & { node: ResolversParentTypes['Allocation'] };
  AllocationFilter: AllocationFilter;
  AllocationRevision: AllocationRevisionView;
  AllocationWithdrawal: AllocationWithdrawalView;
  AppointBoardMemberInput: AppointBoardMemberInput;
  AppointBoardMemberPayload: CommandPayload;
  AppointChairInput: AppointChairInput;
  AppointChairPayload: CommandPayload;
  AssignIssueInput: AssignIssueInput;
  AssignIssuePayload: CommandPayload;
  AssignWorkstreamInput: AssignWorkstreamInput;
  AssignWorkstreamPayload: CommandPayload;
  Bid: BidView;
  BidConnection: Omit<BidConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BidEdge']>, nodes: Array<ResolversParentTypes['Bid']> };
  BidDecision: BidDecisionView;
  BidEdge: Omit<BidEdge, 'node'> & { node: ResolversParentTypes['Bid'] };
  BidFilter: BidFilter;
  Board: BoardView;
  BoardConnection: Omit<BoardConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['BoardEdge']>, nodes: Array<ResolversParentTypes['Board']> };
  BoardDissolution: BoardDissolutionView;
  BoardEdge: Omit<BoardEdge, 'node'> & { node: ResolversParentTypes['Board'] };
  BoardFilter: BoardFilter;
  BoardMember: BoardMemberView;
  Boolean: Scalars['Boolean']['output'];
  BrokenLink: BrokenLink;
  ChainHead: ChainHead;
  Chair: ChairView;
  ChairInput: ChairInput;
  Change: ChangeView;
  ChangeConnection: Omit<ChangeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['ChangeEdge']>, nodes: Array<ResolversParentTypes['Change']> };
  ChangeEdge: Omit<ChangeEdge, 'node'> & { node: ResolversParentTypes['Change'] };
  ChangeInitiativeStatusInput: ChangeInitiativeStatusInput;
  ChangeInitiativeStatusPayload: CommandPayload;
  ChangeStamp: ChangeStamp;
  CloseIssueInput: CloseIssueInput;
  CloseIssuePayload: CommandPayload;
  CommandOptions: CommandOptions;
  CommandResult: ResolversInterfaceTypes<ResolversParentTypes>['CommandResult'];
  CommentOnActionInput: CommentOnActionInput;
  CommentOnActionPayload: CommandPayload;
  CommissionServiceInput: CommissionServiceInput;
  CommissionServicePayload: CommandPayload;
  CommissionedService: CommissionedServiceView;
  CommissionedServiceConnection: Omit<CommissionedServiceConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommissionedServiceEdge']>, nodes: Array<ResolversParentTypes['CommissionedService']> };
  CommissionedServiceEdge: Omit<CommissionedServiceEdge, 'node'> & { node: ResolversParentTypes['CommissionedService'] };
  CommissionedServiceFilter: CommissionedServiceFilter;
  CompleteActionInput: CompleteActionInput;
  CompleteActionPayload: CommandPayload;
  CompleteActivityInput: CompleteActivityInput;
  CompleteActivityPayload: CommandPayload;
  CompleteMilestoneInput: CompleteMilestoneInput;
  CompleteMilestonePayload: CommandPayload;
  Contract: ContractView;
  ContractEnd: ContractEndView;
  ContractExtension: ContractExtensionView;
  ContractVariation: ContractVariationView;
  CorrectIndicatorValueInput: CorrectIndicatorValueInput;
  CorrectIndicatorValuePayload: CommandPayload;
  CorrectInitiativeOutcomeInput: CorrectInitiativeOutcomeInput;
  CorrectInitiativeOutcomePayload: CommandPayload;
  CreateDeliveryPlanInput: CreateDeliveryPlanInput;
  CreateDeliveryPlanPayload: CommandPayload;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Decision: DecisionView;
  DecisionConcern: DecisionConcernView;
  DecisionConcernInput: DecisionConcernInput;
  DecisionConnection: Omit<DecisionConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DecisionEdge']>, nodes: Array<ResolversParentTypes['Decision']> };
  DecisionEdge: Omit<DecisionEdge, 'node'> & { node: ResolversParentTypes['Decision'] };
  DecisionFilter: DecisionFilter;
  DefineIndicatorInput: DefineIndicatorInput;
  DefineIndicatorPayload: CommandPayload;
  DeliveryConfidenceAssessment: DeliveryConfidenceAssessment;
  DeliveryConfidenceCount: DeliveryConfidenceCount;
  DeliveryPlan: DeliveryPlanView;
  DeliveryPlanConnection: Omit<DeliveryPlanConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DeliveryPlanEdge']>, nodes: Array<ResolversParentTypes['DeliveryPlan']> };
  DeliveryPlanEdge: Omit<DeliveryPlanEdge, 'node'> & { node: ResolversParentTypes['DeliveryPlan'] };
  DeliveryPlanFilter: DeliveryPlanFilter;
  DesignatePeopleZoneInput: DesignatePeopleZoneInput;
  DesignatePeopleZonePayload: CommandPayload;
  DirectionOfTravel: DirectionOfTravel;
  DissolveBoardInput: DissolveBoardInput;
  DissolveBoardPayload: CommandPayload;
  EndContractInput: EndContractInput;
  EndContractPayload: CommandPayload;
  EstablishBoardInput: EstablishBoardInput;
  EstablishBoardPayload: CommandPayload;
  ExtendContractInput: ExtendContractInput;
  ExtendContractPayload: CommandPayload;
  FundingStream: FundingStreamView;
  FundingStreamConnection: Omit<FundingStreamConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['FundingStreamEdge']>, nodes: Array<ResolversParentTypes['FundingStream']> };
  FundingStreamEdge: Omit<FundingStreamEdge, 'node'> & { node: ResolversParentTypes['FundingStream'] };
  FundingStreamFilter: FundingStreamFilter;
  ID: Scalars['ID']['output'];
  Indicator: IndicatorView;
  IndicatorConnection: Omit<IndicatorConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IndicatorEdge']>, nodes: Array<ResolversParentTypes['Indicator']> };
  IndicatorEdge: Omit<IndicatorEdge, 'node'> & { node: ResolversParentTypes['Indicator'] };
  IndicatorFilter: IndicatorFilter;
  IndicatorThresholds: IndicatorThresholds;
  IndicatorThresholdsInput: IndicatorThresholdsInput;
  IndicatorValue: IndicatorValueView;
  Initiative: InitiativeView;
  InitiativeConnection: Omit<InitiativeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InitiativeEdge']>, nodes: Array<ResolversParentTypes['Initiative']> };
  InitiativeCounts: InitiativeCounts;
  InitiativeEdge: Omit<InitiativeEdge, 'node'> & { node: ResolversParentTypes['Initiative'] };
  InitiativeFilter: InitiativeFilter;
  InitiativeMilestone: MilestoneView;
  InitiativeOutcome: InitiativeOutcomeView;
  InitiativeOutcomeConnection: Omit<InitiativeOutcomeConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['InitiativeOutcomeEdge']>, nodes: Array<ResolversParentTypes['InitiativeOutcome']> };
  InitiativeOutcomeEdge: Omit<InitiativeOutcomeEdge, 'node'> & { node: ResolversParentTypes['InitiativeOutcome'] };
  InitiativeStatusChange: StatusChangeView;
  InitiativeStatusCount: InitiativeStatusCount;
  Int: Scalars['Int']['output'];
  IntegrityReport: IntegrityReport;
  Issue: IssueView;
  IssueAssignment: Omit<IssueAssignment, 'assignee' | 'previousAssignee'> & { assignee: ResolversParentTypes['IssueParty'], previousAssignee?: Maybe<ResolversParentTypes['IssueParty']> };
  IssueClosure: IssueClosure;
  IssueConnection: Omit<IssueConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['IssueEdge']>, nodes: Array<ResolversParentTypes['Issue']> };
  IssueEdge: Omit<IssueEdge, 'node'> & { node: ResolversParentTypes['Issue'] };
  IssueFilter: IssueFilter;
  IssueParty: Omit<IssueParty, 'organisation'> & { organisation?: Maybe<ResolversParentTypes['Organisation']> };
  IssuePartyInput: IssuePartyInput;
  IssueResolution: IssueResolution;
  JSON: Scalars['JSON']['output'];
  LeadOfficer: LeadOfficer;
  LeadOfficerInput: LeadOfficerInput;
  LogActionInput: LogActionInput;
  LogActionPayload: CommandPayload;
  LogIssueInput: LogIssueInput;
  LogIssuePayload: CommandPayload;
  Meeting: MeetingView;
  MeetingConnection: Omit<MeetingConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['MeetingEdge']>, nodes: Array<ResolversParentTypes['Meeting']> };
  MeetingEdge: Omit<MeetingEdge, 'node'> & { node: ResolversParentTypes['Meeting'] };
  MeetingFilter: MeetingFilter;
  MilestoneRedating: MilestoneRedating;
  Money: number;
  Mutation: Record<PropertyKey, never>;
  NextSteps: NextSteps;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  Organisation: OrganisationView;
  OrganisationAllocationFilter: OrganisationAllocationFilter;
  OrganisationConnection: Omit<OrganisationConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['OrganisationEdge']>, nodes: Array<ResolversParentTypes['Organisation']> };
  OrganisationEdge: Omit<OrganisationEdge, 'node'> & { node: ResolversParentTypes['Organisation'] };
  OrganisationFilter: OrganisationFilter;
  OrganisationName: OrganisationNameView;
  OutcomeFigure: OutcomeFigure;
  OutcomeFigureInput: OutcomeFigureInput;
  PageInfo: PageInfo;
  Pence: Scalars['Pence']['output'];
  PeopleZone: PeopleZoneView;
  PeopleZoneConnection: Omit<PeopleZoneConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PeopleZoneEdge']>, nodes: Array<ResolversParentTypes['PeopleZone']> };
  PeopleZoneEdge: Omit<PeopleZoneEdge, 'node'> & { node: ResolversParentTypes['PeopleZone'] };
  PeopleZoneFilter: PeopleZoneFilter;
  Period: Period;
  PeriodInput: PeriodInput;
  PlanActivity: PlanActivityView;
  PlanActivityConnection: Omit<PlanActivityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PlanActivityEdge']>, nodes: Array<ResolversParentTypes['PlanActivity']> };
  PlanActivityEdge: Omit<PlanActivityEdge, 'node'> & { node: ResolversParentTypes['PlanActivity'] };
  PlanActivityFilter: PlanActivityFilter;
  PlanProgress: PlanProgressParent;
  PortfolioChange: PortfolioChangeView;
  PortfolioDashboard: Omit<PortfolioDashboard, 'withOverdueMilestones'> & { withOverdueMilestones: Array<ResolversParentTypes['Initiative']> };
  Position: Scalars['Position']['output'];
  Priority: PriorityView;
  PriorityConnection: Omit<PriorityConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['PriorityEdge']>, nodes: Array<ResolversParentTypes['Priority']> };
  PriorityEdge: Omit<PriorityEdge, 'node'> & { node: ResolversParentTypes['Priority'] };
  PriorityFilter: PriorityFilter;
  PriorityRetirement: PriorityRetirementView;
  PriorityRevision: PriorityRevisionView;
  Query: Record<PropertyKey, never>;
  RangeAssessment: RangeAssessment;
  RecipientTotal: RecipientTotalView;
  RecordBidDecisionInput: RecordBidDecisionInput;
  RecordBidDecisionPayload: CommandPayload;
  RecordDecisionInput: RecordDecisionInput;
  RecordDecisionPayload: CommandPayload;
  RecordIndicatorValueInput: RecordIndicatorValueInput;
  RecordIndicatorValuePayload: CommandPayload;
  RecordInitiativeOutcomeInput: RecordInitiativeOutcomeInput;
  RecordInitiativeOutcomePayload: CommandPayload;
  RecordKeyProvisionInput: RecordKeyProvisionInput;
  RecordKeyProvisionPayload: CommandPayload;
  RecordNextStepsInput: RecordNextStepsInput;
  RecordNextStepsPayload: CommandPayload;
  RecordSpendInput: RecordSpendInput;
  RecordSpendPayload: CommandPayload;
  RecordZoneEvaluationInput: RecordZoneEvaluationInput;
  RecordZoneEvaluationPayload: CommandPayload;
  RedateMilestoneInput: RedateMilestoneInput;
  RedateMilestonePayload: CommandPayload;
  RegisterFundingStreamInput: RegisterFundingStreamInput;
  RegisterFundingStreamPayload: CommandPayload;
  RegisterInitiativeInput: RegisterInitiativeInput;
  RegisterInitiativePayload: CommandPayload;
  RegisterOrganisationInput: RegisterOrganisationInput;
  RegisterOrganisationPayload: CommandPayload;
  RemoveBoardMemberInput: RemoveBoardMemberInput;
  RemoveBoardMemberPayload: CommandPayload;
  RenameOrganisationInput: RenameOrganisationInput;
  RenameOrganisationPayload: CommandPayload;
  ReplanActivityInput: ReplanActivityInput;
  ReplanActivityPayload: CommandPayload;
  ResolveIssueInput: ResolveIssueInput;
  ResolveIssuePayload: CommandPayload;
  RetirePriorityInput: RetirePriorityInput;
  RetirePriorityPayload: CommandPayload;
  ReviseAllocationInput: ReviseAllocationInput;
  ReviseAllocationPayload: CommandPayload;
  RevisePriorityInput: RevisePriorityInput;
  RevisePriorityPayload: CommandPayload;
  ScheduleMeetingInput: ScheduleMeetingInput;
  ScheduleMeetingPayload: CommandPayload;
  SeriesPoint: SeriesPoint;
  SetActionRagInput: SetActionRagInput;
  SetActionRagPayload: CommandPayload;
  SetDeliveryConfidenceInput: SetDeliveryConfidenceInput;
  SetDeliveryConfidencePayload: CommandPayload;
  Spend: SpendView;
  StreamAllocationFilter: StreamAllocationFilter;
  StreamBidFilter: StreamBidFilter;
  String: Scalars['String']['output'];
  SubmitBidInput: SubmitBidInput;
  SubmitBidPayload: CommandPayload;
  Subscription: Record<PropertyKey, never>;
  TargetAssessment: TargetAssessment;
  TargetRange: TargetRange;
  TargetRangeInput: TargetRangeInput;
  TermsOfReference: TermsOfReferenceView;
  ThresholdAssessment: ThresholdAssessment;
  Timeline: Timeline;
  TimelineInput: TimelineInput;
  UpdateActivityStatusInput: UpdateActivityStatusInput;
  UpdateActivityStatusPayload: CommandPayload;
  VaryContractInput: VaryContractInput;
  VaryContractPayload: CommandPayload;
  Viewer: Viewer;
  WithdrawAllocationInput: WithdrawAllocationInput;
  WithdrawAllocationPayload: CommandPayload;
  YearTotal: YearTotalView;
  ZoneEvaluation: ZoneEvaluationView;
  ZoneEvaluationFindingsInput: ZoneEvaluationFindingsInput;
  ZoneKeyProvision: KeyProvisionView;
  ZoneStageChange: ZoneStageChangeView;
  ZoneWorkstream: ZoneWorkstreamView;
};

export type AllowDirectiveArgs = {
  roles: Array<Role>;
};

export type AllowDirectiveResolver<Result, Parent, ContextType = GraphQLContext, Args = AllowDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type ActionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Action'] = ResolversParentTypes['Action']> = {
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  comments?: Resolver<Array<ResolversTypes['ActionComment']>, ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<ActionHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  logged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  open?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  overdue?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, Partial<ActionOverdueArgs>>;
  rag?: Resolver<Maybe<ResolversTypes['RagRating']>, ParentType, ContextType>;
  ragHistory?: Resolver<Array<ResolversTypes['ActionRagChange']>, ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  responsibleOfficers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActionStatus'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ActionCommentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionComment'] = ResolversParentTypes['ActionComment']> = {
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commentedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
};

export type ActionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionConnection'] = ResolversParentTypes['ActionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['ActionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Action']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ActionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionEdge'] = ResolversParentTypes['ActionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
};

export type ActionRagChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActionRagChange'] = ResolversParentTypes['ActionRagChange']> = {
  previousRag?: Resolver<Maybe<ResolversTypes['RagRating']>, ParentType, ContextType>;
  rag?: Resolver<ResolversTypes['RagRating'], ParentType, ContextType>;
  setOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ActivityReplanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityReplan'] = ResolversParentTypes['ActivityReplan']> = {
  previous?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  replannedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ActivityStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityStatusCount'] = ResolversParentTypes['ActivityStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
};

export type ActivityStatusUpdateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ActivityStatusUpdate'] = ResolversParentTypes['ActivityStatusUpdate']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rag?: Resolver<Maybe<ResolversTypes['RagRating']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
};

export type AddMilestonePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddMilestonePayload'] = ResolversParentTypes['AddMilestonePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AddPlanActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AddPlanActivityPayload'] = ResolversParentTypes['AddPlanActivityPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['PlanActivity']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deliveryPlan?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AdoptTermsOfReferencePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdoptTermsOfReferencePayload'] = ResolversParentTypes['AdoptTermsOfReferencePayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AdvancePeopleZoneStagePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AdvancePeopleZoneStagePayload'] = ResolversParentTypes['AdvancePeopleZoneStagePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  peopleZone?: Resolver<ResolversTypes['PeopleZone'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AgreePriorityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AgreePriorityPayload'] = ResolversParentTypes['AgreePriorityPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllocateFundingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocateFundingPayload'] = ResolversParentTypes['AllocateFundingPayload']> = {
  allocation?: Resolver<ResolversTypes['Allocation'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllocationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Allocation'] = ResolversParentTypes['Allocation']> = {
  allocated?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  allocatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  bid?: Resolver<Maybe<ResolversTypes['Bid']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  financialYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<AllocationHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  leftToSpend?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  recipientOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['AllocationRevision']>, ParentType, ContextType>;
  spends?: Resolver<Array<ResolversTypes['Spend']>, ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['AllocationStatus'], ParentType, ContextType>;
  withdrawal?: Resolver<Maybe<ResolversTypes['AllocationWithdrawal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AllocationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationConnection'] = ResolversParentTypes['AllocationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['AllocationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AllocationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationEdge'] = ResolversParentTypes['AllocationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Allocation'], ParentType, ContextType>;
};

export type AllocationRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationRevision'] = ResolversParentTypes['AllocationRevision']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  previousAmount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  revisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AllocationWithdrawalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AllocationWithdrawal'] = ResolversParentTypes['AllocationWithdrawal']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  withdrawnOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type AppointBoardMemberPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AppointBoardMemberPayload'] = ResolversParentTypes['AppointBoardMemberPayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AppointChairPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AppointChairPayload'] = ResolversParentTypes['AppointChairPayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignIssuePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignIssuePayload'] = ResolversParentTypes['AssignIssuePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type AssignWorkstreamPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['AssignWorkstreamPayload'] = ResolversParentTypes['AssignWorkstreamPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  peopleZone?: Resolver<ResolversTypes['PeopleZone'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BidResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Bid'] = ResolversParentTypes['Bid']> = {
  allocation?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType>;
  amountAsked?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  amountAwarded?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  biddingOrganisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  biddingOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['BidDecision']>, ParentType, ContextType>;
  financialYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<BidHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['BidStatus'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  submittedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BidConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BidConnection'] = ResolversParentTypes['BidConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BidEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Bid']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BidDecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BidDecision'] = ResolversParentTypes['BidDecision']> = {
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
};

export type BidEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BidEdge'] = ResolversParentTypes['BidEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Bid'], ParentType, ContextType>;
};

export type BoardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Board'] = ResolversParentTypes['Board']> = {
  actionLogVersion?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  actions?: Resolver<ResolversTypes['ActionConnection'], ParentType, ContextType, Partial<BoardActionsArgs>>;
  chair?: Resolver<Maybe<ResolversTypes['Chair']>, ParentType, ContextType>;
  chairHistory?: Resolver<Array<ResolversTypes['Chair']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, Partial<BoardDecisionsArgs>>;
  dissolution?: Resolver<Maybe<ResolversTypes['BoardDissolution']>, ParentType, ContextType>;
  dissolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  established?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<BoardHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, Partial<BoardInitiativesArgs>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, Partial<BoardIssuesArgs>>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<BoardMeetingsArgs>>;
  members?: Resolver<Array<ResolversTypes['BoardMember']>, ParentType, ContextType, RequireFields<BoardMembersArgs, 'includeFormer'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  priorities?: Resolver<ResolversTypes['PriorityConnection'], ParentType, ContextType, RequireFields<BoardPrioritiesArgs, 'includeRetired'>>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subBoards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  termsOfReference?: Resolver<Maybe<ResolversTypes['TermsOfReference']>, ParentType, ContextType>;
  termsOfReferenceVersions?: Resolver<Array<ResolversTypes['TermsOfReference']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BoardConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BoardConnection'] = ResolversParentTypes['BoardConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BoardEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BoardDissolutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BoardDissolution'] = ResolversParentTypes['BoardDissolution']> = {
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  dissolvedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  successor?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
};

export type BoardEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BoardEdge'] = ResolversParentTypes['BoardEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
};

export type BoardMemberResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BoardMember'] = ResolversParentTypes['BoardMember']> = {
  appointedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  removalDecision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  removalReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  removedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  representativeName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type BrokenLinkResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BrokenLink'] = ResolversParentTypes['BrokenLink']> = {
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  streamId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChainHeadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChainHead'] = ResolversParentTypes['ChainHead']> = {
  globalHash?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  published?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChairResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Chair'] = ResolversParentTypes['Chair']> = {
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
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

export type ChangeInitiativeStatusPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeInitiativeStatusPayload'] = ResolversParentTypes['ChangeInitiativeStatusPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ChangeStampResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ChangeStamp'] = ResolversParentTypes['ChangeStamp']> = {
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  by?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type CloseIssuePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CloseIssuePayload'] = ResolversParentTypes['CloseIssuePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommandResultResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommandResult'] = ResolversParentTypes['CommandResult']> = {
  __resolveType: TypeResolveFn<'AddMilestonePayload' | 'AddPlanActivityPayload' | 'AdoptTermsOfReferencePayload' | 'AdvancePeopleZoneStagePayload' | 'AgreePriorityPayload' | 'AllocateFundingPayload' | 'AppointBoardMemberPayload' | 'AppointChairPayload' | 'AssignIssuePayload' | 'AssignWorkstreamPayload' | 'ChangeInitiativeStatusPayload' | 'CloseIssuePayload' | 'CommentOnActionPayload' | 'CommissionServicePayload' | 'CompleteActionPayload' | 'CompleteActivityPayload' | 'CompleteMilestonePayload' | 'CorrectIndicatorValuePayload' | 'CorrectInitiativeOutcomePayload' | 'CreateDeliveryPlanPayload' | 'DefineIndicatorPayload' | 'DesignatePeopleZonePayload' | 'DissolveBoardPayload' | 'EndContractPayload' | 'EstablishBoardPayload' | 'ExtendContractPayload' | 'LogActionPayload' | 'LogIssuePayload' | 'RecordBidDecisionPayload' | 'RecordDecisionPayload' | 'RecordIndicatorValuePayload' | 'RecordInitiativeOutcomePayload' | 'RecordKeyProvisionPayload' | 'RecordNextStepsPayload' | 'RecordSpendPayload' | 'RecordZoneEvaluationPayload' | 'RedateMilestonePayload' | 'RegisterFundingStreamPayload' | 'RegisterInitiativePayload' | 'RegisterOrganisationPayload' | 'RemoveBoardMemberPayload' | 'RenameOrganisationPayload' | 'ReplanActivityPayload' | 'ResolveIssuePayload' | 'RetirePriorityPayload' | 'ReviseAllocationPayload' | 'RevisePriorityPayload' | 'ScheduleMeetingPayload' | 'SetActionRagPayload' | 'SetDeliveryConfidencePayload' | 'SubmitBidPayload' | 'UpdateActivityStatusPayload' | 'VaryContractPayload' | 'WithdrawAllocationPayload', ParentType, ContextType>;
};

export type CommentOnActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommentOnActionPayload'] = ResolversParentTypes['CommentOnActionPayload']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommissionServicePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommissionServicePayload'] = ResolversParentTypes['CommissionServicePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commissionedService?: Resolver<ResolversTypes['CommissionedService'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommissionedServiceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommissionedService'] = ResolversParentTypes['CommissionedService']> = {
  activeOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<CommissionedServiceActiveOnArgs, 'date'>>;
  annualValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  area?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commissioned?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  commissionerOrganisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  commissioners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  contractOn?: Resolver<Maybe<ResolversTypes['Contract']>, ParentType, ContextType, RequireFields<CommissionedServiceContractOnArgs, 'date'>>;
  contracts?: Resolver<Array<ResolversTypes['Contract']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<CommissionedServiceHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  providerOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CommissionedServiceConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommissionedServiceConnection'] = ResolversParentTypes['CommissionedServiceConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommissionedServiceEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommissionedService']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommissionedServiceEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CommissionedServiceEdge'] = ResolversParentTypes['CommissionedServiceEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommissionedService'], ParentType, ContextType>;
};

export type CompleteActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompleteActionPayload'] = ResolversParentTypes['CompleteActionPayload']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompleteActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompleteActivityPayload'] = ResolversParentTypes['CompleteActivityPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['PlanActivity']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deliveryPlan?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CompleteMilestonePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CompleteMilestonePayload'] = ResolversParentTypes['CompleteMilestonePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ContractResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Contract'] = ResolversParentTypes['Contract']> = {
  activeOn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<ContractActiveOnArgs, 'date'>>;
  annualValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  commissioned?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  commissionerOrganisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  commissioners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  ended?: Resolver<Maybe<ResolversTypes['ContractEnd']>, ParentType, ContextType>;
  extensions?: Resolver<Array<ResolversTypes['ContractExtension']>, ParentType, ContextType>;
  fundingStreams?: Resolver<Array<ResolversTypes['FundingStream']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  providerOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  variations?: Resolver<Array<ResolversTypes['ContractVariation']>, ParentType, ContextType>;
};

export type ContractEndResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContractEnd'] = ResolversParentTypes['ContractEnd']> = {
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousEndDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
};

export type ContractExtensionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContractExtension'] = ResolversParentTypes['ContractExtension']> = {
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  endDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousEndDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
};

export type ContractVariationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ContractVariation'] = ResolversParentTypes['ContractVariation']> = {
  annualValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  effectiveFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousAnnualValue?: Resolver<Maybe<ResolversTypes['Money']>, ParentType, ContextType>;
  previousScope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CorrectIndicatorValuePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrectIndicatorValuePayload'] = ResolversParentTypes['CorrectIndicatorValuePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CorrectInitiativeOutcomePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CorrectInitiativeOutcomePayload'] = ResolversParentTypes['CorrectInitiativeOutcomePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['InitiativeOutcome']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type CreateDeliveryPlanPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['CreateDeliveryPlanPayload'] = ResolversParentTypes['CreateDeliveryPlanPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deliveryPlan?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DecisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Decision'] = ResolversParentTypes['Decision']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  changes?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<DecisionChangesArgs>>;
  concerns?: Resolver<Array<ResolversTypes['DecisionConcern']>, ParentType, ContextType>;
  decidedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<DecisionHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DecisionKind'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  resolution?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  superseded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  supersededBy?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  supersedes?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DecisionConcernResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionConcern'] = ResolversParentTypes['DecisionConcern']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DecisionConcernKind'], ParentType, ContextType>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType>;
};

export type DecisionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionConnection'] = ResolversParentTypes['DecisionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DecisionEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DecisionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DecisionEdge'] = ResolversParentTypes['DecisionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
};

export type DefineIndicatorPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DefineIndicatorPayload'] = ResolversParentTypes['DefineIndicatorPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryConfidenceAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryConfidenceAssessment'] = ResolversParentTypes['DeliveryConfidenceAssessment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  comment?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previous?: Resolver<Maybe<ResolversTypes['DeliveryConfidence']>, ParentType, ContextType>;
  rating?: Resolver<ResolversTypes['DeliveryConfidence'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
};

export type DeliveryConfidenceCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryConfidenceCount'] = ResolversParentTypes['DeliveryConfidenceCount']> = {
  confidence?: Resolver<Maybe<ResolversTypes['DeliveryConfidence']>, ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryPlanResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryPlan'] = ResolversParentTypes['DeliveryPlan']> = {
  activities?: Resolver<ResolversTypes['PlanActivityConnection'], ParentType, ContextType, Partial<DeliveryPlanActivitiesArgs>>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  created?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  createdOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<DeliveryPlanHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  progress?: Resolver<ResolversTypes['PlanProgress'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DeliveryPlanConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryPlanConnection'] = ResolversParentTypes['DeliveryPlanConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DeliveryPlanEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['DeliveryPlan']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DeliveryPlanEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DeliveryPlanEdge'] = ResolversParentTypes['DeliveryPlanEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
};

export type DesignatePeopleZonePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DesignatePeopleZonePayload'] = ResolversParentTypes['DesignatePeopleZonePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  peopleZone?: Resolver<ResolversTypes['PeopleZone'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DirectionOfTravelResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DirectionOfTravel'] = ResolversParentTypes['DirectionOfTravel']> = {
  change?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<ResolversTypes['Direction'], ParentType, ContextType>;
  latest?: Resolver<ResolversTypes['SeriesPoint'], ParentType, ContextType>;
  previous?: Resolver<ResolversTypes['SeriesPoint'], ParentType, ContextType>;
};

export type DissolveBoardPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DissolveBoardPayload'] = ResolversParentTypes['DissolveBoardPayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EndContractPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EndContractPayload'] = ResolversParentTypes['EndContractPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commissionedService?: Resolver<ResolversTypes['CommissionedService'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type EstablishBoardPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['EstablishBoardPayload'] = ResolversParentTypes['EstablishBoardPayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ExtendContractPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExtendContractPayload'] = ResolversParentTypes['ExtendContractPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commissionedService?: Resolver<ResolversTypes['CommissionedService'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FundingStreamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingStream'] = ResolversParentTypes['FundingStream']> = {
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  allocations?: Resolver<ResolversTypes['AllocationConnection'], ParentType, ContextType, Partial<FundingStreamAllocationsArgs>>;
  bidLimitPerArea?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  bids?: Resolver<ResolversTypes['BidConnection'], ParentType, ContextType, Partial<FundingStreamBidsArgs>>;
  conditions?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  financialYears?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  funder?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<FundingStreamHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  left?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  totalsByRecipient?: Resolver<Array<ResolversTypes['RecipientTotal']>, ParentType, ContextType>;
  totalsByYear?: Resolver<Array<ResolversTypes['YearTotal']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type FundingStreamConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingStreamConnection'] = ResolversParentTypes['FundingStreamConnection']> = {
  edges?: Resolver<Array<ResolversTypes['FundingStreamEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FundingStream']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundingStreamEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FundingStreamEdge'] = ResolversParentTypes['FundingStreamEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  assessment?: Resolver<Maybe<ResolversTypes['ThresholdAssessment']>, ParentType, ContextType>;
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  defined?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  definedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  direction?: Resolver<Maybe<ResolversTypes['DirectionOfTravel']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<IndicatorHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  latest?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  polarity?: Resolver<ResolversTypes['Polarity'], ParentType, ContextType>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType>;
  stableWithin?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  thresholds?: Resolver<ResolversTypes['IndicatorThresholds'], ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType, RequireFields<IndicatorValuesArgs, 'includeSuperseded'>>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IndicatorConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorConnection'] = ResolversParentTypes['IndicatorConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IndicatorEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorEdge'] = ResolversParentTypes['IndicatorEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
};

export type IndicatorThresholdsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorThresholds'] = ResolversParentTypes['IndicatorThresholds']> = {
  targetRange?: Resolver<Maybe<ResolversTypes['TargetRange']>, ParentType, ContextType>;
  targetValue?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  assessment?: Resolver<ResolversTypes['ThresholdAssessment'], ParentType, ContextType>;
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['Period'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supersedesRecordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InitiativeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Initiative'] = ResolversParentTypes['Initiative']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  confidence?: Resolver<Maybe<ResolversTypes['DeliveryConfidenceAssessment']>, ParentType, ContextType>;
  confidenceHistory?: Resolver<Array<ResolversTypes['DeliveryConfidenceAssessment']>, ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<InitiativeHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  leadOfficers?: Resolver<Array<ResolversTypes['LeadOfficer']>, ParentType, ContextType>;
  leadOrganisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  leadOrganisations?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  milestones?: Resolver<Array<ResolversTypes['InitiativeMilestone']>, ParentType, ContextType>;
  nextStatuses?: Resolver<Array<ResolversTypes['InitiativeStatus']>, ParentType, ContextType>;
  nextSteps?: Resolver<Maybe<ResolversTypes['NextSteps']>, ParentType, ContextType>;
  outcomes?: Resolver<Array<ResolversTypes['InitiativeOutcome']>, ParentType, ContextType, RequireFields<InitiativeOutcomesArgs, 'includeSuperseded'>>;
  owningBoard?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  priorities?: Resolver<Array<ResolversTypes['Priority']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  registeredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
  statusHistory?: Resolver<Array<ResolversTypes['InitiativeStatusChange']>, ParentType, ContextType>;
  statusOn?: Resolver<Maybe<ResolversTypes['InitiativeStatus']>, ParentType, ContextType, RequireFields<InitiativeStatusOnArgs, 'date'>>;
  statusSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transferLead?: Resolver<Maybe<ResolversTypes['LeadOfficer']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InitiativeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeConnection'] = ResolversParentTypes['InitiativeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InitiativeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeCountsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeCounts'] = ResolversParentTypes['InitiativeCounts']> = {
  byConfidence?: Resolver<Array<ResolversTypes['DeliveryConfidenceCount']>, ParentType, ContextType>;
  byStatus?: Resolver<Array<ResolversTypes['InitiativeStatusCount']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeEdge'] = ResolversParentTypes['InitiativeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
};

export type InitiativeMilestoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeMilestone'] = ResolversParentTypes['InitiativeMilestone']> = {
  addedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  completedLate?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  originalDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  redatings?: Resolver<Array<ResolversTypes['MilestoneRedating']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type InitiativeOutcomeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeOutcome'] = ResolversParentTypes['InitiativeOutcome']> = {
  correctionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  figures?: Resolver<Array<ResolversTypes['OutcomeFigure']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<InitiativeOutcomeHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inForce?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType>;
  initiativeId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['Period']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  recordedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supersededBy?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  supersedesRecordId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type InitiativeOutcomeConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeOutcomeConnection'] = ResolversParentTypes['InitiativeOutcomeConnection']> = {
  edges?: Resolver<Array<ResolversTypes['InitiativeOutcomeEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['InitiativeOutcome']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type InitiativeOutcomeEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeOutcomeEdge'] = ResolversParentTypes['InitiativeOutcomeEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['InitiativeOutcome'], ParentType, ContextType>;
};

export type InitiativeStatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeStatusChange'] = ResolversParentTypes['InitiativeStatusChange']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['InitiativeStatus']>, ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['LeadOfficer']>, ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  targetBoard?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
};

export type InitiativeStatusCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['InitiativeStatusCount'] = ResolversParentTypes['InitiativeStatusCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['InitiativeStatus'], ParentType, ContextType>;
};

export type IntegrityReportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IntegrityReport'] = ResolversParentTypes['IntegrityReport']> = {
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checkedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  firstBroken?: Resolver<Maybe<ResolversTypes['BrokenLink']>, ParentType, ContextType>;
  head?: Resolver<Maybe<ResolversTypes['ChainHead']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type IssueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Issue'] = ResolversParentTypes['Issue']> = {
  assignee?: Resolver<Maybe<ResolversTypes['IssueParty']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['IssueAssignment']>, ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  category?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closure?: Resolver<Maybe<ResolversTypes['IssueClosure']>, ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<IssueHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  logged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  raisedBy?: Resolver<ResolversTypes['IssueParty'], ParentType, ContextType>;
  raisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['IssueResolution']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IssueStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type IssueAssignmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueAssignment'] = ResolversParentTypes['IssueAssignment']> = {
  assignedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  assignee?: Resolver<ResolversTypes['IssueParty'], ParentType, ContextType>;
  previousAssignee?: Resolver<Maybe<ResolversTypes['IssueParty']>, ParentType, ContextType>;
};

export type IssueClosureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueClosure'] = ResolversParentTypes['IssueClosure']> = {
  closedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['IssueStatus'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IssueConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueConnection'] = ResolversParentTypes['IssueConnection']> = {
  edges?: Resolver<Array<ResolversTypes['IssueEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Issue']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IssueEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueEdge'] = ResolversParentTypes['IssueEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
};

export type IssuePartyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueParty'] = ResolversParentTypes['IssueParty']> = {
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  organisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  person?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type IssueResolutionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['IssueResolution'] = ResolversParentTypes['IssueResolution']> = {
  resolvedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface JsonScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSON'], any> {
  name: 'JSON';
}

export type LeadOfficerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LeadOfficer'] = ResolversParentTypes['LeadOfficer']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LogActionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogActionPayload'] = ResolversParentTypes['LogActionPayload']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type LogIssuePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['LogIssuePayload'] = ResolversParentTypes['LogIssuePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  decisions?: Resolver<Array<ResolversTypes['Decision']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<MeetingHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  theme?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MeetingConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingConnection'] = ResolversParentTypes['MeetingConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MeetingEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeetingEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MeetingEdge'] = ResolversParentTypes['MeetingEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
};

export type MilestoneRedatingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MilestoneRedating'] = ResolversParentTypes['MilestoneRedating']> = {
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  previousDueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  redatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type MoneyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Money'] = ResolversParentTypes['Money']> = {
  pence?: Resolver<ResolversTypes['Pence'], ParentType, ContextType>;
  pounds?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  addMilestone?: Resolver<ResolversTypes['AddMilestonePayload'], ParentType, ContextType, RequireFields<MutationAddMilestoneArgs, 'input'>>;
  addPlanActivity?: Resolver<ResolversTypes['AddPlanActivityPayload'], ParentType, ContextType, RequireFields<MutationAddPlanActivityArgs, 'input'>>;
  adoptTermsOfReference?: Resolver<ResolversTypes['AdoptTermsOfReferencePayload'], ParentType, ContextType, RequireFields<MutationAdoptTermsOfReferenceArgs, 'input'>>;
  advancePeopleZoneStage?: Resolver<ResolversTypes['AdvancePeopleZoneStagePayload'], ParentType, ContextType, RequireFields<MutationAdvancePeopleZoneStageArgs, 'input'>>;
  agreePriority?: Resolver<ResolversTypes['AgreePriorityPayload'], ParentType, ContextType, RequireFields<MutationAgreePriorityArgs, 'input'>>;
  allocateFunding?: Resolver<ResolversTypes['AllocateFundingPayload'], ParentType, ContextType, RequireFields<MutationAllocateFundingArgs, 'input'>>;
  appointBoardMember?: Resolver<ResolversTypes['AppointBoardMemberPayload'], ParentType, ContextType, RequireFields<MutationAppointBoardMemberArgs, 'input'>>;
  appointChair?: Resolver<ResolversTypes['AppointChairPayload'], ParentType, ContextType, RequireFields<MutationAppointChairArgs, 'input'>>;
  assignIssue?: Resolver<ResolversTypes['AssignIssuePayload'], ParentType, ContextType, RequireFields<MutationAssignIssueArgs, 'input'>>;
  assignWorkstream?: Resolver<ResolversTypes['AssignWorkstreamPayload'], ParentType, ContextType, RequireFields<MutationAssignWorkstreamArgs, 'input'>>;
  changeInitiativeStatus?: Resolver<ResolversTypes['ChangeInitiativeStatusPayload'], ParentType, ContextType, RequireFields<MutationChangeInitiativeStatusArgs, 'input'>>;
  closeIssue?: Resolver<ResolversTypes['CloseIssuePayload'], ParentType, ContextType, RequireFields<MutationCloseIssueArgs, 'input'>>;
  commentOnAction?: Resolver<ResolversTypes['CommentOnActionPayload'], ParentType, ContextType, RequireFields<MutationCommentOnActionArgs, 'input'>>;
  commissionService?: Resolver<ResolversTypes['CommissionServicePayload'], ParentType, ContextType, RequireFields<MutationCommissionServiceArgs, 'input'>>;
  completeAction?: Resolver<ResolversTypes['CompleteActionPayload'], ParentType, ContextType, RequireFields<MutationCompleteActionArgs, 'input'>>;
  completeActivity?: Resolver<ResolversTypes['CompleteActivityPayload'], ParentType, ContextType, RequireFields<MutationCompleteActivityArgs, 'input'>>;
  completeMilestone?: Resolver<ResolversTypes['CompleteMilestonePayload'], ParentType, ContextType, RequireFields<MutationCompleteMilestoneArgs, 'input'>>;
  correctIndicatorValue?: Resolver<ResolversTypes['CorrectIndicatorValuePayload'], ParentType, ContextType, RequireFields<MutationCorrectIndicatorValueArgs, 'input'>>;
  correctInitiativeOutcome?: Resolver<ResolversTypes['CorrectInitiativeOutcomePayload'], ParentType, ContextType, RequireFields<MutationCorrectInitiativeOutcomeArgs, 'input'>>;
  createDeliveryPlan?: Resolver<ResolversTypes['CreateDeliveryPlanPayload'], ParentType, ContextType, RequireFields<MutationCreateDeliveryPlanArgs, 'input'>>;
  defineIndicator?: Resolver<ResolversTypes['DefineIndicatorPayload'], ParentType, ContextType, RequireFields<MutationDefineIndicatorArgs, 'input'>>;
  designatePeopleZone?: Resolver<ResolversTypes['DesignatePeopleZonePayload'], ParentType, ContextType, RequireFields<MutationDesignatePeopleZoneArgs, 'input'>>;
  dissolveBoard?: Resolver<ResolversTypes['DissolveBoardPayload'], ParentType, ContextType, RequireFields<MutationDissolveBoardArgs, 'input'>>;
  endContract?: Resolver<ResolversTypes['EndContractPayload'], ParentType, ContextType, RequireFields<MutationEndContractArgs, 'input'>>;
  establishBoard?: Resolver<ResolversTypes['EstablishBoardPayload'], ParentType, ContextType, RequireFields<MutationEstablishBoardArgs, 'input'>>;
  extendContract?: Resolver<ResolversTypes['ExtendContractPayload'], ParentType, ContextType, RequireFields<MutationExtendContractArgs, 'input'>>;
  logAction?: Resolver<ResolversTypes['LogActionPayload'], ParentType, ContextType, RequireFields<MutationLogActionArgs, 'input'>>;
  logIssue?: Resolver<ResolversTypes['LogIssuePayload'], ParentType, ContextType, RequireFields<MutationLogIssueArgs, 'input'>>;
  recordBidDecision?: Resolver<ResolversTypes['RecordBidDecisionPayload'], ParentType, ContextType, RequireFields<MutationRecordBidDecisionArgs, 'input'>>;
  recordDecision?: Resolver<ResolversTypes['RecordDecisionPayload'], ParentType, ContextType, RequireFields<MutationRecordDecisionArgs, 'input'>>;
  recordIndicatorValue?: Resolver<ResolversTypes['RecordIndicatorValuePayload'], ParentType, ContextType, RequireFields<MutationRecordIndicatorValueArgs, 'input'>>;
  recordInitiativeOutcome?: Resolver<ResolversTypes['RecordInitiativeOutcomePayload'], ParentType, ContextType, RequireFields<MutationRecordInitiativeOutcomeArgs, 'input'>>;
  recordKeyProvision?: Resolver<ResolversTypes['RecordKeyProvisionPayload'], ParentType, ContextType, RequireFields<MutationRecordKeyProvisionArgs, 'input'>>;
  recordNextSteps?: Resolver<ResolversTypes['RecordNextStepsPayload'], ParentType, ContextType, RequireFields<MutationRecordNextStepsArgs, 'input'>>;
  recordSpend?: Resolver<ResolversTypes['RecordSpendPayload'], ParentType, ContextType, RequireFields<MutationRecordSpendArgs, 'input'>>;
  recordZoneEvaluation?: Resolver<ResolversTypes['RecordZoneEvaluationPayload'], ParentType, ContextType, RequireFields<MutationRecordZoneEvaluationArgs, 'input'>>;
  redateMilestone?: Resolver<ResolversTypes['RedateMilestonePayload'], ParentType, ContextType, RequireFields<MutationRedateMilestoneArgs, 'input'>>;
  registerFundingStream?: Resolver<ResolversTypes['RegisterFundingStreamPayload'], ParentType, ContextType, RequireFields<MutationRegisterFundingStreamArgs, 'input'>>;
  registerInitiative?: Resolver<ResolversTypes['RegisterInitiativePayload'], ParentType, ContextType, RequireFields<MutationRegisterInitiativeArgs, 'input'>>;
  registerOrganisation?: Resolver<ResolversTypes['RegisterOrganisationPayload'], ParentType, ContextType, RequireFields<MutationRegisterOrganisationArgs, 'input'>>;
  removeBoardMember?: Resolver<ResolversTypes['RemoveBoardMemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveBoardMemberArgs, 'input'>>;
  renameOrganisation?: Resolver<ResolversTypes['RenameOrganisationPayload'], ParentType, ContextType, RequireFields<MutationRenameOrganisationArgs, 'input'>>;
  replanActivity?: Resolver<ResolversTypes['ReplanActivityPayload'], ParentType, ContextType, RequireFields<MutationReplanActivityArgs, 'input'>>;
  resolveIssue?: Resolver<ResolversTypes['ResolveIssuePayload'], ParentType, ContextType, RequireFields<MutationResolveIssueArgs, 'input'>>;
  retirePriority?: Resolver<ResolversTypes['RetirePriorityPayload'], ParentType, ContextType, RequireFields<MutationRetirePriorityArgs, 'input'>>;
  reviseAllocation?: Resolver<ResolversTypes['ReviseAllocationPayload'], ParentType, ContextType, RequireFields<MutationReviseAllocationArgs, 'input'>>;
  revisePriority?: Resolver<ResolversTypes['RevisePriorityPayload'], ParentType, ContextType, RequireFields<MutationRevisePriorityArgs, 'input'>>;
  scheduleMeeting?: Resolver<ResolversTypes['ScheduleMeetingPayload'], ParentType, ContextType, RequireFields<MutationScheduleMeetingArgs, 'input'>>;
  setActionRag?: Resolver<ResolversTypes['SetActionRagPayload'], ParentType, ContextType, RequireFields<MutationSetActionRagArgs, 'input'>>;
  setDeliveryConfidence?: Resolver<ResolversTypes['SetDeliveryConfidencePayload'], ParentType, ContextType, RequireFields<MutationSetDeliveryConfidenceArgs, 'input'>>;
  submitBid?: Resolver<ResolversTypes['SubmitBidPayload'], ParentType, ContextType, RequireFields<MutationSubmitBidArgs, 'input'>>;
  updateActivityStatus?: Resolver<ResolversTypes['UpdateActivityStatusPayload'], ParentType, ContextType, RequireFields<MutationUpdateActivityStatusArgs, 'input'>>;
  varyContract?: Resolver<ResolversTypes['VaryContractPayload'], ParentType, ContextType, RequireFields<MutationVaryContractArgs, 'input'>>;
  withdrawAllocation?: Resolver<ResolversTypes['WithdrawAllocationPayload'], ParentType, ContextType, RequireFields<MutationWithdrawAllocationArgs, 'input'>>;
};

export type NextStepsResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['NextSteps'] = ResolversParentTypes['NextSteps']> = {
  asOf?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type NodeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = {
  __resolveType: TypeResolveFn<'Action' | 'Allocation' | 'Bid' | 'Board' | 'CommissionedService' | 'Decision' | 'DeliveryPlan' | 'FundingStream' | 'Indicator' | 'Initiative' | 'InitiativeOutcome' | 'Issue' | 'Meeting' | 'Organisation' | 'PeopleZone' | 'PlanActivity' | 'Priority', ParentType, ContextType>;
};

export type OrganisationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Organisation'] = ResolversParentTypes['Organisation']> = {
  bids?: Resolver<ResolversTypes['BidConnection'], ParentType, ContextType, Partial<OrganisationBidsArgs>>;
  boards?: Resolver<Array<ResolversTypes['Board']>, ParentType, ContextType>;
  fundingAllocations?: Resolver<ResolversTypes['AllocationConnection'], ParentType, ContextType, Partial<OrganisationFundingAllocationsArgs>>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<OrganisationHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['OrganisationKind'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  leadsInitiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, Partial<OrganisationLeadsInitiativesArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameHistory?: Resolver<Array<ResolversTypes['OrganisationName']>, ParentType, ContextType>;
  registered?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  servicesCommissioned?: Resolver<Array<ResolversTypes['CommissionedService']>, ParentType, ContextType, Partial<OrganisationServicesCommissionedArgs>>;
  servicesProvided?: Resolver<Array<ResolversTypes['CommissionedService']>, ParentType, ContextType, Partial<OrganisationServicesProvidedArgs>>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OrganisationConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationConnection'] = ResolversParentTypes['OrganisationConnection']> = {
  edges?: Resolver<Array<ResolversTypes['OrganisationEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OrganisationEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationEdge'] = ResolversParentTypes['OrganisationEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
};

export type OrganisationNameResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OrganisationName'] = ResolversParentTypes['OrganisationName']> = {
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  shortName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  until?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type OutcomeFigureResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['OutcomeFigure'] = ResolversParentTypes['OutcomeFigure']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export interface PenceScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Pence'], any> {
  name: 'Pence';
}

export type PeopleZoneResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeopleZone'] = ResolversParentTypes['PeopleZone']> = {
  designated?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  designatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  evaluations?: Resolver<Array<ResolversTypes['ZoneEvaluation']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<PeopleZoneHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  latestEvaluation?: Resolver<Maybe<ResolversTypes['ZoneEvaluation']>, ParentType, ContextType>;
  leadAgency?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  leadAgencyId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  locality?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerOrganisationIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  partners?: Resolver<Array<ResolversTypes['Organisation']>, ParentType, ContextType>;
  problem?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provisionHistory?: Resolver<Array<ResolversTypes['ZoneKeyProvision']>, ParentType, ContextType>;
  provisions?: Resolver<Array<ResolversTypes['ZoneKeyProvision']>, ParentType, ContextType>;
  provisionsInPlace?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stage?: Resolver<ResolversTypes['PeopleZoneStage'], ParentType, ContextType>;
  stageHistory?: Resolver<Array<ResolversTypes['ZoneStageChange']>, ParentType, ContextType>;
  stageSince?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  workstreamHistory?: Resolver<Array<ResolversTypes['ZoneWorkstream']>, ParentType, ContextType>;
  workstreams?: Resolver<Array<ResolversTypes['ZoneWorkstream']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PeopleZoneConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeopleZoneConnection'] = ResolversParentTypes['PeopleZoneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PeopleZoneEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PeopleZone']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PeopleZoneEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PeopleZoneEdge'] = ResolversParentTypes['PeopleZoneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PeopleZone'], ParentType, ContextType>;
};

export type PeriodResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Period'] = ResolversParentTypes['Period']> = {
  end?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  financialYear?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  quarter?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PlanActivityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanActivity'] = ResolversParentTypes['PlanActivity']> = {
  added?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  addedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  completedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  deliveryPlan?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<PlanActivityHistoryArgs>>;
  how?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  overdueAt?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<PlanActivityOverdueAtArgs, 'date'>>;
  owner?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType>;
  ownerOfficer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  ownerOrganisationId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  rag?: Resolver<Maybe<ResolversTypes['RagRating']>, ParentType, ContextType>;
  replans?: Resolver<Array<ResolversTypes['ActivityReplan']>, ParentType, ContextType>;
  reportingNote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportsTo?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ActivityStatus'], ParentType, ContextType>;
  statusUpdates?: Resolver<Array<ResolversTypes['ActivityStatusUpdate']>, ParentType, ContextType>;
  timeline?: Resolver<ResolversTypes['Timeline'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PlanActivityConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanActivityConnection'] = ResolversParentTypes['PlanActivityConnection']> = {
  edges?: Resolver<Array<ResolversTypes['PlanActivityEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['PlanActivity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlanActivityEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanActivityEdge'] = ResolversParentTypes['PlanActivityEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PlanActivity'], ParentType, ContextType>;
};

export type PlanProgressResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PlanProgress'] = ResolversParentTypes['PlanProgress']> = {
  byStatus?: Resolver<Array<ResolversTypes['ActivityStatusCount']>, ParentType, ContextType>;
  overdueAt?: Resolver<ResolversTypes['Int'], ParentType, ContextType, RequireFields<PlanProgressOverdueAtArgs, 'date'>>;
  percentComplete?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PortfolioChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PortfolioChange'] = ResolversParentTypes['PortfolioChange']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  entityId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PortfolioEntityKind'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
};

export type PortfolioDashboardResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PortfolioDashboard'] = ResolversParentTypes['PortfolioDashboard']> = {
  counts?: Resolver<ResolversTypes['InitiativeCounts'], ParentType, ContextType>;
  on?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  withOverdueMilestones?: Resolver<Array<ResolversTypes['Initiative']>, ParentType, ContextType>;
};

export interface PositionScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Position'], any> {
  name: 'Position';
}

export type PriorityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Priority'] = ResolversParentTypes['Priority']> = {
  agreedAt?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  history?: Resolver<ResolversTypes['ChangeConnection'], ParentType, ContextType, Partial<PriorityHistoryArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, Partial<PriorityInitiativesArgs>>;
  lastChanged?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retired?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  retirement?: Resolver<Maybe<ResolversTypes['PriorityRetirement']>, ParentType, ContextType>;
  revisions?: Resolver<Array<ResolversTypes['PriorityRevision']>, ParentType, ContextType>;
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

export type PriorityRetirementResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriorityRetirement'] = ResolversParentTypes['PriorityRetirement']> = {
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  retiredOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PriorityRevisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PriorityRevision'] = ResolversParentTypes['PriorityRevision']> = {
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  previousRationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  previousTitle?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rationale?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  revisedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  action?: Resolver<Maybe<ResolversTypes['Action']>, ParentType, ContextType, RequireFields<QueryActionArgs, 'id'>>;
  actions?: Resolver<ResolversTypes['ActionConnection'], ParentType, ContextType, Partial<QueryActionsArgs>>;
  allocations?: Resolver<ResolversTypes['AllocationConnection'], ParentType, ContextType, Partial<QueryAllocationsArgs>>;
  bids?: Resolver<ResolversTypes['BidConnection'], ParentType, ContextType, Partial<QueryBidsArgs>>;
  board?: Resolver<Maybe<ResolversTypes['Board']>, ParentType, ContextType, RequireFields<QueryBoardArgs, 'id'>>;
  boards?: Resolver<ResolversTypes['BoardConnection'], ParentType, ContextType, Partial<QueryBoardsArgs>>;
  commissionedService?: Resolver<Maybe<ResolversTypes['CommissionedService']>, ParentType, ContextType, RequireFields<QueryCommissionedServiceArgs, 'id'>>;
  commissionedServices?: Resolver<ResolversTypes['CommissionedServiceConnection'], ParentType, ContextType, Partial<QueryCommissionedServicesArgs>>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType, RequireFields<QueryDecisionArgs, 'id'>>;
  decisions?: Resolver<ResolversTypes['DecisionConnection'], ParentType, ContextType, Partial<QueryDecisionsArgs>>;
  deliveryPlan?: Resolver<Maybe<ResolversTypes['DeliveryPlan']>, ParentType, ContextType, RequireFields<QueryDeliveryPlanArgs, 'id'>>;
  deliveryPlans?: Resolver<ResolversTypes['DeliveryPlanConnection'], ParentType, ContextType, Partial<QueryDeliveryPlansArgs>>;
  fundingStream?: Resolver<Maybe<ResolversTypes['FundingStream']>, ParentType, ContextType, RequireFields<QueryFundingStreamArgs, 'id'>>;
  fundingStreams?: Resolver<ResolversTypes['FundingStreamConnection'], ParentType, ContextType, Partial<QueryFundingStreamsArgs>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<ResolversTypes['IndicatorConnection'], ParentType, ContextType, Partial<QueryIndicatorsArgs>>;
  initiative?: Resolver<Maybe<ResolversTypes['Initiative']>, ParentType, ContextType, RequireFields<QueryInitiativeArgs, 'id'>>;
  initiativeCounts?: Resolver<ResolversTypes['InitiativeCounts'], ParentType, ContextType, Partial<QueryInitiativeCountsArgs>>;
  initiativeOutcomes?: Resolver<ResolversTypes['InitiativeOutcomeConnection'], ParentType, ContextType, RequireFields<QueryInitiativeOutcomesArgs, 'includeSuperseded' | 'initiativeId'>>;
  initiatives?: Resolver<ResolversTypes['InitiativeConnection'], ParentType, ContextType, Partial<QueryInitiativesArgs>>;
  integrity?: Resolver<ResolversTypes['IntegrityReport'], ParentType, ContextType, Partial<QueryIntegrityArgs>>;
  issue?: Resolver<Maybe<ResolversTypes['Issue']>, ParentType, ContextType, RequireFields<QueryIssueArgs, 'id'>>;
  issues?: Resolver<ResolversTypes['IssueConnection'], ParentType, ContextType, Partial<QueryIssuesArgs>>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType, RequireFields<QueryMeetingArgs, 'id'>>;
  meetings?: Resolver<ResolversTypes['MeetingConnection'], ParentType, ContextType, Partial<QueryMeetingsArgs>>;
  mostAdvancedPeopleZone?: Resolver<Maybe<ResolversTypes['PeopleZone']>, ParentType, ContextType, Partial<QueryMostAdvancedPeopleZoneArgs>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  organisation?: Resolver<Maybe<ResolversTypes['Organisation']>, ParentType, ContextType, RequireFields<QueryOrganisationArgs, 'id'>>;
  organisations?: Resolver<ResolversTypes['OrganisationConnection'], ParentType, ContextType, Partial<QueryOrganisationsArgs>>;
  peopleZone?: Resolver<Maybe<ResolversTypes['PeopleZone']>, ParentType, ContextType, RequireFields<QueryPeopleZoneArgs, 'id'>>;
  peopleZones?: Resolver<ResolversTypes['PeopleZoneConnection'], ParentType, ContextType, RequireFields<QueryPeopleZonesArgs, 'orderBy'>>;
  planActivities?: Resolver<ResolversTypes['PlanActivityConnection'], ParentType, ContextType, Partial<QueryPlanActivitiesArgs>>;
  portfolioDashboard?: Resolver<ResolversTypes['PortfolioDashboard'], ParentType, ContextType, Partial<QueryPortfolioDashboardArgs>>;
  priorities?: Resolver<ResolversTypes['PriorityConnection'], ParentType, ContextType, Partial<QueryPrioritiesArgs>>;
  priority?: Resolver<Maybe<ResolversTypes['Priority']>, ParentType, ContextType, RequireFields<QueryPriorityArgs, 'id'>>;
  viewer?: Resolver<ResolversTypes['Viewer'], ParentType, ContextType>;
};

export type RangeAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RangeAssessment'] = ResolversParentTypes['RangeAssessment']> = {
  favourable?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  high?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['RangePosition'], ParentType, ContextType>;
};

export type RecipientTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecipientTotal'] = ResolversParentTypes['RecipientTotal']> = {
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  allocations?: Resolver<Array<ResolversTypes['Allocation']>, ParentType, ContextType>;
  recipient?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  recipientOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type RecordBidDecisionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordBidDecisionPayload'] = ResolversParentTypes['RecordBidDecisionPayload']> = {
  allocation?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType>;
  bid?: Resolver<ResolversTypes['Bid'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordDecisionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordDecisionPayload'] = ResolversParentTypes['RecordDecisionPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  decision?: Resolver<ResolversTypes['Decision'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordIndicatorValuePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordIndicatorValuePayload'] = ResolversParentTypes['RecordIndicatorValuePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordInitiativeOutcomePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordInitiativeOutcomePayload'] = ResolversParentTypes['RecordInitiativeOutcomePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  outcome?: Resolver<Maybe<ResolversTypes['InitiativeOutcome']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordKeyProvisionPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordKeyProvisionPayload'] = ResolversParentTypes['RecordKeyProvisionPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  peopleZone?: Resolver<ResolversTypes['PeopleZone'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordNextStepsPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordNextStepsPayload'] = ResolversParentTypes['RecordNextStepsPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordSpendPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordSpendPayload'] = ResolversParentTypes['RecordSpendPayload']> = {
  allocation?: Resolver<ResolversTypes['Allocation'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RecordZoneEvaluationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RecordZoneEvaluationPayload'] = ResolversParentTypes['RecordZoneEvaluationPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  evaluation?: Resolver<Maybe<ResolversTypes['ZoneEvaluation']>, ParentType, ContextType>;
  peopleZone?: Resolver<ResolversTypes['PeopleZone'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RedateMilestonePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RedateMilestonePayload'] = ResolversParentTypes['RedateMilestonePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegisterFundingStreamPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterFundingStreamPayload'] = ResolversParentTypes['RegisterFundingStreamPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegisterInitiativePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterInitiativePayload'] = ResolversParentTypes['RegisterInitiativePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RegisterOrganisationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RegisterOrganisationPayload'] = ResolversParentTypes['RegisterOrganisationPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RemoveBoardMemberPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RemoveBoardMemberPayload'] = ResolversParentTypes['RemoveBoardMemberPayload']> = {
  board?: Resolver<ResolversTypes['Board'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RenameOrganisationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RenameOrganisationPayload'] = ResolversParentTypes['RenameOrganisationPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  organisation?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReplanActivityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReplanActivityPayload'] = ResolversParentTypes['ReplanActivityPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['PlanActivity']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deliveryPlan?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ResolveIssuePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ResolveIssuePayload'] = ResolversParentTypes['ResolveIssuePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  issue?: Resolver<ResolversTypes['Issue'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RetirePriorityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RetirePriorityPayload'] = ResolversParentTypes['RetirePriorityPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ReviseAllocationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ReviseAllocationPayload'] = ResolversParentTypes['ReviseAllocationPayload']> = {
  allocation?: Resolver<ResolversTypes['Allocation'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type RevisePriorityPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['RevisePriorityPayload'] = ResolversParentTypes['RevisePriorityPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ScheduleMeetingPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ScheduleMeetingPayload'] = ResolversParentTypes['ScheduleMeetingPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  meeting?: Resolver<ResolversTypes['Meeting'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SeriesPointResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SeriesPoint'] = ResolversParentTypes['SeriesPoint']> = {
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  periodStart?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type SetActionRagPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetActionRagPayload'] = ResolversParentTypes['SetActionRagPayload']> = {
  action?: Resolver<ResolversTypes['Action'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SetDeliveryConfidencePayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SetDeliveryConfidencePayload'] = ResolversParentTypes['SetDeliveryConfidencePayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  initiative?: Resolver<ResolversTypes['Initiative'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SpendResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Spend'] = ResolversParentTypes['Spend']> = {
  amount?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  overspend?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  overspendReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  spentOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type SubmitBidPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SubmitBidPayload'] = ResolversParentTypes['SubmitBidPayload']> = {
  allocation?: Resolver<Maybe<ResolversTypes['Allocation']>, ParentType, ContextType>;
  bid?: Resolver<ResolversTypes['Bid'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SubscriptionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = {
  portfolioChanged?: SubscriptionResolver<ResolversTypes['PortfolioChange'], "portfolioChanged", ParentType, ContextType, Partial<SubscriptionPortfolioChangedArgs>>;
};

export type TargetAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetAssessment'] = ResolversParentTypes['TargetAssessment']> = {
  met?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['TargetPosition'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TargetRangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TargetRange'] = ResolversParentTypes['TargetRange']> = {
  high?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  low?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type TermsOfReferenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['TermsOfReference'] = ResolversParentTypes['TermsOfReference']> = {
  adoptedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  decision?: Resolver<Maybe<ResolversTypes['Decision']>, ParentType, ContextType>;
  membershipSummary?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  missionStatements?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  purpose?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ThresholdAssessmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ThresholdAssessment'] = ResolversParentTypes['ThresholdAssessment']> = {
  range?: Resolver<Maybe<ResolversTypes['RangeAssessment']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['TargetAssessment']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['Verdict'], ParentType, ContextType>;
};

export type TimelineResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Timeline'] = ResolversParentTypes['Timeline']> = {
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  dueDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['TimelineKind'], ParentType, ContextType>;
  period?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type UpdateActivityStatusPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['UpdateActivityStatusPayload'] = ResolversParentTypes['UpdateActivityStatusPayload']> = {
  activity?: Resolver<Maybe<ResolversTypes['PlanActivity']>, ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  deliveryPlan?: Resolver<ResolversTypes['DeliveryPlan'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type VaryContractPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['VaryContractPayload'] = ResolversParentTypes['VaryContractPayload']> = {
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  commissionedService?: Resolver<ResolversTypes['CommissionedService'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type ViewerResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Viewer'] = ResolversParentTypes['Viewer']> = {
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
};

export type WithdrawAllocationPayloadResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['WithdrawAllocationPayload'] = ResolversParentTypes['WithdrawAllocationPayload']> = {
  allocation?: Resolver<ResolversTypes['Allocation'], ParentType, ContextType>;
  commandId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  fundingStream?: Resolver<ResolversTypes['FundingStream'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['Position'], ParentType, ContextType>;
  replayed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  subjectId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type YearTotalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['YearTotal'] = ResolversParentTypes['YearTotal']> = {
  allocated?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
  financialYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  spent?: Resolver<ResolversTypes['Money'], ParentType, ContextType>;
};

export type ZoneEvaluationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ZoneEvaluation'] = ResolversParentTypes['ZoneEvaluation']> = {
  communityPerceptions?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  coreProblem?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evaluatedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  socialResilience?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ZoneKeyProvisionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ZoneKeyProvision'] = ResolversParentTypes['ZoneKeyProvision']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provision?: Resolver<ResolversTypes['KeyProvision'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProvisionStatus'], ParentType, ContextType>;
};

export type ZoneStageChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ZoneStageChange'] = ResolversParentTypes['ZoneStageChange']> = {
  direction?: Resolver<ResolversTypes['StageDirection'], ParentType, ContextType>;
  effectiveOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['PeopleZoneStage']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['PeopleZoneStage'], ParentType, ContextType>;
};

export type ZoneWorkstreamResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ZoneWorkstream'] = ResolversParentTypes['ZoneWorkstream']> = {
  assignedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  officer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['Organisation'], ParentType, ContextType>;
  ownerOrganisationId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  recorded?: Resolver<ResolversTypes['ChangeStamp'], ParentType, ContextType>;
  workstream?: Resolver<ResolversTypes['PeopleZoneWorkstream'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Action?: ActionResolvers<ContextType>;
  ActionComment?: ActionCommentResolvers<ContextType>;
  ActionConnection?: ActionConnectionResolvers<ContextType>;
  ActionEdge?: ActionEdgeResolvers<ContextType>;
  ActionRagChange?: ActionRagChangeResolvers<ContextType>;
  ActivityReplan?: ActivityReplanResolvers<ContextType>;
  ActivityStatusCount?: ActivityStatusCountResolvers<ContextType>;
  ActivityStatusUpdate?: ActivityStatusUpdateResolvers<ContextType>;
  AddMilestonePayload?: AddMilestonePayloadResolvers<ContextType>;
  AddPlanActivityPayload?: AddPlanActivityPayloadResolvers<ContextType>;
  AdoptTermsOfReferencePayload?: AdoptTermsOfReferencePayloadResolvers<ContextType>;
  AdvancePeopleZoneStagePayload?: AdvancePeopleZoneStagePayloadResolvers<ContextType>;
  AgreePriorityPayload?: AgreePriorityPayloadResolvers<ContextType>;
  AllocateFundingPayload?: AllocateFundingPayloadResolvers<ContextType>;
  Allocation?: AllocationResolvers<ContextType>;
  AllocationConnection?: AllocationConnectionResolvers<ContextType>;
  AllocationEdge?: AllocationEdgeResolvers<ContextType>;
  AllocationRevision?: AllocationRevisionResolvers<ContextType>;
  AllocationWithdrawal?: AllocationWithdrawalResolvers<ContextType>;
  AppointBoardMemberPayload?: AppointBoardMemberPayloadResolvers<ContextType>;
  AppointChairPayload?: AppointChairPayloadResolvers<ContextType>;
  AssignIssuePayload?: AssignIssuePayloadResolvers<ContextType>;
  AssignWorkstreamPayload?: AssignWorkstreamPayloadResolvers<ContextType>;
  Bid?: BidResolvers<ContextType>;
  BidConnection?: BidConnectionResolvers<ContextType>;
  BidDecision?: BidDecisionResolvers<ContextType>;
  BidEdge?: BidEdgeResolvers<ContextType>;
  Board?: BoardResolvers<ContextType>;
  BoardConnection?: BoardConnectionResolvers<ContextType>;
  BoardDissolution?: BoardDissolutionResolvers<ContextType>;
  BoardEdge?: BoardEdgeResolvers<ContextType>;
  BoardMember?: BoardMemberResolvers<ContextType>;
  BrokenLink?: BrokenLinkResolvers<ContextType>;
  ChainHead?: ChainHeadResolvers<ContextType>;
  Chair?: ChairResolvers<ContextType>;
  Change?: ChangeResolvers<ContextType>;
  ChangeConnection?: ChangeConnectionResolvers<ContextType>;
  ChangeEdge?: ChangeEdgeResolvers<ContextType>;
  ChangeInitiativeStatusPayload?: ChangeInitiativeStatusPayloadResolvers<ContextType>;
  ChangeStamp?: ChangeStampResolvers<ContextType>;
  CloseIssuePayload?: CloseIssuePayloadResolvers<ContextType>;
  CommandResult?: CommandResultResolvers<ContextType>;
  CommentOnActionPayload?: CommentOnActionPayloadResolvers<ContextType>;
  CommissionServicePayload?: CommissionServicePayloadResolvers<ContextType>;
  CommissionedService?: CommissionedServiceResolvers<ContextType>;
  CommissionedServiceConnection?: CommissionedServiceConnectionResolvers<ContextType>;
  CommissionedServiceEdge?: CommissionedServiceEdgeResolvers<ContextType>;
  CompleteActionPayload?: CompleteActionPayloadResolvers<ContextType>;
  CompleteActivityPayload?: CompleteActivityPayloadResolvers<ContextType>;
  CompleteMilestonePayload?: CompleteMilestonePayloadResolvers<ContextType>;
  Contract?: ContractResolvers<ContextType>;
  ContractEnd?: ContractEndResolvers<ContextType>;
  ContractExtension?: ContractExtensionResolvers<ContextType>;
  ContractVariation?: ContractVariationResolvers<ContextType>;
  CorrectIndicatorValuePayload?: CorrectIndicatorValuePayloadResolvers<ContextType>;
  CorrectInitiativeOutcomePayload?: CorrectInitiativeOutcomePayloadResolvers<ContextType>;
  CreateDeliveryPlanPayload?: CreateDeliveryPlanPayloadResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Decision?: DecisionResolvers<ContextType>;
  DecisionConcern?: DecisionConcernResolvers<ContextType>;
  DecisionConnection?: DecisionConnectionResolvers<ContextType>;
  DecisionEdge?: DecisionEdgeResolvers<ContextType>;
  DefineIndicatorPayload?: DefineIndicatorPayloadResolvers<ContextType>;
  DeliveryConfidenceAssessment?: DeliveryConfidenceAssessmentResolvers<ContextType>;
  DeliveryConfidenceCount?: DeliveryConfidenceCountResolvers<ContextType>;
  DeliveryPlan?: DeliveryPlanResolvers<ContextType>;
  DeliveryPlanConnection?: DeliveryPlanConnectionResolvers<ContextType>;
  DeliveryPlanEdge?: DeliveryPlanEdgeResolvers<ContextType>;
  DesignatePeopleZonePayload?: DesignatePeopleZonePayloadResolvers<ContextType>;
  DirectionOfTravel?: DirectionOfTravelResolvers<ContextType>;
  DissolveBoardPayload?: DissolveBoardPayloadResolvers<ContextType>;
  EndContractPayload?: EndContractPayloadResolvers<ContextType>;
  EstablishBoardPayload?: EstablishBoardPayloadResolvers<ContextType>;
  ExtendContractPayload?: ExtendContractPayloadResolvers<ContextType>;
  FundingStream?: FundingStreamResolvers<ContextType>;
  FundingStreamConnection?: FundingStreamConnectionResolvers<ContextType>;
  FundingStreamEdge?: FundingStreamEdgeResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorConnection?: IndicatorConnectionResolvers<ContextType>;
  IndicatorEdge?: IndicatorEdgeResolvers<ContextType>;
  IndicatorThresholds?: IndicatorThresholdsResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  Initiative?: InitiativeResolvers<ContextType>;
  InitiativeConnection?: InitiativeConnectionResolvers<ContextType>;
  InitiativeCounts?: InitiativeCountsResolvers<ContextType>;
  InitiativeEdge?: InitiativeEdgeResolvers<ContextType>;
  InitiativeMilestone?: InitiativeMilestoneResolvers<ContextType>;
  InitiativeOutcome?: InitiativeOutcomeResolvers<ContextType>;
  InitiativeOutcomeConnection?: InitiativeOutcomeConnectionResolvers<ContextType>;
  InitiativeOutcomeEdge?: InitiativeOutcomeEdgeResolvers<ContextType>;
  InitiativeStatusChange?: InitiativeStatusChangeResolvers<ContextType>;
  InitiativeStatusCount?: InitiativeStatusCountResolvers<ContextType>;
  IntegrityReport?: IntegrityReportResolvers<ContextType>;
  Issue?: IssueResolvers<ContextType>;
  IssueAssignment?: IssueAssignmentResolvers<ContextType>;
  IssueClosure?: IssueClosureResolvers<ContextType>;
  IssueConnection?: IssueConnectionResolvers<ContextType>;
  IssueEdge?: IssueEdgeResolvers<ContextType>;
  IssueParty?: IssuePartyResolvers<ContextType>;
  IssueResolution?: IssueResolutionResolvers<ContextType>;
  JSON?: GraphQLScalarType;
  LeadOfficer?: LeadOfficerResolvers<ContextType>;
  LogActionPayload?: LogActionPayloadResolvers<ContextType>;
  LogIssuePayload?: LogIssuePayloadResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  MeetingConnection?: MeetingConnectionResolvers<ContextType>;
  MeetingEdge?: MeetingEdgeResolvers<ContextType>;
  MilestoneRedating?: MilestoneRedatingResolvers<ContextType>;
  Money?: MoneyResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  NextSteps?: NextStepsResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  Organisation?: OrganisationResolvers<ContextType>;
  OrganisationConnection?: OrganisationConnectionResolvers<ContextType>;
  OrganisationEdge?: OrganisationEdgeResolvers<ContextType>;
  OrganisationName?: OrganisationNameResolvers<ContextType>;
  OutcomeFigure?: OutcomeFigureResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Pence?: GraphQLScalarType;
  PeopleZone?: PeopleZoneResolvers<ContextType>;
  PeopleZoneConnection?: PeopleZoneConnectionResolvers<ContextType>;
  PeopleZoneEdge?: PeopleZoneEdgeResolvers<ContextType>;
  Period?: PeriodResolvers<ContextType>;
  PlanActivity?: PlanActivityResolvers<ContextType>;
  PlanActivityConnection?: PlanActivityConnectionResolvers<ContextType>;
  PlanActivityEdge?: PlanActivityEdgeResolvers<ContextType>;
  PlanProgress?: PlanProgressResolvers<ContextType>;
  PortfolioChange?: PortfolioChangeResolvers<ContextType>;
  PortfolioDashboard?: PortfolioDashboardResolvers<ContextType>;
  Position?: GraphQLScalarType;
  Priority?: PriorityResolvers<ContextType>;
  PriorityConnection?: PriorityConnectionResolvers<ContextType>;
  PriorityEdge?: PriorityEdgeResolvers<ContextType>;
  PriorityRetirement?: PriorityRetirementResolvers<ContextType>;
  PriorityRevision?: PriorityRevisionResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RangeAssessment?: RangeAssessmentResolvers<ContextType>;
  RecipientTotal?: RecipientTotalResolvers<ContextType>;
  RecordBidDecisionPayload?: RecordBidDecisionPayloadResolvers<ContextType>;
  RecordDecisionPayload?: RecordDecisionPayloadResolvers<ContextType>;
  RecordIndicatorValuePayload?: RecordIndicatorValuePayloadResolvers<ContextType>;
  RecordInitiativeOutcomePayload?: RecordInitiativeOutcomePayloadResolvers<ContextType>;
  RecordKeyProvisionPayload?: RecordKeyProvisionPayloadResolvers<ContextType>;
  RecordNextStepsPayload?: RecordNextStepsPayloadResolvers<ContextType>;
  RecordSpendPayload?: RecordSpendPayloadResolvers<ContextType>;
  RecordZoneEvaluationPayload?: RecordZoneEvaluationPayloadResolvers<ContextType>;
  RedateMilestonePayload?: RedateMilestonePayloadResolvers<ContextType>;
  RegisterFundingStreamPayload?: RegisterFundingStreamPayloadResolvers<ContextType>;
  RegisterInitiativePayload?: RegisterInitiativePayloadResolvers<ContextType>;
  RegisterOrganisationPayload?: RegisterOrganisationPayloadResolvers<ContextType>;
  RemoveBoardMemberPayload?: RemoveBoardMemberPayloadResolvers<ContextType>;
  RenameOrganisationPayload?: RenameOrganisationPayloadResolvers<ContextType>;
  ReplanActivityPayload?: ReplanActivityPayloadResolvers<ContextType>;
  ResolveIssuePayload?: ResolveIssuePayloadResolvers<ContextType>;
  RetirePriorityPayload?: RetirePriorityPayloadResolvers<ContextType>;
  ReviseAllocationPayload?: ReviseAllocationPayloadResolvers<ContextType>;
  RevisePriorityPayload?: RevisePriorityPayloadResolvers<ContextType>;
  ScheduleMeetingPayload?: ScheduleMeetingPayloadResolvers<ContextType>;
  SeriesPoint?: SeriesPointResolvers<ContextType>;
  SetActionRagPayload?: SetActionRagPayloadResolvers<ContextType>;
  SetDeliveryConfidencePayload?: SetDeliveryConfidencePayloadResolvers<ContextType>;
  Spend?: SpendResolvers<ContextType>;
  SubmitBidPayload?: SubmitBidPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  TargetAssessment?: TargetAssessmentResolvers<ContextType>;
  TargetRange?: TargetRangeResolvers<ContextType>;
  TermsOfReference?: TermsOfReferenceResolvers<ContextType>;
  ThresholdAssessment?: ThresholdAssessmentResolvers<ContextType>;
  Timeline?: TimelineResolvers<ContextType>;
  UpdateActivityStatusPayload?: UpdateActivityStatusPayloadResolvers<ContextType>;
  VaryContractPayload?: VaryContractPayloadResolvers<ContextType>;
  Viewer?: ViewerResolvers<ContextType>;
  WithdrawAllocationPayload?: WithdrawAllocationPayloadResolvers<ContextType>;
  YearTotal?: YearTotalResolvers<ContextType>;
  ZoneEvaluation?: ZoneEvaluationResolvers<ContextType>;
  ZoneKeyProvision?: ZoneKeyProvisionResolvers<ContextType>;
  ZoneStageChange?: ZoneStageChangeResolvers<ContextType>;
  ZoneWorkstream?: ZoneWorkstreamResolvers<ContextType>;
};

export type DirectiveResolvers<ContextType = GraphQLContext> = {
  allow?: AllowDirectiveResolver<any, any, ContextType>;
};
