import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { rebuild } from '@tracker/projection-runner';
import { allProjections } from '@tracker/projections';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server';

/**
 * The LLR demo data as a newcomer meets it: the server starts on an empty store with the
 * seed on (the default), and the queries answer what the board papers say. Every figure
 * here is traceable to a paper and paragraph in packages/seed/src/data/.
 */

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracker-llr-'));
const db = path.join(dir, 'tracker.db');
let server: TestServer;

beforeAll(async () => {
  server = await startServer({ TRACKER_DB: db, TRACKER_SEED: 'on' });
}, 120_000);
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

interface BoardNode {
  name: string;
  subBoards: { name: string }[];
}

describe('the seeded partnership', () => {
  it('has the SPB at the top, with its Executive under it', async () => {
    const data = await server.ok<{ boards: { nodes: BoardNode[] } }>(
      '{ boards(filter: { topLevel: true }) { nodes { name subBoards { name } } } }',
    );
    const spb = data.boards.nodes.find((b) => b.name === 'Strategic Partnership Board (SPB)');
    // Paper 004 (2016) and 001 (2018): the SPB and its Executive.
    expect(spb?.subBoards.map((b) => b.name)).toContain(
      'Strategic Partnership Board Executive (SPB Executive)',
    );
  });

  it('places the 2019 sub-groups and the 2022 boards under the SPB Executive', async () => {
    const data = await server.ok<{ boards: { nodes: BoardNode[] } }>(
      '{ boards(filter: { text: "Strategic Partnership Board Executive" }) { nodes { name subBoards { name } } } }',
    );
    const executive = data.boards.nodes.find(
      (b) => b.name === 'Strategic Partnership Board Executive (SPB Executive)',
    );
    const under = executive?.subBoards.map((b) => b.name) ?? [];
    // Paper 000 (2019): the sub-groups; paper 003 (2022): the restructure.
    expect(under).toEqual(
      expect.arrayContaining([
        'Strategic Offender Management and MAPPA Board (SOMMB)',
        'Vulnerability Executive',
        'People and Place Board (P&P Board)',
        'Prevention and Early Intervention Board',
        'Adolescence Safety and Diversion Board',
      ]),
    );
  });

  it('shows the SPB Executive’s 2019 sub-groups dissolved in the 2022 restructure, and the three boards that replaced them', async () => {
    const data = await server.ok<{
      boards: {
        nodes: {
          name: string;
          subBoards: {
            name: string;
            established: { at: string };
            dissolved: boolean;
            dissolution: { dissolvedOn: string } | null;
          }[];
        }[];
      };
    }>(
      '{ boards(filter: { text: "Strategic Partnership Board Executive" }) { nodes { name subBoards { name established { at } dissolved dissolution { dissolvedOn } } } } }',
    );
    const subBoards = data.boards.nodes[0]!.subBoards;
    // Paper 000 (2019) para 5: the sub-groups under the Executive.
    const in2019 = subBoards.filter((b) => b.established.at <= '2019-07-11');
    expect(in2019.map((b) => b.name)).toEqual([
      'Strategic Offender Management and MAPPA Board (SOMMB)',
      'Vulnerability Executive',
      'People and Place Board (P&P Board)',
      'Serious and Organised Crime',
    ]);
    // Paper 003, minute 54 (18 March 2022): the three boards under the Executive now.
    expect(in2019.every((b) => b.dissolved && b.dissolution?.dissolvedOn === '2022-03-18')).toBe(
      true,
    );
    expect(subBoards.filter((b) => !b.dissolved).map((b) => b.name)).toEqual([
      'Prevention and Early Intervention Board',
      'Adolescence Safety and Diversion Board',
      'Adult Vulnerability and Offending Board (MAPPA SMB)',
    ]);
  });

  it('allocates the DA duty 2021/22 to ten authorities, £2,276,643 in all to the penny', async () => {
    const data = await server.ok<{
      fundingStreams: {
        nodes: {
          total: { pence: number; pounds: string };
          allocated: { pence: number };
          left: { pounds: string };
          totalsByRecipient: {
            recipient: { name: string };
            allocated: { pence: number; pounds: string };
          }[];
        }[];
      };
    }>(
      '{ fundingStreams(filter: { text: "Domestic abuse duty 2021/22" }) { nodes { total { pence pounds } allocated { pence } left { pounds } totalsByRecipient { recipient { name } allocated { pence pounds } } } } }',
    );
    const [stream] = data.fundingStreams.nodes;
    // Paper 002, the DA duty allocations table.
    expect(stream!.total).toEqual({ pence: 227_664_300, pounds: '£2,276,643.00' });
    expect(stream!.allocated.pence).toBe(227_664_300);
    expect(stream!.left.pounds).toBe('£0.00');
    const recipients = stream!.totalsByRecipient;
    expect(recipients).toHaveLength(10);
    expect(recipients.reduce((sum, r) => sum + r.allocated.pence, 0)).toBe(227_664_300);
    const byName = Object.fromEntries(
      recipients.map((r) => [r.recipient.name, r.allocated.pounds]),
    );
    expect(byName['Leicestershire County Council']).toBe('£1,127,205.00');
    expect(byName['Charnwood Borough Council']).toBe('£32,295.00');
  });

  it('has three People Zones, the Bell Foundry estate the most advanced', async () => {
    const data = await server.ok<{
      mostAdvancedPeopleZone: {
        name: string;
        leadAgency: { name: string };
        provisions: { status: string }[];
      };
      peopleZones: { nodes: { locality: string }[] };
    }>(
      '{ mostAdvancedPeopleZone { name leadAgency { name } provisions { status } } peopleZones { nodes { locality } } }',
    );
    // Paper 000 paras 7-8.
    expect(data.peopleZones.nodes.map((z) => z.locality).sort()).toEqual([
      'Coalville',
      'Loughborough',
      'New Parks',
    ]);
    expect(data.mostAdvancedPeopleZone.name).toBe('Bell Foundry estate People Zone');
    expect(data.mostAdvancedPeopleZone.leadAgency.name).toBe('Charnwood Borough Council');
    expect(data.mostAdvancedPeopleZone.provisions.map((p) => p.status)).toEqual([
      'IN_PLACE',
      'IN_PLACE',
      'IN_PLACE',
      'IN_PLACE',
    ]);
  });

  it('judges the MARAC repeat referral rate of 36% inside the SafeLives 28-40% range', async () => {
    const data = await server.ok<{
      indicators: {
        nodes: {
          thresholds: { targetRange: { low: string; high: string } };
          latest: { value: string };
          assessment: { verdict: string; range: { position: string } };
        }[];
      };
    }>(
      '{ indicators(filter: { text: "MARAC repeat referral rate" }) { nodes { thresholds { targetRange { low high } } latest { value } assessment { verdict range { position } } } } }',
    );
    // Paper 003 para 10: the rolling 12-month figure is 36%; SafeLives' range 28-40%.
    const [marac] = data.indicators.nodes;
    expect(marac!.thresholds.targetRange).toEqual({ low: '28', high: '40' });
    expect(marac!.latest.value).toBe('36');
    expect(marac!.assessment).toEqual({ verdict: 'FAVOURABLE', range: { position: 'WITHIN' } });
  });

  it('shows first-time entrants falling from 190 (2014/15) to 54 (2021/22)', async () => {
    const data = await server.ok<{
      indicators: { nodes: { values: { period: { label: string }; value: string }[] }[] };
    }>(
      '{ indicators(filter: { text: "First time entrants" }) { nodes { values { period { label } value } } } }',
    );
    // Paper 003 para 7(a): the FTE totals for Leicestershire, 2014/15 to 2021/22.
    const values = data.indicators.nodes[0]!.values;
    expect(values[0]).toEqual({ period: { label: '2014/15' }, value: '190' });
    expect(values.at(-1)).toEqual({ period: { label: '2021/22' }, value: '54' });
  });

  it('lists the four DA services commissioned from 1 April 2022 as active that day, not the day before', async () => {
    const query = `query ($on: Date!) { commissionedServices(filter: { activeOn: $on }) {
      nodes { name provider { name } commissioners { name } } } }`;
    type Services = {
      commissionedServices: {
        nodes: { name: string; provider: { name: string }; commissioners: { name: string }[] }[];
      };
    };
    const active = await server.ok<Services>(query, { on: '2022-04-01' });
    const services = active.commissionedServices.nodes.map((s) => [
      s.name,
      s.provider.name,
      s.commissioners.map((c) => c.name).join(', '),
    ]);
    // Paper 003, the DA services commissioned from 1 April 2022.
    const opcc = 'Office of the Police and Crime Commissioner for Leicestershire';
    const publicHealth = 'Public Health, Leicestershire County Council';
    const daServices = [
      ['Helpline and Engagement Service', 'Free from Violence and Abuse', opcc],
      ['Domestic Abuse Locality Service', 'Living Without Abuse', publicHealth],
      ['Sexual Violence Support Service', 'Free from Violence and Abuse', opcc],
      [
        'Leicestershire Safe Accommodation Support Service',
        "Women's Aid Leicestershire Limited",
        publicHealth,
      ],
    ];
    expect(services).toEqual(expect.arrayContaining(daServices));
    const before = await server.ok<Services>(query, { on: '2022-03-31' });
    const namesBefore = before.commissionedServices.nodes.map((s) => s.name);
    for (const [name] of daServices) expect(namesBefore).not.toContain(name);
  });

  it('shows the portfolio as it stood on 19 March 2021 (paper 002), without what came later', async () => {
    const data = await server.ok<{
      initiatives: { nodes: { title: string; statusOn: string }[] };
    }>(
      '{ initiatives(first: 100, filter: { registeredBy: "2021-03-19" }) { nodes { title statusOn(date: "2021-03-19") } } }',
    );
    const portfolio = Object.fromEntries(data.initiatives.nodes.map((i) => [i.title, i.statusOn]));
    // Paper 002, the SPB portfolio update of March 2021.
    for (const title of [
      'Trauma Informed Strategy',
      'Female Offender Strategy',
      'Volunteer Strategy (Public Sector Volunteering)',
      'People Zones',
      'Youth Perception Survey',
      'CSPs / Partnerships – Performance Packs',
    ])
      expect(portfolio[title], title).toBe('IN_PROGRESS');
    // Registered from paper 003 (late 2021 and 2022).
    expect(portfolio['ASB System Governance Co-ordination (Sentinel)']).toBeUndefined();
    expect(portfolio['Strengthening Leicestershire Relationships']).toBeUndefined();
  });

  it('records the decision that approved the Trauma Informed Strategy, and what it changed', async () => {
    const data = await server.ok<{
      initiatives: {
        nodes: {
          decision: {
            decidedOn: string;
            kind: string;
            resolution: string;
            changes: { nodes: { eventType: string }[] };
          };
        }[];
      };
    }>(
      '{ initiatives(filter: { text: "Trauma Informed Strategy" }) { nodes { decision { decidedOn kind resolution changes { nodes { eventType } } } } } }',
      {},
      'auditor',
    );
    // Paper 002 paras 14 and 16: the SPB approved the outline strategy on 25 February 2021.
    const { decision } = data.initiatives.nodes[0]!;
    expect(decision).toMatchObject({ decidedOn: '2021-02-25', kind: 'APPROVED' });
    expect(decision.resolution).toMatch(
      /^The outline strategy for an LLR wide trauma-informed approach/,
    );
    expect(decision.changes.nodes.map((c) => c.eventType)).toContain('InitiativeRegistered');
  });

  it('records the seed under its own actor, each change citing its paper', async () => {
    const data = await server.ok<{
      boards: { nodes: { history: { nodes: { actor: string; reason: string }[] } }[] };
    }>('{ boards(first: 1) { nodes { history(first: 1) { nodes { actor reason } } } } }');
    const [change] = data.boards.nodes[0]!.history.nodes;
    expect(change?.actor).toBe('llr-seed');
    expect(change?.reason).toMatch(/\(paper 00[0-4]\)/);
  });

  it('keeps every read model equal to a rebuild from zero', async () => {
    const { store, runner } = server.tracker.services;
    for (const projection of allProjections) {
      expect(await rebuild(store, projection), projection.name).toEqual(runner.state(projection));
    }
  });

  it('adds nothing when the server starts again on the same store', async () => {
    const head = await server.head();
    expect(head).toBeGreaterThan(300);
    await server.tracker.close();
    server = await startServer({ TRACKER_DB: db, TRACKER_SEED: 'on' });
    expect(await server.head()).toBe(head);
  }, 120_000);
});

describe('a store with recorded work', () => {
  it('is never given the demo data', async () => {
    const own = await startServer({ TRACKER_SEED: 'off' });
    try {
      await own.ok('mutation { establishBoard(input: { name: "Our board" }) { board { id } } }');
      const head = await own.head();
      const file = path.join(own.dir, 'tracker.db');
      await own.tracker.close();
      const again = await startServer({ TRACKER_DB: file, TRACKER_SEED: 'on' });
      expect(await again.head()).toBe(head);
      const data = await again.ok<{ boards: { totalCount: number } }>('{ boards { totalCount } }');
      expect(data.boards.totalCount).toBe(1);
      await again.close();
    } finally {
      fs.rmSync(own.dir, { recursive: true, force: true });
    }
  }, 120_000);
});
