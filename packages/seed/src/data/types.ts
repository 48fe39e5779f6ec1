/**
 * The shape of the LLR demo data set: what the five board papers in /work/shared/seeds say,
 * one data module per paper, every record carrying where it comes from. The types are the
 * papers' vocabulary, not the domain's: `plan.ts` turns them into commands.
 *
 * Conventions:
 * - `key` is a stable slug; `plan.ts` derives every entity id and command id from keys, so the
 *   same data always gives the same ids. Keys are unique per kind across all papers.
 * - References to other records (`boardKey`, `organisationKey`, ...) are keys; a record may
 *   refer to anything defined in its own paper or an earlier one.
 * - `date` is the business date (YYYY-MM-DD). When the paper gives no exact date, `dateNote`
 *   says what it gives and which date stands in: the paper's meeting date, the first day of a
 *   month the paper names, or (when the thing is seen earlier in the same paper) that date.
 * - Money is in pence, as integers.
 * - Figures are exact decimals written as text ("36", "0.26"), as the paper prints them.
 */

export type PaperId = '000' | '001' | '002' | '003' | '004';

/** Where a record comes from: the paper and the paragraph, minute, table or annex. */
export interface Source {
  paper: PaperId;
  ref: string;
}

export interface PaperInfo {
  id: PaperId;
  /** The file in /work/shared/seeds. */
  file: string;
  title: string;
  /** The body the paper was written for. */
  body: string;
  /** The date of the meeting the paper was written for. */
  meetingDate: string;
}

export interface Dated {
  date: string;
  /** Present when the paper gives no exact date: what it gives and which date stands in. */
  dateNote?: string;
}

export interface Sourced {
  source: Source;
}

export type OrganisationKind =
  | 'POLICE'
  | 'PCC_OFFICE'
  | 'LOCAL_AUTHORITY'
  | 'LOCAL_AUTHORITY_DEPARTMENT'
  | 'PROBATION'
  | 'HEALTH_COMMISSIONER'
  | 'HEALTH_PROVIDER'
  | 'FIRE_AND_RESCUE'
  | 'AMBULANCE'
  | 'PROSECUTION'
  | 'COURTS'
  | 'PRISON'
  | 'GOVERNMENT'
  /** A provider of services whose sector the papers do not state. */
  | 'SERVICE_PROVIDER'
  | 'VOLUNTARY_SECTOR'
  | 'PRIVATE_SECTOR'
  | 'ACADEMIC'
  | 'PARTNERSHIP'
  /** The papers do not say what kind of body it is. */
  | 'OTHER';

/**
 * Local authority tier: UPPER (county councils and unitary authorities, the "Tier One local
 * authorities" of the DA duty, 002 para 32) or LOWER (the district and borough councils,
 * "second tier authorities where the housing/homelessness duty rests").
 */
export type AuthorityTier = 'UPPER' | 'LOWER';

export interface OrganisationRecord extends Dated, Sourced {
  key: string;
  /** The name as the paper writes it, expanded where the paper abbreviates. */
  name: string;
  shortName?: string;
  kind: OrganisationKind;
  tier?: AuthorityTier;
  /** The organisation it is part of (a department of a council, a team of the force). */
  parentKey?: string;
  note?: string;
}

/** A change to an organisation the papers report (the 2021 reunification of probation). */
export interface OrganisationChange extends Dated, Sourced {
  kind: 'MERGED_INTO' | 'CEASED';
  organisationKeys: string[];
  /** The organisation they merged into, for MERGED_INTO. */
  intoKey?: string;
  note: string;
}

export interface Chair {
  /** The person (personal data: erasable on request). */
  person: string;
  /** The office they hold, e.g. "Police and Crime Commissioner". */
  role: string;
  organisationKey: string | null;
}

export interface BoardRecord extends Dated, Sourced {
  key: string;
  name: string;
  shortName?: string;
  parentKey: string | null;
  purpose: string;
  chair?: Chair;
  note?: string;
}

export interface ChairChange extends Dated, Sourced {
  boardKey: string;
  chair: Chair;
  note?: string;
}

/**
 * The structure reported under a board at a date: the boards named now, and the boards named
 * there before. The papers name the new structure; they do not say how the earlier boards ended.
 */
export interface BoardRestructure extends Dated, Sourced {
  underKey: string;
  boardKeys: string[];
  previousBoardKeys: string[];
  note: string;
}

export interface MissionStatement {
  title: string;
  examples: string;
}

export interface TermsOfReference extends Dated, Sourced {
  key: string;
  boardKey: string;
  /** DRAFT or PROPOSED: put to a board; CURRENT: as the paper reports it in force. */
  status: 'DRAFT' | 'PROPOSED' | 'CURRENT';
  purposes: string[];
  missionStatements?: MissionStatement[];
  meetingFrequency?: string;
  note?: string;
}

export interface Member {
  /** The organisation the member represents, or null when the paper names none. */
  organisationKey: string | null;
  /** The role or seat, e.g. "Chief Constable". */
  role: string;
  /** The person, when the paper names one (personal data). */
  person?: string;
}

export interface Membership extends Dated, Sourced {
  key: string;
  boardKey: string;
  /**
   * PROPOSED: a proposed membership; CURRENT: as the paper reports it; PRESENT: members present
   * at a meeting; APOLOGIES: members who sent apologies for a meeting.
   */
  status: 'PROPOSED' | 'CURRENT' | 'PRESENT' | 'APOLOGIES';
  members: Member[];
  note?: string;
}

export interface MeetingRecord extends Dated, Sourced {
  key: string;
  boardKey: string;
  /** HELD: the paper reports it took place; SCHEDULED: planned or on an agenda. */
  status: 'HELD' | 'SCHEDULED';
  /** Main focus or agenda themes. */
  themes: string[];
  location?: string;
  note?: string;
}

export type DecisionKind = 'RESOLVED' | 'AGREED' | 'APPROVED' | 'PROPOSED' | 'ENDORSED';

export interface DecisionRecord extends Dated, Sourced {
  key: string;
  meetingKey: string;
  kind: DecisionKind;
  /** The minute and item, e.g. "53(b)". */
  minute?: string;
  text: string;
  note?: string;
}

export interface PriorityRecord extends Dated, Sourced {
  key: string;
  boardKey: string;
  title: string;
  rationale?: string;
  decisionKey?: string;
}

export type InitiativeStatus =
  | 'NOT_STARTED'
  | 'IN_PROGRESS'
  | 'ON_HOLD'
  | 'EMBEDDED'
  | 'MOVED'
  | 'COMPLETED';

export interface Lead {
  organisationKey: string | null;
  /** The officer (personal data), when named. */
  person?: string;
}

export interface InitiativeRecord extends Dated, Sourced {
  key: string;
  title: string;
  boardKey: string;
  description: string;
  leads: Lead[];
  /** The status when first recorded; later moves are `InitiativeUpdate`s. */
  status: Exclude<InitiativeStatus, 'MOVED' | 'COMPLETED'>;
  priorityKey?: string;
  fundingStreamKey?: string;
  /** The decision that adopted or approved it, when the paper shows one. */
  decisionKey?: string;
  nextSteps?: string[];
  note?: string;
}

export interface InitiativeUpdate extends Dated, Sourced {
  initiativeKey: string;
  status: InitiativeStatus;
  /** The board it moves to, for MOVED. */
  boardKey?: string;
  leads?: Lead[];
  nextSteps?: string[];
  note: string;
}

/** A period as the performance reports give it. */
export type PeriodSpec =
  | { kind: 'FINANCIAL_YEAR'; financialYear: string }
  | { kind: 'QUARTER'; financialYear: string; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'ROLLING_12_MONTHS'; end: string }
  | { kind: 'DATE_RANGE'; start: string; end: string };

export interface Figure {
  name: string;
  value: string;
}

export interface OutcomeRecord extends Dated, Sourced {
  key: string;
  initiativeKey: string;
  title: string;
  figures: Figure[];
  /** Null when the figures are "to date" as reported on `date`. */
  period: PeriodSpec | null;
  note?: string;
}

export interface IssueRecord extends Dated, Sourced {
  key: string;
  /** The log it belongs to: 'spb-issues-log' or 'lscsb-partnership-issues'. */
  logKey: string;
  title: string;
  description: string;
  raisedByKey: string | null;
  response?: string;
  note?: string;
}

export interface IssueLog extends Dated, Sourced {
  key: string;
  boardKey: string;
  title: string;
  purpose: string;
  note?: string;
}

export type Rag = 'RED' | 'AMBER' | 'GREEN';

export interface ActionRecord extends Dated, Sourced {
  key: string;
  boardKey: string;
  /** The number in the log. */
  number: number;
  /** The date exactly as the log writes it, e.g. "26.6.20". */
  dateAsWritten: string;
  action: string;
  /** As the log writes it (personal data). */
  responsibleOfficers: string[];
  comments: string;
  /** Null when the log gives no status. */
  rag: Rag | null;
  /** The decision that gave rise to it, when the paper shows it. */
  decisionKey?: string;
}

export type PeopleZoneStage =
  | 'PROPOSED'
  | 'RESEARCHING'
  | 'ESTABLISHING'
  | 'ESTABLISHED'
  | 'EVALUATING'
  | 'MAINSTREAMED';

export type KeyProvision =
  | 'COMMUNITY_LEADERSHIP'
  | 'ACCESS_TO_COMMUNITY_ASSETS'
  | 'INTEGRATED_LOCAL_AGENCIES'
  | 'SHARED_APPROACH_TO_ISSUE_RESOLUTION';

export type PeopleZoneWorkstream =
  | 'PROJECT_MANAGEMENT'
  | 'INFORMATION_SHARING'
  | 'COMMUNICATION_AND_ENGAGEMENT'
  | 'STAKEHOLDER_MANAGEMENT'
  | 'SERVICE_MAPPING'
  | 'DESIGN'
  | 'DATA_ANALYSIS'
  | 'FUNDING_OPPORTUNITIES';

export interface PeopleZoneRecord extends Dated, Sourced {
  key: string;
  name: string;
  locality: string;
  district: string;
  /** The lead agency, or null when the papers name none. */
  leadOrganisationKey: string | null;
  problem: string;
  note?: string;
}

export interface PeopleZoneStageChange extends Dated, Sourced {
  zoneKey: string;
  stage: PeopleZoneStage;
  note: string;
}

export interface KeyProvisionRecord extends Dated, Sourced {
  zoneKey: string;
  provision: KeyProvision;
  status: 'IN_PLACE' | 'IN_PROGRESS' | 'MISSING';
  note: string;
}

/** Workstreams built for the People Zones concept as a whole (001 para 28); no owners named. */
export interface WorkstreamRecord extends Dated, Sourced {
  workstream: PeopleZoneWorkstream;
  title: string;
  ownerOrganisationKey: string | null;
}

export interface FundingStreamRecord extends Dated, Sourced {
  key: string;
  name: string;
  funderKey: string | null;
  /** The stream's total in pence, or null when the paper gives no exact total. */
  totalPence: number | null;
  /** The financial years it covers, when the paper gives them (consecutive, in order). */
  financialYears: string[];
  /** How many bids one area may make, when the funder sets a limit. */
  bidLimitPerArea?: number;
  description: string;
  note?: string;
}

export interface AllocationRecord extends Dated, Sourced {
  key: string;
  streamKey: string;
  recipientKey: string;
  amountPence: number;
  /** What the money is for, as the paper puts it. */
  purpose: string;
  /** The financial year, when the stream covers more than one. */
  financialYear?: string;
  note?: string;
}

export interface BidRecord extends Dated, Sourced {
  key: string;
  streamKey: string;
  bidderKey: string;
  title: string;
  status: 'IN_PREPARATION' | 'SUBMITTED' | 'SUCCESSFUL' | 'UNSUCCESSFUL';
  /** The deadline, when given. */
  deadline?: string;
  amountPence: number | null;
  note?: string;
}

export interface Timeline {
  /** The plan's own wording. */
  text: string;
  kind: 'DUE_DATE' | 'PERIOD' | 'ONGOING';
  /** For DUE_DATE: the date the wording names (a month named: its last day). */
  dueDate?: string;
  /** For PERIOD: e.g. "2021/22 Q1". */
  period?: string;
}

export interface PlanActivity {
  key: string;
  /** The row of the annex table. */
  row: number;
  what: string;
  how: string;
  timeline: Timeline;
  /** The board it reports to, or null ("N/A", or a reporting arrangement that is not a board). */
  reportsToBoardKey: string | null;
  /** The Reporting column as the plan writes it. */
  reportingAsWritten: string;
  /** Status when the plan says the work is under way. */
  status?: 'IN_PROGRESS';
  statusNote?: string;
}

export interface DeliveryPlanRecord extends Dated, Sourced {
  key: string;
  title: string;
  boardKey: string;
  priorityKey?: string;
  activities: PlanActivity[];
  note?: string;
}

export interface CommissionedServiceRecord extends Dated, Sourced {
  key: string;
  name: string;
  providerKey: string;
  commissionerKey: string;
  /** The area served, as the paper writes it. */
  area: string;
  /** What the service provides, as the paper describes it. */
  scope?: string;
  start: string;
  /** The end date, when given. */
  end?: string;
  fundingStreamKey?: string;
  note?: string;
}

export type IndicatorUnit = 'COUNT' | 'RATE_PER_1000' | 'PERCENTAGE' | 'RATIO';
export type Polarity = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';

export interface IndicatorRecord extends Dated, Sourced {
  key: string;
  name: string;
  description: string;
  unit: IndicatorUnit;
  polarity: Polarity;
  /** Where the polarity comes from in the paper's wording. */
  polarityBasis: string;
  thresholds?: { targetRange?: { low: string; high: string }; targetValue?: string };
  thresholdsBasis?: string;
  stableWithin?: string;
  boardKey: string;
  priorityKey?: string;
}

export interface IndicatorValueRecord extends Dated, Sourced {
  key: string;
  indicatorKey: string;
  period: PeriodSpec;
  value: string;
  note?: string;
  /** The value this one corrects (a later paper giving a different figure for the period). */
  correctsKey?: string;
  correctionReason?: string;
}

/** Everything one paper says, in the order the programme office would enter it. */
export interface PaperData {
  paper: PaperInfo;
  organisations?: OrganisationRecord[];
  organisationChanges?: OrganisationChange[];
  boards?: BoardRecord[];
  chairChanges?: ChairChange[];
  restructures?: BoardRestructure[];
  termsOfReference?: TermsOfReference[];
  memberships?: Membership[];
  meetings?: MeetingRecord[];
  decisions?: DecisionRecord[];
  priorities?: PriorityRecord[];
  fundingStreams?: FundingStreamRecord[];
  allocations?: AllocationRecord[];
  bids?: BidRecord[];
  initiatives?: InitiativeRecord[];
  initiativeUpdates?: InitiativeUpdate[];
  outcomes?: OutcomeRecord[];
  issueLogs?: IssueLog[];
  issues?: IssueRecord[];
  actions?: ActionRecord[];
  peopleZones?: PeopleZoneRecord[];
  peopleZoneStages?: PeopleZoneStageChange[];
  keyProvisions?: KeyProvisionRecord[];
  workstreams?: WorkstreamRecord[];
  deliveryPlans?: DeliveryPlanRecord[];
  commissionedServices?: CommissionedServiceRecord[];
  indicators?: IndicatorRecord[];
  indicatorValues?: IndicatorValueRecord[];
}
