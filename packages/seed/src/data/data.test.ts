import { describe, expect, it } from 'vitest';
import { poundsToPence } from './helpers';
import { DA_DUTY_TOTAL_PRINTED, llrPapers, type PaperData, type Source } from './index';

/**
 * The data set checks itself: keys are unique, every reference names a record defined in the
 * same paper or an earlier one, dates are real dates, sources name a paper, and the papers'
 * own totals hold.
 */

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (date: string) =>
  ISO_DATE.test(date) && new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) === date;

type Kind =
  | 'organisation'
  | 'board'
  | 'meeting'
  | 'decision'
  | 'priority'
  | 'initiative'
  | 'fundingStream'
  | 'issueLog'
  | 'peopleZone'
  | 'indicator'
  | 'indicatorValue';

/** Every record of a paper with a date and a source, for the checks that apply to all. */
function allRecords(paper: PaperData): { date: string; dateNote?: string; source: Source }[] {
  const { paper: _info, ...sections } = paper;
  return Object.values(sections).flatMap((records) => (records ?? []) as never[]);
}

/** The keys each paper defines, by kind. */
function definedKeys(paper: PaperData): [Kind, string][] {
  return [
    ...(paper.organisations ?? []).map((r) => ['organisation', r.key] as [Kind, string]),
    ...(paper.boards ?? []).map((r) => ['board', r.key] as [Kind, string]),
    ...(paper.meetings ?? []).map((r) => ['meeting', r.key] as [Kind, string]),
    ...(paper.decisions ?? []).map((r) => ['decision', r.key] as [Kind, string]),
    ...(paper.priorities ?? []).map((r) => ['priority', r.key] as [Kind, string]),
    ...(paper.initiatives ?? []).map((r) => ['initiative', r.key] as [Kind, string]),
    ...(paper.fundingStreams ?? []).map((r) => ['fundingStream', r.key] as [Kind, string]),
    ...(paper.issueLogs ?? []).map((r) => ['issueLog', r.key] as [Kind, string]),
    ...(paper.peopleZones ?? []).map((r) => ['peopleZone', r.key] as [Kind, string]),
    ...(paper.indicators ?? []).map((r) => ['indicator', r.key] as [Kind, string]),
    ...(paper.indicatorValues ?? []).map((r) => ['indicatorValue', r.key] as [Kind, string]),
  ];
}

/** The keys each paper refers to, by kind, with where the reference is. */
function referencedKeys(paper: PaperData): [Kind, string | null | undefined, string][] {
  const refs: [Kind, string | null | undefined, string][] = [];
  const add = (kind: Kind, key: string | null | undefined, where: string) =>
    refs.push([kind, key, where]);
  for (const o of paper.organisations ?? []) add('organisation', o.parentKey, `${o.key}.parentKey`);
  for (const c of paper.organisationChanges ?? []) {
    c.organisationKeys.forEach((k) => add('organisation', k, `change ${c.kind}`));
    add('organisation', c.intoKey, `change ${c.kind}.intoKey`);
  }
  for (const b of paper.boards ?? []) {
    add('board', b.parentKey, `${b.key}.parentKey`);
    add('organisation', b.chair?.organisationKey, `${b.key}.chair`);
  }
  for (const c of paper.chairChanges ?? []) {
    add('board', c.boardKey, 'chairChange.boardKey');
    add('organisation', c.chair.organisationKey, 'chairChange.chair');
  }
  for (const r of paper.restructures ?? [])
    [r.underKey, ...r.boardKeys, ...r.previousBoardKeys].forEach((k) =>
      add('board', k, 'restructure'),
    );
  for (const t of paper.termsOfReference ?? []) add('board', t.boardKey, `${t.key}.boardKey`);
  for (const m of paper.memberships ?? []) {
    add('board', m.boardKey, `${m.key}.boardKey`);
    m.members.forEach((x) => add('organisation', x.organisationKey, `${m.key}.members`));
  }
  for (const m of paper.meetings ?? []) add('board', m.boardKey, `${m.key}.boardKey`);
  for (const d of paper.decisions ?? []) add('meeting', d.meetingKey, `${d.key}.meetingKey`);
  for (const p of paper.priorities ?? []) {
    add('board', p.boardKey, `${p.key}.boardKey`);
    add('decision', p.decisionKey, `${p.key}.decisionKey`);
  }
  for (const s of paper.fundingStreams ?? [])
    add('organisation', s.funderKey, `${s.key}.funderKey`);
  for (const a of paper.allocations ?? []) {
    add('fundingStream', a.streamKey, `${a.key}.streamKey`);
    add('organisation', a.recipientKey, `${a.key}.recipientKey`);
  }
  for (const b of paper.bids ?? []) {
    add('fundingStream', b.streamKey, `${b.key}.streamKey`);
    add('organisation', b.bidderKey, `${b.key}.bidderKey`);
  }
  for (const i of paper.initiatives ?? []) {
    add('board', i.boardKey, `${i.key}.boardKey`);
    add('priority', i.priorityKey, `${i.key}.priorityKey`);
    add('fundingStream', i.fundingStreamKey, `${i.key}.fundingStreamKey`);
    add('decision', i.decisionKey, `${i.key}.decisionKey`);
    i.leads.forEach((l) => add('organisation', l.organisationKey, `${i.key}.leads`));
  }
  for (const u of paper.initiativeUpdates ?? []) {
    add('initiative', u.initiativeKey, 'initiativeUpdate');
    add('board', u.boardKey, 'initiativeUpdate.boardKey');
    (u.leads ?? []).forEach((l) => add('organisation', l.organisationKey, 'initiativeUpdate'));
  }
  for (const o of paper.outcomes ?? []) add('initiative', o.initiativeKey, `${o.key}`);
  for (const l of paper.issueLogs ?? []) add('board', l.boardKey, `${l.key}.boardKey`);
  for (const i of paper.issues ?? []) {
    add('issueLog', i.logKey, `${i.key}.logKey`);
    add('organisation', i.raisedByKey, `${i.key}.raisedByKey`);
  }
  for (const a of paper.actions ?? []) {
    add('board', a.boardKey, `${a.key}.boardKey`);
    add('decision', a.decisionKey, `${a.key}.decisionKey`);
  }
  for (const z of paper.peopleZones ?? [])
    add('organisation', z.leadOrganisationKey, `${z.key}.leadOrganisationKey`);
  for (const s of paper.peopleZoneStages ?? []) add('peopleZone', s.zoneKey, 'stage');
  for (const k of paper.keyProvisions ?? []) add('peopleZone', k.zoneKey, 'keyProvision');
  for (const d of paper.deliveryPlans ?? []) {
    add('board', d.boardKey, `${d.key}.boardKey`);
    add('priority', d.priorityKey, `${d.key}.priorityKey`);
    d.activities.forEach((a) => add('board', a.reportsToBoardKey, `${d.key}/${a.key}`));
  }
  for (const c of paper.commissionedServices ?? []) {
    add('organisation', c.providerKey, `${c.key}.providerKey`);
    add('organisation', c.commissionerKey, `${c.key}.commissionerKey`);
    add('fundingStream', c.fundingStreamKey, `${c.key}.fundingStreamKey`);
  }
  for (const i of paper.indicators ?? []) {
    add('board', i.boardKey, `${i.key}.boardKey`);
    add('priority', i.priorityKey, `${i.key}.priorityKey`);
  }
  for (const v of paper.indicatorValues ?? []) {
    add('indicator', v.indicatorKey, `${v.key}.indicatorKey`);
    add('indicatorValue', v.correctsKey, `${v.key}.correctsKey`);
  }
  return refs;
}

describe('LLR seed data', () => {
  it('holds the five papers in the order of their meeting dates', () => {
    expect(llrPapers.map((p) => p.paper.id)).toEqual(['004', '001', '000', '002', '003']);
    const dates = llrPapers.map((p) => p.paper.meetingDate);
    expect([...dates].sort()).toEqual(dates);
  });

  it('defines each key once per kind across all papers', () => {
    const seen = new Map<string, string>();
    const repeated: string[] = [];
    for (const paper of llrPapers)
      for (const [kind, key] of definedKeys(paper)) {
        const id = `${kind}:${key}`;
        if (seen.has(id)) repeated.push(`${id} (papers ${seen.get(id)} and ${paper.paper.id})`);
        seen.set(id, paper.paper.id);
      }
    expect(repeated).toEqual([]);
  });

  it('refers only to records defined in the same paper or an earlier one', () => {
    const known = new Set<string>();
    const dangling: string[] = [];
    for (const paper of llrPapers) {
      for (const [kind, key] of definedKeys(paper)) known.add(`${kind}:${key}`);
      for (const [kind, key, where] of referencedKeys(paper))
        if (key != null && !known.has(`${kind}:${key}`))
          dangling.push(`${paper.paper.id} ${where} -> ${kind} ${key}`);
    }
    expect(dangling).toEqual([]);
  });

  it('dates every record with a real date and cites a paper and a place in it', () => {
    const ids = new Set(llrPapers.map((p) => p.paper.id));
    for (const paper of llrPapers)
      for (const record of allRecords(paper)) {
        expect(isRealDate(record.date), `${paper.paper.id}: ${record.date}`).toBe(true);
        expect(ids.has(record.source.paper)).toBe(true);
        expect(record.source.ref.trim()).not.toBe('');
      }
  });

  it('says why whenever a record stands in the paper date for a date the paper does not give', () => {
    for (const paper of llrPapers)
      for (const record of allRecords(paper))
        if (record.dateNote !== undefined) expect(record.dateNote.trim()).not.toBe('');
  });

  it('keeps the DA duty 2021/22 table exact: ten authorities summing to £2,276,643', () => {
    const paper = llrPapers.find((p) => p.paper.id === '002')!;
    const stream = paper.fundingStreams!.find((s) => s.key === 'da-duty-2021-22')!;
    const allocations = paper.allocations!.filter((a) => a.streamKey === stream.key);
    expect(allocations).toHaveLength(10);
    const total = allocations.reduce((sum, a) => sum + a.amountPence, 0);
    expect(total).toBe(227_664_300);
    expect(stream.totalPence).toBe(total);
    expect(poundsToPence(DA_DUTY_TOTAL_PRINTED)).toBe(total);
    expect(allocations.every((a) => Number.isInteger(a.amountPence))).toBe(true);
    expect(allocations.find((a) => a.recipientKey === 'leicestershire-county-council')?.amountPence).toBe(
      112_720_500,
    );
    expect(allocations.find((a) => a.recipientKey === 'charnwood-borough-council')?.amountPence).toBe(
      3_229_500,
    );
  });

  it('lists the nine activities of the Annex B delivery plan in their rows', () => {
    const plan = llrPapers.find((p) => p.paper.id === '002')!.deliveryPlans![0]!;
    expect(plan.activities.map((a) => a.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
