/**
 * The floor: an HTTP endpoint that runs the same Cypher this API runs for a benchmark query — its
 * reads, with their parameters, recorded by capture.ts — through the API's own `db.read`
 * (neo4j-driver, the same driver settings), and returns the rows as JSON: no GraphQL at all.
 * POST {"name": "<query>"}. The captured reads come from the JSON file named by
 * PG_BENCH_FLOOR_READS (written by run.ts).
 */
import fs from 'node:fs';
import { databaseConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/driver.js';
import { replay, type CapturedQuery } from './capture.js';
import { serveNamedQueries } from './namedQueryServer.js';

// As src/main.ts does in production: no source-mapped stack traces (the driver makes one per query).
process.setSourceMapsEnabled(false);

const file = process.env.PG_BENCH_FLOOR_READS;
if (!file) throw new Error('PG_BENCH_FLOOR_READS must name the JSON file of captured reads (see bench/query/capture.ts)');
const captured = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, CapturedQuery>;
const db = openDatabase(databaseConfig());

serveNamedQueries(async (name) => {
  const q = captured[name];
  if (!q) throw new Error('unknown query');
  return { reads: await replay(db, q.waves) };
}, () => db.close());
