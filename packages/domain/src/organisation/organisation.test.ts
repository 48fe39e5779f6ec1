import { describe, expect, it } from 'vitest';
import { memberIdFor } from '../kernel/ids';
import { specify } from '../../testing/specification';
import {
  LEICESTER_CITY_COUNCIL,
  LEICESTERSHIRE_POLICE,
  NATIONAL_PROBATION_SERVICE,
  OPCC,
  registered,
  registry,
  UNKNOWN,
} from '../../testing/organisation';
import {
  ORGANISATION_REGISTRY_ID,
  organisationRegistryStreamId,
  registerOrganisation,
  renameOrganisation,
  type OrganisationEvent,
} from './organisation';

const FREEVA = 'c1000000-0000-4000-8000-0000000000f1';

const renamedToProbationService: OrganisationEvent = {
  type: 'OrganisationRenamed',
  data: {
    organisationId: NATIONAL_PROBATION_SERVICE,
    previousName: 'National Probation Service (Leicestershire)',
    name: 'Probation Service',
    shortName: 'NPS',
  },
};

describe('registerOrganisation', () => {
  it('registers an organisation in the registry under the id given', () => {
    const target = specify(registerOrganisation)
      .given(registry)
      .when({ organisationId: FREEVA, name: 'FreeVa', kind: 'PROVIDER' })
      .then([
        {
          type: 'OrganisationRegistered',
          data: { organisationId: FREEVA, name: 'FreeVa', shortName: null, kind: 'PROVIDER' },
        },
      ]);
    expect(target).toBe(ORGANISATION_REGISTRY_ID);
    expect(organisationRegistryStreamId).toBe(`organisationRegistry-${ORGANISATION_REGISTRY_ID}`);
  });

  it('mints the id from the registry when none is given, and tidies the spacing of names', () => {
    specify(registerOrganisation)
      .given(registry)
      .when({
        name: '  Leicestershire   Fire and Rescue Service ',
        kind: 'FIRE',
        shortName: 'LFRS',
      })
      .then([
        {
          type: 'OrganisationRegistered',
          data: {
            organisationId: memberIdFor(ORGANISATION_REGISTRY_ID, 'organisation', registry.length),
            name: 'Leicestershire Fire and Rescue Service',
            shortName: 'LFRS',
            kind: 'FIRE',
          },
        },
      ]);
  });

  it('refuses a name already registered, however it is cased or spaced, naming the holder', () => {
    const error = specify(registerOrganisation)
      .given(registry)
      .when({ name: 'LEICESTERSHIRE  police', kind: 'POLICE' })
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `name: "Leicestershire Police" is already registered as organisation ${LEICESTERSHIRE_POLICE}; use that organisation`,
        ),
      );
    expect(error.details).toMatchObject({ existingOrganisationId: LEICESTERSHIRE_POLICE });
  });

  it('treats names differing only in punctuation as the same name', () => {
    specify(registerOrganisation)
      .given([registered(FREEVA, "Women's Aid Leicestershire Ltd", 'PROVIDER', 'WALL')])
      .when({ name: 'Womens Aid Leicestershire Ltd.', kind: 'VOLUNTARY_SECTOR' })
      .thenThrows('CONFLICT', /"Women's Aid Leicestershire Ltd" is already registered/);
  });

  it('frees a name once its holder is renamed', () => {
    specify(registerOrganisation)
      .given([...registry, renamedToProbationService])
      .when({
        organisationId: FREEVA,
        name: 'National Probation Service (Leicestershire)',
        kind: 'JUSTICE',
      })
      .then([
        {
          type: 'OrganisationRegistered',
          data: {
            organisationId: FREEVA,
            name: 'National Probation Service (Leicestershire)',
            shortName: null,
            kind: 'JUSTICE',
          },
        },
      ]);
  });

  it('refuses an id already registered', () => {
    specify(registerOrganisation)
      .given(registry)
      .when({ organisationId: OPCC, name: 'Turning Point', kind: 'PROVIDER' })
      .thenThrows(
        'CONFLICT',
        /organisationId: organisation .* is already registered as "Office of the Police and Crime Commissioner for Leicestershire"/,
      );
  });

  it('refuses an empty name, saying which field', () => {
    specify(registerOrganisation)
      .given(registry)
      .when({ name: '   ', kind: 'POLICE' })
      .thenThrows('BAD_USER_INPUT', /name: must not be empty/);
  });

  it('refuses a name with no letters or digits', () => {
    specify(registerOrganisation)
      .given(registry)
      .when({ name: '---', kind: 'POLICE' })
      .thenThrows('BAD_USER_INPUT', /name: must contain letters or digits/);
  });

  it('refuses a kind it does not know, listing the kinds', () => {
    specify(registerOrganisation)
      .given(registry)
      .whenSent({ name: 'Turning Point', kind: 'CHARITY' })
      .thenThrows('BAD_USER_INPUT', /kind: must be one of POLICE, LOCAL_AUTHORITY_TIER1, .*OPCC/);
  });
});

describe('renameOrganisation', () => {
  it('renames an organisation, keeping its short name when none is given', () => {
    specify(renameOrganisation)
      .given(registry)
      .when({ organisationId: NATIONAL_PROBATION_SERVICE, name: 'Probation Service' })
      .then([renamedToProbationService]);
  });

  it('changes or removes the short name', () => {
    specify(renameOrganisation)
      .given(registry)
      .when({
        organisationId: OPCC,
        name: 'Office of the Police and Crime Commissioner for Leicestershire',
        shortName: null,
      })
      .then([
        {
          type: 'OrganisationRenamed',
          data: {
            organisationId: OPCC,
            previousName: 'Office of the Police and Crime Commissioner for Leicestershire',
            name: 'Office of the Police and Crime Commissioner for Leicestershire',
            shortName: null,
          },
        },
      ]);
  });

  it('lets an organisation correct the capitals of its own name', () => {
    specify(renameOrganisation)
      .given([
        registered(LEICESTER_CITY_COUNCIL, 'Leicester city council', 'LOCAL_AUTHORITY_TIER1'),
      ])
      .when({ organisationId: LEICESTER_CITY_COUNCIL, name: 'Leicester City Council' })
      .then([
        {
          type: 'OrganisationRenamed',
          data: {
            organisationId: LEICESTER_CITY_COUNCIL,
            previousName: 'Leicester city council',
            name: 'Leicester City Council',
            shortName: null,
          },
        },
      ]);
  });

  it('refuses an organisation that is not registered', () => {
    specify(renameOrganisation)
      .given(registry)
      .when({ organisationId: UNKNOWN, name: 'Probation Service' })
      .thenThrows('NOT_FOUND', new RegExp(`organisation ${UNKNOWN} does not exist`));
  });

  it('refuses a name another organisation holds, naming it', () => {
    specify(renameOrganisation)
      .given(registry)
      .when({ organisationId: NATIONAL_PROBATION_SERVICE, name: 'leicester city council' })
      .thenThrows(
        'CONFLICT',
        new RegExp(
          `"Leicester City Council" is already registered as organisation ${LEICESTER_CITY_COUNCIL}`,
        ),
      );
  });

  it('refuses a rename that changes nothing', () => {
    specify(renameOrganisation)
      .given(registry)
      .when({ organisationId: LEICESTERSHIRE_POLICE, name: 'Leicestershire Police' })
      .thenThrows('CONFLICT', /already named "Leicestershire Police"; nothing to change/);
  });

  it('refuses an empty name', () => {
    specify(renameOrganisation)
      .given(registry)
      .when({ organisationId: LEICESTERSHIRE_POLICE, name: '' })
      .thenThrows('BAD_USER_INPUT', /name: must not be empty/);
  });
});
