import { describe, expect, it } from 'vitest';
import { helpText, loadConfig } from '@tracker/composition';

/**
 * TRACKER_HEAP_GROWTH_PERCENT (services/api/src/heap-growth.ts): what the server's heap may grow
 * by between full collections. Its effect on memory is measured by the bench's soak, row (f);
 * every test that starts dist/server.js starts it with the default applied.
 */
describe('TRACKER_HEAP_GROWTH_PERCENT', () => {
  it('defaults to 50, takes 0 (V8 decides) or a whole percent up to 1000', () => {
    expect(loadConfig({}).heapGrowthPercent).toBe(50);
    expect(loadConfig({ TRACKER_HEAP_GROWTH_PERCENT: '0' }).heapGrowthPercent).toBe(0);
    expect(loadConfig({ TRACKER_HEAP_GROWTH_PERCENT: '25' }).heapGrowthPercent).toBe(25);
  });

  it('says what to give for anything else', () => {
    for (const bad of ['lots', '12.5']) {
      expect(() => loadConfig({ TRACKER_HEAP_GROWTH_PERCENT: bad })).toThrow(
        /TRACKER_HEAP_GROWTH_PERCENT must be a whole number of percent \(e\.g\. 50\), or 0/,
      );
    }
    expect(() => loadConfig({ TRACKER_HEAP_GROWTH_PERCENT: '-5' })).toThrow(
      /TRACKER_HEAP_GROWTH_PERCENT must be 0 \(V8's own rule\) or more/,
    );
    expect(() => loadConfig({ TRACKER_HEAP_GROWTH_PERCENT: '5000' })).toThrow(
      /TRACKER_HEAP_GROWTH_PERCENT must be 1000 or less/,
    );
  });

  it('is listed by --help with its default', () => {
    expect(helpText()).toMatch(/TRACKER_HEAP_GROWTH_PERCENT[\s\S]*50/);
  });
});
