import fc from 'fast-check';
import { v5 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { entityIdFor, eventIdFor, memberIdFor, TRACKER_NAMESPACE, trackerIdOf } from './ids';

describe('derived ids', () => {
  it('are the v5 uuids of their names in the tracker namespace, forever', () => {
    // Stored streams hold ids derived this way: a change here would break every retry.
    expect(eventIdFor('3de4c59d-a6d1-4670-93f0-0f2468cb24be', 0)).toBe(
      '8071b894-4319-5046-8a3b-c6eee4d831ed',
    );
    fc.assert(
      // Names outside ASCII too: the name is hashed as UTF-8.
      fc.property(fc.uuid(), fc.nat(), fc.string({ unit: 'binary' }), (id, n, name) => {
        expect(eventIdFor(id, n)).toBe(v5(`${id}/event/${n}`, TRACKER_NAMESPACE));
        expect(entityIdFor(id, name)).toBe(v5(`${id}/${name}`, TRACKER_NAMESPACE));
        expect(memberIdFor(id, name, n)).toBe(v5(`${id}/${name}/${n}`, TRACKER_NAMESPACE));
        expect(trackerIdOf(name)).toBe(v5(name, TRACKER_NAMESPACE));
      }),
    );
  });
});
