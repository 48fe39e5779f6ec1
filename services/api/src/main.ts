import { createTracker } from './app';
import { ConfigError, helpText, loadConfig } from '@tracker/composition';
import { limitHeapGrowth } from './heap-growth';
import { createLogger } from './logger';

/** `npm start`: serve GraphQL on the configured store. */
async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(helpText());
    return;
  }
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowthPercent);
  const logger = createLogger(config.logLevel);
  const tracker = await createTracker(config, logger);
  const { url } = await tracker.listen();
  logger.info(
    { url: `${url}/graphql`, store: tracker.storeDescription },
    'Partnership Tracker is listening',
  );
  const key = tracker.keys.developmentKey;
  if (key) {
    // The key travels in the link's fragment, which a browser never sends to a server; the
    // sign-in page keeps it in this tab's session storage and takes it out of the address bar.
    console.log(
      [
        '',
        `Partnership Tracker is running at ${url}/`,
        'Open this link to sign in with the local development key (office role):',
        `  ${url}/sign-in#key=${key}`,
        `The key is kept in ${config.keyFile}; anyone who can read that file can use it.`,
        ...(config.production
          ? []
          : [`GraphiQL: ${url}/graphql (it uses the key you signed in with)`]),
        'Or from a terminal:',
        `  curl -s ${url}/graphql -H 'content-type: application/json' \\`,
        `    -H 'authorization: Bearer ${key}' \\`,
        `    -d '{"query":"{ boards { totalCount nodes { name chair { name } } } }"}'`,
        '',
      ].join('\n'),
    );
  }
  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info({ signal }, 'shutting down');
    tracker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  const known =
    error instanceof ConfigError ||
    (error instanceof Error && /StoreUnavailable|ApiKeyError/.test(error.name));
  console.error(known ? `Cannot start: ${(error as Error).message}` : error);
  process.exit(1);
});
