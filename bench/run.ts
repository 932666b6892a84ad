/**
 * `npm run bench`: every benchmark in one run, on the project's own benchmark Neo4j (port 7887,
 * data in .neo4j/bench; never the main or test database):
 * 1. the query benchmark on the bundled corpus — this API, @neo4j/graphql, the raw-driver floor (the
 *    API's own Cypher) and one hand-written statement per query;
 * 2. the import benchmark at 100, 1,000 and 10,000 synthetic documents, then the query benchmark
 *    again on the 10,000-document graph with the bundled corpus added (latency must not grow with
 *    the corpus).
 * Results: bench/results/*.md and *.json (git-ignored). BENCH_DURATION (seconds per round, query,
 * server and concurrency; default 3), BENCH_ROUNDS (rounds, the servers alternated within each;
 * default 3) and BENCH_SIZES (default 100,1000,10000) shorten a run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { awaitSearchIndex, loadDocument, loadReference } from '../import/load.js';
import { processCorpus } from '../import/pipeline.js';
import { boltUri, projectRoot, runnerOptionsFromEnv, stop } from '../neo4j-runner/runner.js';
import { openDatabase } from '../src/db/driver.js';
import { migrate } from '../src/db/migrate.js';
import { defaultImportBenchmarkOptions, freshDatabase, runImportBenchmark } from './import.js';
import { queryTables, queryTargets, runQueryBenchmark, type Measurement, type Neo4jTarget } from './query/run.js';

const duration = Number(process.env.BENCH_DURATION ?? 3);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000').split(',').map(Number);
const concurrency = [1, 16];
const resultsDir = path.join(projectRoot, 'bench', 'results');
fs.mkdirSync(resultsDir, { recursive: true });

async function queryBenchmark(label: string, target: Neo4jTarget): Promise<Measurement[]> {
  console.log(`\n== Query benchmark: ${label} ==`);
  const { results, answers } = await runQueryBenchmark({ neo4j: target, duration, warmup: 2, rounds, concurrency });
  const { markdown, ratios } = queryTables(results, concurrency);
  const targets = queryTargets(results);
  const header = `# Query benchmark: ${label}\n\n${new Date().toISOString()} · ${os.availableParallelism()} CPUs · load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} · ${rounds} rounds of ${duration} s per query, server and concurrency, the servers alternated within each round, after a warm-up\n`;
  const file = label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  fs.writeFileSync(path.join(resultsDir, `query-${file}.md`), `${header}${markdown}\n## Same answers\n\n${answers.map((a) => `- ${a}`).join('\n')}\n\n## Targets\n\n${targets.map((t) => `- ${t}`).join('\n')}\n`);
  fs.writeFileSync(path.join(resultsDir, `query-${file}.json`), `${JSON.stringify({ label, duration, rounds, concurrency, results, ratios, answers, targets }, null, 2)}\n`);
  console.log(markdown);
  for (const a of answers) console.log(a);
  for (const t of targets) console.log(t);
  return results;
}

// 1. The bundled corpus.
const options = defaultImportBenchmarkOptions();
const runner = runnerOptionsFromEnv({ port: options.port, home: options.home });
// An empty database: the folder is deleted rather than the graph (a 10,000-document graph from an
// earlier run has nodes with tens of thousands of relationships, too many to delete in one go).
await freshDatabase(runner, () => {});
const target = { uri: boltUri(runner), user: 'neo4j', password: runner.password };
const db = openDatabase({ ...target, database: undefined, external: true });
try {
  await migrate(db);
  await loadReference(db);
  for (const doc of processCorpus(path.join(projectRoot, 'import', 'corpus')).documents) await loadDocument(db, doc);
  await awaitSearchIndex(db);
} finally {
  await db.close();
}
await queryBenchmark('bundled corpus', target);
await stop(runner, () => {});

// 2. Import at scale, then the queries on the largest graph.
const largest = Math.max(...sizes);
await runImportBenchmark({
  sizes,
  afterImport: async (size, database) => {
    if (size !== largest) return;
    // The query set names entities of the bundled corpus (海淀区民政局, 自行车专用路…): its five
    // documents go in too, so that every query finds what it asks for in the large graph.
    const large = openDatabase({ ...database, database: undefined, external: true });
    try {
      for (const doc of processCorpus(path.join(projectRoot, 'import', 'corpus')).documents) await loadDocument(large, doc);
      await awaitSearchIndex(large);
    } finally {
      await large.close();
    }
    await queryBenchmark(`${size} documents and the bundled corpus`, database);
  },
});
console.log(`\nAll results in ${resultsDir}`);
