import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig, openStore } from '@tracker/composition';
import { parseHead } from '@tracker/event-store';
import { openSqliteSnapshotStore, replay } from '@tracker/projection-runner';
import { allProjections } from '@tracker/projections';
import { isSeedable, seedStore } from '@tracker/seed';
import { exportReadModel, type ExportFormat } from './export';
import { progress } from './progress';
import { verifyReport } from './verify';

/**
 * `npm run tracker -- <command>`: work on the store outside the server. Reads the same
 * environment variables as the server (TRACKER_DB, EVENTSTORE_CONNECTION_STRING, ...).
 */
const usage = `Usage: npm run tracker -- <command> [options]

Commands:
  list                          the read models
  export <read-model>           rebuild a read model from the events and print it
      --as-of <time>            as it stood at this recorded time (ISO-8601, e.g. 2021-03-19 or 2021-03-19T17:00:00Z)
      --position <n>            as it stood at this position of the log
      --format json|csv         json (default): the whole read model; csv: one row per entity
      --out <file>              write to a file instead of standard output
  rebuild                       rebuild every read model from zero and replace its snapshot
  verify                        walk the embedded store's hash chain; names the first broken link
                                (exit code 1 when the history was altered); prints the head,
                                POSITION:HASH, on standard output: publish it
      --expect-head <pos:hash>  also check the log against a head published earlier (it catches
                                deleted newest events and a log rewritten with new hashes)
  seed                          enter the LLR board papers' history through the command path
                                (idempotent: running it again appends nothing)

Settings come from the same environment variables as the server (see npm start -- --help).`;

class UsageError extends Error {}

function readModelNamed(name: string) {
  const found = allProjections.find((p) => p.name === name);
  if (!found)
    throw new UsageError(
      `no read model is named "${name}"; choose one of: ${allProjections.map((p) => p.name).join(', ')}`,
    );
  return found;
}

function asOfTime(value: string): string {
  const time = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value;
  const parsed = Date.parse(time);
  if (Number.isNaN(parsed))
    throw new UsageError(`--as-of: "${value}" is not a date or date-time; write e.g. 2021-03-19`);
  return new Date(parsed).toISOString();
}

async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'as-of': { type: 'string' },
      position: { type: 'string' },
      format: { type: 'string', default: 'json' },
      out: { type: 'string' },
      'expect-head': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(usage);
    return;
  }
  if (command === 'list') {
    for (const p of allProjections) console.log(`${p.name} (version ${p.version})`);
    return;
  }
  const config = loadConfig();
  const { store, description, verify } = await openStore(config);
  try {
    const head = await store.headPosition();
    if (command === 'export') {
      const projection = readModelNamed(rest[0] ?? '');
      const format = values.format as ExportFormat;
      if (format !== 'json' && format !== 'csv')
        throw new UsageError('--format must be json or csv');
      if (values.position !== undefined && !/^\d+$/.test(values.position)) {
        throw new UsageError('--position must be a whole number');
      }
      const bar = progress(`replaying ${description}`, head);
      const result = await replay(store, [projection], {
        ...(values.position !== undefined && { toPosition: Number(values.position) }),
        ...(values['as-of'] !== undefined && { toRecordedAt: asOfTime(values['as-of']) }),
        onProgress: (position) => bar.update(position),
      });
      const { text, count } = exportReadModel(result.states.get(projection.name), format);
      bar.finish(
        `${result.applied} events replayed to position ${result.position}; ${count} ${projection.name} exported`,
      );
      if (values.out) fs.writeFileSync(values.out, text);
      else process.stdout.write(text);
      return;
    }
    if (command === 'rebuild') {
      const snapshots = openSqliteSnapshotStore(config.snapshotsFile);
      try {
        const bar = progress(`rebuilding from ${description}`, head);
        const result = await replay(store, allProjections, {
          onProgress: (position) => bar.update(position),
        });
        for (const p of allProjections) {
          snapshots.discardOtherVersions(p.name, p.version);
          snapshots.save({
            name: p.name,
            version: p.version,
            position: result.position,
            recordedAt: result.recordedAt,
            state: result.states.get(p.name),
          });
        }
        bar.finish(
          `${result.applied} events replayed; ${allProjections.length} read models rebuilt to position ${result.position}`,
        );
      } finally {
        snapshots.close();
      }
      return;
    }
    if (command === 'verify') {
      if (!verify)
        throw new Error(
          `${description} keeps its own checksums rather than our hash chain; verify checks the embedded SQLite store (TRACKER_DB)`,
        );
      const expected = values['expect-head'];
      const expectHead =
        expected === undefined
          ? undefined
          : parseHead(expected, (m) => new UsageError(`--expect-head: ${m}`));
      const bar = progress(`verifying ${description}`, head);
      const result = await verify({
        onProgress: (checked, total) => bar.update(checked, total),
        ...(expectHead && { expectHead }),
      });
      const report = verifyReport(result, expectHead);
      bar.finish(report.summary);
      if (report.head) process.stdout.write(`${report.head}\n`);
      process.exitCode = report.exitCode;
      return;
    }
    if (command === 'seed') {
      if (!(await isSeedable(store)))
        throw new Error(
          `${description} holds recorded work that is not the seed's; the LLR demo data goes only into an empty store (set TRACKER_DB to a new file)`,
        );
      const bar = progress(`seeding ${description}`, 0);
      const summary = await seedStore(store, (done, total) => bar.update(done, total));
      bar.finish(
        `${summary.total} seed commands: ${summary.appended} recorded now, ${summary.total - summary.appended} already recorded; the log is at position ${summary.position}`,
      );
      return;
    }
    throw new UsageError(`unknown command "${command}"`);
  } finally {
    await store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  console.error(error instanceof Error ? `tracker: ${error.message}` : error);
  process.exit(1);
});
