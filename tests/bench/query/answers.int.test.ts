/**
 * The query benchmark measures one question three ways. Here each of its queries is asked of this
 * API, of @neo4j/graphql (in-process, with the benchmark's type definitions) and of the floor's
 * Cypher on the bundled corpus, and the three answers must agree as the benchmark checks them —
 * a query whose versions drift apart fails here, not in a 25-minute `npm run bench`.
 */
import { createRequire } from 'node:module';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchQueries } from '../../../bench/query/queries.js';
import { compareAnswers } from '../../../bench/query/run.js';
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
    // As the floor server runs it: plain numbers, not driver Integers.
    driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
    librarySchema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  });
  afterAll(async () => driver?.close());

  for (const q of benchQueries) {
    it(`${q.name}: the same answer from this API, @neo4j/graphql and the floor`, async () => {
      const ours = await suite.api.raw(q.ours.query, q.ours.variables);
      expect(ours.errors).toBeUndefined();
      const params = Object.fromEntries(Object.entries(q.floor.params).map(([k, v]) => [k, typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v]));
      const floor = (await driver.executeQuery(cypher(q.floor.cypher), params)).records.map((r) => r.toObject());
      const data: Record<string, unknown> = { 'policy-graph': ours.data, floor };
      if (q.neo4jGraphql) {
        const lib = await graphql({ schema: librarySchema, source: q.neo4jGraphql.query, variableValues: q.neo4jGraphql.variables, contextValue: {} });
        expect(lib.errors).toBeUndefined();
        data['neo4j-graphql'] = lib.data;
      }
      const verdict = compareAnswers(q, data);
      expect(verdict).toMatch(/^same answer/);
      expect(verdict).toContain(q.neo4jGraphql ? 'policy-graph, floor, neo4j-graphql' : 'policy-graph, floor');
    });
  }

  it('names the query and both answers when they differ', () => {
    const q = benchQueries.find((x) => x.name === 'stats')!;
    const stats = { districts: 30, departments: 41, projects: 183, indicators: 196, documents: 5 };
    expect(compareAnswers(q, { 'policy-graph': { stats }, floor: [{ ...stats, projects: 182 }] })).toMatch(/^ANSWERS DIFFER: stats: policy-graph .*"projects":183.* — floor .*"projects":182/);
    // An answer the reduction cannot read differs from every readable one.
    expect(compareAnswers(q, { 'policy-graph': { stats }, floor: [] })).toMatch(/^ANSWERS DIFFER: stats:/);
  });
});
