import { monthOnlyNote, seenByNote, sourcesOf, undatedNote } from './helpers';
import type { PaperData, PaperInfo, PeriodSpec, Rag } from './types';

/**
 * Paper 003: Leicestershire Safer Communities Strategy Board (LSCSB) agenda pack for
 * 17 June 2022. Holds the minutes of the LSCSB of 18 March 2022 (RESOLVED decisions, the 2022
 * SPB structure), the LSCSB Action Log, the Children and Family Wellbeing Service update, the
 * Public Health update (DA and sexual violence services commissioned from 1 April 2022, the OHID
 * substance misuse grant), Safer Communities Performance 2021/22 Q4, the ASB officer update,
 * the Probation Service update and the MARAC repeats presentation.
 */

const paper: PaperInfo = {
  id: '003',
  file: '003_38ad48cc9663eea4.txt',
  title: 'LSCSB agenda pack, 17 June 2022',
  body: 'Leicestershire Safer Communities Strategy Board',
  meetingDate: '2022-06-17',
};

const at = sourcesOf('003');
const onPaperDate = (detail?: string) => ({
  date: paper.meetingDate,
  dateNote: undatedNote(paper, detail),
});

const MARCH = '2022-03-18';
const MINUTES = 'Minutes of 18 March 2022';
const ACTION_LOG = 'LSCSB Action Log';
const PH = 'Public Health update';
const PERFORMANCE = 'Safer Communities Performance 2021/22 Q4';
const CFWS = 'Children and Family Wellbeing Service update';
const ASB = 'ASB System Governance Co-ordination Officer update';
const PROBATION = 'Probation Service update';
const MARAC_SLIDES = 'LLR MARAC Repeats presentation (Agenda Item 15)';
const seenInMarch = (what: string) => ({
  date: MARCH,
  dateNote: seenByNote(`the LSCSB meeting of 18 March 2022 (${what})`),
});
const fromApril2022 = {
  date: '2022-04-01',
  dateNote: seenByNote('1 April 2022, when the services it provides began (Public Health update, para 4)'),
};

const resolved = (
  minute: string,
  subject: string,
  text: string,
  extra: { key?: string; note?: string } = {},
) => ({
  key: extra.key ?? `lscsb-2022-03-18-${minute.replace(/[()]/g, '')}`,
  meetingKey: 'lscsb-2022-03-18',
  kind: 'RESOLVED' as const,
  minute: `${minute} (${subject})`,
  text,
  ...(extra.note && { note: extra.note }),
  date: MARCH,
  source: at(`${MINUTES}, minute ${minute.replace(/\(.*$/, '')}`),
});

const indicatorValue = (
  key: string,
  indicatorKey: string,
  period: PeriodSpec,
  value: string,
  ref: string,
  note?: string,
) => ({
  key,
  indicatorKey,
  period,
  value,
  ...(note && { note }),
  date: paper.meetingDate,
  source: at(ref),
});

const rolling = (end: string): PeriodSpec => ({ kind: 'ROLLING_12_MONTHS', end });
const Q4_2021_22: PeriodSpec = { kind: 'QUARTER', financialYear: '2021/22', quarter: 4 };
const Q4_2020_21: PeriodSpec = { kind: 'QUARTER', financialYear: '2020/21', quarter: 4 };

const ACTION_DATE_NOTE =
  'The log writes "18.3.21", but the action arose at the LSCSB meeting of 18 March 2022 (minutes 53(b), 57(b) and 61(b) of the same paper); 18 March 2022 is used.';

const actionRows: [number, string, string, string, string[], string, Rag | null, string?][] = [
  [
    1,
    '26.6.20',
    '2020-06-26',
    'Leicestershire Police to provide a report to a future meeting of the Board regarding lessons learned from the Covid-19 pandemic and how the Force will operate in future.',
    ['Rik Basra', 'Adam Slonecki'],
    'This will be an item for a future Board meeting. This will form, part of a broader discussion to include all districts.',
    'AMBER',
  ],
  [
    2,
    '18.6.21',
    '2021-06-18',
    'Arrange for LSCSB members to attend Glen Parva Prison site visit',
    ['Nick Dann', 'Raj Singh'],
    'A Site visit has been arranged for Wed 22 nd Dec 10/12/21 Site visit to be postponed and rearranged due to Covid restrictions. 18/3/21 site visit postponed again due to covid outbreak',
    'AMBER',
  ],
  [
    3,
    '24.9.21',
    '2021-09-24',
    'Further presentation from Warning Zone in September 2022',
    ['Elaine Stevenson'],
    '',
    null,
  ],
  [
    4,
    '10.12.21',
    '2021-12-10',
    'Regular updates on work of ASB System Governance Coordination officer to come to Board including March 2022 meeting.',
    ['Rik Basra', 'Charlotte Keedwell'],
    'Further update on the June 2022 agenda.',
    'AMBER',
  ],
  [
    5,
    '10.12.21',
    '2021-12-10',
    'Update on DSVa service in particular case management system to come to Board in 6 months time',
    ['Joshna Mavji'],
    'This is on the June 2022 agenda',
    'AMBER',
  ],
  [
    7,
    '18.3.21',
    MARCH,
    'Training on Modern Slavery to be arranged for local authority officers and LSCSB members.',
    ['Gary Bee', 'Rik Basra'],
    "Gary Bee has agreed a bespoke training session and this will be arranged shortly subject to Gary's availability.",
    'AMBER',
    'lscsb-2022-03-18-53b',
  ],
  [
    8,
    '18.3.21',
    MARCH,
    'Invite Kevin Wright/Lucy Batchelor to a future meeting of the Board to explain how the MARAC repeat referral rate has been reduced. Agenda item to also cover the results of the MARAC review.',
    ['Rik Basra'],
    'This is on the June 2022 agenda',
    'AMBER',
    'lscsb-2022-03-18-57b',
  ],
  [
    9,
    '18.3.21',
    MARCH,
    'Regional Prevent Advisor to attend a future Board meeting once the outcome of the Lord Shawcross review is known to set out the implications for Prevent in the region.',
    ['Rik Basra', 'Ian Stubbs'],
    'Noted; Ian has agreed to attend and update in the future per the request.',
    'AMBER',
    'lscsb-2022-03-18-61b',
  ],
];

export const lscsb2022: PaperData = {
  paper,

  organisations: [
    {
      key: 'hmpps',
      name: "Her Majesty's Prison and Probation Service",
      shortName: 'HMPPS',
      kind: 'GOVERNMENT',
      parentKey: 'ministry-of-justice',
      ...onPaperDate(),
      source: at(`${PROBATION}, para 1`),
    },
    {
      key: 'probation-service',
      name: 'Probation Service',
      kind: 'PROBATION',
      parentKey: 'hmpps',
      note: 'Organised in local Probation Delivery Units; the LLR PDU is part of the East Midlands Region (para 1).',
      date: '2021-06-01',
      dateNote: monthOnlyNote('June 2021'),
      source: at(`${PROBATION}, para 1`),
    },
    {
      key: 'freeva',
      name: 'Free from Violence and Abuse',
      shortName: 'FreeVa',
      kind: 'SERVICE_PROVIDER',
      ...fromApril2022,
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'living-without-abuse',
      name: 'Living Without Abuse',
      shortName: 'LWA',
      kind: 'SERVICE_PROVIDER',
      ...fromApril2022,
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'wall',
      name: "Women's Aid Leicestershire Limited",
      shortName: 'WALL',
      kind: 'SERVICE_PROVIDER',
      ...fromApril2022,
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'ingeus',
      name: 'Ingeus',
      kind: 'SERVICE_PROVIDER',
      ...fromApril2022,
      source: at(`${PH}, para 26`),
    },
    {
      key: 'falcon-support-services',
      name: 'Falcon Support Services',
      kind: 'SERVICE_PROVIDER',
      note: 'Also written "Falcon Homeless and Community Support" (para 17).',
      ...onPaperDate(),
      source: at(`${PH}, paras 17 and 22`),
    },
    {
      key: 'nottingham-community-housing-association',
      name: 'Nottingham Community Housing Association',
      kind: 'SERVICE_PROVIDER',
      ...onPaperDate(),
      source: at(`${PH}, para 22`),
    },
    {
      key: 'the-bridge',
      name: 'The Bridge',
      kind: 'VOLUNTARY_SECTOR',
      ...onPaperDate(),
      source: at(`${CFWS}, para 6; ${PH}, para 22`),
    },
    {
      key: 'dear-albert',
      name: 'Dear Albert',
      kind: 'SERVICE_PROVIDER',
      ...onPaperDate(),
      source: at(`${PH}, para 17`),
    },
    {
      key: 'age-uk',
      name: 'Age UK',
      kind: 'SERVICE_PROVIDER',
      ...onPaperDate(),
      source: at(`${PH}, para 17`),
    },
    {
      key: 'ohid',
      name: 'Office for Health Improvement and Disparities',
      shortName: 'OHID',
      kind: 'GOVERNMENT',
      ...onPaperDate(),
      source: at(`${PH}, para 35`),
    },
    {
      key: 'dluhc',
      name: 'Department of Levelling Up, Housing and Communities',
      shortName: 'DLUHC',
      kind: 'GOVERNMENT',
      note: 'Appendix A writes "Department of Levelling Up, Communities, and Housing (DLUCH)".',
      ...onPaperDate(),
      source: at(`${CFWS}, para 8`),
    },
    {
      key: 'hmp-fosse-way',
      name: 'HMP Fosse Way',
      kind: 'PRISON',
      note: 'The new prison at Glen Parva, Leicester; Serco appointed as the operator on a 10 year contract (minute 62).',
      ...seenInMarch('minute 62'),
      source: at(`${MINUTES}, minute 62`),
    },
    {
      key: 'serco',
      name: 'Serco',
      kind: 'SERVICE_PROVIDER',
      ...seenInMarch('minute 62'),
      source: at(`${MINUTES}, minute 62`),
    },
    {
      key: 'combined-fire-authority',
      name: 'Combined Fire Authority',
      kind: 'FIRE_AND_RESCUE',
      ...seenInMarch('Present'),
      source: at(`${MINUTES}, Present`),
    },
  ],

  organisationChanges: [
    {
      kind: 'MERGED_INTO',
      organisationKeys: ['national-probation-service', 'dlnr-crc'],
      intoKey: 'probation-service',
      note: 'In June 2021 the Probation Service was re-unified, bringing the Community Rehabilitation Companies and National Probation Service together as one organisation (para 1).',
      date: '2021-06-01',
      dateNote: monthOnlyNote('June 2021'),
      source: at(`${PROBATION}, para 1`),
    },
    {
      kind: 'CEASED',
      organisationKeys: ['uava'],
      note: 'Following a recommissioning process the UAVA consortium arrangement ceased as of 1 April 2022; the service providers who made up UAVA remain (Performance para 13; Appendix A).',
      date: '2022-04-01',
      source: at(`${PERFORMANCE}, para 13; Appendix A`),
    },
  ],

  boards: [
    {
      key: 'prevention-and-early-intervention-board',
      name: 'Prevention and Early Intervention Board',
      parentKey: 'spb-executive',
      purpose: 'A board under the SPB Executive; its remit is not described in the papers.',
      chair: {
        person: 'Martin Samuels',
        role: 'Strategic Director for Social Care and Education',
        organisationKey: 'leicester-city-council',
      },
      ...seenInMarch('minute 54'),
      source: at(`${MINUTES}, minute 54`),
    },
    {
      key: 'adolescence-safety-and-diversion-board',
      name: 'Adolescence Safety and Diversion Board',
      parentKey: 'spb-executive',
      purpose: 'A board under the SPB Executive; its remit is not described in the papers.',
      chair: {
        person: 'ACC David Sandall',
        role: 'Assistant Chief Constable',
        organisationKey: 'leicestershire-police',
      },
      ...seenInMarch('minute 54'),
      source: at(`${MINUTES}, minute 54`),
    },
    {
      key: 'adult-vulnerability-and-offending-board',
      name: 'Adult Vulnerability and Offending Board',
      shortName: 'MAPPA SMB',
      parentKey: 'spb-executive',
      purpose: 'A board under the SPB Executive; its remit is not described in the papers.',
      chair: { person: 'Bob Bearne', role: 'Probation Service', organisationKey: 'probation-service' },
      ...seenInMarch('minute 54'),
      source: at(`${MINUTES}, minute 54`),
    },
  ],

  chairChanges: [
    {
      boardKey: 'spb',
      chair: {
        person: 'Rupert Matthews',
        role: 'Police and Crime Commissioner',
        organisationKey: 'opcc',
      },
      date: '2021-05-06',
      dateNote:
        'the day he took the chair is not given: the PCC election of 6 May 2021 (002 para 10) is used; the minutes of 18 March 2022 (minute 54) name him as the PCC chairing the SPB',
      source: at(`${MINUTES}, minute 54`),
    },
    {
      boardKey: 'spb-executive',
      chair: {
        person: 'Jane Moore',
        role: 'Director of Children and Families',
        organisationKey: 'leicestershire-county-council',
      },
      ...seenInMarch('minute 54'),
      source: at(`${MINUTES}, minute 54`),
    },
    {
      boardKey: 'lscsb',
      chair: {
        person: 'Mrs D. Taylor CC',
        role: 'Chairman',
        organisationKey: 'leicestershire-county-council',
      },
      note: 'The minutes write "CC" (County Councillor) after her name.',
      ...seenInMarch('Present: "in the Chair"'),
      source: at(`${MINUTES}, Present`),
    },
  ],

  restructures: [
    {
      underKey: 'spb-executive',
      boardKeys: [
        'prevention-and-early-intervention-board',
        'adolescence-safety-and-diversion-board',
        'adult-vulnerability-and-offending-board',
      ],
      previousBoardKeys: [
        'people-and-place-board',
        'sommb',
        'vulnerability-executive',
        'serious-and-organised-crime-board',
      ],
      note: 'Minute 54 lists these three boards underneath the SPB Executive; the 2019 sub-groups (000 para 5) are not among them. The papers do not say when or how the earlier sub-groups ended.',
      date: MARCH,
      dateNote:
        'the papers do not say when the 2019 sub-groups ended: the LSCSB meeting of 18 March 2022, where the new structure is reported (minute 54), is used',
      source: at(`${MINUTES}, minute 54`),
    },
  ],

  memberships: [
    {
      key: 'lscsb-present-2022-03-18',
      boardKey: 'lscsb',
      status: 'PRESENT',
      members: [
        {
          organisationKey: 'leicestershire-county-council',
          role: 'Chairman',
          person: 'Mrs D. Taylor CC',
        },
        ...(
          [
            ['blaby-district-council', 'Cllr. L. Phillimore'],
            ['melton-borough-council', 'Cllr. M. Graham'],
            ['hinckley-and-bosworth-borough-council', 'Cllr. M. Mullaney'],
            ['harborough-district-council', 'Cllr. S. Whelband'],
          ] as const
        ).map(([organisationKey, person]) => ({
          organisationKey,
          role: 'Community Safety Partnership Strategy Group Chair',
          person,
        })),
        {
          organisationKey: 'leicestershire-police',
          role: 'Chief Superintendent',
          person: 'Jonny Starbuck',
        },
        { organisationKey: 'combined-fire-authority', role: 'Member', person: 'Mr. N. Bannister CC' },
        {
          organisationKey: 'leicestershire-fire-and-rescue-service',
          role: 'Area Manager, Safer Communities',
          person: 'Mick Grewcock',
        },
        { organisationKey: 'lcc-public-health', role: 'Consultant in Public Health', person: 'Joshna Mavji' },
        { organisationKey: 'probation-service', role: 'Member', person: 'Bob Bearne' },
        { organisationKey: 'opcc', role: 'Chief Executive', person: 'David Peet' },
      ],
      note: 'Roles from the Present list and minutes 56 and 58; the OPCC Chief Executive had been in post since January 2022 (minute 56).',
      date: MARCH,
      source: at(`${MINUTES}, Present`),
    },
    {
      key: 'lscsb-apologies-2022-03-18',
      boardKey: 'lscsb',
      status: 'APOLOGIES',
      members: [
        {
          organisationKey: 'oadby-and-wigston-borough-council',
          role: 'Community Safety Partnership Strategy Group Chair',
          person: 'Cllr. K. Loydall',
        },
        {
          organisationKey: 'north-west-leicestershire-district-council',
          role: 'Community Safety Partnership Strategy Group Chair',
          person: 'Cllr. A. Woodman',
        },
        {
          organisationKey: 'charnwood-borough-council',
          role: 'Cabinet Lead Member for Community Safety',
          person: 'Cllr. L. Harper-Davies',
        },
      ],
      note: 'Only the members the apologies list with a seat on the Board are taken.',
      date: MARCH,
      source: at(`${MINUTES}, Apologies for absence`),
    },
  ],

  meetings: [
    {
      key: 'lscsb-2021-12-10',
      boardKey: 'lscsb',
      status: 'HELD',
      themes: ['Community Triggers'],
      note: 'Its minutes were confirmed on 18 March 2022 subject to an amendment (minute 48).',
      date: '2021-12-10',
      source: at(`${MINUTES}, minute 48`),
    },
    {
      key: 'lscsb-2022-03-18',
      boardKey: 'lscsb',
      status: 'HELD',
      location: 'Microsoft Teams video conferencing',
      themes: [
        'Modern Slavery, Human Trafficking, Exploitation and Organised Immigration Crime',
        'Strategic Partnership Board',
        'Community Safety Agreement Review',
        'Office of the Police and Crime Commissioner update',
        'LSCSB Performance Update (2021/22 Quarter 3)',
        'Leicestershire Fire and Rescue Service Update',
        'Anti-social Behaviour System Governance and Co-ordination Officer',
        'Counter Terrorism Local Profiles',
        'Regional Prevent Advisor',
        'Glen Parva Prison update',
      ],
      date: MARCH,
      source: at(MINUTES),
    },
    {
      key: 'lscsb-2022-06-17',
      boardKey: 'lscsb',
      status: 'SCHEDULED',
      location: 'Microsoft Teams Video Conferencing',
      themes: [
        'Appointment of Chairman',
        'Appointment of Deputy Chairman',
        'LSCSB Action Log',
        'HMP Fosse Way update',
        'Domestic Abuse Perpetrator Programme',
        'Children and Family Wellbeing Service, Leicestershire County Council',
        'Public Health Update - Recommissioning of Domestic Abuse and Sexual Violence Services',
        'Safer Communities Performance 2021/22 - Quarter 4',
        'Anti-Social Behaviour System Governance Co-ordination Officer update',
        'Probation Service',
        'Multi-Agency Risk Assessment Conferences',
      ],
      date: paper.meetingDate,
      source: at('Agenda'),
    },
    {
      key: 'lscsb-2022-09-23',
      boardKey: 'lscsb',
      status: 'SCHEDULED',
      themes: [],
      date: '2022-09-23',
      source: at('Agenda, item 17'),
    },
  ],

  decisions: [
    {
      key: 'lscsb-2022-03-18-48',
      meetingKey: 'lscsb-2022-03-18',
      kind: 'AGREED',
      minute: '48 (Minutes of previous meeting)',
      text: 'The minutes of the meeting held on 10 December 2021 were taken as read and confirmed as a correct record, subject to paragraph 39(ii) being amended.',
      note: 'The amended 39(ii) records that Charnwood received the most Community Triggers: 23 in total and 6 to date in the 2021/22 performance year (after the meeting the figure of 6 was corrected to 8 for 2021/22), and that the Community Trigger and appeal process needed to be better signposted to the public.',
      date: MARCH,
      source: at(`${MINUTES}, minute 48`),
    },
    resolved('50', 'LSCSB Action Log', 'That the contents of the Action Log be noted.'),
    resolved(
      '53(a)',
      'Modern Slavery, Human Trafficking, Exploitation and Organised Immigration Crime',
      'That the contents of the presentation be noted.',
    ),
    resolved(
      '53(b)',
      'Modern Slavery, Human Trafficking, Exploitation and Organised Immigration Crime',
      'That training be arranged for Board members on Modern Slavery and Human Trafficking.',
    ),
    resolved('54', 'Strategic Partnership Board', 'That the contents of the presentation be noted.'),
    resolved(
      '55(a)',
      'Community Safety Agreement Review',
      'That the contents of the report be noted including the changes to the Community Safety Agreement.',
    ),
    resolved(
      '55(b)',
      'Community Safety Agreement Review',
      'That the continued use of the Community Safety Agreement in its current format and design be approved.',
    ),
    resolved(
      '56',
      'Office of the Police and Crime Commissioner update',
      "That the contents of the report be noted including the publication of the new Police and Crime Plan and the request from the OPCC to identify synergies between the Police and Crime Plan and Board members' own plans.",
    ),
    resolved(
      '57(a)',
      'LSCSB Performance Update',
      'That the 2021/22 Quarter 3 Performance information be noted.',
    ),
    resolved(
      '57(b)',
      'LSCSB Performance Update',
      'That there be an agenda item at a future meeting of the Board regarding MARACs.',
    ),
    resolved('58', 'Leicestershire Fire and Rescue Service Update', 'That the contents of the report be noted.'),
    resolved(
      '59',
      'Anti-social Behaviour System Governance and Co-ordination Officer',
      'That the contents of the report be noted.',
    ),
    resolved('60', 'Counter Terrorism Local Profiles', 'That the contents of the presentation be noted.'),
    resolved('61(a)', 'Regional Prevent Advisor', 'That the contents of the presentation be noted.'),
    resolved(
      '61(b)',
      'Regional Prevent Advisor',
      'That the Regional Prevent Advisor be invited to a future meeting of the Board to provide an update regarding the outcome of the Independent Review of Prevent and the local implications.',
    ),
    resolved('62', 'Glen Parva Prison update', 'That the contents of the verbal update be noted.'),
    resolved(
      '63',
      'Date of the next meeting',
      'That the next meeting of the Board take place on Friday 17 June 2022 at 10.00am.',
    ),
  ],

  fundingStreams: [
    {
      key: 'pcc-csp-funding-2022-23',
      name: 'PCC funding for Community Safety Partnerships 2022/23',
      funderKey: 'opcc',
      totalPence: null,
      financialYears: ['2022/23'],
      description:
        'CSPs would receive the same amount of funding from the Police and Crime Commissioner for 2022/23 as they did for the previous year; going forward it was intended that CSPs would receive multi-year settlements (minute 56).',
      note: 'The paper gives no amounts.',
      date: MARCH,
      source: at(`${MINUTES}, minute 56`),
    },
    {
      key: 'supporting-families-2022-25',
      name: 'Supporting Families Programme 2022-25',
      funderKey: null,
      totalPence: 470_000_000,
      financialYears: ['2022/23', '2023/24', '2024/25'],
      description:
        'The national Supporting Families programme, extended for the next three years: a blend of grant and payment by results giving a potential funding pot of £4.7 million over the funding period; conditions include expectations for the whole Early Help Partnership (CFWS paras 4 and 8).',
      note: 'The total is the "potential funding pot" as printed (£4.7 million). The paper does not name the funder; the needs assessment goes to the Department of Levelling Up, Housing and Communities.',
      ...onPaperDate('continuation announced at the Comprehensive Spending Review at the end of October 2021 (para 4)'),
      source: at(`${CFWS}, paras 4 and 8`),
    },
    {
      key: 'ohid-substance-misuse-grant',
      name: 'OHID supplemental substance misuse funding',
      funderKey: 'ohid',
      totalPence: null,
      financialYears: [],
      description:
        'Supplemental funding from OHID to all local authorities to enhance substance misuse service provision over the next 3 years; for Leicestershire the maximum allocation is just under £2m (para 35).',
      note: 'The paper gives no exact figure ("just under £2m").',
      ...onPaperDate(),
      source: at(`${PH}, para 35`),
    },
    {
      key: 'dluhc-domestic-abuse-act-funding',
      name: 'DLUHC funding for the Domestic Abuse Act 2021 duties',
      funderKey: 'dluhc',
      totalPence: null,
      financialYears: [],
      description:
        'Funding from DLUHC to support local authorities to meet their new statutory requirements within the Domestic Abuse Act 2021; further additional support services are being commissioned across Leicestershire with it (Appendix A).',
      note: 'The paper gives no amount; plans are being finalised.',
      ...onPaperDate(),
      source: at(`${PH}, Appendix A`),
    },
  ],

  bids: [
    {
      key: 'ohid-year-1-proposal',
      streamKey: 'ohid-substance-misuse-grant',
      bidderKey: 'lcc-public-health',
      title: 'Year 1 proposal',
      status: 'SUBMITTED',
      amountPence: null,
      note: 'Comprises: enhanced work with underserved communities; additional naloxone provision through police; enhanced needle and syringe programmes; enhanced capacity to support police and court custody assessments to improve pathways into treatment; a complex case/vulnerability team within the treatment service; enhancing the volunteer and peer mentor scheme (para 35).',
      ...onPaperDate('"has been submitted to OHID for approval"'),
      source: at(`${PH}, para 35`),
    },
  ],

  commissionedServices: [
    {
      key: 'helpline-and-engagement-service',
      name: 'Helpline and Engagement Service',
      providerKey: 'freeva',
      commissionerKey: 'opcc',
      area: 'Leicester, Leicestershire and Rutland',
      start: '2022-04-01',
      scope:
        'The "frontdoor" and access to help and support for domestic abuse and sexual violence: initial support, advice and assessment, co-ordinating further support from the relevant services; one freephone number, 0808 80 200 28, 7 days a week (Appendix A).',
      date: '2022-04-01',
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'domestic-abuse-locality-service',
      name: 'Domestic Abuse Locality Service',
      providerKey: 'living-without-abuse',
      commissionerKey: 'lcc-public-health',
      area: 'Leicestershire and Rutland',
      start: '2022-04-01',
      date: '2022-04-01',
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'sexual-violence-support-service',
      name: 'Sexual Violence Support Service',
      providerKey: 'freeva',
      commissionerKey: 'opcc',
      area: 'Leicester, Leicestershire and Rutland',
      start: '2022-04-01',
      date: '2022-04-01',
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'leicestershire-safe-accommodation-support-service',
      name: 'Leicestershire Safe Accommodation Support Service',
      providerKey: 'wall',
      commissionerKey: 'lcc-public-health',
      area: 'Leicestershire',
      start: '2022-04-01',
      date: '2022-04-01',
      source: at(`${PH}, para 4; Appendix A`),
    },
    {
      key: 'integrated-substance-misuse-service',
      name: 'Integrated Substance Misuse Community Treatment Service',
      providerKey: 'turning-point',
      commissionerKey: 'lcc-public-health',
      area: 'Leicestershire',
      start: '2022-04-01',
      scope:
        'My Turning Point digital treatment; alcohol and wellbeing programmes; opiate substitute prescribing; Reclaim; a Young People\'s Service; family and friends support; the Last Orders Project; community detoxification; access to inpatient detoxification and residential rehabilitation; harm reduction support; access to recovery support (para 17).',
      note: 'The provider is read from para 17 ("My Turning Point") and para 18 ("Turning Point also deliver a dual diagnosis service"); delivered in partnership with Dear Albert, Falcon Homeless and Community Support and Age UK. The Probation Service co-commissioned the recent recommissioning of Substance Misuse Services with City and County councils (Probation update, para 7).',
      date: '2022-04-01',
      source: at(`${PH}, paras 17-18`),
    },
    {
      key: 'dual-diagnosis-service',
      name: 'Dual diagnosis service',
      providerKey: 'turning-point',
      commissionerKey: 'llr-ccgs',
      area: 'Leicestershire',
      start: paper.meetingDate,
      end: '2023-03-31',
      scope:
        'Specialist and intensive support to individuals with co-occurring mental health and substance misuse issues (para 18).',
      note: 'A pilot for individuals with co-occurring mental health and substance misuse issues, through additional funding from the Clinical Commissioning Groups, running until 31 March 2023. Its start date is not given: the paper date stands in.',
      ...onPaperDate('the pilot\'s start is not given'),
      source: at(`${PH}, para 18`),
    },
    {
      key: 'probation-health-trainers-service',
      name: 'Probation Health Trainers Service',
      providerKey: 'ingeus',
      commissionerKey: 'lcc-public-health',
      area: 'Leicestershire',
      start: '2022-04-01',
      scope:
        'Support to offenders and ex-offenders on community orders or licence to make changes towards a healthier lifestyle, through Probation Health Trainers (paras 23-25).',
      note: 'Recommissioned in 2021 (para 26).',
      date: '2022-04-01',
      source: at(`${PH}, paras 23-26`),
    },
  ],

  initiatives: [
    {
      key: 'asb-system-governance',
      title: 'ASB System Governance Co-ordination (Sentinel)',
      boardKey: 'lscsb',
      description:
        'A Sentinel Co-ordinator to centrally co-ordinate work on ASB and the Sentinel Anti-Social Behaviour System, funded by the District Councils, Leicester City Council and Leicestershire Police (ASB update, para 1).',
      leads: [{ organisationKey: 'leicestershire-county-council', person: 'Charlotte Keedwell' }],
      status: 'IN_PROGRESS',
      nextSteps: [
        'Bitesize training for all Sentinel users; a sustainable training package for all council staff.',
        'Charnwood testing the Case management module; results to the next meeting.',
        'Review Retain Delete module being developed by Vantage, to be tested and trained.',
        'A system user guide alongside the training module.',
        'A review of the service provided by Vantage as part of new contracts.',
        'Poor data removed to bring the system in line with GDPR requirements.',
      ],
      date: '2021-12-10',
      dateNote: seenByNote('the LSCSB meeting of 10 December 2021, where the new role was presented (ASB update, para 1)'),
      source: at(`${ASB}, paras 1-5`),
    },
    {
      key: 'supporting-families-programme',
      title: 'Supporting Families programme (Children and Family Wellbeing Service)',
      boardKey: 'lscsb',
      description:
        'The national Supporting Families programme delivered by the Children and Family Wellbeing Service, with Family Hubs; extended for three years with new targets: 464 families in 2022-23 and 928 families by 2023-25 (CFWS paras 3-4 and 8).',
      leads: [{ organisationKey: 'leicestershire-county-council', person: 'Carly Turner' }],
      status: 'IN_PROGRESS',
      fundingStreamKey: 'supporting-families-2022-25',
      nextSteps: [
        'Needs assessment with the Early Help Partnership to DLUHC at the start of July (para 8).',
        'Submit 3 key priorities for progress in the coming year, likely including data maturity (para 9).',
        'Person level live data feeds between CFWS, Police, Housing and health (para 10).',
      ],
      ...onPaperDate(),
      source: at(`${CFWS}, paras 3-10`),
    },
    {
      key: 'strengthening-leicestershire-relationships',
      title: 'Strengthening Leicestershire Relationships',
      boardKey: 'lscsb',
      description:
        'A project on the impact of parental conflict on children, with a commissioned Leicestershire practitioner toolkit and practice training (CFWS para 6).',
      leads: [{ organisationKey: 'leicestershire-county-council' }],
      status: 'IN_PROGRESS',
      nextSteps: ['Work continues from 2022-25 with Police, District Councils, Education and Health (para 6).'],
      date: '2021-11-01',
      dateNote: monthOnlyNote('November 2021'),
      source: at(`${CFWS}, para 6`),
    },
  ],

  outcomes: [
    {
      key: 'supporting-families-2021-22',
      initiativeKey: 'supporting-families-programme',
      title: 'Supporting Families and CFWS referrals, 2021-22',
      figures: [
        { name: 'families meeting sustained and significant outcomes (target achieved in full)', value: '464' },
        { name: 'referrals for children and families', value: '6484' },
        { name: '% of referrals from schools', value: '34' },
        { name: '% of referrals from the Police', value: '23.4' },
      ],
      period: { kind: 'FINANCIAL_YEAR', financialYear: '2021/22' },
      note: '"During 2021-22 the target figure was 464 families for Leicestershire and this target was achieved in full in March 2022" (para 4).',
      ...onPaperDate(),
      source: at(`${CFWS}, paras 4-5`),
    },
    {
      key: 'strengthening-relationships-training-2022-03',
      initiativeKey: 'strengthening-leicestershire-relationships',
      title: 'Practitioners trained in March 2022',
      figures: [
        { name: 'practitioners trained to deliver work to families living with parental conflict', value: '110' },
        { name: "individuals trained in a 'train the trainer' approach", value: '11' },
      ],
      period: { kind: 'DATE_RANGE', start: '2022-03-01', end: '2022-03-31' },
      ...onPaperDate(),
      source: at(`${CFWS}, para 6`),
    },
  ],

  issues: [
    ...[
      'Data within the system is still being reviewed and the outcomes are being challenged and where possible rectified.',
      'Review Retain and Delete process to be progressed to ensure data held falls in line with GDPR requirements.',
      'Costs of the system to the partnership to be reviewed and contracts renewed where necessary.',
    ].map((text, index) => ({
      key: `asb-sentinel-2022-key-issue-${index + 1}`,
      logKey: 'lscsb-partnership-issues',
      title: text.replace(/\.$/, ''),
      description: text,
      raisedByKey: 'leicestershire-county-council',
      ...onPaperDate(),
      source: at(`${ASB}, para 6, bullet ${index + 1}`),
    })),
    {
      key: 'probation-2022-co-commissioning',
      logKey: 'lscsb-partnership-issues',
      title: 'Regionally allocated funds to commission or co-commission with partners',
      description:
        'As part of the Probation re-organisation 2021, we have Regionally allocated funds to commission or co-commission with partners. We have already done this with City and Council Counties in the recent recommissioning of Substance Misuse Services and will be looking for other opportunities over the coming months and years.',
      raisedByKey: 'probation-service',
      ...onPaperDate(),
      source: at(`${PROBATION}, para 7`),
    },
  ],

  actions: actionRows.map(
    ([number, dateAsWritten, date, action, responsibleOfficers, comments, rag, decisionKey]) => ({
      key: `lscsb-action-${number}`,
      boardKey: 'lscsb',
      number,
      dateAsWritten,
      action,
      responsibleOfficers,
      comments,
      rag,
      ...(decisionKey && { decisionKey }),
      date,
      ...(dateAsWritten === '18.3.21' && { dateNote: ACTION_DATE_NOTE }),
      source: at(`${ACTION_LOG}, No. ${number}`),
    }),
  ),

  indicators: [
    {
      key: 'ete-young-offenders',
      name: 'Education, Training and Employment (ETE) of Young Offenders',
      description:
        'The proportion of young people on relevant youth justice disposals who are actively engaged in suitable education, training and employment when the disposal closes; active engagement is 25 or more hours for young people of school age and 16 or more hours for those above statutory school age (para 8).',
      unit: 'PERCENTAGE',
      polarity: 'HIGHER_IS_BETTER',
      polarityBasis:
        'It measures young people actively engaged in ETE; "The youth offending data for each of the key performance indicators is very positive" (para 5(b)).',
      boardKey: 'lscsb',
      priorityKey: 'lscsb-reduce-offending',
      date: '2020-01-01',
      dateNote: 'introduced in Q4 2019/20 (para 8): the first day of that quarter is used',
      source: at(`${PERFORMANCE}, paras 8-9`),
    },
    ...(
      [
        [
          'residential-burglary-rate',
          'Residential burglary rate (per 1,000 population)',
          'lscsb-ongoing-reductions-in-crime',
          '"continues its downward trend" (para 6)',
        ],
        [
          'business-community-burglary-rate',
          'Burglary Business & community offence rate (per 1,000 population)',
          'lscsb-ongoing-reductions-in-crime',
          '"a slow overall decreasing trend" (para 6)',
        ],
        [
          'violence-with-injury-rate',
          'Violence with injury offences (per 1,000 population)',
          'lscsb-ongoing-reductions-in-crime',
          'The rise over ten quarters is reported as the regional advantage having "almost disappeared" (para 6)',
        ],
        [
          'vehicle-offences-rate',
          'Vehicle offences (per 1,000 population)',
          'lscsb-ongoing-reductions-in-crime',
          'The fall from 4.64 to 4.28 is "a year on year improvement" (para 6)',
        ],
      ] as const
    ).map(([key, name, priorityKey, polarityBasis]) => ({
      key,
      name,
      description: `${name}, Leicestershire.`,
      unit: 'RATE_PER_1000' as const,
      polarity: 'LOWER_IS_BETTER' as const,
      polarityBasis,
      boardKey: 'lscsb',
      priorityKey,
      ...onPaperDate(),
      source: at(`${PERFORMANCE}, para 6`),
    })),
    {
      key: 'feel-safe-after-dark',
      name: 'The % who feel safe outside in their local area after dark',
      description: 'Community Based Survey (CBS).',
      unit: 'PERCENTAGE',
      polarity: 'HIGHER_IS_BETTER',
      polarityBasis: 'A reduction is reported as recovering (para 15(a)(i)).',
      boardKey: 'lscsb',
      priorityKey: 'lscsb-reduce-asb',
      ...onPaperDate(),
      source: at(`${PERFORMANCE}, para 15(a)(i)`),
    },
    {
      key: 'asb-decreased-or-same',
      name: '% of people that agree ASB has decreased or stayed the same',
      description: 'Community Based Survey (CBS).',
      unit: 'PERCENTAGE',
      polarity: 'HIGHER_IS_BETTER',
      polarityBasis: 'The rise to 91.90% is "a notable recovery" (para 15(a)(ii)).',
      boardKey: 'lscsb',
      priorityKey: 'lscsb-reduce-asb',
      ...onPaperDate(),
      source: at(`${PERFORMANCE}, para 15(a)(ii)`),
    },
  ],

  indicatorValues: [
    ...(
      [
        ['2014/15', '190'],
        ['2015/16', '124'],
        ['2016/17', '126'],
        ['2017/18', '101'],
        ['2018/19', '100'],
        ['2019/20', '111'],
        ['2020/21', '88'],
        ['2021/22', '54'],
      ] as const
    ).map(([financialYear, value]) => ({
      ...indicatorValue(
        `fte-${financialYear.replace('/', '-')}`,
        'first-time-entrants',
        { kind: 'FINANCIAL_YEAR', financialYear },
        value,
        `${PERFORMANCE}, para 7(a), table`,
        'FTE totals for Leicestershire only.',
      ),
      ...(financialYear === '2015/16' && {
        correctsKey: 'fte-2015-16-from-004',
        correctionReason:
          'The June 2022 performance report (003, para 7(a)) gives 124 for 2015/16 and 190 for 2014/15; the December 2016 report (004, para 11) gave 190 as the 2015/16 total. The later figure is recorded; the earlier stays in the history.',
      }),
    })),
    indicatorValue(
      'young-reoffending-rolling-2021-03',
      'young-offender-reoffending-rate',
      rolling('2021-03-31'),
      '0.67',
      `${PERFORMANCE}, para 7(b)`,
      'The previous rolling year figure. The report words the unit "offences per thousand population"; 004 gives this indicator as offences per offender.',
    ),
    indicatorValue(
      'young-reoffending-rolling-2022-03',
      'young-offender-reoffending-rate',
      rolling('2022-03-31'),
      '0.26',
      `${PERFORMANCE}, para 7(b)`,
      'The current rolling 12 months (the Q4 dashboard covers March 2021-March 2022, para 7).',
    ),
    indicatorValue(
      'marac-rolling-2020-06',
      'marac-repeat-referral-rate',
      rolling('2020-06-30'),
      '51',
      `${PERFORMANCE}, para 10; ${MARAC_SLIDES}, LLR MARAC Figures`,
      'The peak: "a 12-month rolling figure of 51% at its peak in June Q1 2020/21".',
    ),
    indicatorValue(
      'marac-rolling-2022-03',
      'marac-repeat-referral-rate',
      rolling('2022-03-31'),
      '36',
      `${PERFORMANCE}, paras 5(c) and 10`,
      'The rolling 12 month figure at Q4 2021/22; the SafeLives recommended upper threshold is 40%.',
    ),
    indicatorValue(
      'ete-rolling-2022-03',
      'ete-young-offenders',
      rolling('2022-03-31'),
      '60.6',
      `${PERFORMANCE}, para 9`,
      'The rolling 12-month figure the Q4 figure is compared with.',
    ),
    indicatorValue(
      'ete-2021-22-q4',
      'ete-young-offenders',
      Q4_2021_22,
      '60.0',
      `${PERFORMANCE}, para 9`,
      "60.0% at 'disposal', \"a stable figure\".",
    ),
    ...(
      [
        ['residential-burglary', 'residential-burglary-rate', '2.30', '2.22'],
        ['business-community-burglary', 'business-community-burglary-rate', '0.99', '0.94'],
        ['vehicle-offences', 'vehicle-offences-rate', '4.64', '4.28'],
      ] as const
    ).flatMap(([slug, indicatorKey, previous, current]) => [
      indicatorValue(
        `${slug}-rolling-2021-03`,
        indicatorKey,
        rolling('2021-03-31'),
        previous,
        `${PERFORMANCE}, para 6`,
        'The previous year.',
      ),
      indicatorValue(
        `${slug}-rolling-2022-03`,
        indicatorKey,
        rolling('2022-03-31'),
        current,
        `${PERFORMANCE}, para 6`,
        'The current rate at Q4 2021/22.',
      ),
    ]),
    indicatorValue(
      'violence-with-injury-rolling-2022-03',
      'violence-with-injury-rate',
      rolling('2022-03-31'),
      '9.23',
      `${PERFORMANCE}, para 6`,
      'Peaked at 9.23 after rising over the last ten quarters; the East Midlands average is 9.4.',
    ),
    indicatorValue(
      'feel-safe-after-dark-2020-21-q4',
      'feel-safe-after-dark',
      Q4_2020_21,
      '79.17',
      `${PERFORMANCE}, para 15(a)(i)`,
      'The rate 12 months ago.',
    ),
    indicatorValue(
      'feel-safe-after-dark-2021-22-q4',
      'feel-safe-after-dark',
      Q4_2021_22,
      '80.88',
      `${PERFORMANCE}, para 15(a)(i)`,
    ),
    indicatorValue(
      'asb-decreased-or-same-2020-21-q4',
      'asb-decreased-or-same',
      Q4_2020_21,
      '82.06',
      `${PERFORMANCE}, para 15(a)(ii)`,
      'The previous year.',
    ),
    indicatorValue(
      'asb-decreased-or-same-2021-22-q4',
      'asb-decreased-or-same',
      Q4_2021_22,
      '91.90',
      `${PERFORMANCE}, para 15(a)(ii)`,
      'Unchanged from Q3.',
    ),
  ],
};
