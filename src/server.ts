/**
 * The HTTP server: Apollo Server 5 at /graphql (POSTs straight to Apollo, GETs through Express), an
 * offline GraphiQL for browsers, and /healthz on Express. `createServer` builds it without
 * listening, so tests run it in-process.
 */
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Logger } from 'pino';
import type { ServerConfig } from './config.js';
import { createContext, type Context } from './context.js';
import type { Database } from './db/driver.js';
import { formatError } from './errors.js';
import { graphiqlRouter } from './http/graphiql.js';
import { graphqlPost, isGraphqlPost } from './http/graphqlPost.js';
import { healthHandler } from './http/health.js';
import { limitProtection } from './limits.js';
import { requestLogger } from './logging.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs, schemaDir } from './schema.js';

/** The largest request body accepted (a query with its variables). */
const BODY_LIMIT = '100kb';

export interface PolicyGraphServer {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Listens on config.host:config.port (port 0 picks a free one); resolves to the base URL. */
  listen(): Promise<string>;
  stop(): Promise<void>;
}

export async function createServer(config: ServerConfig, db: Database, log: Logger): Promise<PolicyGraphServer> {
  const app = express();
  // POST /graphql skips Express (src/http/graphqlPost.ts); `serve` is set once Apollo has started.
  let serve: ((req: http.IncomingMessage, res: http.ServerResponse) => void) | null = null;
  const httpServer = http.createServer((req, res) => (serve && isGraphqlPost(req) ? serve(req, res) : app(req, res)));
  const limits = limitProtection();
  const apollo = new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    // The schema is public documentation (GraphiQL needs it), whatever NODE_ENV says.
    introspection: true,
    // The caller (main.ts) owns SIGINT/SIGTERM: Apollo's own handler would stop it a second time
    // and re-raise the signal, and shutdown then waited for the 15 s forced exit.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: config.development,
    formatError: formatError(config.development),
    validationRules: limits.validationRules,
    // No HTTP cache hints are set, so the cache-control plugin would only wrap every field resolver.
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestLogger(log), ...limits.plugins],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.get('/healthz', healthHandler(db));
  app.use(graphiqlRouter(path.resolve(schemaDir, '../docs/queries')));
  const context = async () => createContext(db, log, config.queryTimeoutMs);
  app.use('/graphql', express.json({ limit: BODY_LIMIT }), expressMiddleware(apollo, { context }));
  serve = graphqlPost(apollo, context, BODY_LIMIT);

  return {
    app,
    httpServer,
    apollo,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve(`http://${config.host}:${port}`);
        });
      }),
    stop: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
