import type { OrganisationEvent, OrganisationKind } from '../src/organisation/organisation';

/**
 * Organisations from the board papers, as the registry events that register them: the
 * references governance specifications are given. Tests only.
 */

export const LEICESTERSHIRE_POLICE = 'c1000000-0000-4000-8000-000000000001';
export const LEICESTER_CITY_COUNCIL = 'c1000000-0000-4000-8000-000000000002';
export const OPCC = 'c1000000-0000-4000-8000-000000000003';
export const LEICESTERSHIRE_COUNTY_COUNCIL = 'c1000000-0000-4000-8000-000000000004';
export const NATIONAL_PROBATION_SERVICE = 'c1000000-0000-4000-8000-000000000005';

/** An id that nothing in the given events names. */
export const UNKNOWN = 'dead0000-0000-4000-8000-000000000000';

export const registered = (
  organisationId: string,
  name: string,
  kind: OrganisationKind,
  shortName: string | null = null,
): OrganisationEvent => ({
  type: 'OrganisationRegistered',
  data: { organisationId, name, shortName, kind },
});

/** The registry stream with the partners the governance specifications cite. */
export const registry: OrganisationEvent[] = [
  registered(LEICESTERSHIRE_POLICE, 'Leicestershire Police', 'POLICE'),
  registered(LEICESTER_CITY_COUNCIL, 'Leicester City Council', 'LOCAL_AUTHORITY_TIER1'),
  registered(
    OPCC,
    'Office of the Police and Crime Commissioner for Leicestershire',
    'OPCC',
    'OPCC',
  ),
  registered(
    LEICESTERSHIRE_COUNTY_COUNCIL,
    'Leicestershire County Council',
    'LOCAL_AUTHORITY_TIER1',
  ),
  registered(
    NATIONAL_PROBATION_SERVICE,
    'National Probation Service (Leicestershire)',
    'JUSTICE',
    'NPS',
  ),
];
