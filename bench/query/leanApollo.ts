/**
 * The lean-Apollo experiment (leanApolloServer.ts): this API, @neo4j/graphql and Apollo over one
 * hand-written statement, asked the nested walk and collaborators at concurrency 16, alternated
 * round by round so that the host's drift falls on all three alike. Prints each run's requests/s
 * and the server process's CPU per request (from /proc), then the medians.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7878 npx tsx bench/query/leanApollo.ts [rounds=3] [seconds=8] [queries]
 *
 * `queries` (comma-separated names from queries.ts, default nested-walk,collaborators) may name any
 * benchmark query the library can express: alternating rounds make the comparison with the library
 * robust to the host's drift, which one full run's single measurement per server is not. The lean
 * server answers the two default queries only, and joins the rounds of those.
 */
import fs from 'node:fs';
import { benchQueries } from './queries.js';
import { compareAnswers, load, median, startServer, type RunningServer } from './run.js';

const neo4j = { uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', user: process.env.NEO4J_USER ?? 'neo4j', password: process.env.NEO4J_PASSWORD ?? 'policy-graph-local' };
const rounds = Number(process.argv[2] ?? 3);
const seconds = Number(process.argv[3] ?? 8);
const LEAN = ['nested-walk', 'collaborators'];
const names = (process.argv[4] ?? LEAN.join(',')).split(',').filter(Boolean);

/** CPU time (user + system) of a process so far, in ms; Linux only. */
function cpuMs(pid: number): number {
  const fields = (fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

type Name = 'policy-graph' | 'neo4j-graphql' | 'lean-apollo';
const allServers: RunningServer<Name>[] = [];
try {
  allServers.push(await startServer('policy-graph', 'src/main.ts', 4310, neo4j, '/graphql'));
  allServers.push(await startServer('neo4j-graphql', 'bench/query/neo4jGraphqlServer.ts', 4311, neo4j, '/'));
  allServers.push(await startServer('lean-apollo', 'bench/query/leanApolloServer.ts', 4315, neo4j, '/graphql'));
  const results: { query: string; server: Name; rps: number; cpu: number }[] = [];
  const unknown = names.filter((n) => !benchQueries.some((b) => b.name === n && b.neo4jGraphql));
  if (unknown.length) throw new Error(`not a benchmark query the library can express: ${unknown.join(', ')}`);
  for (const q of benchQueries.filter((b) => names.includes(b.name))) {
    const servers = allServers.filter((s) => s.name !== 'lean-apollo' || LEAN.includes(q.name));
    // The lean server answers this API's own query text.
    const body = (s: Name) => {
      const op = s === 'neo4j-graphql' ? q.neo4jGraphql : q.ours;
      return JSON.stringify({ query: op?.query, variables: op?.variables ?? {} });
    };
    const data: Record<string, unknown> = {};
    for (const s of servers) data[s.name] = ((await (await fetch(s.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: body(s.name) })).json()) as { data?: unknown }).data;
    const same = compareAnswers(q, { 'policy-graph': data['policy-graph'], 'neo4j-graphql': data['neo4j-graphql'] });
    if (LEAN.includes(q.name)) {
      const lean = JSON.stringify(q.answer.ours(data['lean-apollo']));
      if (lean !== JSON.stringify(q.answer.ours(data['policy-graph']))) throw new Error(`lean-apollo answers ${q.name} differently from this API: ${lean.slice(0, 300)}`);
      console.log(`${same}; lean-apollo the same as policy-graph`);
    } else console.log(same);
    for (let round = 1; round <= rounds; round++) {
      for (const s of servers) {
        await load(s.url, body(s.name), 16, 2);
        const before = cpuMs(s.process.pid as number);
        const r = await load(s.url, body(s.name), 16, seconds);
        const cpu = (cpuMs(s.process.pid as number) - before) / r.requests.total;
        if (r.errors + r.non2xx > 0) throw new Error(`${s.name} ${q.name}: ${r.errors + r.non2xx} failed requests`);
        results.push({ query: q.name, server: s.name, rps: r.requests.average, cpu });
        console.log(`  round ${round} ${q.name.padEnd(14)} ${s.name.padEnd(14)} ${r.requests.average.toFixed(0).padStart(5)} req/s  server CPU ${cpu.toFixed(2)} ms/request`);
      }
    }
  }
  console.log('\n| query | server | req/s (median) | server CPU ms/request (median) | req/s ÷ @neo4j/graphql, per round |\n|---|---|---:|---:|---|');
  for (const query of [...new Set(results.map((r) => r.query))]) {
    const lib = results.filter((r) => r.query === query && r.server === 'neo4j-graphql');
    for (const s of allServers) {
      const mine = results.filter((r) => r.query === query && r.server === s.name);
      if (!mine.length) continue;
      const perRound = mine.map((m, i) => `${(m.rps / (lib[i]?.rps ?? NaN)).toFixed(2)}×`).join(', ');
      console.log(`| ${query} | ${s.name} | ${median(mine.map((m) => m.rps)).toFixed(0)} | ${median(mine.map((m) => m.cpu)).toFixed(2)} | ${perRound} |`);
    }
  }
} finally {
  for (const s of allServers) s.process.kill('SIGTERM');
}
