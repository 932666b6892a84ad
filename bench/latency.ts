/**
 * `npm run bench:latency -- [--url URL] [--iterations N] [--warmup N]`: p50/p99 latency of five
 * representative GraphQL queries against a running server (it starts nothing), one request at a
 * time (concurrency 1). Each query is checked to answer without errors before it is timed.
 */
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000/graphql' },
    iterations: { type: 'string', default: '200' },
    warmup: { type: 'string', default: '20' },
  },
});
const url = values.url as string;
const iterations = Number(values.iterations);
const warmup = Number(values.warmup);

interface Bench {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

async function post(query: string, variables?: Record<string, unknown>): Promise<{ data?: Record<string, unknown>; errors?: { message: string }[] }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: Record<string, unknown>; errors?: { message: string }[] };
}

/** Ids for the path query, looked up by name (so the bench works on any import of the corpus). */
async function ids(): Promise<{ from: string; to: string }> {
  const r = await post('{ from: department(name: "北京市发展和改革委员会") { id } to: project(name: "海淀食堂") { id } }');
  const from = (r.data?.from as { id: string } | null)?.id;
  const to = (r.data?.to as { id: string } | null)?.id;
  if (!from || !to) throw new Error(`could not look up the path ends: ${JSON.stringify(r)}`);
  return { from, to };
}

function percentile(sorted: number[], p: number): number {
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

async function main() {
  const path = await ids();
  const district = (await post('{ district(name: "海淀区") { id } }')).data?.district as { id: string } | null;
  if (!district) throw new Error('海淀区 not found: is the corpus imported?');

  const benches: Bench[] = [
    {
      name: 'search 海淀區 (full-text, highlight)',
      query: 'query($q: String!) { search(query: $q, first: 20) { score type highlight node { id name } } }',
      variables: { q: '海淀區' },
    },
    {
      name: 'department: LEAD projects + collaborators',
      query: `query { department(name: "海淀区民政局") { name district { name }
        projects(role: LEAD) { totalCount edges { role node { name status } evidence { quote } } }
        collaborators { sharedProjects department { name } projects { name } } } }`,
    },
    {
      name: 'projects in 海淀区, nested (first: 20)',
      query: `query($d: ID!) { projects(where: { district: $d }, first: 20) { totalCount pageInfo { endCursor hasNextPage }
        nodes { name status districts { name } departments { role department { name } } indicators(first: 3) { nodes { label value unit } } } } }`,
      variables: { d: district.id },
    },
    {
      name: 'indicators: 2025 targets by value',
      query: `query { indicators(where: { kind: TARGET, year: { eq: 2025 } }, orderBy: { field: NORMALIZED_VALUE, direction: DESC }, first: 20) {
        totalCount nodes { label value unit normalizedValue subject { name } document { title } mention { quote } } } }`,
    },
    {
      name: 'shortestPath 市发改委 → 海淀食堂',
      query: 'query($from: ID!, $to: ID!) { shortestPath(from: $from, to: $to) { length steps { from { id } relationship to { id } } } }',
      variables: path,
    },
  ];

  console.log(`${url}: ${iterations} requests per query after ${warmup} warm-up, concurrency 1`);
  const rows: { query: string; p50: number; p99: number; mean: number }[] = [];
  for (const b of benches) {
    const check = await post(b.query, b.variables);
    if (check.errors) throw new Error(`${b.name}: ${check.errors.map((e) => e.message).join('; ')}`);
    for (let i = 0; i < warmup; i++) await post(b.query, b.variables);
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t = process.hrtime.bigint();
      await post(b.query, b.variables);
      times.push(Number(process.hrtime.bigint() - t) / 1e6);
    }
    times.sort((x, y) => x - y);
    rows.push({ query: b.name, p50: percentile(times, 50), p99: percentile(times, 99), mean: times.reduce((s, x) => s + x, 0) / times.length });
  }
  const width = Math.max(...rows.map((r) => r.query.length));
  console.log(`\n${'query'.padEnd(width)}  ${'p50 ms'.padStart(8)}  ${'p99 ms'.padStart(8)}  ${'mean ms'.padStart(8)}`);
  for (const r of rows) console.log(`${r.query.padEnd(width)}  ${r.p50.toFixed(1).padStart(8)}  ${r.p99.toFixed(1).padStart(8)}  ${r.mean.toFixed(1).padStart(8)}`);
}

main().catch((err: unknown) => {
  console.error(`bench:latency failed: ${(err as Error).message} (is the server running at ${url}?)`);
  process.exitCode = 1;
});
