import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { parseInput } from './validation';

const schema = z.object({
  name: z.string(),
  purpose: z.string().optional(),
  parentBoardId: z.string().nullable().optional(),
  chair: z.object({ name: z.string(), role: z.string().optional() }).optional(),
  leads: z.array(z.object({ name: z.string(), role: z.string().optional() })).default([]),
});

describe('parseInput', () => {
  it('reads null as left out where a field may be left out but null means nothing', () => {
    expect(
      parseInput(schema, {
        name: 'SPB',
        purpose: null,
        chair: { name: 'Rupert Matthews', role: null },
        leads: [{ name: 'A lead', role: null }],
      }),
    ).toEqual({
      name: 'SPB',
      chair: { name: 'Rupert Matthews' },
      leads: [{ name: 'A lead' }],
    });
  });

  it('keeps null where it means something (no parent board)', () => {
    expect(parseInput(schema, { name: 'SPB', parentBoardId: null })).toEqual({
      name: 'SPB',
      parentBoardId: null,
      leads: [],
    });
  });

  it('still refuses null for a required field, saying which', () => {
    let error: unknown;
    try {
      parseInput(schema, { name: null });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    expect((error as DomainError).message).toMatch(/^Invalid input: name: /);
  });
});
