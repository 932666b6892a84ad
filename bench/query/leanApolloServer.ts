/**
 * An experiment, not part of `npm run bench`: how fast can a GraphQL layer be over one statement?
 * Apollo Server 5 on Express (as src/server.ts, without this API's plugins, limits, DataLoaders or
 * look-ahead), with a schema just wide enough to answer this API's own text of two benchmark
 * queries — the nested walk and collaborators (queries.ts) — each from its one hand-written
 * statement (cypher/bench/nestedWalk.cypher, collaborators.cypher). It answers only those two
 * questions (the statements fix the 5 indicators of the nested walk), so it measures what the
 * GraphQL layer itself costs when the database work is one purpose-written round trip: the
 * bundled-corpus gap between this API and @neo4j/graphql is then the API's own machinery, not
 * GraphQL's (docs/PERFORMANCE.md, "Why the bundled corpus misses").
 *
 *   NEO4J_URI=bolt://127.0.0.1:7878 PORT=4315 npx tsx bench/query/leanApolloServer.ts
 *   npx tsx bench/query/leanApollo.ts   # starts it beside this API and the library, and compares
 */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import neo4j from 'neo4j-driver';
import { openDatabase } from '../../src/db/driver.js';

// As src/main.ts does in production.
process.setSourceMapsEnabled(false);

const db = openDatabase({
  uri: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687',
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'policy-graph-local',
  database: undefined,
  external: true,
});

const typeDefs = `#graphql
  type Query { node(id: ID!): Node  department(name: String!): Department }
  interface Node { id: ID! }
  type District implements Node { id: ID!  name: String  projects(first: Int): ProjectConnection }
  type ProjectConnection { nodes: [Project!]! }
  type Project { name: String  departments: [ProjectDepartment!]!  indicators(first: Int): IndicatorConnection }
  type ProjectDepartment { role: String  department: Department }
  type Department { name: String  collaborators(first: Int): [Collaboration!]! }
  type Collaboration { sharedProjects: Int  department: Department  projects: [Project!]! }
  type IndicatorConnection { nodes: [Indicator!]! }
  type Indicator { label: String  value: Float  unit: String }
`;

interface WalkRow {
  district: string;
  projects: { name: string; departments: { role: string | null; name: string }[]; indicators: { label: string; value: number; unit: string }[] }[];
}

const resolvers = {
  Node: { __resolveType: () => 'District' },
  Query: {
    // The district and its page in one statement: the walk's whole answer is read here.
    node: async (_: unknown, { id }: { id: string }) => {
      const row = (await db.read('bench/nestedWalk', { district: id, first: neo4j.int(20) })).records[0]?.toObject() as WalkRow | undefined;
      if (!row) return null;
      return {
        id,
        name: row.district,
        projects: {
          nodes: row.projects.map((p) => ({
            name: p.name,
            departments: p.departments.map((d) => ({ role: d.role, department: { name: d.name } })),
            indicators: { nodes: p.indicators },
          })),
        },
      };
    },
    department: async (_: unknown, { name }: { name: string }) => {
      const rows = (await db.read('bench/collaborators', { name, first: neo4j.int(10) })).records.map((r) => r.toObject() as { name: string; sharedProjects: number; projects: string[] });
      return { name, collaborators: rows.map((r) => ({ sharedProjects: r.sharedProjects, department: { name: r.name }, projects: r.projects.map((p) => ({ name: p })) })) };
    },
  },
};

const app = express();
const httpServer = http.createServer(app);
const apollo = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()] });
await apollo.start();
app.disable('x-powered-by');
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));
const port = Number(process.env.PORT ?? 4315);
httpServer.listen(port, '127.0.0.1', () => console.log(`ready http://127.0.0.1:${port}/graphql`));
const stop = () => void apollo.stop().then(() => db.close()).then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
