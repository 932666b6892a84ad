/**
 * The query benchmark measures one question several ways. Here each of its queries is asked of
 * this API, of @neo4j/graphql (in-process, with the benchmark's type definitions) and of the
 * hand-written statement's Cypher on the bundled corpus, and the answers must agree as the
 * benchmark checks them — a query whose versions drift apart fails here, not in a 25-minute
 * `npm run bench`. The floor replays the API's own reads: replaying them must read the same rows.
 */
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureReads, replay, type CapturedQuery } from '../../../bench/query/capture.js';
import { benchQueries } from '../../../bench/query/queries.js';
import { compareAnswers, floorCheck } from '../../../bench/query/run.js';
import { typeDefs } from '../../../bench/query/neo4jGraphqlTypeDefs.js';
import { cypher } from '../../../src/db/cypher.js';
import { useImportedApi } from '../../support/corpus.js';

// @neo4j/graphql builds its schema with graphql's CommonJS build; executing it with the ES module
// build vitest would import fails graphql's one-copy check. Node itself loads the CommonJS one.
const { graphql } = createRequire(import.meta.url)('graphql') as typeof import('graphql');

describe('benchmark queries', () => {
  const suite = useImportedApi();
  let driver: Driver;
  let librarySchema: GraphQLSchema;
  beforeAll(async () => {
    const { uri, user, password } = suite.db.config;
    // As the statement server runs it: plain numbers, not driver Integers.
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    librarySchema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  });
  afterAll(async () => driver?.close());

  for (const q of benchQueries) {
    it(`${q.name}: the same answer from this API, @neo4j/graphql and the hand-written statement`, async () => {
      const ours = await suite.api.raw(q.ours.query, q.ours.variables);
      expect(ours.errors).toBeUndefined();
      const params = Object.fromEntries(Object.entries(q.statement.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
      const statement = (await driver.executeQuery(cypher(q.statement.cypher), params)).records.map((r) => r.toObject());
      const data: Record<string, unknown> = { 'policy-graph': ours.data, statement };
      if (q.neo4jGraphql) {
        const lib = await graphql({ schema: librarySchema, source: q.neo4jGraphql.query, variableValues: q.neo4jGraphql.variables, contextValue: {} });
        expect(lib.errors).toBeUndefined();
        data['neo4j-graphql'] = lib.data;
      }
      const verdict = compareAnswers(q, data);
      expect(verdict).toMatch(/^same answer/);
      expect(verdict).toContain(q.neo4jGraphql ? 'policy-graph, statement, neo4j-graphql' : 'policy-graph, statement');
    });
  }

  describe('the floor', () => {
    let captured: Record<string, CapturedQuery>;
    beforeAll(async () => {
      captured = await captureReads(suite.db, benchQueries);
    });

    it('captures the reads the API makes, as many as it counts, from cypher/read', async () => {
      for (const q of benchQueries) {
        const before = suite.db.calls();
        expect((await suite.api.raw(q.ours.query, q.ours.variables)).errors).toBeUndefined();
        const reads = captured[q.name]!.waves.flat();
        expect(reads.length, q.name).toBe(suite.db.calls() - before);
        for (const r of reads) expect(r.name, q.name).toMatch(/^read\//);
      }
      // The nested walk reads the district with its page, in one statement.
      expect(captured['nested-walk']!.waves.map((w) => w.map((r) => r.name))).toEqual([['read/districtsWithProjects']]);
    });

    it('replays them to the same rows, and says so', async () => {
      for (const q of benchQueries) {
        const c = captured[q.name]!;
        const reads = JSON.parse(JSON.stringify(await replay(suite.db, c.waves)));
        expect(floorCheck(q.name, c, { reads })).toMatch(/^floor replays the API's \d+ reads? in \d+ waves?, same rows/);
      }
      // Rows that differ are named.
      const c = captured.stats!;
      expect(floorCheck('stats', c, { reads: [[{ stats: 'other' }]] })).toMatch(/^FLOOR ROWS DIFFER: stats:/);
    });
  });

  it('names the query and both answers when they differ', () => {
    const q = benchQueries.find((x) => x.name === 'stats')!;
    const stats = { districts: 30, departments: 41, projects: 183, indicators: 196, documents: 5 };
    expect(compareAnswers(q, { 'policy-graph': { stats }, statement: [{ ...stats, projects: 182 }] })).toMatch(/^ANSWERS DIFFER: stats: policy-graph .*"projects":183.* — statement .*"projects":182/);
    // An answer the reduction cannot read differs from every readable one.
    expect(compareAnswers(q, { 'policy-graph': { stats }, statement: [] })).toMatch(/^ANSWERS DIFFER: stats:/);
  });
});
