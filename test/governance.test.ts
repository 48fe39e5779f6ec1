import { beforeAll, describe, expect, it } from 'vitest';
import { useServer, type RoleName } from './support/server';

/**
 * Governance over HTTP: organisations, boards (members, chairs, terms of reference, the 2022
 * restructure), meetings and decisions, priorities, entered from the board papers:
 * 004 (LSCSB, 8 December 2016: the SPB's role, purpose and membership after the PCC election),
 * 001 (Police and Crime Panel, 8 June 2018: revised terms of reference and mission statements),
 * 002 (LSCSB, 19 March 2021: the SPB 2021 schedule; the childhood trauma strategy approved on
 * 25 February 2021), 003 (LSCSB, 17 June 2022: the restructured boards and their chairs, and
 * the minutes of 18 March 2022 with their RESOLVED decisions).
 *
 * Where a paper gives a meeting but not the wording of a later decision (the August 2021 review
 * of childhood trauma), the resolution is written here to show supersession and is marked so.
 */

const server = useServer();

/** The entity field each mutation's payload answers with. */
const payloadField = {
  registerOrganisation: 'organisation',
  renameOrganisation: 'organisation',
  establishBoard: 'board',
  appointBoardMember: 'board',
  removeBoardMember: 'board',
  appointChair: 'board',
  adoptTermsOfReference: 'board',
  dissolveBoard: 'board',
  scheduleMeeting: 'meeting',
  recordDecision: 'decision',
  agreePriority: 'priority',
  revisePriority: 'priority',
  retirePriority: 'priority',
} as const;
type MutationName = keyof typeof payloadField;

const mutationOf = (name: MutationName, selection = 'id') => {
  const inputType = `${name[0]!.toUpperCase()}${name.slice(1)}Input`;
  return `mutation ($input: ${inputType}!, $options: CommandOptions) {
    ${name}(input: $input, options: $options) {
      commandId position version replayed ${payloadField[name]} { ${selection} }
    }
  }`;
};

interface Payload<E> {
  commandId: string;
  position: number;
  version: number;
  replayed: boolean;
  entity: E;
}

/** Runs a mutation that must succeed; answers its payload with the entity as `entity`. */
async function run<E = { id: string }>(
  name: MutationName,
  input: Record<string, unknown>,
  options: Record<string, unknown> = {},
  selection = 'id',
): Promise<Payload<E>> {
  const data = await server.ok<Record<string, Record<string, unknown>>>(
    mutationOf(name, selection),
    { input, options },
  );
  const { [payloadField[name]]: entity, ...result } = data[name]!;
  return { ...(result as Omit<Payload<E>, 'entity'>), entity: entity as E };
}

/** Runs a mutation that must be refused: answers the code and message, and checks nothing was appended. */
async function refused(
  name: MutationName,
  input: Record<string, unknown>,
  options: Record<string, unknown> = {},
  as: RoleName = 'office',
) {
  const before = await server.head();
  const result = await server.gql(mutationOf(name), { input, options }, as);
  expect(await server.head()).toBe(before);
  const error = result.errors?.[0];
  expect(error, `expected ${name} to be refused`).toBeDefined();
  return { code: error?.extensions?.code, message: error?.message ?? '' };
}

const query = <T>(text: string, variables: Record<string, unknown> = {}, as: RoleName = 'office') =>
  server.ok<T>(text, variables, as);

/** Ids as the tests create them. */
const ids: Record<string, string> = {};

const organisations: [key: string, name: string, kind: string, shortName?: string][] = [
  ['opcc', 'Office of the Police and Crime Commissioner for Leicestershire', 'OPCC', 'OPCC'],
  ['police', 'Leicestershire Police', 'POLICE'],
  ['county', 'Leicestershire County Council', 'LOCAL_AUTHORITY_TIER1', 'LCC'],
  ['city', 'Leicester City Council', 'LOCAL_AUTHORITY_TIER1'],
  ['rutland', 'Rutland County Council', 'LOCAL_AUTHORITY_TIER1'],
  ['probation', 'National Probation Service (Leicestershire)', 'JUSTICE', 'NPS'],
  ['lpt', 'Leicestershire Partnership Trust', 'HEALTH', 'LPT'],
  ['uhl', 'University Hospitals of Leicester NHS Trust', 'HEALTH', 'UHL'],
  ['fire', 'Leicestershire Fire and Rescue Service', 'FIRE'],
  ['emas', 'East Midlands Ambulance Service', 'AMBULANCE', 'EMAS'],
  ['cps', 'Crown Prosecution Service', 'JUSTICE', 'CPS'],
  ['courts', 'HM Courts', 'JUSTICE'],
];

/** Makes something once, for whichever test or hook asks for it first. */
const once = <T>(make: () => Promise<T>) => {
  let made: Promise<T> | undefined;
  return () => (made ??= make());
};

/** The partners paper 004 lists for the SPB, registered: answers each registration. */
const registerPartners = once(async () => {
  const registered = [];
  for (const [key, name, kind, shortName] of organisations) {
    const payload = await run<{ id: string; name: string; kind: string }>(
      'registerOrganisation',
      { name, kind, ...(shortName && { shortName }) },
      { occurredAt: '2016-12-08' },
      'id name kind',
    );
    ids[key] = payload.entity.id;
    registered.push({ name, kind, ...payload });
  }
  return registered;
});

const SPB_PURPOSE =
  'To set out the strategic direction for Leicester, Leicestershire and Rutland Community ' +
  'Safety and Criminal Justice priorities';

/** The SPB as paper 004 establishes it: chaired by the PCC, with its role and purpose. */
const establishSpb = once(async () => {
  const { entity } = await run(
    'establishBoard',
    {
      name: 'Strategic Partnership Board',
      purpose: SPB_PURPOSE,
      chair: { name: 'Lord Bach', role: 'Police and Crime Commissioner' },
    },
    { occurredAt: '2016-12-08' },
  );
  ids['spb'] = entity.id;
});

describe('organisations', () => {
  beforeAll(async () => {
    await registerPartners();
  });

  it('registers the partners paper 004 lists for the SPB and answers each organisation', async () => {
    for (const { name, kind, entity, replayed } of await registerPartners()) {
      expect(entity).toMatchObject({ name, kind });
      expect(replayed).toBe(false);
    }
    const all = await query<{ organisations: { totalCount: number } }>(
      `{ organisations { totalCount } }`,
    );
    expect(all.organisations.totalCount).toBe(organisations.length);
  });

  it('filters by kind and by text in the name or short name', async () => {
    const health = await query<{ organisations: { nodes: { name: string }[] } }>(
      `{ organisations(filter: { kind: HEALTH }) { nodes { name } } }`,
    );
    expect(health.organisations.nodes.map((o) => o.name)).toEqual([
      'Leicestershire Partnership Trust',
      'University Hospitals of Leicester NHS Trust',
    ]);
    const text = await query<{ organisations: { totalCount: number; nodes: { name: string }[] } }>(
      `{ organisations(filter: { kind: JUSTICE, text: "nps" }) { totalCount nodes { name } } }`,
    );
    expect(text.organisations).toEqual({
      totalCount: 1,
      nodes: [{ name: 'National Probation Service (Leicestershire)' }],
    });
    const page = await query<{
      organisations: {
        nodes: { name: string }[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(`{ organisations(first: 10) { nodes { name } pageInfo { hasNextPage endCursor } } }`);
    expect(page.organisations.pageInfo.hasNextPage).toBe(true);
    const rest = await query<{ organisations: { nodes: { name: string }[] } }>(
      `query ($after: String) { organisations(first: 10, after: $after) { nodes { name } } }`,
      { after: page.organisations.pageInfo.endCursor },
    );
    expect(rest.organisations.nodes).toEqual([
      { name: 'Crown Prosecution Service' },
      { name: 'HM Courts' },
    ]);
  });

  it('renames the probation service (unified in June 2021) and keeps its name history', async () => {
    const before = await server.head();
    const { entity } = await run<{ name: string; shortName: string | null }>(
      'renameOrganisation',
      { organisationId: ids['probation'], name: 'Probation Service', shortName: null },
      { occurredAt: '2021-06-26' },
      'name shortName',
    );
    expect(entity).toEqual({ name: 'Probation Service', shortName: null });
    const read = await query<{
      organisation: { nameHistory: { name: string; from: string; until: string | null }[] };
    }>(`query ($id: ID!) { organisation(id: $id) { nameHistory { name from until } } }`, {
      id: ids['probation'],
    });
    expect(read.organisation.nameHistory).toEqual([
      {
        name: 'National Probation Service (Leicestershire)',
        from: '2016-12-08',
        until: '2021-06-26',
      },
      { name: 'Probation Service', from: '2021-06-26', until: null },
    ]);
    // As the office knew it before the renaming (time travel through asOfPosition).
    const past = await query<{ organisation: { name: string } }>(
      `query ($id: ID!, $at: Position) { organisation(id: $id, asOfPosition: $at) { name } }`,
      { id: ids['probation'], at: before },
    );
    expect(past.organisation.name).toBe('National Probation Service (Leicestershire)');
  });

  it("shows an organisation's own history only, though all live in one registry stream", async () => {
    const read = await query<{
      organisation: { history: { totalCount: number; nodes: { eventType: string }[] } };
    }>(
      `query ($id: ID!) { organisation(id: $id) { history { totalCount nodes { eventType } } } }`,
      { id: ids['probation'] },
      'auditor',
    );
    expect(read.organisation.history.nodes.map((c) => c.eventType)).toEqual([
      'OrganisationRegistered',
      'OrganisationRenamed',
    ]);
  });

  it('refuses a name already registered (spelt differently) with CONFLICT naming the holder', async () => {
    const { code, message } = await refused('registerOrganisation', {
      name: 'leicestershire  police',
      kind: 'POLICE',
    });
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/"Leicestershire Police" is already registered as organisation/);
  });

  it('refuses an empty name and an unknown organisation', async () => {
    const empty = await refused('registerOrganisation', { name: ' ', kind: 'FIRE' });
    expect(empty).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(empty.message).toMatch(/name: must not be empty/);
    const unknown = await refused('renameOrganisation', {
      organisationId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00',
      name: 'Anything',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(
      /organisation 0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00 does not exist/,
    );
  });
});

const BOARD_FIELDS = /* GraphQL */ `
  id
  name
  chair { name role from until organisation { name } }
  chairHistory { name from until }
  members { role organisation { name } appointedOn }
  termsOfReference { version purpose missionStatements adoptedOn decision { resolution } }
  dissolved
`;

interface BoardRead {
  id: string;
  name: string;
  chair: {
    name: string;
    role: string | null;
    from: string | null;
    until: string | null;
    organisation: { name: string } | null;
  } | null;
  chairHistory: { name: string; from: string | null; until: string | null }[];
  members: { role: string; organisation: { name: string }; appointedOn: string }[];
  termsOfReference: {
    version: number;
    purpose: string;
    missionStatements: string[];
    adoptedOn: string;
    decision: { resolution: string } | null;
  } | null;
  dissolved: boolean;
}

const readBoard = async (id: string) =>
  (
    await query<{ board: BoardRead }>(`query ($id: ID!) { board(id: $id) { ${BOARD_FIELDS} } }`, {
      id,
    })
  ).board;

describe('the SPB: membership, terms of reference and chairs', () => {
  /** Paper 004, paragraph 3: the proposed membership (the seats with one organisation each). */
  const seats: [organisation: string, role: string][] = [
    ['opcc', 'Police and Crime Commissioner'],
    ['opcc', 'Deputy Police and Crime Commissioner'],
    ['county', 'Chief Executive'],
    ['city', 'Chief Officer'],
    ['rutland', 'Chief Executive'],
    ['probation', 'Director'],
    ['lpt', 'Director'],
    ['uhl', 'Chief Officer'],
    ['fire', 'Chief Officer'],
    ['emas', 'Chief Officer'],
    ['police', 'Chief Constable'],
    ['cps', 'Representative'],
    ['courts', 'Representative'],
    ['opcc', 'Chief Executive'],
  ];

  beforeAll(async () => {
    await registerPartners();
    await establishSpb();
  });

  it('establishes the SPB chaired by the PCC, with the role and purpose of paper 004', async () => {
    const { board } = await query<{
      board: { name: string; purpose: string; chair: BoardRead['chair']; members: unknown[] };
    }>(
      `query ($id: ID!) { board(id: $id) {
        name purpose chair { name role from until organisation { name } } members { role } } }`,
      { id: ids['spb'] },
    );
    expect(board).toEqual({
      name: 'Strategic Partnership Board',
      purpose: SPB_PURPOSE,
      chair: {
        name: 'Lord Bach',
        role: 'Police and Crime Commissioner',
        from: null,
        until: null,
        organisation: null,
      },
      members: [],
    });
  });

  it('appoints the members of paper 004 and lists each with its organisation and role', async () => {
    for (const [organisation, role] of seats) {
      await run(
        'appointBoardMember',
        { boardId: ids['spb'], organisationId: ids[organisation], role, appointedOn: '2016-12-08' },
        { occurredAt: '2016-12-08' },
      );
    }
    const board = await readBoard(ids['spb']!);
    expect(board.members).toHaveLength(seats.length);
    expect(board.members[0]).toEqual({
      role: 'Police and Crime Commissioner',
      organisation: { name: 'Office of the Police and Crime Commissioner for Leicestershire' },
      appointedOn: '2016-12-08',
    });
    expect(board.members.find((m) => m.role === 'Chief Constable')?.organisation.name).toBe(
      'Leicestershire Police',
    );
    const held = await query<{ organisation: { boards: { name: string }[] } }>(
      `query ($id: ID!) { organisation(id: $id) { boards { name } } }`,
      { id: ids['police'] },
    );
    expect(held.organisation.boards).toEqual([{ name: 'Strategic Partnership Board' }]);
    const onBoards = await query<{ boards: { nodes: { name: string }[] } }>(
      `query ($org: ID!) { boards(filter: { memberOrganisationId: $org }) { nodes { name } } }`,
      { org: ids['emas'] },
    );
    expect(onBoards.boards.nodes).toEqual([{ name: 'Strategic Partnership Board' }]);
  });

  it('refuses a seat the organisation already holds (CONFLICT) and an unregistered organisation (NOT_FOUND)', async () => {
    const twice = await refused('appointBoardMember', {
      boardId: ids['spb'],
      organisationId: ids['police'],
      role: 'chief  constable',
    });
    expect(twice.code).toBe('CONFLICT');
    expect(twice.message).toMatch(
      /Leicestershire Police already sits on "Strategic Partnership Board" as Chief Constable/,
    );
    const unknown = await refused('appointBoardMember', {
      boardId: ids['spb'],
      organisationId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00',
      role: 'Chief Executive',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(
      /member organisation 0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00 does not exist/,
    );
  });

  it('removes a seat and keeps it among former members with the reason', async () => {
    await run(
      'removeBoardMember',
      {
        boardId: ids['spb'],
        organisationId: ids['opcc'],
        role: 'Deputy Police and Crime Commissioner',
        reason: 'The new PCC appointed no deputy',
        removedOn: '2021-05-13',
      },
      { occurredAt: '2021-05-13' },
    );
    const read = await query<{
      board: {
        members: { role: string; removedOn: string | null; removalReason: string | null }[];
      };
    }>(
      `query ($id: ID!) { board(id: $id) { members(includeFormer: true) { role removedOn removalReason } } }`,
      { id: ids['spb'] },
    );
    expect(read.board.members).toHaveLength(seats.length);
    expect(read.board.members[read.board.members.length - 1]).toEqual({
      role: 'Deputy Police and Crime Commissioner',
      removedOn: '2021-05-13',
      removalReason: 'The new PCC appointed no deputy',
    });
    expect((await readBoard(ids['spb']!)).members).toHaveLength(seats.length - 1);
    const which = await refused('removeBoardMember', {
      boardId: ids['spb'],
      organisationId: ids['opcc'],
      reason: 'x',
    });
    expect(which.code).toBe('BAD_USER_INPUT');
    expect(which.message).toMatch(
      /role: organisation .* holds 2 seats on "Strategic Partnership Board"/,
    );
  });

  it('holds the meeting of 10 July 2018 and adopts the revised terms of reference of paper 001 under its decision', async () => {
    await run(
      'adoptTermsOfReference',
      {
        boardId: ids['spb'],
        version: 1,
        purpose: 'To support the delivery of the Police and Crime Plan across the sub region.',
        adoptedOn: '2016-12-08',
      },
      { occurredAt: '2016-12-08' },
    );
    const meeting = await run('scheduleMeeting', {
      boardId: ids['spb'],
      date: '2018-07-10',
      theme: 'Revised terms of reference; issues log and business plan',
    });
    ids['meeting2018'] = meeting.entity.id;
    const decision = await run('recordDecision', {
      meetingId: ids['meeting2018'],
      boardId: ids['spb'],
      kind: 'APPROVED',
      resolution: 'That the revised Terms of Reference be approved.',
      concerns: [{ kind: 'BOARD', id: ids['spb'] }],
    });
    ids['torDecision'] = decision.entity.id;
    const missionStatements = [
      'People are Safe',
      'People are Well',
      'People have Skills',
      'People have Resources',
    ];
    const { version } = await run('adoptTermsOfReference', {
      boardId: ids['spb'],
      purpose: 'Supporting the delivery of aligned priorities across the public sector',
      missionStatements,
      membershipSummary: 'Agencies whose remit is wider than criminal justice and community safety',
      adoptedOn: '2018-07-10',
      decisionId: ids['torDecision'],
    });
    expect(version).toBeGreaterThan(0);
    const board = await readBoard(ids['spb']!);
    expect(board.termsOfReference).toEqual({
      version: 2,
      purpose: 'Supporting the delivery of aligned priorities across the public sector',
      missionStatements,
      adoptedOn: '2018-07-10',
      decision: { resolution: 'That the revised Terms of Reference be approved.' },
    });
    const versions = await query<{ board: { termsOfReferenceVersions: { version: number }[] } }>(
      `query ($id: ID!) { board(id: $id) { termsOfReferenceVersions { version } } }`,
      { id: ids['spb'] },
    );
    expect(versions.board.termsOfReferenceVersions).toEqual([{ version: 1 }, { version: 2 }]);
    // The board's history says which decision the revised terms were adopted under.
    const history = await query<{
      board: { history: { nodes: { eventType: string; decisionId: string | null }[] } };
    }>(
      `query ($id: ID!) { board(id: $id) { history(first: 500) { nodes { eventType decisionId } } } }`,
      { id: ids['spb'] },
      'auditor',
    );
    expect(
      history.board.history.nodes.filter((c) => c.eventType === 'TermsOfReferenceAdopted'),
    ).toEqual([
      { eventType: 'TermsOfReferenceAdopted', decisionId: null },
      { eventType: 'TermsOfReferenceAdopted', decisionId: ids['torDecision'] },
    ]);
  });

  it('refuses a terms of reference version already adopted with CONFLICT naming the next one', async () => {
    const { code, message } = await refused('adoptTermsOfReference', {
      boardId: ids['spb'],
      version: 2,
      purpose: 'Again',
      adoptedOn: '2018-08-01',
    });
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(/already has version 2 .* adopt version 3, or leave version out/);
  });

  it('changes the chair after the PCC election of May 2021 and keeps the chair history', async () => {
    const beforeElection = await server.head();
    await run('appointChair', {
      boardId: ids['spb'],
      name: 'Rupert Matthews',
      role: 'Police and Crime Commissioner',
      organisationId: ids['opcc'],
      from: '2021-05-13',
    });
    const board = await readBoard(ids['spb']!);
    expect(board.chair).toEqual({
      name: 'Rupert Matthews',
      role: 'Police and Crime Commissioner',
      from: '2021-05-13',
      until: null,
      organisation: { name: 'Office of the Police and Crime Commissioner for Leicestershire' },
    });
    expect(board.chairHistory).toEqual([
      { name: 'Lord Bach', from: null, until: '2021-05-13' },
      { name: 'Rupert Matthews', from: '2021-05-13', until: null },
    ]);
    // An auditor asks who chaired the SPB as the office knew it before the appointment.
    const past = await query<{ board: { chair: { name: string; until: string | null } } }>(
      `query ($id: ID!, $at: Position) { board(id: $id, asOfPosition: $at) { chair { name until } } }`,
      { id: ids['spb'], at: beforeElection },
      'auditor',
    );
    expect(past.board.chair).toEqual({ name: 'Lord Bach', until: null });
    const again = await refused('appointChair', {
      boardId: ids['spb'],
      name: 'Rupert Matthews',
      role: 'Police and Crime Commissioner',
      organisationId: ids['opcc'],
      from: '2021-06-01',
    });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/Rupert Matthews already chairs "Strategic Partnership Board"/);
    const bad = await refused('appointChair', {
      boardId: ids['spb'],
      name: 'Someone',
      role: 'Police and Crime Commissioner',
      organisationId: ids['opcc'],
      from: '13/05/2021',
    });
    expect(bad.code).toBe('BAD_USER_INPUT');
    expect(bad.message).toMatch(/from: must be a date written YYYY-MM-DD/);
  });
});

describe('the 2022 restructure (paper 003)', () => {
  const oldSubBoards = [
    'People and Place',
    'Offender Management',
    'Victims and Vulnerability',
    'Serious and Organised Crime',
  ];
  const newSubBoards: [key: string, name: string, chair: string, role: string, org: string][] = [
    [
      'prevention',
      'Prevention and Early Intervention',
      'Martin Samuels',
      'Strategic Director for Social Care and Education',
      'city',
    ],
    [
      'adolescence',
      'Adolescence Safety and Diversion',
      'David Sandall',
      'Assistant Chief Constable',
      'police',
    ],
    [
      'adult',
      'Adult Vulnerability and Offending (MAPPA SMB)',
      'Bob Bearne',
      'Head of Service',
      'probation',
    ],
  ];

  // The tree of 2019 (SPB -> SPB Executive -> the four sub-boards), then the three new boards
  // of 2022 with their chairs, and the old ones dissolved into them.
  beforeAll(async () => {
    await registerPartners();
    await establishSpb();
    const exec = await run('establishBoard', {
      name: 'SPB Executive',
      parentBoardId: ids['spb'],
    });
    ids['exec'] = exec.entity.id;
    await run('appointChair', {
      boardId: ids['exec'],
      name: 'Jane Moore',
      role: 'Director of Children and Families',
      organisationId: ids['county'],
      from: '2019-07-11',
    });
    for (const name of oldSubBoards)
      ids[name] = (await run('establishBoard', { name, parentBoardId: ids['exec'] })).entity.id;
    for (const [key, name, chair, role, org] of newSubBoards) {
      ids[key] = (await run('establishBoard', { name, parentBoardId: ids['exec'] })).entity.id;
      await run('appointChair', {
        boardId: ids[key],
        name: chair,
        role,
        organisationId: ids[org],
        from: '2022-06-17',
      });
    }
    const successors: Record<string, string> = {
      'People and Place': 'prevention',
      'Offender Management': 'adult',
      'Victims and Vulnerability': 'exec',
      'Serious and Organised Crime': 'exec',
    };
    for (const name of oldSubBoards)
      await run('dissolveBoard', {
        boardId: ids[name],
        successorBoardId: ids[successors[name]!],
        reason: 'Not among the boards reported under the SPB Executive on 17 June 2022 (paper 003)',
        dissolvedOn: '2022-06-17',
      });
  });

  it('shows the tree as it stands, with dissolved boards, their successors and predecessors', async () => {
    const tree = await query<{
      board: {
        chair: { name: string };
        subBoards: {
          name: string;
          dissolved: boolean;
          chair: { name: string } | null;
          dissolution: { dissolvedOn: string; successor: { name: string } } | null;
        }[];
      };
    }>(
      `query ($id: ID!) { board(id: $id) { chair { name } subBoards {
        name dissolved chair { name } dissolution { dissolvedOn successor { name } } } } }`,
      { id: ids['exec'] },
    );
    expect(tree.board.chair.name).toBe('Jane Moore');
    expect(tree.board.subBoards.map((b) => [b.name, b.dissolved])).toEqual([
      ...oldSubBoards.map((name) => [name, true]),
      ...newSubBoards.map(([, name]) => [name, false]),
    ]);
    expect(tree.board.subBoards[0]!.dissolution).toEqual({
      dissolvedOn: '2022-06-17',
      successor: { name: 'Prevention and Early Intervention' },
    });
    expect(tree.board.subBoards[6]!.chair).toEqual({ name: 'Bob Bearne' });
    const sitting = await query<{ boards: { nodes: { name: string }[] } }>(
      `query ($id: ID!) { boards(filter: { parentBoardId: $id, dissolved: false }) { nodes { name } } }`,
      { id: ids['exec'] },
    );
    expect(sitting.boards.nodes.map((b) => b.name)).toEqual(newSubBoards.map(([, name]) => name));
    const exec = await query<{
      board: { successor: null; predecessors: { name: string; successor: { name: string } }[] };
    }>(
      `query ($id: ID!) { board(id: $id) { successor { name } predecessors { name successor { name } } } }`,
      {
        id: ids['exec'],
      },
    );
    expect(exec.board.successor).toBeNull();
    expect(exec.board.predecessors[0]!.successor).toEqual({ name: 'SPB Executive' });
    expect(exec.board.predecessors.map((b) => b.name)).toEqual([
      'Victims and Vulnerability',
      'Serious and Organised Crime',
    ]);
  });

  it('refuses changes to a dissolved board with CONFLICT naming its successor', async () => {
    const { code, message } = await refused('appointBoardMember', {
      boardId: ids['People and Place'],
      organisationId: ids['city'],
      role: 'Chief Officer',
    });
    expect(code).toBe('CONFLICT');
    expect(message).toMatch(
      /"People and Place" was dissolved on 2022-06-17; its open work went to board .*make them on its successor/,
    );
    const own = await refused('dissolveBoard', {
      boardId: ids['prevention'],
      successorBoardId: ids['prevention'],
      reason: 'x',
    });
    expect(own.code).toBe('BAD_USER_INPUT');
    expect(own.message).toMatch(/successorBoardId: a board cannot be its own successor/);
  });
});

const DECISION_FIELDS = /* GraphQL */ `
  id kind resolution decidedOn
  board { name }
  meeting { date }
  supersedes { resolution }
  supersededBy { resolution }
  superseded
  concerns { kind node { __typename ... on Priority { title } ... on Board { name } } }
`;

describe('meetings, decisions and priorities', () => {
  const schedule: [date: string, theme: string][] = [
    ['2021-02-25', 'Childhood trauma: approach to prevention and mitigation'],
    [
      '2021-05-20',
      'Introduction to new PCC; annual report on work of SPB and sub-groups and draft business plan',
    ],
    ['2021-08-19', 'Reviews of: Childhood trauma, Substance misuse, Mental Health'],
    ['2021-11-25', ''],
  ];

  it("schedules the SPB's 2021 meetings (paper 002) and lists them by board and date", async () => {
    for (const [date, theme] of [...schedule].reverse())
      ids[date] = (await run('scheduleMeeting', { boardId: ids['spb'], date, theme })).entity.id;
    const read = await query<{
      meetings: { totalCount: number; nodes: { date: string; theme: string }[] };
    }>(
      `query ($board: ID!) { meetings(filter: { boardId: $board, from: "2021-01-01", to: "2021-08-31" }) {
        totalCount nodes { date theme } } }`,
      { board: ids['spb'] },
    );
    expect(read.meetings).toEqual({
      totalCount: 3,
      nodes: schedule.slice(0, 3).map(([date, theme]) => ({ date, theme })),
    });
  });

  it('agrees childhood trauma as a priority under the decision of 25 February 2021', async () => {
    const approved = await run('recordDecision', {
      meetingId: ids['2021-02-25'],
      boardId: ids['spb'],
      kind: 'APPROVED',
      resolution: 'The outline strategy was presented to the Board and approved.',
    });
    ids['approved'] = approved.entity.id;
    const priority = await run<{ id: string; title: string; decision: { kind: string } }>(
      'agreePriority',
      {
        boardId: ids['spb'],
        title: 'Childhood trauma',
        rationale: 'Prevent and mitigate the impact of childhood trauma across LLR',
        agreedAt: '2021-02-25',
        decisionId: ids['approved'],
      },
      {},
      'id title decision { kind }',
    );
    expect(priority.entity).toMatchObject({
      title: 'Childhood trauma',
      decision: { kind: 'APPROVED' },
    });
    ids['trauma'] = priority.entity.id;
    ids['substance'] = (
      await run('agreePriority', {
        boardId: ids['spb'],
        title: 'Substance misuse',
        agreedAt: '2021-03-22',
      })
    ).entity.id;
  });

  it('records the August 2021 review superseding the February decision (illustrative wording) and links both ways', async () => {
    const review = await run<{ id: string; supersedes: { resolution: string } }>(
      'recordDecision',
      {
        meetingId: ids['2021-08-19'],
        boardId: ids['spb'],
        kind: 'AGREED',
        resolution:
          'That the full trauma informed strategy worked up by the leadership group replace the outline strategy.',
        concerns: [
          { kind: 'PRIORITY', id: ids['trauma'] },
          { kind: 'BOARD', id: ids['spb'] },
        ],
        supersedes: ids['approved'],
      },
      {},
      'id supersedes { resolution }',
    );
    ids['review'] = review.entity.id;
    expect(review.entity.supersedes.resolution).toMatch(/outline strategy was presented/);
    const read = await query<{ decision: Record<string, unknown> }>(
      `query ($id: ID!) { decision(id: $id) { ${DECISION_FIELDS} } }`,
      { id: ids['approved'] },
    );
    expect(read.decision).toMatchObject({
      kind: 'APPROVED',
      decidedOn: '2021-02-25',
      board: { name: 'Strategic Partnership Board' },
      meeting: { date: '2021-02-25' },
      supersedes: null,
      supersededBy: [{ resolution: expect.stringMatching(/full trauma informed strategy/) }],
      superseded: true,
    });
    const concerning = await query<{ decisions: { nodes: { concerns: unknown[] }[] } }>(
      `query ($id: ID!) { decisions(filter: { concerning: $id }) { nodes { ${DECISION_FIELDS} } } }`,
      { id: ids['trauma'] },
    );
    expect(concerning.decisions.nodes).toHaveLength(1);
    expect(concerning.decisions.nodes[0]!.concerns).toEqual([
      { kind: 'PRIORITY', node: { __typename: 'Priority', title: 'Childhood trauma' } },
      { kind: 'BOARD', node: { __typename: 'Board', name: 'Strategic Partnership Board' } },
    ]);
  });

  it('revises and retires priorities under decisions, and lists retired ones only when asked', async () => {
    const revised = await run<{ title: string; revisions: unknown[] }>(
      'revisePriority',
      { priorityId: ids['trauma'], title: 'Trauma informed practice', decisionId: ids['review'] },
      {},
      'title revisions { previousTitle title revisedOn decision { kind } }',
    );
    expect(revised.entity).toEqual({
      title: 'Trauma informed practice',
      revisions: [
        {
          previousTitle: 'Childhood trauma',
          title: 'Trauma informed practice',
          revisedOn: '2021-08-19',
          decision: { kind: 'AGREED' },
        },
      ],
    });
    const retired = await run<{ retired: boolean; retirement: unknown }>(
      'retirePriority',
      {
        priorityId: ids['substance'],
        reason: 'Taken forward by the Adult Vulnerability and Offending Board',
        decisionId: ids['review'],
      },
      {},
      'retired retirement { retiredOn reason decision { resolution } }',
    );
    expect(retired.entity).toEqual({
      retired: true,
      retirement: {
        retiredOn: '2021-08-19',
        reason: 'Taken forward by the Adult Vulnerability and Offending Board',
        decision: { resolution: expect.stringMatching(/full trauma informed strategy/) },
      },
    });
    const current = await query<{ priorities: { nodes: { title: string }[] } }>(
      `query ($id: ID!) { priorities(filter: { boardId: $id }) { nodes { title } } }`,
      { id: ids['spb'] },
    );
    expect(current.priorities.nodes).toEqual([{ title: 'Trauma informed practice' }]);
    const all = await query<{ board: { priorities: { totalCount: number } } }>(
      `query ($id: ID!) { board(id: $id) { priorities(includeRetired: true) { totalCount } } }`,
      { id: ids['spb'] },
    );
    expect(all.board.priorities.totalCount).toBe(2);
  });

  it('refuses priority changes with coded, helpful errors', async () => {
    const nothing = await refused('revisePriority', {
      priorityId: ids['trauma'],
      decisionId: ids['review'],
    });
    expect(nothing.code).toBe('BAD_USER_INPUT');
    expect(nothing.message).toMatch(/give the revised title, the revised rationale, or both/);
    const again = await refused('retirePriority', {
      priorityId: ids['substance'],
      reason: 'Again',
      decisionId: ids['review'],
    });
    expect(again.code).toBe('CONFLICT');
    expect(again.message).toMatch(/priority "Substance misuse" was retired on 2021-08-19/);
    const undecided = await refused('retirePriority', {
      priorityId: ids['trauma'],
      reason: 'No decision',
      decisionId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00',
    });
    expect(undecided.code).toBe('NOT_FOUND');
    expect(undecided.message).toMatch(
      /decision 0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00 does not exist/,
    );
  });

  it('enters the LSCSB minutes of 18 March 2022 (paper 003) and schedules the meeting they set', async () => {
    ids['lscsb'] = (
      await run('establishBoard', { name: 'Leicestershire Safer Communities Strategy Board' })
    ).entity.id;
    ids['march2022'] = (
      await run('scheduleMeeting', { boardId: ids['lscsb'], date: '2022-03-18' })
    ).entity.id;
    const resolutions: [kind: string, resolution: string][] = [
      ['NOTED', 'That the contents of the presentation be noted.'],
      [
        'AGREED',
        'That training be arranged for Board members on Modern Slavery and Human Trafficking.',
      ],
      [
        'NOTED',
        'That the contents of the report be noted including the changes to the Community Safety Agreement.',
      ],
      [
        'APPROVED',
        'That the continued use of the Community Safety Agreement in its current format and design be approved.',
      ],
      [
        'AGREED',
        'That the next meeting of the Board take place on Friday 17 June 2022 at 10.00am.',
      ],
    ];
    for (const [kind, resolution] of resolutions)
      ids[resolution] = (
        await run('recordDecision', {
          meetingId: ids['march2022'],
          boardId: ids['lscsb'],
          kind,
          resolution,
        })
      ).entity.id;
    const june = await run<{ date: string; decision: { resolution: string } }>(
      'scheduleMeeting',
      {
        boardId: ids['lscsb'],
        date: '2022-06-17',
        decisionId: ids[resolutions[4]![1]],
      },
      {},
      'date decision { resolution }',
    );
    expect(june.entity).toEqual({
      date: '2022-06-17',
      decision: {
        resolution:
          'That the next meeting of the Board take place on Friday 17 June 2022 at 10.00am.',
      },
    });
    const meeting = await query<{
      meeting: { board: { name: string }; decisions: { kind: string }[] };
    }>(`query ($id: ID!) { meeting(id: $id) { board { name } decisions { kind } } }`, {
      id: ids['march2022'],
    });
    expect(meeting.meeting).toEqual({
      board: { name: 'Leicestershire Safer Communities Strategy Board' },
      decisions: resolutions.map(([kind]) => ({ kind })),
    });
    const noted = await query<{ decisions: { totalCount: number } }>(
      `query ($id: ID!) { decisions(filter: { boardId: $id, kind: NOTED }) { totalCount } }`,
      { id: ids['lscsb'] },
    );
    expect(noted.decisions.totalCount).toBe(2);
    const standing = await query<{ board: { decisions: { totalCount: number } } }>(
      `query ($id: ID!) { board(id: $id) { decisions(kind: APPROVED) { totalCount } } }`,
      { id: ids['lscsb'] },
    );
    expect(standing.board.decisions.totalCount).toBe(1);
    const stillStanding = await query<{ decisions: { nodes: { resolution: string }[] } }>(
      `query ($id: ID!) { decisions(filter: { boardId: $id, superseded: false, to: "2021-12-31" }) {
        nodes { resolution } } }`,
      { id: ids['spb'] },
    );
    expect(stillStanding.decisions.nodes.map((d) => d.resolution)).toEqual([
      'That the revised Terms of Reference be approved.',
      'That the full trauma informed strategy worked up by the leadership group replace the outline strategy.',
    ]);
    const training = await run<{ concerns: unknown[] }>(
      'recordDecision',
      {
        meetingId: ids['march2022'],
        boardId: ids['lscsb'],
        kind: 'AGREED',
        resolution:
          'That Human Trafficking be included on the training programme for Board members.',
        concerns: [{ kind: 'ORGANISATION', id: ids['police'] }],
      },
      {},
      'concerns { kind id node { __typename ... on Organisation { name } } }',
    );
    expect(training.entity.concerns).toEqual([
      {
        kind: 'ORGANISATION',
        id: ids['police'],
        node: { __typename: 'Organisation', name: 'Leicestershire Police' },
      },
    ]);
  });

  it('refuses decisions that do not fit their meeting', async () => {
    const otherBoard = await refused('recordDecision', {
      meetingId: ids['march2022'],
      boardId: ids['spb'],
      kind: 'NOTED',
      resolution: 'That the update be noted.',
    });
    expect(otherBoard.code).toBe('BAD_USER_INPUT');
    expect(otherBoard.message).toMatch(
      /boardId: meeting .* is a meeting of board .*; give boardId/,
    );
    const early = await refused(
      'recordDecision',
      { meetingId: ids['2021-11-25'], boardId: ids['spb'], kind: 'NOTED', resolution: 'Too early' },
      { occurredAt: '2021-09-01' },
    );
    expect(early.code).toBe('BAD_USER_INPUT');
    expect(early.message).toMatch(/has not taken place yet/);
    const unknown = await refused('recordDecision', {
      meetingId: '0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00',
      boardId: ids['spb'],
      kind: 'NOTED',
      resolution: 'x',
    });
    expect(unknown.code).toBe('NOT_FOUND');
    expect(unknown.message).toMatch(/meeting 0b5a4c1e-7d7e-4a57-9b38-1d2b8f1c9a00 does not exist/);
    const dissolved = await refused('scheduleMeeting', {
      boardId: ids['People and Place'],
      date: '2022-09-01',
    });
    expect(dissolved.code).toBe('CONFLICT');
    expect(dissolved.message).toMatch(/boardId: board "People and Place" .* was dissolved/);
  });

  it('finds meetings, decisions and organisations by node(id), with their history for auditors', async () => {
    const data = await query<{
      nodes: ({ __typename: string; history: { totalCount: number } } | null)[];
    }>(
      `query ($ids: [ID!]!) { nodes(ids: $ids) { __typename
        ... on Meeting { history { totalCount } }
        ... on Decision { history { totalCount } }
        ... on Organisation { history { totalCount } } } }`,
      { ids: [ids['march2022'], ids['approved'], ids['county']] },
      'auditor',
    );
    expect(data.nodes).toEqual([
      { __typename: 'Meeting', history: { totalCount: 1 } },
      { __typename: 'Decision', history: { totalCount: 1 } },
      { __typename: 'Organisation', history: { totalCount: 1 } },
    ]);
  });
});

describe('roles', () => {
  it('a reader key may read governance but gets FORBIDDEN on every governance mutation', async () => {
    const inputs: [MutationName, Record<string, unknown>][] = [
      ['registerOrganisation', { name: 'Turning Point', kind: 'PROVIDER' }],
      ['renameOrganisation', { organisationId: ids['city'], name: 'Leicester City' }],
      ['appointBoardMember', { boardId: ids['spb'], organisationId: ids['city'], role: 'Mayor' }],
      ['removeBoardMember', { boardId: ids['spb'], organisationId: ids['police'], reason: 'x' }],
      [
        'appointChair',
        {
          boardId: ids['spb'],
          name: 'X',
          role: 'PCC',
          organisationId: ids['opcc'],
          from: '2024-05-13',
        },
      ],
      ['adoptTermsOfReference', { boardId: ids['spb'], purpose: 'x', adoptedOn: '2024-01-01' }],
      [
        'dissolveBoard',
        { boardId: ids['adolescence'], successorBoardId: ids['exec'], reason: 'x' },
      ],
      ['scheduleMeeting', { boardId: ids['spb'], date: '2024-01-01' }],
      [
        'recordDecision',
        { meetingId: ids['2021-02-25'], boardId: ids['spb'], kind: 'NOTED', resolution: 'x' },
      ],
      ['revisePriority', { priorityId: ids['trauma'], title: 'x', decisionId: ids['review'] }],
      ['retirePriority', { priorityId: ids['trauma'], reason: 'x', decisionId: ids['review'] }],
    ];
    for (const [name, input] of inputs) {
      const { code } = await refused(name, input, {}, 'reader');
      expect(code, name).toBe('FORBIDDEN');
    }
    const read = await query<{
      organisations: { totalCount: number };
      decisions: { totalCount: number };
    }>(`{ organisations { totalCount } decisions { totalCount } }`, {}, 'reader');
    expect(read.organisations.totalCount).toBe(organisations.length);
    expect(read.decisions.totalCount).toBe(9);
  });
});
