import { sourcesOf, undatedNote } from './helpers';
import type { PaperData, PaperInfo } from './types';

/**
 * Paper 001: report of the OPCC to the Police and Crime Panel, 8 June 2018: Strategic
 * Partnership Board update. The programme office, the revised terms of reference and draft
 * mission statement, the Issues Log and Business Plan, the Change and Transformation Board,
 * and People Zones (concept, workstreams, three localities to research).
 *
 * Appendix 1 (an example of the Issues Log) and Appendix 2 (outline of the People Zone
 * proposal) are not in the text export.
 */

const paper: PaperInfo = {
  id: '001',
  file: '001_e758ce1d88df05fb.txt',
  title: 'Strategic Partnership Board update (report of the OPCC)',
  body: 'Police and Crime Panel',
  meetingDate: '2018-06-08',
};

const at = sourcesOf('001');
const onPaperDate = (detail?: string) => ({
  date: paper.meetingDate,
  dateNote: undatedNote(paper, detail),
});

const ISSUES_LOG_NOTE =
  'An inter-agency issue the report describes; Appendix 1 (the Issues Log itself) is not in the text export, so the log entries as written are not available.';

export const pcp2018: PaperData = {
  paper,

  boards: [
    {
      key: 'change-and-transformation-board',
      name: 'Change and Transformation Board',
      parentKey: 'spb',
      purpose:
        'To enable change leads within partner organisations to share change plans at an early stage of development; initially an information sharing forum with no sign-off role for SPB (para 23).',
      note: 'Established under the review of the governance structure which sits under SPB (paras 21-22).',
      ...onPaperDate('"has been established"'),
      source: at('paras 21-23'),
    },
  ],

  termsOfReference: [
    {
      key: 'spb-terms-of-reference-2018-draft',
      boardKey: 'spb',
      status: 'DRAFT',
      purposes: [
        'To deliver the Police and Crime Plan, on which the SPB is currently focussed (para 5).',
        'Supporting the delivery of aligned priorities across the public sector (para 11).',
        'Managing inter-agency demand, particularly reactive demand, as a strategic driver (para 12).',
      ],
      missionStatements: [
        { title: 'People are Safe', examples: 'Crime, Falls, Road Traffic Collision and Fire' },
        { title: 'People are Well', examples: 'Health' },
        { title: 'People have Skills', examples: 'Education, Training and Employment' },
        { title: 'People have Resources', examples: 'Income and Housing' },
      ],
      note: 'Revised Terms of Reference drafted; membership under review so that agencies whose remit is wider than criminal justice and community safety can engage (para 10). To be considered by the SPB at its meeting on 10 July 2018 (para 15).',
      ...onPaperDate('"Revised Terms of Reference have been drafted"'),
      source: at('paras 10-15'),
    },
  ],

  meetings: [
    {
      key: 'spb-2018-03-06',
      boardKey: 'spb',
      status: 'HELD',
      themes: ['Business Plan'],
      date: '2018-03-06',
      source: at('para 16'),
    },
    {
      key: 'police-and-crime-panel-2018-06-08',
      boardKey: 'police-and-crime-panel',
      status: 'SCHEDULED',
      themes: ['Strategic Partnership Board update'],
      note: 'Recommendation: that the Police and Crime Panel note the contents of the paper (para 3).',
      date: paper.meetingDate,
      source: at('cover'),
    },
    {
      key: 'spb-2018-07-10',
      boardKey: 'spb',
      status: 'SCHEDULED',
      themes: [
        'Draft Terms of Reference',
        'Issues Log and Business Plan',
        'People Zones: three localities identified for further research',
      ],
      date: '2018-07-10',
      source: at('paras 15, 19 and 29'),
    },
  ],

  decisions: [
    {
      key: 'spb-2018-03-06-business-plan',
      meetingKey: 'spb-2018-03-06',
      kind: 'PROPOSED',
      text: 'That a Business Plan be developed.',
      note: '"At its meeting on 6th March 2018 the SPB proposed that a Business Plan be developed."',
      date: '2018-03-06',
      source: at('para 16'),
    },
  ],

  fundingStreams: [
    {
      key: 'strategic-partnership-development-fund',
      name: 'Strategic Partnership Development Fund',
      funderKey: null,
      totalPence: null,
      financialYears: [],
      description:
        'The scheme under which partnership initiatives such as Braunstone Blues, PAVE and the CSE project are progressing (para 25).',
      note: 'The paper gives no funder or amount.',
      ...onPaperDate(),
      source: at('para 25'),
    },
  ],

  issueLogs: [
    {
      key: 'spb-issues-log',
      boardKey: 'spb',
      title: 'SPB Issues Log',
      purpose:
        'Covers inter-agency/partner issues, from fact finding meetings with partner Chief Executives and from partnership meetings; used to drive the development of the SPB Business Plan (paras 16-18).',
      note: 'In development at the time of the paper; to be considered by the SPB on 10 July 2018 (para 19).',
      ...onPaperDate('"an Issues Log is currently in development"'),
      source: at('paras 16-20'),
    },
  ],

  issues: [
    {
      key: 'spb-issue-reactive-demand',
      logKey: 'spb-issues-log',
      title: 'Managing inter-agency reactive demand',
      description:
        'Reactive demand refers to the provision of services to deal with a short term issue without addressing the underlying problem; it requires public services to address behaviours which generate problems within communities with little or no positive developmental impact on perpetrators.',
      raisedByKey: 'opcc',
      response: 'This work stream will be taken forward through the People Zones (para 13).',
      note: ISSUES_LOG_NOTE,
      ...onPaperDate(),
      source: at('paras 12-13'),
    },
    {
      key: 'spb-issue-partner-change-disruption',
      logKey: 'spb-issues-log',
      title: 'Internally focussed change disrupting partner organisations',
      description:
        'The widespread development of change programmes across SPB member organisations and the potential for internally focussed change to have disruptive effects on partner organisations.',
      raisedByKey: 'opcc',
      response:
        'A Change and Transformation Board has been established so that change leads can share change plans at an early stage (paras 22-23).',
      note: ISSUES_LOG_NOTE,
      ...onPaperDate(),
      source: at('para 22'),
    },
    {
      key: 'spb-issue-infrastructure',
      logKey: 'spb-issues-log',
      title: 'Insufficient SPB infrastructure to deliver its ambitions',
      description:
        'To date the SPB has had an insufficient infrastructure to deliver its ambitions; the OPCC secretariat has not enabled the SPB to build and pursue longer term plans to achieve wider strategic objectives.',
      raisedByKey: 'opcc',
      response:
        'The OPCC has built a programme office capability, and contracted with Leicestershire County Council for a dedicated resource to oversee the work of the SPB (in post from April 2018, three days a week) (paras 8-9).',
      note: ISSUES_LOG_NOTE,
      ...onPaperDate(),
      source: at('paras 7-9'),
    },
  ],

  initiatives: [
    {
      key: 'spb-business-plan',
      title: 'SPB Business Plan',
      boardKey: 'spb',
      description:
        'A Business Plan for the SPB, informed by the Issues Log: the programme office identifies specific issues and commissions detailed analyses to identify options for SPB decision making (paras 16-18).',
      leads: [{ organisationKey: 'opcc' }],
      status: 'IN_PROGRESS',
      nextSteps: ['The Issues Log and Business Plan to be considered by the SPB on 10 July 2018 (para 19).'],
      date: '2018-03-06',
      dateNote: 'the SPB meeting that proposed the Business Plan (para 16)',
      source: at('paras 16-19'),
    },
    {
      key: 'people-zones',
      title: 'People Zones',
      boardKey: 'spb',
      description:
        'Defined by local geography, focussing on the key social issues in an area by engaging directly with those people who are identified as the source; builds on the experience of SPDF projects, addresses reactive demand and draws on the resources of community assets (paras 26-27).',
      leads: [],
      status: 'IN_PROGRESS',
      nextSteps: [
        'Three localities have been identified for further research before consideration by the SPB in July (para 29).',
        'Equality Impact Assessments will be undertaken for each People Zone (Implications).',
      ],
      note: 'A new work strand of the SPB (para 1); the paper names no lead.',
      ...onPaperDate('"has embarked upon a new work strand called People Zones"'),
      source: at('paras 1, 24-30'),
    },
    {
      key: 'collaborative-demand-analysis',
      title: 'Collaborative analysis of demand',
      boardKey: 'spb',
      description:
        'A collaborative analysis of demand to test a hypothesis that the main sources of demand are shared across agencies (para 25).',
      leads: [],
      status: 'IN_PROGRESS',
      note: '"This work is still progressing." The paper names no lead.',
      ...onPaperDate(),
      source: at('para 25'),
    },
    {
      key: 'braunstone-blues',
      title: 'Braunstone Blues',
      boardKey: 'spb',
      description:
        'A pilot that sought to manage demand in an area of high service pressure by engaging with sources of demand and the wider community proactively (para 25). 004 (minute 98) describes it as a 2 year project to reduce demand for 999 services in the Braunstone area of Leicester.',
      leads: [],
      status: 'IN_PROGRESS',
      fundingStreamKey: 'strategic-partnership-development-fund',
      note: '"A number of these initiatives are still progressing under the Strategic Partnership Development Fund (SPDF) scheme" (para 25); the paper does not say which.',
      ...onPaperDate(),
      source: at('para 25'),
    },
    {
      key: 'pave',
      title: 'Proactive Vulnerability Engagement Team (PAVE)',
      boardKey: 'spb',
      description:
        'A pilot focussed on key issues driving demand, such as mental health and vulnerability (para 25).',
      leads: [],
      status: 'IN_PROGRESS',
      fundingStreamKey: 'strategic-partnership-development-fund',
      note: '"A number of these initiatives are still progressing under the Strategic Partnership Development Fund (SPDF) scheme" (para 25); the paper does not say which.',
      ...onPaperDate(),
      source: at('para 25'),
    },
    {
      key: 'cse-project',
      title: 'Child Sexual Exploitation (CSE) project',
      boardKey: 'spb',
      description:
        'A pilot focussed on key issues driving demand, such as vulnerability to sexual exploitation (para 25).',
      leads: [],
      status: 'IN_PROGRESS',
      fundingStreamKey: 'strategic-partnership-development-fund',
      note: '"A number of these initiatives are still progressing under the Strategic Partnership Development Fund (SPDF) scheme" (para 25); the paper does not say which.',
      ...onPaperDate(),
      source: at('para 25'),
    },
  ],

  workstreams: (
    [
      ['PROJECT_MANAGEMENT', 'Project Management'],
      ['INFORMATION_SHARING', 'Information Sharing'],
      ['COMMUNICATION_AND_ENGAGEMENT', 'Communication and Engagement'],
      ['STAKEHOLDER_MANAGEMENT', 'Stakeholder Management'],
      ['SERVICE_MAPPING', 'Service Mapping'],
      ['DESIGN', 'Design'],
      ['DATA_ANALYSIS', 'Data Analysis'],
      ['FUNDING_OPPORTUNITIES', 'Funding Opportunities'],
    ] as const
  ).map(([workstream, title]) => ({
    workstream,
    title,
    ownerOrganisationKey: null,
    ...onPaperDate('"A number of work streams have been built"'),
    source: at('para 28'),
  })),
};
