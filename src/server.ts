/**
 * The HTTP server: Apollo Server 5 on Express at /graphql, an offline GraphiQL for browsers, and
 * /healthz. `createServer` builds it without listening, so tests run it in-process.
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
import { healthHandler } from './http/health.js';
import { limitProtection } from './limits.js';
import { requestLogger } from './logging.js';
import { resolvers } from './resolvers.js';
import { loadTypeDefs, schemaDir } from './schema.js';

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
  const httpServer = http.createServer(app);
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
  app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo, { context: async () => createContext(db, log, config.queryTimeoutMs) }));

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
