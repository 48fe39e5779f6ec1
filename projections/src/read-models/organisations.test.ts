import { describe, expect, it } from 'vitest';
import { project } from '../projection';
import { envelopes } from '../../testing/envelopes';
import { COUNTY, OPCC, POLICE } from '../../testing/governance';
import { organisationsProjection } from './organisations';

describe('organisations read model', () => {
  const state = project(
    organisationsProjection,
    envelopes([
      {
        type: 'OrganisationRegistered',
        data: {
          organisationId: POLICE,
          name: 'Leicestershire Police',
          shortName: null,
          kind: 'POLICE',
        },
        occurredAt: '2016-12-08',
      },
      {
        type: 'OrganisationRegistered',
        data: {
          organisationId: OPCC,
          name: 'Office of the Police and Crime Commissioner',
          shortName: 'OPCC',
          kind: 'OPCC',
        },
        occurredAt: '2016-12-08',
      },
      {
        type: 'OrganisationRegistered',
        data: {
          organisationId: COUNTY,
          name: 'Leicestershire County Council',
          shortName: 'LCC',
          kind: 'LOCAL_AUTHORITY_TIER1',
        },
        occurredAt: '2016-12-08',
      },
      {
        type: 'OrganisationRenamed',
        data: {
          organisationId: OPCC,
          previousName: 'Office of the Police and Crime Commissioner',
          name: 'Office of the Police and Crime Commissioner for Leicestershire',
          shortName: 'OPCC',
        },
        occurredAt: '2018-06-08',
      },
    ]),
  );

  it('keeps organisations by id, in registration order and by kind', () => {
    expect(state.order).toEqual([POLICE, OPCC, COUNTY]);
    expect(state.idsByKind).toEqual({
      POLICE: [POLICE],
      OPCC: [OPCC],
      LOCAL_AUTHORITY_TIER1: [COUNTY],
    });
    expect(state.byId[COUNTY]).toMatchObject({
      name: 'Leicestershire County Council',
      shortName: 'LCC',
    });
  });

  it('shows the current name and the history of names with their dates', () => {
    const opcc = state.byId[OPCC]!;
    expect(opcc.name).toBe('Office of the Police and Crime Commissioner for Leicestershire');
    expect(opcc.nameHistory.map(({ name, from, until }) => ({ name, from, until }))).toEqual([
      {
        name: 'Office of the Police and Crime Commissioner',
        from: '2016-12-08',
        until: '2018-06-08',
      },
      {
        name: 'Office of the Police and Crime Commissioner for Leicestershire',
        from: '2018-06-08',
        until: null,
      },
    ]);
    expect(opcc.lastChanged.at).toBe('2018-06-08');
    expect(opcc.registered.at).toBe('2016-12-08');
  });
});
