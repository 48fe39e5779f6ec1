import { serveInOwnProcess } from './own-process';

/**
 * Mixed load on the compiled server in its own process, for BENCH_SOAK_SECONDS (the audit
 * section runs it over its million events; #15 asks for an hour: BENCH_SOAK_SECONDS=3600), with
 * its RSS read from its own /metrics every few seconds. The load is what the office, other
 * systems and auditors do at once, one client each:
 *
 * - the office records priorities on the boards (a mutation, its write read back), at most
 *   SOAK_COMMANDS_PER_SECOND;
 * - a system reads portfolio pages, now (mostly answered from the response cache) and pages
 *   further down (built);
 * - an auditor reads the portfolio as of random times across the log (never cached: each
 *   builds the read models it touches at that point, from snapshots decoded lazily) and the
 *   history of initiatives.
 *
 * What it answers: whether memory stays bounded as caches fill, lazily decoded snapshots are
 * read and as-of read models come and go.
 */

const KEYS = {
  office: 'bench-soak-office-key-0001',
  reader: 'bench-soak-reader-key-0001',
  auditor: 'bench-soak-auditor-key-001',
};

export const SOAK_SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? 60);
/**
 * The office's commands per second at most (BENCH_SOAK_COMMANDS_PER_SECOND; 0: as fast as the
 * server answers). As fast as it answers, the office recorded about 6,400 priorities a minute:
 * an hour of that grew the million-event log to 1.39M, and with it the read models the server
 * holds, so the hour measured a larger log more than the load. Ten a second (36,000 an hour,
 * a hundred times a busy office's day) should keep the log near its size (not yet measured).
 */
export const SOAK_COMMANDS_PER_SECOND = Number(process.env.BENCH_SOAK_COMMANDS_PER_SECOND ?? 10);
const SAMPLE_EVERY_MS = 5_000;

const PORTFOLIO = `query ($first: Int!, $after: String, $asOf: DateTime) {
  initiatives(first: $first, after: $after, asOf: $asOf) {
    totalCount
    pageInfo { endCursor }
    nodes { title status board { name } priorities { title } leadOrganisations { name } }
  }
}`;

const HISTORY = `query { initiatives(first: 10) { nodes { history(first: 5) { totalCount } } } }`;

const AGREE = `mutation ($input: AgreePriorityInput!) { agreePriority(input: $input) { __typename } }`;

const BOARDS = `query { boards(first: 100) { nodes { id dissolved } } }`;

export interface Soak {
  seconds: number;
  /** The office's pace, at most (0: unpaced). */
  commandsPerSecond: number;
  readySeconds: number;
  /** RSS sampled every SAMPLE_EVERY_MS, bytes. */
  samples: number[];
  answers: Record<'commands' | 'pages' | 'asOf' | 'histories', number>;
  errors: string[];
}

export async function soakInOwnProcess(
  env: Record<string, string>,
  /** The log's first and last recorded times: as-of reads fall between them. */
  span: { from: string; to: string },
  seconds = SOAK_SECONDS,
  commandsPerSecond = SOAK_COMMANDS_PER_SECOND,
): Promise<Soak> {
  const { result } = await serveInOwnProcess(
    {
      ...env,
      TRACKER_API_KEYS: `${KEYS.office}=bench.office:office,${KEYS.reader}=bench.system:reader,${KEYS.auditor}=bench.auditor:auditor`,
    },
    async (server) => {
      const answers = { commands: 0, pages: 0, asOf: 0, histories: 0 };
      const errors: string[] = [];
      const ask = async (key: string, query: string, variables: object = {}) => {
        const response = await fetch(`${server.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
          body: JSON.stringify({ query, variables }),
        });
        const answer = (await response.json()) as { data?: unknown; errors?: unknown };
        if (answer.errors || !answer.data) {
          errors.push(JSON.stringify(answer.errors ?? answer).slice(0, 300));
          return undefined;
        }
        return answer.data;
      };
      // Priorities are agreed by boards that still sit (the domain refuses a dissolved one).
      const boards = (
        (await ask(KEYS.reader, BOARDS)) as
          { boards: { nodes: { id: string; dissolved: boolean }[] } } | undefined
      )?.boards.nodes.flatMap((b) => (b.dissolved ? [] : [b.id]));
      if (!boards?.length) throw new Error(`the soak found no boards: ${errors.join('; ')}`);
      const from = Date.parse(span.from);
      const width = Date.parse(span.to) - from;
      const started = performance.now();
      const end = started + seconds * 1000;
      let n = 0;
      const loop = async (step: () => Promise<unknown>) => {
        while (performance.now() < end) await step();
      };
      const samples: number[] = [await server.rss()];
      const sampler = setInterval(() => {
        server.rss().then(
          (rss) => samples.push(rss),
          () => {},
        );
      }, SAMPLE_EVERY_MS);
      try {
        await Promise.all([
          loop(async () => {
            const boardId = boards[n % boards.length]!;
            const input = { boardId, title: `Soak priority ${n++}`, agreedAt: '2021-02-25' };
            if (await ask(KEYS.office, AGREE, { input })) answers.commands++;
            const due = started + (n * 1000) / commandsPerSecond;
            if (commandsPerSecond > 0 && due > performance.now()) {
              await new Promise((resolve) => setTimeout(resolve, due - performance.now()));
            }
          }),
          loop(async () => {
            const page = (await ask(KEYS.reader, PORTFOLIO, { first: 50 })) as
              { initiatives: { pageInfo: { endCursor: string | null } } } | undefined;
            const after = page?.initiatives.pageInfo.endCursor;
            if (page && (await ask(KEYS.reader, PORTFOLIO, { first: 50, after }))) {
              answers.pages += 2;
            }
          }),
          loop(async () => {
            const asOf = new Date(from + Math.random() * width).toISOString();
            if (await ask(KEYS.auditor, PORTFOLIO, { first: 50, asOf })) answers.asOf++;
            if (await ask(KEYS.auditor, HISTORY)) answers.histories++;
          }),
        ]);
      } finally {
        clearInterval(sampler);
      }
      samples.push(await server.rss());
      return {
        seconds,
        commandsPerSecond,
        readySeconds: server.readySeconds,
        samples,
        answers,
        errors,
      };
    },
  );
  return result;
}
