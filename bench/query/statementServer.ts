/**
 * One statement: an HTTP endpoint that runs a query's hand-written Cypher statement (cypher/bench),
 * the whole answer in one round trip, through neo4j-driver and returns the rows as JSON — no
 * GraphQL at all. POST {"name": "<query>"}. A reference beside the floor (floorServer.ts, this
 * API's own statements): what one statement written for the one question costs.
 */
import http from 'node:http';
import neo4j from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { benchQueries } from './queries.js';

// As src/main.ts does in production: no source-mapped stack traces (the driver makes one per query).
process.setSourceMapsEnabled(false);

const driver = neo4j.driver(process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687', neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'policy-graph-local'), {
  disableLosslessIntegers: true,
  maxConnectionPoolSize: 50,
});
const prepared = new Map(
  benchQueries.map((q) => [
    q.name,
    {
      text: cypher(q.statement.cypher),
      params: Object.fromEntries(Object.entries(q.statement.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v])),
    },
  ]),
);

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString()));
  req.on('end', () => {
    void (async () => {
      try {
        const q = prepared.get((JSON.parse(body) as { name: string }).name);
        if (!q) throw new Error('unknown query');
        const result = await driver.executeQuery(q.text, q.params, { routing: neo4j.routing.READ });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
      } catch (err) {
        res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [{ message: (err as Error).message }] }));
      }
    })();
  });
});
server.listen(Number(process.env.PORT ?? 4300), '127.0.0.1', () => console.log(`ready http://127.0.0.1:${process.env.PORT ?? 4300}/`));
const stop = () => server.close(() => void driver.close().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
