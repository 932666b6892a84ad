/**
 * The query benchmark: the same read queries against servers over one database — this project's
 * API, the Neo4j GraphQL Library (@neo4j/graphql 7) with equivalent type definitions, the floor
 * (the same Cypher this API runs, replayed through neo4j-driver with no GraphQL; capture.ts) and,
 * for reference, one hand-written statement per query — with autocannon at concurrency 1 and 16:
 * a warm-up, then rounds of a fixed duration per query, server and concurrency, the servers
 * alternated within each round. The host's speed drifts by minutes, so one measurement per server
 * compares whichever minutes each got; paired rounds put the drift on all servers alike, and a
 * ratio is the median of its per-round ratios.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { openDatabase } from '../../src/db/driver.js';
import { captureReads, type CapturedQuery } from './capture.js';
import { benchQueries, type BenchQuery } from './queries.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Neo4jTarget {
  uri: string;
  user: string;
  password: string;
}

export interface QueryBenchOptions {
  neo4j: Neo4jTarget;
  /** Seconds of load per round, query, server and concurrency. */
  duration: number;
  warmup: number;
  /** Rounds per query and concurrency, the servers alternated within each (default 3). */
  rounds?: number;
  concurrency: number[];
  /** Only these queries / servers (for a focused run); all when empty. */
  only?: string[];
  servers?: ServerName[];
  log?: (line: string) => void;
}

export type ServerName = 'policy-graph' | 'neo4j-graphql' | 'floor' | 'statement';

/** One round's load of one server. */
export interface RoundMeasurement {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
}

/** A server's rounds on one query and concurrency: latency and throughput are their medians, requests and errors their sums. */
export interface Measurement extends RoundMeasurement {
  query: string;
  server: ServerName;
  concurrency: number;
  rounds: RoundMeasurement[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/** A server's rounds summed up as one Measurement. */
export function summarise(query: string, server: ServerName, concurrency: number, rounds: RoundMeasurement[]): Measurement {
  return {
    query,
    server,
    concurrency,
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    rps: median(rounds.map((r) => r.rps)),
    requests: rounds.reduce((n, r) => n + r.requests, 0),
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    rounds,
  };
}

/**
 * a ÷ b of a round statistic, per round (rounds of the same index ran back to back), and their
 * median: the comparison the host's drift falls on least. Pairs as many rounds as both have.
 */
export function pairedRatio(a: Measurement, b: Measurement, stat: (m: RoundMeasurement) => number): { median: number; perRound: number[] } {
  const ra = a.rounds?.length ? a.rounds : [a];
  const rb = b.rounds?.length ? b.rounds : [b];
  const perRound = ra.slice(0, rb.length).map((r, i) => stat(r) / stat(rb[i] as RoundMeasurement));
  return { median: median(perRound), perRound };
}

export interface RunningServer<N extends string = ServerName> {
  name: N;
  url: string;
  process: ChildProcess;
}

/** Throws unless nothing listens on the port: a server left running there would be measured instead. */
async function assertPortFree(name: string, port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (err: NodeJS.ErrnoException) =>
      reject(new Error(err.code === 'EADDRINUSE' ? `port ${port} (for ${name}) is already in use: stop whatever listens there, then run the benchmark again` : `cannot listen on port ${port} (for ${name}): ${err.message}`)),
    );
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

export async function startServer<N extends string>(name: N, script: string, port: number, neo4j: Neo4jTarget, urlPath: string, env: Record<string, string> = {}): Promise<RunningServer<N>> {
  await assertPortFree(name, port);
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: { ...process.env, NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  const url = `http://127.0.0.1:${port}${urlPath}`;
  const deadline = Date.now() + 60_000;
  // Ready when the port answers HTTP at all.
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}): ${stderr}`);
    try {
      await fetch(url, { method: 'GET' });
      return { name, url, process: child };
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  child.kill('SIGTERM');
  throw new Error(`${name} did not start within 60 s: ${stderr}`);
}

function requestFor(server: ServerName, q: BenchQuery): { body: string } | null {
  if (server === 'floor' || server === 'statement') return { body: JSON.stringify({ name: q.name }) };
  const op = server === 'policy-graph' ? q.ours : q.neo4jGraphql;
  return op ? { body: JSON.stringify({ query: op.query, variables: op.variables ?? {} }) } : null;
}

/** One request first: a benchmark of answers that are errors would measure nothing. Returns the data. */
async function check(url: string, body: string, label: string): Promise<unknown> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const json = (await res.json()) as { errors?: unknown; data?: unknown };
  if (!res.ok || json.errors || !json.data) throw new Error(`${label} answered with an error: ${JSON.stringify(json).slice(0, 300)}`);
  return json.data;
}

/**
 * Whether the servers gave the same answer to a query (reduced by the query's `answer`): one line
 * saying so, or naming the first server that differs from this API and how.
 */
export function compareAnswers(q: BenchQuery, data: Partial<Record<ServerName, unknown>>): string {
  // The floor runs this API's own reads: floorCheck compares its rows with the API's instead.
  const reduce: Record<ServerName, ((d: any) => unknown) | undefined> = { 'policy-graph': q.answer.ours, 'neo4j-graphql': q.answer.neo4jGraphql, floor: undefined, statement: q.answer.statement };
  const reduced = (Object.keys(data) as ServerName[]).flatMap((s) => {
    const f = reduce[s];
    if (!f || data[s] === undefined) return [];
    try {
      return [[s, String(JSON.stringify(f(data[s])))] as const];
    } catch (err) {
      return [[s, `unreadable answer (${(err as Error).message})`] as const];
    }
  });
  const [first, ...rest] = reduced;
  if (!first) return `${q.name}: no answers`;
  const other = rest.find(([, a]) => a !== first[1]);
  if (!other) return `same answer: ${q.name} (${reduced.map(([s]) => s).join(', ')})`;
  return `ANSWERS DIFFER: ${q.name}: ${first[0]} ${first[1].slice(0, 300)} — ${other[0]} ${other[1].slice(0, 300)}`;
}

/** Whether the floor read what the API read for a query: the rows of every replayed read against those captured. */
export function floorCheck(name: string, captured: CapturedQuery, floorData: unknown): string {
  const reads = captured.waves.flat().length;
  const what = `${reads} read${reads === 1 ? '' : 's'} in ${captured.waves.length} wave${captured.waves.length === 1 ? '' : 's'}`;
  const replayed = JSON.stringify((floorData as { reads?: unknown } | null)?.reads);
  return replayed === captured.rows ? `floor replays the API's ${what}, same rows: ${name}` : `FLOOR ROWS DIFFER: ${name}: the API's ${what} read ${captured.rows.slice(0, 200)} — the floor ${String(replayed).slice(0, 200)}`;
}

export function load(url: string, body: string, connections: number, duration: number) {
  return autocannon({ url, method: 'POST', headers: { 'content-type': 'application/json' }, body, connections, duration, pipelining: 1 });
}

export interface QueryBenchResult {
  results: Measurement[];
  /** One line per query: whether the servers answered it the same (compareAnswers). */
  answers: string[];
}

/**
 * Waits until the database runs nothing but this check: autocannon stops sending at the end of a
 * run, but statements of requests it gave up on (the library's shortest paths take seconds) go on
 * and would load whatever is measured next. Gives up after `maxMs` and says so.
 */
async function drained(driver: Driver, log: (line: string) => void, maxMs = 120_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  for (;;) {
    const { records } = await driver.executeQuery(cypher('bench/runningTransactions'), {}, { routing: neo4j.routing.READ });
    const running = Number(records[0]?.get('running') ?? 0);
    if (running === 0) return;
    if (Date.now() > deadline) {
      log(`  (still ${running} statements running on the database after ${maxMs / 1000} s; measuring anyway)`);
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export async function runQueryBenchmark(options: QueryBenchOptions): Promise<QueryBenchResult> {
  const log = options.log ?? console.log;
  const servers: RunningServer[] = [];
  const driver = neo4j.driver(options.neo4j.uri, neo4j.auth.basic(options.neo4j.user, options.neo4j.password));
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-bench-floor-'));
  try {
    const wanted = (s: ServerName) => !options.servers?.length || options.servers.includes(s);
    const queries = benchQueries.filter((q) => !options.only?.length || options.only.includes(q.name));
    let captured: Record<string, CapturedQuery> = {};
    if (wanted('floor')) {
      // The floor's statements: the reads this API makes for each query, with their parameters.
      const db = openDatabase({ ...options.neo4j, database: undefined, external: true });
      try {
        captured = await captureReads(db, queries);
      } finally {
        await db.close();
      }
      fs.writeFileSync(path.join(scratch, 'reads.json'), JSON.stringify(captured));
    }
    if (wanted('policy-graph')) servers.push(await startServer('policy-graph', 'src/main.ts', 4310, options.neo4j, '/graphql'));
    if (wanted('neo4j-graphql')) servers.push(await startServer('neo4j-graphql', 'bench/query/neo4jGraphqlServer.ts', 4311, options.neo4j, '/'));
    if (wanted('floor')) servers.push(await startServer('floor', 'bench/query/floorServer.ts', 4312, options.neo4j, '/', { PG_BENCH_FLOOR_READS: path.join(scratch, 'reads.json') }));
    if (wanted('statement')) servers.push(await startServer('statement', 'bench/query/statementServer.ts', 4313, options.neo4j, '/'));
    const results: Measurement[] = [];
    // One warm-up of every query on every server first: otherwise whichever server is measured
    // first on a fresh database pays for Neo4j's JIT and plan caches warming up.
    for (const q of queries) {
      for (const server of servers) {
        const request = requestFor(server.name, q);
        if (request) await load(server.url, request.body, 16, options.warmup);
      }
    }
    await drained(driver, log);
    const answers: string[] = [];
    for (const q of queries) {
      const data: Partial<Record<ServerName, unknown>> = {};
      for (const server of servers) {
        const request = requestFor(server.name, q);
        if (request) data[server.name] = await check(server.url, request.body, `${server.name} ${q.name}`);
      }
      answers.push(compareAnswers(q, data));
      log(`  ${answers.at(-1)}`);
      const reads = captured[q.name];
      if (data.floor !== undefined && reads) {
        answers.push(floorCheck(q.name, reads, data.floor));
        log(`  ${answers.at(-1)}`);
      }
      const measured = servers.flatMap((server) => {
        const request = requestFor(server.name, q);
        return request ? [{ server, body: request.body }] : [];
      });
      for (const connections of options.concurrency) {
        for (const { server, body } of measured) await load(server.url, body, connections, options.warmup);
        await drained(driver, log);
        const rounds = new Map<ServerName, RoundMeasurement[]>(measured.map(({ server }) => [server.name, []]));
        for (let round = 0; round < (options.rounds ?? 3); round++) {
          // Each round starts one server further on, so that none always follows the same one.
          for (let k = 0; k < measured.length; k++) {
            const { server, body } = measured[(k + round) % measured.length] as (typeof measured)[number];
            const done = rounds.get(server.name) as RoundMeasurement[];
            // A server that answered nothing in a round (the library's shortest path at 10,000
            // documents) would answer nothing again, and only leave statements to drain.
            if (done.length > 0 && done.every((m) => m.requests <= m.errors)) continue;
            const r = await load(server.url, body, connections, options.duration);
            await drained(driver, log);
            const m: RoundMeasurement = { p50: r.latency.p50, p99: r.latency.p99, rps: r.requests.average, requests: r.requests.total, errors: r.errors + r.non2xx };
            done.push(m);
            log(`  ${q.name.padEnd(26)} ${server.name.padEnd(14)} c=${String(connections).padEnd(3)} round ${round + 1}  p50 ${m.p50} ms  p99 ${m.p99} ms  ${m.rps.toFixed(0)} req/s${m.errors ? `  ${m.errors} errors` : ''}`);
          }
        }
        for (const { server } of measured) results.push(summarise(q.name, server.name, connections, rounds.get(server.name) as RoundMeasurement[]));
      }
    }
    return { results, answers };
  } finally {
    for (const s of servers) s.process.kill('SIGTERM');
    await driver.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

const fmt = (x: number | undefined, digits = 1) => (x === undefined ? '–' : x.toFixed(digits));

/** Markdown tables with the ratios the targets are stated in. */
export function queryTables(results: Measurement[], concurrency: number[]): { markdown: string; ratios: Record<string, unknown>[] } {
  const get = (q: string, s: ServerName, c: number) => results.find((r) => r.query === q && r.server === s && r.concurrency === c);
  const lines: string[] = [];
  const ratios: Record<string, unknown>[] = [];
  for (const c of concurrency) {
    lines.push(`\n**Concurrency ${c}** (latency in ms and throughput in requests/s, each the median of its rounds; a ratio is the median of the per-round ratios, which follow in brackets)\n`);
    lines.push('| query | policy-graph p50 / p99 / req/s | @neo4j/graphql p50 / p99 / req/s | floor p50 / p99 / req/s | one statement p50 / p99 / req/s | req/s ours ÷ @neo4j/graphql | p99 ours ÷ floor | p99 ours ÷ one statement |');
    lines.push('|---|---|---|---|---|---|---|---|');
    for (const q of benchQueries) {
      const ours = get(q.name, 'policy-graph', c);
      const lib = get(q.name, 'neo4j-graphql', c);
      const floor = get(q.name, 'floor', c);
      const statement = get(q.name, 'statement', c);
      const vsLib = ours && lib ? pairedRatio(ours, lib, (m) => m.rps) : undefined;
      const vsFloor = ours && floor ? pairedRatio(ours, floor, (m) => m.p99) : undefined;
      const vsStatement = ours && statement ? pairedRatio(ours, statement, (m) => m.p99) : undefined;
      ratios.push({
        query: q.name,
        concurrency: c,
        rpsOursOverNeo4jGraphql: vsLib?.median ?? null,
        rpsOursOverNeo4jGraphqlPerRound: vsLib?.perRound ?? null,
        p99OursOverFloor: vsFloor?.median ?? null,
        p99OursOverFloorPerRound: vsFloor?.perRound ?? null,
        p99OursOverStatement: vsStatement?.median ?? null,
      });
      const cell = (m?: Measurement, expressible = true) => (m ? `${fmt(m.p50)} / ${fmt(m.p99)} / ${fmt(m.rps, 0)}` : expressible ? 'not measured' : 'not expressible');
      // The median of the per-round ratios, then the rounds themselves.
      const ratio = (x: { median: number; perRound: number[] } | undefined) =>
        x === undefined || !Number.isFinite(x.median) ? '–' : `${fmt(x.median, 2)}×${x.perRound.length > 1 ? ` (${x.perRound.map((r) => fmt(r, 2)).join(', ')})` : ''}`;
      lines.push(`| ${q.name} | ${cell(ours)} | ${cell(lib, q.neo4jGraphql !== null)} | ${cell(floor)} | ${cell(statement)} | ${ratio(vsLib)} | ${ratio(vsFloor)} | ${ratio(vsStatement)} |`);
    }
  }
  const notes = benchQueries.filter((q) => q.neo4jGraphqlNote).map((q) => `- ${q.name}: @neo4j/graphql ${q.neo4jGraphqlNote}.`);
  return { markdown: `${lines.join('\n')}\n\n${notes.join('\n')}\n`, ratios };
}

/** The targets of the issue, checked on one run: each line says met or missed. */
export function queryTargets(results: Measurement[]): string[] {
  const get = (q: string, s: ServerName, c: number) => results.find((r) => r.query === q && r.server === s && r.concurrency === c);
  const out: string[] = [];
  const rounds = (x: { perRound: number[] }) => (x.perRound.length > 1 ? `; per round ${x.perRound.map((r) => r.toFixed(2)).join(', ')}` : '');
  for (const q of ['nested-walk', 'collaborators']) {
    const ours = get(q, 'policy-graph', 16);
    const lib = get(q, 'neo4j-graphql', 16);
    if (!ours || !lib) continue;
    const x = pairedRatio(ours, lib, (m) => m.rps);
    out.push(`${x.median >= 1.5 ? 'met' : 'MISSED'}: ${q} at concurrency 16 is ${x.median.toFixed(2)}× the requests/s of @neo4j/graphql (target 1.5×${rounds(x)})`);
  }
  for (const q of benchQueries) {
    for (const c of [1, 16]) {
      const ours = get(q.name, 'policy-graph', c);
      const lib = get(q.name, 'neo4j-graphql', c);
      if (!ours || !lib) continue;
      const x = pairedRatio(ours, lib, (m) => m.rps);
      if (x.median < 1) out.push(`MISSED: ${q.name} at concurrency ${c} is slower than @neo4j/graphql (${x.median.toFixed(2)}×: ${ours.rps.toFixed(0)} vs ${lib.rps.toFixed(0)} req/s${rounds(x)})`);
    }
    const ours1 = get(q.name, 'policy-graph', 1);
    const floor1 = get(q.name, 'floor', 1);
    if (!ours1 || !floor1) continue;
    const x = pairedRatio(ours1, floor1, (m) => m.p99);
    out.push(`${x.median <= 2 ? 'met' : 'MISSED'}: ${q.name} p99 at concurrency 1 is ${x.median.toFixed(2)}× the floor (target ≤ 2×${rounds(x)})`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const neo4j = { uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'policy-graph-local' };
  const duration = Number(process.env.BENCH_DURATION ?? 3);
  const list = (v: string | undefined) => (v ? v.split(',').filter(Boolean) : []);
  const { results, answers } = await runQueryBenchmark({
    neo4j,
    duration,
    warmup: 2,
    rounds: Number(process.env.BENCH_ROUNDS ?? 3),
    concurrency: list(process.env.BENCH_CONCURRENCY).map(Number).length ? list(process.env.BENCH_CONCURRENCY).map(Number) : [1, 16],
    only: list(process.env.BENCH_ONLY),
    servers: list(process.env.BENCH_SERVERS) as ServerName[],
  });
  const { markdown } = queryTables(results, [1, 16]);
  console.log(markdown);
  for (const a of answers) console.log(a);
  for (const t of queryTargets(results)) console.log(t);
}
