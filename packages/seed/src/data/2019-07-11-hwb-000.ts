import { monthOnlyNote, seenByNote, sourcesOf, undatedNote } from './helpers';
import type { PaperData, PaperInfo } from './types';

/**
 * Paper 000: report of the Director of Children and Family Services, Leicestershire County
 * Council, to the Health and Wellbeing Board, 11 July 2019: Strategic Partnership Board update.
 * SPB membership, the Executive and the four sub-groups (People and Place; Offender Management;
 * Victims and Vulnerability; Serious and Organised Crime), People Zones, offender management
 * priorities, EnGage and Operation Lionheart.
 */

const paper: PaperInfo = {
  id: '000',
  file: '000_702b45cf9977fc09.txt',
  title: 'Strategic Partnership Board update',
  body: 'Health and Wellbeing Board',
  meetingDate: '2019-07-11',
};

const at = sourcesOf('000');
const onPaperDate = (detail?: string) => ({
  date: paper.meetingDate,
  dateNote: undatedNote(paper, detail),
});

const SUB_GROUP_NOTE =
  'The SPB "is supported by an Executive and a number of sub groups" (para 5); the sub-groups are placed under the SPB Executive, as the 2022 structure shows its boards (003, minute 54).';
const ZONE_PROBLEM =
  'The key social problems for the area: the "people" issues that are the highest priority for the local community and the organisations that support them (para 7).';
const ZONES_RESEARCH_NOTE =
  'Three localities were identified for further research before consideration by the SPB in July 2018 (001 para 29, which does not name them); 000 para 7 names the three People Zones.';
const zoneKeys = ['bell-foundry-people-zone', 'coalville-people-zone', 'new-parks-people-zone'];

export const hwb2019: PaperData = {
  paper,

  organisations: [
    {
      key: 'hmp-leicester',
      name: 'Leicester Prison',
      kind: 'PRISON',
      ...onPaperDate(),
      source: at('para 4'),
    },
    {
      key: 'loughborough-university',
      name: 'Loughborough University',
      kind: 'ACADEMIC',
      ...onPaperDate(),
      source: at('para 10'),
    },
  ],

  boards: [
    {
      key: 'sommb',
      name: 'Strategic Offender Management and MAPPA Board',
      shortName: 'SOMMB',
      parentKey: 'spb-executive',
      purpose:
        'Governance of the management of offenders across Leicester, Leicestershire and Rutland; combined the MAPPA and Reducing Reoffending Boards (para 13). The Offender Management strand of the SPB (para 5).',
      note: SUB_GROUP_NOTE,
      date: '2018-09-01',
      dateNote: monthOnlyNote('September 2018'),
      source: at('paras 5 and 13'),
    },
    {
      key: 'vulnerability-executive',
      name: 'Vulnerability Executive',
      parentKey: 'spb-executive',
      purpose:
        'Strategic Leadership for multi-agency responses to Vulnerability across Leicester, Leicestershire and Rutland; brought together the Domestic Abuse Executive and the CSE Executive (para 20). The Victims and Vulnerability strand of the SPB (para 5).',
      note: SUB_GROUP_NOTE,
      date: '2019-02-01',
      dateNote: seenByNote('its meeting of 1 February 2019, the second it held (para 21)'),
      source: at('paras 5 and 20-21'),
    },
    {
      key: 'people-and-place-board',
      name: 'People and Place Board',
      shortName: 'P&P Board',
      parentKey: 'spb-executive',
      purpose:
        'To implement and evaluate the effectiveness of the People Zones initiative, and to review and develop integrated locality based working across LLR (para 6). The People and Place strand of the SPB (para 5).',
      note: SUB_GROUP_NOTE,
      date: '2019-02-01',
      dateNote: monthOnlyNote('February 2019'),
      source: at('paras 5-6'),
    },
    {
      key: 'serious-and-organised-crime-board',
      name: 'Serious and Organised Crime',
      parentKey: 'spb-executive',
      purpose:
        'To reduce the harm caused by serious and organised crime across Leicester, Leicestershire and Rutland (para 26). The Serious and Organised Crime strand of the SPB (para 5).',
      note: `${SUB_GROUP_NOTE} The paper names the strand but not a board title.`,
      // Not the paper's date: Operation Lionheart, an initiative of this board, began on
      // 9 April 2019, so the board existed by then (the portfolio on a day in between would
      // otherwise hold an initiative of a board not yet established).
      date: '2019-04-09',
      dateNote: seenByNote('9 April 2019, when Operation Lionheart, its initiative, began (paras 27-28)'),
      source: at('paras 5 and 25-26'),
    },
    {
      key: 'child-vulnerability-ops-group',
      name: 'Child Vulnerability Ops Group',
      parentKey: 'vulnerability-executive',
      purpose: 'Reports to the Vulnerability Executive (para 23).',
      ...onPaperDate('"has met twice"'),
      source: at('para 23'),
    },
    {
      key: 'dsva-ops-group',
      name: 'Domestic, Sexual Violence and Abuse Ops Group',
      shortName: 'DSVA Ops Group',
      parentKey: 'vulnerability-executive',
      purpose: 'Reports to the Vulnerability Executive (para 24).',
      ...onPaperDate('"has also met twice"'),
      source: at('para 24'),
    },
  ],

  termsOfReference: [
    {
      key: 'spb-purpose-2019',
      boardKey: 'spb',
      status: 'CURRENT',
      purposes: [
        'Sets out and leads the strategic delivery of community safety and criminal justice priorities across Leicester, Leicestershire and Rutland.',
        'Leads a shared partnership vision for LLR to address human behaviours that cause harm to people and communities.',
      ],
      note: 'The work of the SPB links to the delivery of the joint Health and Wellbeing Strategy (para 2).',
      ...onPaperDate(),
      source: at('para 2'),
    },
    {
      key: 'vulnerability-executive-purpose',
      boardKey: 'vulnerability-executive',
      status: 'CURRENT',
      purposes: [
        'To agree an LLR strategy and action plan for child & adult vulnerability which will include the following priority areas CAIU, CSE, Missing, Domestic and Sexual Abuse, Criminal Exploitation and Modern Slavery Human Trafficking reflecting both the outcomes of LLR JSNAs and improvements identified through the scrutiny and challenge of the LSCB/LSABs.',
        'To set strategic areas of priority across the vulnerability spectrum for focus and assurance by partners and local boards.',
        'To provide drive and focus to operational delivery and response to child & adult vulnerability priorities specifically in promoting multi-agency partnership working.',
        'To oversee the emerging threat profile and ensure appropriate responses to strategic threat and risk assessment.',
        'To ensure that there is a performance management regime across agreed priority areas to test impact and provide assurance of improvement to the LSCB/LSABs.',
        'Take steps to ensure public trust is maintained in collective responses.',
      ],
      ...onPaperDate(),
      source: at('para 20'),
    },
  ],

  memberships: [
    {
      key: 'spb-membership-2019',
      boardKey: 'spb',
      status: 'CURRENT',
      members: [
        ...(
          [
            'leicestershire-county-council',
            'leicester-city-council',
            'rutland-county-council',
            null,
            'dlnr-crc',
            'national-probation-service',
            'llr-ccgs',
            'leicestershire-partnership-trust',
            'university-hospitals-of-leicester',
            'leicestershire-fire-and-rescue-service',
            'east-midlands-ambulance-service',
            'leicestershire-police',
            'crown-prosecution-service',
            'hm-courts',
            'hmp-leicester',
          ] as const
        ).map((organisationKey) => ({
          organisationKey,
          role: organisationKey === null ? 'Chief Officers from District Councils' : 'Chief Officer',
        })),
      ],
      note: 'Chaired by the Police and Crime Commissioner and made up of Chief Officers from the organisations listed (para 4).',
      ...onPaperDate(),
      source: at('para 4'),
    },
  ],

  meetings: [
    {
      key: 'spb-executive-2018-11',
      boardKey: 'spb-executive',
      status: 'HELD',
      themes: ['Serious and Organised Crime partnership strategy'],
      date: '2018-11-01',
      dateNote: monthOnlyNote('November 2018'),
      source: at('para 25'),
    },
    {
      key: 'vulnerability-executive-2019-02-01',
      boardKey: 'vulnerability-executive',
      status: 'HELD',
      themes: ['Areas of priority'],
      date: '2019-02-01',
      source: at('para 21'),
    },
    {
      key: 'vulnerability-executive-2019-05-20',
      boardKey: 'vulnerability-executive',
      status: 'SCHEDULED',
      themes: [
        'Revised Leicester, Leicestershire and Rutland Strategy and Vision for Domestic Abuse and Sexual Violence',
        "Proposed Strategy, Vision and delivery timeline for Leicester, Leicestershire and Rutland's aligned responses to Child Criminal Exploitation",
      ],
      date: '2019-05-20',
      source: at('para 22'),
    },
    {
      key: 'health-and-wellbeing-board-2019-07-11',
      boardKey: 'health-and-wellbeing-board',
      status: 'SCHEDULED',
      themes: ['Strategic Partnership Board update'],
      note: 'Recommendation: that the Health and Wellbeing Board notes the content of the report (para 3).',
      date: paper.meetingDate,
      source: at('cover and para 3'),
    },
  ],

  decisions: [
    {
      key: 'spb-executive-2018-11-soc-strategy',
      meetingKey: 'spb-executive-2018-11',
      kind: 'AGREED',
      text: 'A clear partnership strategy to reduce the harm caused by Serious and Organised Crime across Leicester, Leicestershire and Rutland.',
      date: '2018-11-01',
      dateNote: monthOnlyNote('November 2018'),
      source: at('para 25'),
    },
    {
      key: 'vulnerability-executive-2019-02-01-priorities',
      meetingKey: 'vulnerability-executive-2019-02-01',
      kind: 'AGREED',
      text: 'The following areas of priority: Child Criminal Exploitation; Domestic Abuse and Sexual Violence – LLR Strategy and Vision; Modern Day Slavery and Human Trafficking; Repeat missing persons.',
      date: '2019-02-01',
      source: at('para 21'),
    },
  ],

  priorities: [
    ...(
      [
        ['a', 'To implement and evaluate the effectiveness of the People Zones initiative.'],
        ['b', 'To map existing partnership structures relevant to the objectives of the P&P Board.'],
        ['c', 'To map and review existing examples of collaborative locality based working across LLR.'],
        ['d', 'To develop proposals for enhancing integrated working practices arising from the above review.'],
        [
          'e',
          'To review methodologies for integrated locality based planning and problem solving and develop proposals for wider implementation.',
        ],
        [
          'f',
          'To review methodologies for shared communication and engagement activity and develop proposals for wider implementation.',
        ],
        ['g', 'To develop methodologies for analysing patterns of behaviour and demand for services at the local level.'],
        ['h', 'To develop methodologies for sharing intelligence across agencies and members of the community.'],
        [
          'i',
          'To identify examples of collaborative horizon scanning across agencies and test potential for wider use.',
        ],
      ] as const
    ).map(([item, title]) => ({
      key: `people-and-place-aim-${item}`,
      boardKey: 'people-and-place-board',
      title,
      rationale: 'A strategic aim the People and Place Board was established with.',
      date: '2019-02-01',
      dateNote: monthOnlyNote('February 2019'),
      source: at(`para 6(${item})`),
    })),
    ...[
      'To consider the role of MAPPA within reducing serious organised crime.',
      'To strengthen the links between troubled families and offender management.',
      'To develop an effective multi-agency process for ensuring shared learning and continual improvement across the partnerships.',
      'To develop a multi-agency performance report.',
      'To develop a multi-agency quality assurance regime across offender management to embed effective joint risk assessment processes including timely pre-sentence assessments.',
      'To embed the routine sharing of intelligence against recognised offenders subject to multi-agency intervention.',
      'To develop an effective and tailored service towards those offenders identified as a priority including CSE perpetrators, SOC nominals, MAPPA Offenders, Repeat Domestic Abuse offenders and priority Foreign National Offenders and women offenders.',
    ].map((title, index) => ({
      key: `sommb-priority-${index + 1}`,
      boardKey: 'sommb',
      title,
      rationale: 'A key priority the SOMMB set for the year.',
      ...onPaperDate(),
      source: at(`para 14, bullet ${index + 1}`),
    })),
    ...(
      [
        ['child-criminal-exploitation', 'Child Criminal Exploitation'],
        ['dasv', 'Domestic Abuse and Sexual Violence – LLR Strategy and Vision'],
        ['modern-slavery', 'Modern Day Slavery and Human Trafficking'],
        ['repeat-missing-persons', 'Repeat missing persons'],
      ] as const
    ).map(([slug, title]) => ({
      key: `vulnerability-executive-priority-${slug}`,
      boardKey: 'vulnerability-executive',
      title,
      decisionKey: 'vulnerability-executive-2019-02-01-priorities',
      date: '2019-02-01',
      source: at('para 21'),
    })),
    ...[
      'Having a shared understanding of the threats informed by shared information and risk assessment',
      'Jointly preventing people becoming involved and ensuring effective diversion and interventions are in place',
      'Be able to identify and deal with the vulnerability and harm caused by serious and organised crime',
      'Evidencing operational activity to disrupt and deter those involved using the partnerships range of interventions available',
    ].map((title, index) => ({
      key: `soc-strategy-aim-${index + 1}`,
      boardKey: 'spb-executive',
      title: `Serious and organised crime: ${title}`,
      rationale:
        'The strategic aim is to work effectively together to reduce the harm caused by serious and organised crime across LLR (para 26).',
      decisionKey: 'spb-executive-2018-11-soc-strategy',
      date: '2018-11-01',
      dateNote: monthOnlyNote('November 2018'),
      source: at(`para 26, bullet ${index + 1}`),
    })),
  ],

  initiativeUpdates: [
    {
      initiativeKey: 'people-zones',
      status: 'MOVED',
      boardKey: 'people-and-place-board',
      leads: [{ organisationKey: 'charnwood-borough-council' }],
      note: 'The People and Place Board was established with the aim "to implement and evaluate the effectiveness of the People Zones initiative" (para 6a); Charnwood Borough Council "has been pivotal in driving forward this initiative" (para 8).',
      date: '2019-02-01',
      dateNote: monthOnlyNote('February 2019'),
      source: at('paras 6-8'),
    },
  ],

  initiatives: [
    {
      key: 'people-zones-operating-model',
      title: 'People Zones operating model design',
      boardKey: 'people-and-place-board',
      description:
        'An operating model design to enable the replication of People Zones across LLR: the methodology for analysing the problem data, building the team, engaging with the community and other features (para 9).',
      leads: [],
      status: 'IN_PROGRESS',
      nextSteps: ['Nearing completion; to be made available to partners when complete (para 9).'],
      note: 'Commissioned by the People and Place Board.',
      ...onPaperDate(),
      source: at('para 9'),
    },
    {
      key: 'people-zones-evaluation-model',
      title: 'People Zones evaluation model',
      boardKey: 'people-and-place-board',
      description:
        'A model for evaluating People Zones, developed by Loughborough University: the impact of the Zone on the core problem, impact on measures indicative of general social resilience, and change in community perceptions (para 10).',
      leads: [{ organisationKey: 'loughborough-university' }],
      status: 'IN_PROGRESS',
      nextSteps: [
        'The designers are testing the model by applying it to the Bell Foundry estate data; it will be made available to all partners when complete (para 10).',
      ],
      note: 'Commissioned by the People and Place Board; nearing completion.',
      ...onPaperDate(),
      source: at('para 10'),
    },
    {
      key: 'integrated-offender-management',
      title: 'Integrated Offender Management Team',
      boardKey: 'sommb',
      description:
        'A multiagency team focussed on problem solving and reducing the harm and demand caused by high risk offenders, using the tactics each partner can utilise: Investigate, Rehabilitate, Restrict, Protect (para 15).',
      leads: [],
      status: 'IN_PROGRESS',
      ...onPaperDate(),
      source: at('paras 15-16'),
    },
    {
      key: 'engage',
      title: 'EnGage',
      boardKey: 'sommb',
      description:
        'A CRC led, OPCC funded scheme targeting 18-24 year olds following a community resolution or conditional caution for an offence (para 19).',
      leads: [{ organisationKey: 'dlnr-crc' }],
      status: 'IN_PROGRESS',
      nextSteps: [
        'The lead officer will explore how the service has developed and its potential for use across developing threat areas such as serious and organised crime, criminal exploitation and Modern Slavery (para 19).',
      ],
      ...onPaperDate(),
      source: at('para 19'),
    },
    {
      key: 'operation-lionheart',
      title: 'Operation Lionheart',
      boardKey: 'serious-and-organised-crime-board',
      description:
        'The intensive enforcement stage of a significant police investigation into County Lines drugs supply and serious organised crime across Leicester, Leicestershire and Rutland; main areas impacted were Charnwood and Leicester City, with support from safeguarding teams, housing, repairs, Turning Point and community safety (paras 27-28).',
      leads: [{ organisationKey: 'leicestershire-police' }],
      status: 'IN_PROGRESS',
      note: '"The operation continues as those charged start to appear in court" (para 29).',
      date: '2019-04-09',
      source: at('paras 27-29'),
    },
    {
      key: 'cce-strategy',
      title: "LLR aligned responses to Child Criminal Exploitation: Strategy, Vision and delivery timeline",
      boardKey: 'vulnerability-executive',
      description:
        'Agreed by the Child Vulnerability Ops Group; an OPCC funded Child Criminal Exploitation Strategic Lead for the Partnership has been appointed to assist in the design and implementation of all partners\' operational responses (para 23).',
      leads: [],
      status: 'IN_PROGRESS',
      priorityKey: 'vulnerability-executive-priority-child-criminal-exploitation',
      nextSteps: ['The Vulnerability Executive to consider it on 20 May 2019 (para 22).'],
      note: 'The Strategic Lead is not named.',
      ...onPaperDate(),
      source: at('paras 22-23'),
    },
    {
      key: 'dasv-strategy',
      title: 'LLR Strategy, Vision and Governance structure for Domestic Abuse and Sexual Violence',
      boardKey: 'vulnerability-executive',
      description:
        'A revised strategy, vision and governance structure agreed by the Domestic, Sexual Violence and Abuse Ops Group (para 24).',
      leads: [],
      status: 'IN_PROGRESS',
      priorityKey: 'vulnerability-executive-priority-dasv',
      nextSteps: [
        'The Ops Group will ask the Executive for agreement to implement the new strategy and delivery structure (para 24); the Executive to consider it on 20 May 2019 (para 22).',
      ],
      ...onPaperDate(),
      source: at('paras 22 and 24'),
    },
  ],

  outcomes: [
    {
      key: 'engage-to-2019-07',
      initiativeKey: 'engage',
      title: 'EnGage referrals and interventions',
      figures: [
        { name: 'referrals and interventions', value: '395' },
        { name: 'not committed any further offences', value: '375' },
      ],
      period: null,
      ...onPaperDate('figures to date'),
      source: at('para 19'),
    },
    {
      key: 'operation-lionheart-enforcement',
      initiativeKey: 'operation-lionheart',
      title: 'Operation Lionheart enforcement stage',
      figures: [
        { name: 'executed warrants', value: '124' },
        { name: 'people arrested', value: '87' },
        { name: 'people charged', value: '82' },
        { name: 'vulnerable adults identified', value: '15' },
        { name: 'vulnerable children identified', value: '15' },
      ],
      period: null,
      note: '82 of the 87 people arrested were charged; the 15 vulnerable adults and 15 vulnerable children were all found to be engaged in some form of criminal activity.',
      ...onPaperDate('figures to date; the operation was initiated on 9 April 2019'),
      source: at('para 27'),
    },
    {
      key: 'iom-caseload-2019',
      initiativeKey: 'integrated-offender-management',
      title: 'Offenders the team is dealing with',
      figures: [
        { name: 'offenders who present high risk of causing serious harm or reoffending', value: '347' },
        { name: '% relating to serious crime, domestic abuse, firearms or serious violence', value: '56' },
      ],
      period: null,
      ...onPaperDate('figures to date'),
      source: at('para 16'),
    },
  ],

  peopleZones: [
    {
      key: 'bell-foundry-people-zone',
      name: 'Bell Foundry estate People Zone',
      locality: 'Loughborough',
      district: 'Charnwood',
      leadOrganisationKey: 'charnwood-borough-council',
      problem: ZONE_PROBLEM,
      note: 'Probably the most advanced People Zone (para 7); Charnwood Borough Council has been pivotal in driving the initiative forward (para 8).',
      date: '2018-06-08',
      dateNote: ZONES_RESEARCH_NOTE,
      source: at('paras 7-8'),
    },
    {
      key: 'coalville-people-zone',
      name: 'Coalville People Zone',
      locality: 'Coalville',
      district: 'North West Leicestershire',
      leadOrganisationKey: null,
      problem: ZONE_PROBLEM,
      note: 'The papers name no lead agency. The district is from 003 Appendix B, which lists Coalville under the North West Local Area Co-ordination team.',
      date: '2018-06-08',
      dateNote: ZONES_RESEARCH_NOTE,
      source: at('para 7'),
    },
    {
      key: 'new-parks-people-zone',
      name: 'New Parks People Zone',
      locality: 'New Parks',
      district: 'Leicester',
      leadOrganisationKey: null,
      problem: ZONE_PROBLEM,
      note: 'The papers name no lead agency.',
      date: '2018-06-08',
      dateNote: ZONES_RESEARCH_NOTE,
      source: at('para 7'),
    },
  ],

  peopleZoneStages: [
    ...zoneKeys.map((zoneKey) => ({
      zoneKey,
      stage: 'RESEARCHING' as const,
      note: 'Identified for further research before consideration by the SPB in July 2018.',
      date: '2018-06-08',
      source: { paper: '001' as const, ref: 'para 29' },
    })),
    ...zoneKeys.map((zoneKey) => ({
      zoneKey,
      stage: 'ESTABLISHED' as const,
      note: '"These are now established and at varying stages of development" (para 7).',
      ...onPaperDate(),
      source: at('para 7'),
    })),
  ],

  keyProvisions: (
    [
      ['COMMUNITY_LEADERSHIP', 'the capability to provide community leadership'],
      ['ACCESS_TO_COMMUNITY_ASSETS', 'access community assets'],
      ['INTEGRATED_LOCAL_AGENCIES', 'integrate the work of local agencies'],
      [
        'SHARED_APPROACH_TO_ISSUE_RESOLUTION',
        'build a shared approach to people management/issue resolution',
      ],
    ] as const
  ).map(([provision, wording]) => ({
    zoneKey: 'bell-foundry-people-zone',
    provision,
    status: 'IN_PLACE' as const,
    note: `"has most of the key provisions in place, including ... ${wording}" (para 7).`,
    ...onPaperDate(),
    source: at('para 7'),
  })),
};
