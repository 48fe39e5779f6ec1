import type { CommandName, commands } from '@tracker/domain';
import { v5 as uuidv5 } from 'uuid';
import {
  llrPapers,
  type ActionRecord,
  type BoardRecord,
  type Chair,
  type DecisionRecord,
  type Dated,
  type Lead,
  type OrganisationRecord,
  type PaperData,
  type PaperId,
  type PaperInfo,
  type PeriodSpec,
  type Source,
} from './data';

/**
 * The LLR seed as commands: the five papers' data turned into an ordered list of commands for
 * the public command path, each with its business date and a deterministic command id, so that
 * seeding twice appends nothing new. Entity ids are deterministic too (`seedId`), given in the
 * inputs, so later commands can cite what earlier ones created.
 *
 * Every command's `reason` says where it comes from (paper, paragraph, and how its date was
 * chosen when the paper gives none); it is kept in the events' metadata for auditors.
 *
 * What the data holds but no command can take yet, or takes only with facts the papers do not
 * give, is not invented: it is listed in `skipped` with the reason.
 */

/** Namespace of every id the seed derives: fixed forever, so ids stay stable. */
export const LLR_SEED_NAMESPACE = '9a738050-6739-4b1e-a31f-b7668df55a69';

/** The id of a seeded entity, e.g. `seedId('board', 'spb')`. */
export const seedId = (kind: string, key: string): string =>
  uuidv5(`llr-seed/${kind}/${key}`, LLR_SEED_NAMESPACE);

/** The id of a seed command: one per paper, command and record. */
export const seedCommandId = (paper: PaperId, command: string, key: string): string =>
  uuidv5(`llr-seed/${paper}/${command}/${key}`, LLR_SEED_NAMESPACE);

/** What a command's input schema accepts. */
export type SeedInput<K extends CommandName> = (typeof commands)[K]['input']['_input'];

export interface SeedOptions {
  commandId: string;
  /** Business time: when it happened, as the paper dates it. */
  occurredAt: string;
  /** Where it comes from, for the audit trail. */
  reason: string;
}

export interface SeedCommand<K extends CommandName = CommandName> {
  command: K;
  input: SeedInput<K>;
  options: SeedOptions;
}

/** A record of the data set the plan does not turn into a command, and why. */
export interface SkippedRecord {
  paper: PaperId;
  record: string;
  reason: string;
}

export interface LlrSeedPlan {
  commands: SeedCommand[];
  skipped: SkippedRecord[];
}

type Provenance = Dated & { source: Source; note?: string };
type DomainOrganisationKind = SeedInput<'registerOrganisation'>['kind'];
type DomainPeriod = SeedInput<'recordIndicatorValue'>['period'];

const organisationKinds: Record<OrganisationRecord['kind'], DomainOrganisationKind | null> = {
  POLICE: 'POLICE',
  PCC_OFFICE: 'OPCC',
  LOCAL_AUTHORITY: null,
  LOCAL_AUTHORITY_DEPARTMENT: null,
  PROBATION: 'JUSTICE',
  HEALTH_COMMISSIONER: 'HEALTH',
  HEALTH_PROVIDER: 'HEALTH',
  FIRE_AND_RESCUE: 'FIRE',
  AMBULANCE: 'AMBULANCE',
  PROSECUTION: 'JUSTICE',
  COURTS: 'JUSTICE',
  PRISON: 'JUSTICE',
  GOVERNMENT: null,
  SERVICE_PROVIDER: 'PROVIDER',
  VOLUNTARY_SECTOR: 'VOLUNTARY_SECTOR',
  PRIVATE_SECTOR: 'PROVIDER',
  ACADEMIC: 'ACADEMIC',
  PARTNERSHIP: null,
  OTHER: null,
};

const papersById = new Map(llrPapers.map((p) => [p.paper.id, p.paper]));

/** A short citation, e.g. "LSCSB agenda pack, 17 June 2022 (paper 003), Public Health update, para 4". */
const citation = (source: Source): string => {
  const paper = papersById.get(source.paper);
  return `${paper ? `${paper.title} (paper ${paper.id})` : `paper ${source.paper}`}, ${source.ref}`;
};

const reasonOf = (at: Provenance): string =>
  [
    `LLR seed: ${citation(at.source)}.`,
    at.dateNote ? `Date: ${at.dateNote}.` : '',
    at.note ? `Note: ${at.note}` : '',
  ]
    .filter(Boolean)
    .join(' ');

const periodOf = (period: PeriodSpec): DomainPeriod => period;

/** Text cut to `max` characters at a word boundary, marked with an ellipsis when cut. */
export const fit = (text: string, max: number): string => {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:]+$/, '')}…`;
};

class Planner {
  readonly commands: SeedCommand[] = [];
  readonly skipped: SkippedRecord[] = [];
  /** Every organisation the data names, registered or not. */
  private readonly organisations = new Map<string, OrganisationRecord>();
  private readonly registered = new Set<string>();
  private readonly boards = new Map<string, BoardRecord>();
  private readonly meetingBoards = new Map<string, string>();
  /** Board seats held: board key -> "organisation|role" -> representative. */
  private readonly seats = new Map<string, Map<string, string | null>>();
  private paper!: PaperInfo;

  plan(data: PaperData): void {
    this.paper = data.paper;
    this.organisationsOf(data);
    this.boardsOf(data);
    this.termsOfReferenceOf(data);
    this.membershipsOf(data);
    this.meetingsOf(data);
    this.prioritiesOf(data);
    this.fundingOf(data);
    this.initiativesOf(data);
    this.logsOf(data);
    this.peopleZonesOf(data);
    this.deliveryPlansOf(data);
    this.servicesOf(data);
    this.indicatorsOf(data);
  }

  private add<K extends CommandName>(
    command: K,
    key: string,
    input: SeedInput<K>,
    at: Provenance,
    occurredAt: string = at.date,
  ): void {
    this.commands.push({
      command,
      input,
      options: {
        commandId: seedCommandId(this.paper.id, command, key),
        occurredAt,
        reason: reasonOf(at),
      },
    } as SeedCommand);
  }

  private skip(record: string, reason: string): void {
    this.skipped.push({ paper: this.paper.id, record, reason });
  }

  /** The id of a registered organisation, or null when it is not registered. */
  private organisationId(key: string | null | undefined): string | null {
    return key && this.registered.has(key) ? seedId('organisation', key) : null;
  }

  private organisationName(key: string | null): string | null {
    return key ? (this.organisations.get(key)?.name ?? null) : null;
  }

  private organisationLabel(key: string | null): string | undefined {
    if (!key) return undefined;
    const organisation = this.organisations.get(key);
    return organisation?.shortName ?? organisation?.name;
  }

  private domainKind(record: OrganisationRecord): DomainOrganisationKind | null {
    const tierOf = (r: OrganisationRecord | undefined): DomainOrganisationKind | null =>
      r?.tier === 'UPPER'
        ? 'LOCAL_AUTHORITY_TIER1'
        : r?.tier === 'LOWER'
          ? 'LOCAL_AUTHORITY_TIER2'
          : null;
    if (record.kind === 'LOCAL_AUTHORITY') return tierOf(record);
    if (record.kind === 'LOCAL_AUTHORITY_DEPARTMENT')
      return tierOf(this.organisations.get(record.parentKey ?? ''));
    return organisationKinds[record.kind];
  }

  private organisationsOf(data: PaperData): void {
    for (const record of data.organisations ?? []) {
      this.organisations.set(record.key, record);
      const kind = this.domainKind(record);
      if (!kind) {
        this.skip(
          `organisation ${record.key} (${record.name})`,
          record.kind === 'GOVERNMENT'
            ? "registerOrganisation has no kind for government departments and agencies; where one funds a stream, its name is the stream's funder"
            : 'registerOrganisation has no kind for it (the papers do not say what kind of body it is); it appears by name where it leads work',
        );
        continue;
      }
      this.registered.add(record.key);
      this.add(
        'registerOrganisation',
        record.key,
        {
          organisationId: seedId('organisation', record.key),
          name: record.name,
          kind,
          shortName: record.shortName ?? null,
        },
        record,
      );
      if (record.parentKey)
        this.skip(
          `organisation ${record.key}: part of ${record.parentKey}`,
          'organisations have no parent organisation in the domain',
        );
    }
    for (const change of data.organisationChanges ?? [])
      this.skip(
        `organisation change ${change.kind}: ${change.organisationKeys.join(', ')}${change.intoKey ? ` into ${change.intoKey}` : ''}`,
        'no command records organisations merging or ceasing',
      );
  }

  private appointChair(boardKey: string, chair: Chair, at: Provenance): void {
    const organisationId = this.organisationId(chair.organisationKey);
    if (!organisationId) {
      this.skip(
        `chair of ${boardKey} from ${at.date}`,
        "appointChair needs the chair's organisation, and the paper names none that is registered",
      );
      return;
    }
    this.add(
      'appointChair',
      `${boardKey}/${at.date}`,
      {
        boardId: seedId('board', boardKey),
        name: chair.person,
        role: chair.role,
        organisationId,
        from: at.date,
      },
      at,
    );
  }

  private boardsOf(data: PaperData): void {
    for (const record of data.boards ?? []) {
      this.boards.set(record.key, record);
      this.add(
        'establishBoard',
        record.key,
        {
          boardId: seedId('board', record.key),
          name: record.shortName ? `${record.name} (${record.shortName})` : record.name,
          purpose: record.purpose,
          parentBoardId: record.parentKey ? seedId('board', record.parentKey) : null,
        },
        record,
      );
      if (record.chair) this.appointChair(record.key, record.chair, record);
    }
    for (const change of data.chairChanges ?? [])
      this.appointChair(change.boardKey, change.chair, change);
    for (const restructure of data.restructures ?? []) {
      const nameOf = (key: string) => this.boards.get(key)?.name ?? key;
      const under = nameOf(restructure.underKey);
      for (const boardKey of restructure.previousBoardKeys)
        this.add(
          'dissolveBoard',
          boardKey,
          {
            boardId: seedId('board', boardKey),
            successorBoardId: seedId('board', restructure.underKey),
            reason:
              `Not among the boards reported under the ${under} on ${restructure.date}: ` +
              `${restructure.boardKeys.map(nameOf).join('; ')}. The papers do not say when or how ` +
              `it ended, or which board took its work; its successor is given as the ${under}.`,
            dissolvedOn: restructure.date,
          },
          restructure,
        );
    }
  }

  private termsOfReferenceOf(data: PaperData): void {
    for (const record of data.termsOfReference ?? []) {
      if (record.status !== 'CURRENT') {
        this.skip(
          `terms of reference ${record.key} (${record.status.toLowerCase()})`,
          'adoptTermsOfReference records adopted terms; the paper reports these as ' +
            `${record.status.toLowerCase()} and does not say they were adopted`,
        );
        continue;
      }
      this.add(
        'adoptTermsOfReference',
        record.key,
        {
          boardId: seedId('board', record.boardKey),
          purpose: record.purposes.join('\n'),
          missionStatements: (record.missionStatements ?? []).map(
            (m) => `${m.title} – e.g. ${m.examples}`,
          ),
          membershipSummary: record.meetingFrequency
            ? `Meets ${record.meetingFrequency}.`
            : undefined,
          adoptedOn: record.date,
        },
        record,
      );
    }
  }

  private membershipsOf(data: PaperData): void {
    for (const record of data.memberships ?? []) {
      if (record.status === 'PROPOSED') {
        this.skip(
          `membership ${record.key} (proposed)`,
          'appointBoardMember records appointments; the paper proposes this membership and does not say it was agreed',
        );
        continue;
      }
      const seats = this.seats.get(record.boardKey) ?? new Map<string, string | null>();
      this.seats.set(record.boardKey, seats);
      for (const member of record.members) {
        if (member.role === 'Chairman') continue; // the chair is appointed with appointChair
        const organisationId = this.organisationId(member.organisationKey);
        if (!organisationId) {
          this.skip(
            `member of ${record.boardKey}: ${member.role}`,
            'appointBoardMember needs a registered organisation; the paper names none for this seat',
          );
          continue;
        }
        const seat = `${member.organisationKey}|${member.role.toLowerCase()}`;
        const person = member.person ?? null;
        const key = `${record.boardKey}/${seat}`;
        if (seats.has(seat)) {
          if (seats.get(seat) === person) continue;
          this.add(
            'removeBoardMember',
            `${key}/${record.date}`,
            {
              boardId: seedId('board', record.boardKey),
              organisationId,
              role: member.role,
              reason: `${citation(record.source)} names the representative in this seat differently: another person, or the same person written another way.`,
              removedOn: record.date,
            },
            record,
          );
        }
        seats.set(seat, person);
        this.add(
          'appointBoardMember',
          `${key}/${record.date}`,
          {
            boardId: seedId('board', record.boardKey),
            organisationId,
            role: member.role,
            representativeName: person,
            appointedOn: record.date,
          },
          record,
        );
      }
    }
  }

  private meetingsOf(data: PaperData): void {
    for (const record of data.meetings ?? []) {
      this.meetingBoards.set(record.key, record.boardKey);
      const knownOn = record.date <= this.paper.meetingDate ? record.date : this.paper.meetingDate;
      this.add(
        'scheduleMeeting',
        record.key,
        {
          meetingId: seedId('meeting', record.key),
          boardId: seedId('board', record.boardKey),
          date: record.date,
          theme: record.themes.length > 0 ? record.themes.join('; ') : undefined,
        },
        {
          ...record,
          note: [
            record.status === 'HELD' ? 'Held.' : 'Scheduled.',
            record.location ? `At ${record.location}.` : '',
            record.note ?? '',
          ]
            .filter(Boolean)
            .join(' '),
        },
        knownOn,
      );
    }
    for (const record of data.decisions ?? []) this.recordDecision(record);
  }

  private recordDecision(record: DecisionRecord): void {
    const kind =
      record.kind === 'APPROVED' || /\bbe approved\b/i.test(record.text)
        ? 'APPROVED'
        : /\bbe noted\b/i.test(record.text)
          ? 'NOTED'
          : 'AGREED';
    const label =
      record.kind === 'RESOLVED' ? 'RESOLVED: ' : record.kind === 'PROPOSED' ? 'Proposed: ' : '';
    this.add(
      'recordDecision',
      record.key,
      {
        decisionId: seedId('decision', record.key),
        meetingId: seedId('meeting', record.meetingKey),
        boardId: seedId('board', this.meetingBoards.get(record.meetingKey) ?? ''),
        resolution: `${record.minute ? `Minute ${record.minute}. ` : ''}${label}${record.text}`,
        kind,
      },
      record,
    );
  }

  private prioritiesOf(data: PaperData): void {
    for (const record of data.priorities ?? []) {
      const title = fit(record.title, 200);
      this.add(
        'agreePriority',
        record.key,
        {
          priorityId: seedId('priority', record.key),
          boardId: seedId('board', record.boardKey),
          title,
          // A title too long for the field is cut; the rationale keeps it in full.
          rationale:
            title === record.title
              ? record.rationale
              : [record.title, record.rationale].filter(Boolean).join('\n'),
          agreedAt: record.date,
          decisionId: record.decisionKey ? seedId('decision', record.decisionKey) : null,
        },
        record,
      );
    }
  }

  private fundingOf(data: PaperData): void {
    const registeredStreams = new Set<string>();
    for (const record of data.fundingStreams ?? []) {
      if (record.totalPence === null || record.financialYears.length === 0) {
        this.skip(
          `funding stream ${record.key} (${record.name})`,
          'registerFundingStream needs a total and its financial years; the paper gives ' +
            [
              record.totalPence === null ? 'no exact total' : '',
              record.financialYears.length === 0 ? 'no years' : '',
            ]
              .filter(Boolean)
              .join(' and '),
        );
        continue;
      }
      registeredStreams.add(record.key);
      this.add(
        'registerFundingStream',
        record.key,
        {
          fundingStreamId: seedId('fundingStream', record.key),
          name: record.name,
          funder: this.organisationName(record.funderKey) ?? 'Not named in the papers',
          financialYears: record.financialYears,
          totalPence: record.totalPence,
          conditions: record.description,
          bidLimitPerArea: record.bidLimitPerArea ?? null,
          registeredOn: record.date,
        },
        record,
      );
    }
    for (const record of data.allocations ?? []) {
      const recipientOrganisationId = this.organisationId(record.recipientKey);
      if (!recipientOrganisationId) {
        this.skip(`allocation ${record.key}`, 'its recipient is not a registered organisation');
        continue;
      }
      this.add(
        'allocateFunding',
        record.key,
        {
          fundingStreamId: seedId('fundingStream', record.streamKey),
          allocationId: seedId('allocation', record.key),
          recipientOrganisationId,
          amountPence: record.amountPence,
          purpose: record.purpose,
          financialYear: record.financialYear,
          allocatedOn: record.date,
        },
        record,
      );
    }
    for (const record of data.bids ?? [])
      this.skip(
        `bid ${record.key} (${record.title})`,
        record.amountPence === null
          ? 'submitBid needs the amount asked for; the paper gives none'
          : `its funding stream ${record.streamKey} is not registered`,
      );
  }

  private leadsOf(leads: Lead[]) {
    const leadOrganisationIds = [
      ...new Set(
        leads
          .map((l) => this.organisationId(l.organisationKey))
          .filter((id): id is string => id !== null),
      ),
    ];
    const leadOfficers = leads
      .filter((l): l is Lead & { person: string } => Boolean(l.person))
      .map((l) => ({ name: l.person, role: this.organisationLabel(l.organisationKey) }));
    return { leadOrganisationIds, leadOfficers };
  }

  private initiativesOf(data: PaperData): void {
    for (const record of data.initiatives ?? []) {
      // The tracker has no on-hold status: a paused initiative is registered IN_PROGRESS.
      const onHold = record.status === 'ON_HOLD';
      this.add(
        'registerInitiative',
        record.key,
        {
          initiativeId: seedId('initiative', record.key),
          title: record.title,
          description: record.description,
          owningBoardId: seedId('board', record.boardKey),
          priorityIds: record.priorityKey ? [seedId('priority', record.priorityKey)] : [],
          ...this.leadsOf(record.leads),
          status: record.status === 'ON_HOLD' ? 'IN_PROGRESS' : record.status,
          registeredOn: record.date,
          decisionId: record.decisionKey ? seedId('decision', record.decisionKey) : null,
        },
        onHold
          ? {
              ...record,
              note: `${record.note ?? ''} Paused: registered IN_PROGRESS, as the tracker has no on-hold status.`.trim(),
            }
          : record,
      );
      if (record.nextSteps?.length)
        this.add(
          'recordNextSteps',
          `${record.key}/${record.date}`,
          {
            initiativeId: seedId('initiative', record.key),
            nextSteps: record.nextSteps.map((s) => `- ${s}`).join('\n'),
            asOf: record.date,
          },
          record,
        );
    }
    for (const update of data.initiativeUpdates ?? []) {
      const person = update.leads?.find((l) => l.person);
      if (update.status !== 'MOVED' || !person) {
        this.skip(
          `initiative ${update.initiativeKey}: ${update.status.toLowerCase()} to ${update.boardKey ?? ''}`,
          'changeInitiativeStatus TRANSFERRED needs a named lead officer on the receiving board; ' +
            'the paper names only the lead organisation',
        );
        continue;
      }
    }
    for (const record of data.outcomes ?? [])
      this.add(
        'recordInitiativeOutcome',
        record.key,
        {
          initiativeId: seedId('initiative', record.initiativeKey),
          recordId: seedId('outcome', record.key),
          source: citation(record.source),
          note:
            [record.note, record.dateNote ? `Date: ${record.dateNote}.` : '']
              .filter(Boolean)
              .join(' ') || undefined,
          recordedOn: record.date,
          title: record.title,
          figures: record.figures,
          period: record.period ? periodOf(record.period) : null,
        },
        record,
      );
  }

  private logsOf(data: PaperData): void {
    for (const log of data.issueLogs ?? [])
      this.skip(
        `issue log ${log.key} (${log.title})`,
        'issues are logged against a board; the log itself is not an entity (its issues are logged against its board)',
      );
    for (const record of data.issues ?? []) {
      const log = llrPapers.flatMap((p) => p.issueLogs ?? []).find((l) => l.key === record.logKey)!;
      this.add(
        'logIssue',
        record.key,
        {
          issueId: seedId('issue', record.key),
          boardId: seedId('board', log.boardKey),
          title: record.title,
          description: record.response
            ? `${record.description}\nResponse: ${record.response}`
            : record.description,
          category: log.title,
          raisedBy: { organisationId: this.organisationId(record.raisedByKey) },
          raisedOn: record.date,
        },
        record,
      );
    }
    for (const record of data.actions ?? []) this.logAction(record);
  }

  private logAction(record: ActionRecord): void {
    const boardId = seedId('board', record.boardKey);
    const at = {
      ...record,
      note: `The log writes the date "${record.dateAsWritten}".${record.decisionKey ? ` Arose from decision ${record.decisionKey}.` : ''}`,
    };
    this.add(
      'logAction',
      record.key,
      {
        boardId,
        number: record.number,
        raisedOn: record.date,
        action: record.action,
        responsibleOfficers: record.responsibleOfficers,
      },
      at,
    );
    const asAtLog = { date: this.paper.meetingDate, source: record.source };
    if (record.comments)
      this.add(
        'commentOnAction',
        record.key,
        { boardId, number: record.number, comment: record.comments, commentedOn: asAtLog.date },
        asAtLog,
      );
    if (record.rag)
      this.add(
        'setActionRag',
        record.key,
        { boardId, number: record.number, rag: record.rag, setOn: asAtLog.date },
        asAtLog,
      );
  }

  private peopleZonesOf(data: PaperData): void {
    for (const record of data.peopleZones ?? []) {
      // The papers name no lead agency for some zones: they are designated without one.
      const leadAgencyId = this.organisationId(record.leadOrganisationKey);
      this.add(
        'designatePeopleZone',
        record.key,
        {
          peopleZoneId: seedId('peopleZone', record.key),
          name: record.name,
          locality: record.locality,
          district: record.district,
          leadAgencyId,
          problem: record.problem,
          designatedOn: record.date,
        },
        record,
      );
    }
    for (const record of data.peopleZoneStages ?? [])
      this.add(
        'advancePeopleZoneStage',
        `${record.zoneKey}/${record.stage}`,
        {
          peopleZoneId: seedId('peopleZone', record.zoneKey),
          stage: record.stage,
          reason: record.note,
          effectiveOn: record.date,
        },
        record,
      );
    for (const record of data.keyProvisions ?? [])
      this.add(
        'recordKeyProvision',
        `${record.zoneKey}/${record.provision}`,
        {
          peopleZoneId: seedId('peopleZone', record.zoneKey),
          provision: record.provision,
          status: record.status,
          note: record.note,
          assessedOn: record.date,
        },
        record,
      );
    for (const record of data.workstreams ?? [])
      this.skip(
        `People Zones workstream ${record.title}`,
        'assignWorkstream assigns a workstream of one zone to an owner organisation; the paper lists the workstreams of the People Zones concept, with no zone and no owner',
      );
  }

  private deliveryPlansOf(data: PaperData): void {
    for (const plan of data.deliveryPlans ?? []) {
      const deliveryPlanId = seedId('deliveryPlan', plan.key);
      this.add(
        'createDeliveryPlan',
        plan.key,
        {
          deliveryPlanId,
          title: plan.title,
          boardId: seedId('board', plan.boardKey),
          priorityId: plan.priorityKey ? seedId('priority', plan.priorityKey) : null,
          createdOn: plan.date,
        },
        plan,
      );
      for (const activity of plan.activities) {
        const { timeline } = activity;
        this.add(
          'addPlanActivity',
          `${plan.key}/${activity.key}`,
          {
            deliveryPlanId,
            activityId: seedId('activity', `${plan.key}/${activity.key}`),
            what: activity.what,
            how: activity.how,
            timeline:
              timeline.kind === 'DUE_DATE'
                ? { kind: 'DUE_DATE', dueDate: timeline.dueDate ?? '', description: timeline.text }
                : timeline.kind === 'PERIOD'
                  ? { kind: 'PERIOD', period: timeline.period ?? '', description: timeline.text }
                  : { kind: 'ONGOING', description: timeline.text },
            reportsToBoardId: activity.reportsToBoardKey
              ? seedId('board', activity.reportsToBoardKey)
              : null,
            reportingNote: activity.reportingAsWritten,
            addedOn: plan.date,
          },
          { ...plan, source: { ...plan.source, ref: `${plan.source.ref}, row ${activity.row}` } },
        );
        if (activity.status)
          this.skip(
            `activity ${plan.key}/${activity.key}: ${activity.status.toLowerCase()} (${activity.statusNote ?? ''})`,
            'updateActivityStatus needs a RAG rating; the plan gives none',
          );
      }
    }
  }

  private servicesOf(data: PaperData): void {
    for (const record of data.commissionedServices ?? []) {
      const providerOrganisationId = this.organisationId(record.providerKey);
      const commissionerId = this.organisationId(record.commissionerKey);
      if (!providerOrganisationId || !commissionerId) {
        this.skip(
          `commissioned service ${record.key}`,
          'its provider or commissioner is not registered',
        );
        continue;
      }
      this.add(
        'commissionService',
        record.key,
        {
          contractId: seedId('contract', record.key),
          name: record.name,
          area: record.area,
          scope: record.scope,
          providerOrganisationId,
          commissionerOrganisationIds: [commissionerId],
          startDate: record.start,
          endDate: record.end ?? null,
        },
        record,
      );
    }
  }

  private indicatorsOf(data: PaperData): void {
    for (const record of data.indicators ?? [])
      this.add(
        'defineIndicator',
        record.key,
        {
          indicatorId: seedId('indicator', record.key),
          name: record.name,
          description: [
            record.description,
            `Polarity: ${record.polarityBasis}`,
            record.thresholdsBasis ? `Thresholds: ${record.thresholdsBasis}` : '',
          ]
            .filter(Boolean)
            .join('\n'),
          unit: record.unit,
          polarity: record.polarity,
          thresholds: record.thresholds
            ? {
                targetRange: record.thresholds.targetRange ?? null,
                targetValue: record.thresholds.targetValue ?? null,
              }
            : null,
          stableWithin: record.stableWithin,
          boardId: seedId('board', record.boardKey),
          priorityId: record.priorityKey ? seedId('priority', record.priorityKey) : null,
          definedOn: record.date,
        },
        record,
      );
    for (const record of data.indicatorValues ?? []) {
      const value = {
        indicatorId: seedId('indicator', record.indicatorKey),
        recordId: seedId('indicatorValue', record.key),
        source: citation(record.source),
        note: record.note,
        recordedOn: record.date,
        value: record.value,
        period: periodOf(record.period),
      };
      if (record.correctsKey)
        this.add(
          'correctIndicatorValue',
          record.key,
          {
            ...value,
            supersedesRecordId: seedId('indicatorValue', record.correctsKey),
            reason:
              record.correctionReason ?? 'A later paper gives another figure for this period.',
          },
          record,
        );
      else this.add('recordIndicatorValue', record.key, value, record);
    }
  }
}

/** The LLR seed: every command in order, and what the data holds that no command takes. */
export function planLlrSeed(papers: readonly PaperData[] = llrPapers): LlrSeedPlan {
  const planner = new Planner();
  for (const paper of papers) planner.plan(paper);
  return { commands: planner.commands, skipped: planner.skipped };
}
