/**
 * The floor: an HTTP endpoint that runs the same Cypher this API runs for a benchmark query — its
 * reads, with their parameters, recorded by capture.ts — through the API's own `db.read`
 * (neo4j-driver, the same driver settings), and returns the rows as JSON: no GraphQL at all.
 * POST {"name": "<query>"}. The captured reads come from the JSON file named by
 * PG_BENCH_FLOOR_READS (written by run.ts).
 */
import fs from 'node:fs';
import http from 'node:http';
import { databaseConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/driver.js';
import { replay, type CapturedQuery } from './capture.js';

// As src/main.ts does in production: no source-mapped stack traces (the driver makes one per query).
process.setSourceMapsEnabled(false);

const file = process.env.PG_BENCH_FLOOR_READS;
if (!file) throw new Error('PG_BENCH_FLOOR_READS must name the JSON file of captured reads (see bench/query/capture.ts)');
const captured = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, CapturedQuery>;
const db = openDatabase(databaseConfig());

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    void (async () => {
      try {
        const q = captured[(JSON.parse(body) as { name: string }).name];
        if (!q) throw new Error('unknown query');
        const reads = await replay(db, q.waves);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { reads } }));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      }
    })();
  });
});
server.listen(Number(process.env.PORT ?? 4300), '127.0.0.1', () => console.log(`ready http://127.0.0.1:${process.env.PORT ?? 4300}/`));
const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
