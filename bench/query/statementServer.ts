/**
 * One statement: an HTTP endpoint that runs a query's hand-written Cypher statement (cypher/bench),
 * the whole answer in one round trip, through neo4j-driver and returns the rows as JSON — no
 * GraphQL at all. POST {"name": "<query>"}. A reference beside the floor (floorServer.ts, this
 * API's own statements): what one statement written for the one question costs.
 */
import neo4j from 'neo4j-driver';
import { cypher } from '../../src/db/cypher.js';
import { serveNamedQueries } from './namedQueryServer.js';
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

serveNamedQueries(async (name) => {
  const q = prepared.get(name);
  if (!q) throw new Error('unknown query');
  const result = await driver.executeQuery(q.text, q.params, { routing: neo4j.routing.READ });
  return result.records.map((r) => r.toObject());
}, () => driver.close());
