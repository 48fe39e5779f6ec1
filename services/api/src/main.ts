import { createTracker } from './app';
import { ConfigError, helpText, loadConfig } from './config';
import { createLogger } from './logger';

/** `npm start`: serve GraphQL on the configured store. */
async function main() {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(helpText());
    return;
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const tracker = await createTracker(config, logger);
  const { url } = await tracker.listen();
  logger.info(
    { url: `${url}/graphql`, store: tracker.storeDescription },
    'Partnership Tracker is listening',
  );
  if (tracker.keys.developmentKey && !config.production) {
    console.log(
      [
        '',
        `Partnership Tracker: GraphiQL at ${url}/graphql (the local development key is filled in)`,
        `Local development key (office role), kept in ${config.keyFile}:`,
        `  ${tracker.keys.developmentKey}`,
        'Try:',
        `  curl -s ${url}/graphql -H 'content-type: application/json' \\`,
        `    -H 'authorization: Bearer ${tracker.keys.developmentKey}' \\`,
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
