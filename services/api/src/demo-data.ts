import type { EventStore } from '@tracker/event-store';
import type { ProjectionRunner } from '@tracker/projection-runner';
import { isSeedable, seedStore } from '@tracker/seed';
import type { Logger } from './logger';

/**
 * The LLR demo data on start: a newcomer's first `npm start` serves a living partnership.
 * Only an empty store (or one the seed began) is seeded, and re-running appends nothing, so
 * restarting is free of side effects and a real partnership's store is never touched.
 */
export async function loadDemoData(
  store: EventStore,
  runner: ProjectionRunner,
  logger: Logger,
): Promise<void> {
  if (!(await isSeedable(store))) {
    logger.debug('the store holds recorded work: the LLR demo data is not loaded');
    return;
  }
  const started = Date.now();
  let lastLog = 0;
  const summary = await seedStore(store, (done, total) => {
    if (Date.now() - lastLog >= 1000 || done === total) {
      lastLog = Date.now();
      logger.info({ done, total }, 'loading the LLR demo data');
    }
  });
  await runner.waitFor(summary.position, 60_000);
  logger.info(
    { commands: summary.total, appended: summary.appended, ms: Date.now() - started },
    summary.appended > 0 ? 'LLR demo data loaded' : 'LLR demo data already present',
  );
}
