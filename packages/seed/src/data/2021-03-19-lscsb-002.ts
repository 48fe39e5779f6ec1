import { monthOnlyNote, poundsToPence, seenByNote, sourcesOf, undatedNote } from './helpers';
import type { PaperData, PaperInfo, PlanActivity } from './types';

/**
 * Paper 002: OPCC update to the Leicestershire Safer Communities Strategy Board, 19 March 2021.
 * Safer Streets round 2, CSP performance packs, the youth perception survey, the May 2021 PCC
 * election, the SPB portfolio (trauma informed strategy, female offender strategy, public sector
 * volunteering), the DA duty 2021/22 allocations, the SPB 2021 schedule with themes, and
 * Annex B, the SPB Executive Domestic Abuse Priority Actions Delivery Plan.
 *
 * Annex A (the SPB Portfolio table) lost its rows in the text export: only its vision, approach
 * and footnote survive. The portfolio here is what paras 5-29 say about each initiative.
 */

const paper: PaperInfo = {
  id: '002',
  file: '002_139dfa914fee5283.txt',
  title: 'LSCSB update: Office of the Police and Crime Commissioner',
  body: 'Leicestershire Safer Communities Strategy Board',
  meetingDate: '2021-03-19',
};

const at = sourcesOf('002');
const onPaperDate = (detail?: string) => ({
  date: paper.meetingDate,
  dateNote: undatedNote(paper, detail),
});

const SCHEDULE = 'para 35, SPB 2021 Schedule';
const PLAN = 'Annex B, SPB Executive Domestic Abuse Priority Actions Delivery Plan';

/** The ten rows of the DA duty allocations table, as printed (para 30). */
const daDutyTable = [
  ['leicestershire-county-council', 'Leicestershire County Council', '1,127,205'],
  ['leicester-city-council', 'Leicester City Council', '857,364'],
  ['rutland-county-council', 'Rutland County Council', '63,000'],
  ['harborough-district-council', 'Harborough', '33,548'],
  ['blaby-district-council', 'Blaby', '33,291'],
  ['hinckley-and-bosworth-borough-council', 'Hinckley and Bosworth', '32,730'],
  ['north-west-leicestershire-district-council', 'North West Leicestershire', '32,571'],
  ['melton-borough-council', 'Melton', '32,338'],
  ['oadby-and-wigston-borough-council', 'Oadby and Wigston', '32,301'],
  ['charnwood-borough-council', 'Charnwood', '32,295'],
] as const;

/** The table's Total row, as printed. */
export const DA_DUTY_TOTAL_PRINTED = '2,276,643';

const activities: PlanActivity[] = [
  {
    key: 'common-risk-factors',
    row: 1,
    what: 'Identify risk factors common across the many harmful behaviours we are interested in as a Board so that we can focus efforts in tackling them/ identify existing practice that supports trauma informed work',
    how: 'This links well with the ACEs work being undertaken within SPB which seeks to identify ACEs/risk factors; the evidence based/recommended responses to ACEs/risk factors, the gaps in our services at present, the options for mitigating those gaps in the short and longer term.',
    timeline: {
      text: 'This work is intended to be undertaken by the end of February 2021',
      kind: 'DUE_DATE',
      dueDate: '2021-02-28',
    },
    reportsToBoardKey: 'spb',
    reportingAsWritten: 'SPB (or sub-group)',
  },
  {
    key: 'da-theory-of-change',
    row: 2,
    what: 'Produce a theory of change/ logic model around DA which will help us identify gaps in provision',
    how: 'Explore with the DSVA Ops Group how a theory of change might be developed and seek to produce one utilising VRN expertise in this area',
    timeline: {
      text: 'Initial exploration at DSVA Ops Group in February 2021 which will determine further timeline as appropriate',
      kind: 'DUE_DATE',
      dueDate: '2021-02-28',
    },
    reportsToBoardKey: 'vulnerability-executive',
    reportingAsWritten: 'Vulnerability Exec',
  },
  {
    key: 'da-bill-preparedness',
    row: 3,
    what: 'Map out preparedness for the forthcoming DA Bill and ensure we are ready for the changes',
    how: 'DSVA Ops group to hold workshop to consider how prepared we are and identify any steps required to further prepare ourselves.',
    timeline: {
      text: 'Bill at second reading of House of Lords (5th Jan 2021) but expected to be implemented by 1st April 2021 so need to understand how prepared we are by early February',
      kind: 'DUE_DATE',
      dueDate: '2021-02-28',
    },
    reportsToBoardKey: 'vulnerability-executive',
    reportingAsWritten: 'Vulnerability Exec',
  },
  {
    key: 'district-representation',
    row: 4,
    what: 'Districts and Boroughs being represented in partnership meetings regarding domestic abuse',
    how: 'Districts to agree on representatives for Vulnerability Executive, DSVA Ops Group and sub-groups (as appropriate)',
    timeline: { text: 'Representatives to be identified by March 2021', kind: 'DUE_DATE', dueDate: '2021-03-31' },
    reportsToBoardKey: null,
    reportingAsWritten: 'N/A',
  },
  {
    key: 'perpetrator-behaviour-change',
    row: 5,
    what: 'Perpetrator behaviour change provision is mainstreamed across LLR',
    how: 'Current LLR DA Perpetrator Project Board collect evidence for pilot and develops case (should it exist) for continued funding and members to make the case within their own organisations for continued funding as may be available.',
    timeline: {
      text: 'Monitoring will be captured on an ongoing basis. Sufficient evidence should be available after Q2 2021/22 so a business case should be available October 2021.',
      kind: 'DUE_DATE',
      dueDate: '2021-10-31',
    },
    reportsToBoardKey: 'dsva-ops-group',
    reportingAsWritten: 'DSVA Ops Group',
  },
  {
    key: 'daily-marac',
    row: 6,
    what: 'Daily MARAC fully mainstreamed and linked into local partnership problem solving approaches',
    how: 'DSVA Ops Group and Vulnerability Executive to consider business case from MARAC Operations Group and make case (as appropriate) within own organisations for collectively meeting resource requirements.',
    timeline: {
      text: 'Activity already underway and decisions required fairly urgently to enable continuation from 1st April 2021. Extraordinary meeting being set up to discuss with senior partners',
      kind: 'DUE_DATE',
      dueDate: '2021-03-31',
    },
    reportsToBoardKey: 'vulnerability-executive',
    reportingAsWritten: 'Vulnerability Exec',
    status: 'IN_PROGRESS',
    statusNote: '"Activity already underway"',
  },
  {
    key: 'children-affected-by-da',
    row: 7,
    what: 'Ensure that there is a suitable trauma informed prevention response for all children effected by DA',
    how: 'This will be largely undertaken through the piece of work around ACEs. In addition, a review of operation Encompass and how we can maximise benefits is being undertaken',
    timeline: {
      text: 'Op Encompass review already underway and trial of new process starting Jan/Feb 2021',
      kind: 'ONGOING',
    },
    reportsToBoardKey: 'vulnerability-executive',
    reportingAsWritten: 'Vulnerability Executive',
    status: 'IN_PROGRESS',
    statusNote: '"Op Encompass review already underway"',
  },
  {
    key: 'da-in-business-plans',
    row: 8,
    what: "Preventing, identifying and reporting DA is everyone's business and business plans reflect this",
    how: 'Individual Directors/heads of service ensure that tackling domestic abuse is captured within their business plans',
    timeline: { text: '12 months (depending on when business plans developed)', kind: 'ONGOING' },
    reportsToBoardKey: null,
    reportingAsWritten: 'Directors asked to report in at 12 months whether their business plans reflect DA.',
  },
  {
    key: 'da-dashboard',
    row: 9,
    what: 'Further Development/upkeep of a domestic abuse dashboard to monitor effectiveness of the LLR effort in tackling domestic abuse',
    how: 'An initial dashboard and data group already exists as a sub-group of the DSVA Ops Group. They have highlighted a need for a part time DA analyst to undertake this and work is underway to secure funding for this post to sit within the OPCC.',
    timeline: {
      text: 'Once funding has been secured (likely to be for the 2021/22 financial year only initially) then a part time DA analyst can be recruited to start from April and deliver a refreshed dashboard and analysis to go alongside it within their first 3 months.',
      kind: 'PERIOD',
      period: '2021/22 Q1',
    },
    reportsToBoardKey: 'dsva-ops-group',
    reportingAsWritten: 'DSVA Ops Group',
    status: 'IN_PROGRESS',
    statusNote: '"work is underway to secure funding for this post"',
  },
];

export const lscsb2021: PaperData = {
  paper,

  organisations: [
    {
      key: 'mhclg',
      name: 'Ministry for Housing, Communities and Local Government',
      shortName: 'MHCLG',
      kind: 'GOVERNMENT',
      date: '2021-02-12',
      dateNote: seenByNote('its announcement of 12 February 2021 (para 30)'),
      source: at('para 30'),
    },
    {
      key: 'vrn',
      name: 'VRN',
      kind: 'OTHER',
      note: 'The paper writes "VRN" only (para 14; Annex B row 2).',
      ...onPaperDate(),
      source: at('para 14'),
    },
    {
      key: 'ministry-of-justice',
      name: 'Ministry of Justice',
      shortName: 'MOJ',
      kind: 'GOVERNMENT',
      note: 'Author of the Female Offender Strategy (2018); the paper writes "MOJ".',
      ...onPaperDate(),
      source: at('para 17'),
    },
  ],

  boards: [
    {
      key: 'senior-officers-group',
      name: "Senior Officers' Group",
      shortName: 'SOG',
      parentKey: null,
      purpose:
        'Negotiations are underway to align its work with the work of SPB; if that goes to plan, SOG will be the natural place to oversee the ongoing SPB projects (para 12).',
      note: 'The papers do not name its parent board.',
      ...onPaperDate(),
      source: at('para 12'),
    },
    {
      key: 'trauma-informed-leadership-group',
      name: 'Leadership Group (trauma-informed approach)',
      parentKey: 'vulnerability-executive',
      purpose:
        'To take forward the LLR wide trauma-informed approach and work up the full strategy (paras 14 and 16).',
      note: 'The paper recommends "the establishment of a Leadership Group drawn from Vulnerability Executive" (para 14) and reports the outline strategy approved (para 16); it gives the group no other name.',
      date: '2021-02-25',
      source: at('paras 14 and 16'),
    },
    {
      key: 'da-dashboard-and-data-group',
      name: 'Domestic abuse dashboard and data group',
      parentKey: 'dsva-ops-group',
      purpose: 'The initial LLR domestic abuse dashboard and its data (Annex B, row 9).',
      ...onPaperDate('"already exists as a sub-group of the DSVA Ops Group"'),
      source: at(`${PLAN}, row 9`),
    },
    {
      key: 'da-perpetrator-project-board',
      name: 'LLR DA Perpetrator Project Board',
      parentKey: null,
      purpose:
        'Collects evidence for the perpetrator behaviour change pilot and develops the case for continued funding (Annex B, row 5).',
      note: 'The papers do not name its parent board.',
      ...onPaperDate(),
      source: at(`${PLAN}, row 5`),
    },
    {
      key: 'marac-operations-group',
      name: 'MARAC Operations Group',
      parentKey: null,
      purpose: 'Produced the business case for daily MARAC (Annex B, row 6).',
      note: 'The papers do not name its parent board.',
      ...onPaperDate(),
      source: at(`${PLAN}, row 6`),
    },
  ],

  termsOfReference: [
    {
      key: 'spb-purpose-2021',
      boardKey: 'spb',
      status: 'CURRENT',
      purposes: ['To address harmful behaviours within Leicester, Leicestershire and Rutland (LLR).'],
      note: 'Approach: aims to reduce the realisation of those harmful behaviours over time; priority harmful behaviours have been identified and multi-agency plans produced to reduce their realisation over the longer term (Annex A). The 2021 schedule is built around the remit of SPB to address harmful behaviours, particularly focussing on their causes (para 35).',
      ...onPaperDate(),
      source: at('para 11; Annex A, Vision / Purpose and Approach'),
    },
  ],

  meetings: [
    {
      key: 'spb-2021-02-25',
      boardKey: 'spb',
      status: 'HELD',
      themes: ['Childhood trauma: approach to prevention and mitigation'],
      date: '2021-02-25',
      source: at(`${SCHEDULE}; para 14`),
    },
    {
      key: 'spb-executive-before-2021-03-19',
      boardKey: 'spb-executive',
      status: 'HELD',
      themes: ['Female Offender Strategy'],
      note: 'The paper calls it "the last SPB Exec".',
      ...onPaperDate('"the last SPB Exec"'),
      source: at('para 22'),
    },
    {
      key: 'lscsb-2021-03-19',
      boardKey: 'lscsb',
      status: 'SCHEDULED',
      themes: ['Office of the Police and Crime Commissioner update'],
      note: 'Recommendation: the Board is recommended to note the contents of the report (para 37).',
      date: paper.meetingDate,
      source: at('cover and para 37'),
    },
    ...(
      [
        ['spb-executive-2021-03-22', 'spb-executive', '2021-03-22', ['Initial analysis of substance misuse']],
        [
          'spb-2021-05-20',
          'spb',
          '2021-05-20',
          ['Introduction to new PCC', 'Annual report on work of SPB and sub-groups', 'Draft business plan'],
        ],
        [
          'spb-executive-2021-05-24',
          'spb-executive',
          '2021-05-24',
          ['Introduction to new PCC', 'Step up to Great Mental Health', 'Development Proposals for substance misuse'],
        ],
        ['spb-executive-2021-07-27', 'spb-executive', '2021-07-27', ['Initial analysis of Modern Slavery']],
        [
          'spb-2021-08-19',
          'spb',
          '2021-08-19',
          ['Reviews of: Childhood trauma', 'Reviews of: Substance misuse', 'Reviews of: Mental Health'],
        ],
        ['spb-executive-2021-09-24', 'spb-executive', '2021-09-24', ['Organised crime analysis']],
        ['spb-executive-2021-11-16', 'spb-executive', '2021-11-16', ['LLR approach to suicide']],
        ['spb-2021-11-25', 'spb', '2021-11-25', []],
      ] as const
    ).map(([key, boardKey, date, themes]) => ({
      key,
      boardKey,
      status: 'SCHEDULED' as const,
      themes: [...themes],
      ...(themes.length === 0 && { note: 'No theme identified at this point.' }),
      date,
      source: at(SCHEDULE),
    })),
  ],

  decisions: [
    {
      key: 'spb-2021-02-25-trauma-informed-strategy',
      meetingKey: 'spb-2021-02-25',
      kind: 'APPROVED',
      text: 'The outline strategy for an LLR wide trauma-informed approach was presented to the Board and approved. The full strategy will be worked up by the leadership group.',
      note: 'The recommendations: to agree the adoption of the proposed strategic intent; to agree the definition of trauma; to agree the underpinning assumptions and principles; to note the proposed core elements of the emerging strategy; to note the findings to date on LLR strengths and gaps; to agree the establishment of a Leadership Group drawn from Vulnerability Executive to take this forward; to advise on the approach to aligning this work with the work of other boards across LLR (para 14).',
      date: '2021-02-25',
      source: at('paras 14 and 16'),
    },
    {
      key: 'spb-executive-female-offender-strategy-adopted',
      meetingKey: 'spb-executive-before-2021-03-19',
      kind: 'AGREED',
      text: 'SPB Exec agreed to formally adopt the Female Offender Strategy work, which will now sit within the SPB structure as a project.',
      ...onPaperDate('"the last SPB Exec"'),
      source: at('para 22'),
    },
  ],

  priorities: [
    ...(
      [
        ['substance-misuse', 'Substance misuse'],
        ['mental-health', 'Mental health'],
        ['modern-slavery', 'Modern slavery'],
        ['organised-crime', 'Organised crime'],
        ['suicide', 'Suicide'],
      ] as const
    ).map(([slug, title]) => ({
      key: `spb-priority-${slug}`,
      boardKey: 'spb',
      title,
      rationale:
        'One of the priority harmful behaviours the SPB initially identified; the 2021 schedule completes the in-depth analysis of each (para 36).',
      ...onPaperDate('when the initial priorities were set is not given'),
      source: at(`para 36; ${SCHEDULE}`),
    })),
    {
      key: 'spb-priority-childhood-trauma',
      boardKey: 'spb',
      title: 'Childhood trauma',
      rationale: 'Added since the initial priorities were set (para 36).',
      ...onPaperDate('when it was added is not given'),
      source: at('para 36'),
    },
    {
      key: 'spb-executive-priority-domestic-abuse',
      boardKey: 'spb-executive',
      title: 'Domestic abuse',
      rationale: 'The subject of the SPB Executive Domestic Abuse Priority Actions Delivery Plan (Annex B).',
      ...onPaperDate(),
      source: at('Annex B'),
    },
  ],

  fundingStreams: [
    {
      key: 'safer-streets-round-1',
      name: 'Safer Streets Fund round 1',
      funderKey: 'home-office',
      totalPence: null,
      financialYears: [],
      description:
        'The first round of the Home Office Safer Streets funding programme; the OPCC secured 3 bids, currently in delivery (para 2).',
      note: 'The paper gives no amounts and does not name the three bids.',
      ...onPaperDate(),
      source: at('para 2'),
    },
    {
      key: 'safer-streets-round-2',
      name: 'Safer Streets Fund round 2',
      funderKey: 'home-office',
      totalPence: poundsToPence('20,000,000'),
      financialYears: ['2021/22'],
      bidLimitPerArea: 3,
      description:
        'Launched by the Home Office on 28 January 2021: a £20m fund for 2021/22 for each PCC area to submit up to 3 partnership bids; deadline for applications 25 March 2021 (paras 2 and 4).',
      date: '2021-01-28',
      source: at('paras 2-4'),
    },
    {
      key: 'da-duty-2021-22',
      name: 'Domestic abuse duty 2021/22 allocation',
      funderKey: 'mhclg',
      totalPence: poundsToPence(DA_DUTY_TOTAL_PRINTED),
      financialYears: ['2021/22'],
      description:
        "LLR's share of the £125m MHCLG made available for 2021/22 to support the delivery of the new Domestic Abuse Bill (printed as £2.277m; the table's total is 2,276,643).",
      note: 'The Bill includes a new duty on Tier One local authorities to assess the need for and commission support to victims and their children in domestic abuse safe accommodation (para 32).',
      date: '2021-02-12',
      source: at('para 30, table "Funding allocations from MHCLG across LLR"'),
    },
  ],

  allocations: daDutyTable.map(([recipientKey, asPrinted, amount], index) => ({
    key: `da-duty-2021-22-${recipientKey}`,
    streamKey: 'da-duty-2021-22',
    recipientKey,
    amountPence: poundsToPence(amount),
    purpose: 'DA duty 2021/22 allocation: to support the delivery of the new Domestic Abuse Bill',
    note: `Printed as "${asPrinted} ${amount}".`,
    date: '2021-02-12',
    source: at(`para 30, table row ${index + 1}`),
  })),

  bids: [
    {
      key: 'safer-streets-2-city-blaby',
      streamKey: 'safer-streets-round-2',
      bidderKey: 'opcc',
      title: 'City/Blaby',
      status: 'IN_PREPARATION',
      deadline: '2021-03-25',
      amountPence: null,
      note: 'Shortlisted from a high level analysis of police data. The paper writes the selected areas as "City/Blaby and Hinckley and Lutterworth (Town Centres)", read here as two areas.',
      ...onPaperDate(),
      source: at('paras 3-4'),
    },
    {
      key: 'safer-streets-2-hinckley-lutterworth',
      streamKey: 'safer-streets-round-2',
      bidderKey: 'opcc',
      title: 'Hinckley and Lutterworth (Town Centres)',
      status: 'IN_PREPARATION',
      deadline: '2021-03-25',
      amountPence: null,
      note: 'Shortlisted from a high level analysis of police data. The paper writes the selected areas as "City/Blaby and Hinckley and Lutterworth (Town Centres)", read here as two areas.',
      ...onPaperDate(),
      source: at('paras 3-4'),
    },
  ],

  initiatives: [
    {
      key: 'csp-performance-packs',
      title: 'CSPs / Partnerships – Performance Packs',
      boardKey: 'spb',
      description:
        'Data performance packs for Community Safety Partnerships, produced by the OPCC and presented by the NPA commanders at CSP meetings. After a review meeting with CSPs on 18 November, the packs include a DA breakdown dashboard, and only one set of data is produced for CSPs from January 2021 (paras 5-8).',
      leads: [{ organisationKey: 'opcc' }],
      status: 'IN_PROGRESS',
      nextSteps: ['One set of data for CSPs from January 2021 onwards, with context given at CSP meetings (para 8).'],
      note: 'Reported in the OPCC update; Annex A\'s rows are not in the text export.',
      ...onPaperDate(),
      source: at('paras 5-8'),
    },
    {
      key: 'youth-perception-survey',
      title: 'Youth Perception Survey',
      boardKey: 'spb',
      description:
        "An annual youth perception survey, part of the PCC's drive to increase engagement with young people, developed in partnership with the force and CSPs (para 9).",
      leads: [{ organisationKey: 'opcc' }],
      status: 'IN_PROGRESS',
      note: '"currently in the initial stages" (para 9).',
      ...onPaperDate(),
      source: at('para 9'),
    },
    {
      key: 'trauma-informed-strategy',
      title: 'Trauma Informed Strategy',
      boardKey: 'spb',
      description:
        'A strategic approach to prevent and mitigate the impact of childhood trauma across LLR: scoping in February 2021 (literature, consultation with lead individuals, a questionnaire to SPB members), then an outline strategy for an LLR wide trauma-informed approach, presented at SPB on 25 February 2021 and approved (paras 13-16).',
      leads: [
        { organisationKey: 'vrn', person: 'Grace Strong' },
        { organisationKey: 'opcc', person: 'Paul Hindson' },
        { organisationKey: null, person: 'Matthew Wakely' },
      ],
      status: 'IN_PROGRESS',
      priorityKey: 'spb-priority-childhood-trauma',
      decisionKey: 'spb-2021-02-25-trauma-informed-strategy',
      nextSteps: ['The full strategy will be worked up by the leadership group (para 16).'],
      note: 'Links to the emphasis on prevention in the initial Police and Crime Plan, and more strongly in the addendum (para 15).',
      date: '2021-02-01',
      dateNote: monthOnlyNote('February 2021'),
      source: at('paras 13-16'),
    },
    {
      key: 'female-offender-strategy',
      title: 'Female Offender Strategy',
      boardKey: 'spb-executive',
      description:
        'To embed the Female Offender Strategy (MOJ 2018) across the whole of LLR: fewer women coming into the CJS, fewer women in custody, better conditions in custody. A partnership planning group led by the NPS and OPCC; a virtual event on 4 November 2020 ("From Custody to Community – Embedding Female Offender Strategy across LLR"); steering group meetings in December 2020 and January 2021 (paras 17-21).',
      leads: [
        { organisationKey: 'opcc', person: 'Liz McDermott' },
        { organisationKey: 'national-probation-service', person: 'Claire Morley' },
      ],
      status: 'IN_PROGRESS',
      decisionKey: 'spb-executive-female-offender-strategy-adopted',
      nextSteps: [
        'Deliver two workshops over the next two months.',
        'Telephone contact with the group members to understand service priorities, pressure points etc.',
        'Devise a project plan which covers the next 12 months and includes some key milestones.',
        'Build a theory of change model to map activities, outcomes and impacts.',
      ],
      note: 'SPB Exec agreed to formally adopt this work, which now sits within the SPB structure as a project (para 22).',
      date: '2020-11-04',
      dateNote: seenByNote('the virtual event of 4 November 2020 (para 21b)'),
      source: at('paras 17-22 and Next steps'),
    },
    {
      key: 'public-sector-volunteering',
      title: 'Volunteer Strategy (Public Sector Volunteering)',
      boardKey: 'spb',
      description:
        'Public sector organisations across LLR exploring the Lancashire model for formal volunteers directly managed by each public sector organisation; the group agreed the Lancashire Model does not directly fit LLR but will keep working together (paras 23-27).',
      leads: [
        { organisationKey: 'leicestershire-county-council' },
        { organisationKey: 'opcc' },
      ],
      status: 'ON_HOLD',
      nextSteps: [
        'Action plan to be developed and implemented based on the lessons learned and good practice identified through the Lancashire Model.',
        'Develop a joint public sector volunteering comms plan to provide clarity and joined up messaging for potential and existing volunteers.',
        'Research and develop a LLR public sector Volunteering Passport to enable volunteers to be easily identified/trained/supported and have greater mobility between organisations.',
      ],
      note: '"Depending on Covid response and recovery timeframes, work to progress this project will resume in from May/June 2021 onwards. A joint lead from Leicestershire County Council and the OPCC will continue to drive this piece of work forward" (para 29).',
      ...onPaperDate(),
      source: at('paras 23-29'),
    },
  ],

  deliveryPlans: [
    {
      key: 'spb-executive-da-delivery-plan',
      title: 'SPB Executive Domestic Abuse Priority Actions Delivery Plan',
      boardKey: 'spb-executive',
      priorityKey: 'spb-executive-priority-domestic-abuse',
      activities,
      note: 'The forward plan approach overseen by the DSVA Ops Group/Vulnerability Executive (para 31).',
      ...onPaperDate(),
      source: at(PLAN),
    },
  ],
};
