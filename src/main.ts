/** `npm run serve`: the GraphQL API over the policy graph, until SIGINT/SIGTERM. */
import { databaseConfig, serverConfig } from './config.js';
import { isUnavailable, openDatabase } from './db/driver.js';
import { schemaProblems } from './db/schemaCheck.js';
import { createLogger } from './logging.js';
import { createServer } from './server.js';

const log = createLogger();
const config = serverConfig();
// tsx turns on source-mapped stack traces; the Neo4j driver builds a stack trace for every query,
// and mapping it cost ~60 µs a query (7 % of the server's CPU under load). Development keeps them.
if (!config.development) process.setSourceMapsEnabled(false);
const db = openDatabase(databaseConfig());

// A graph written by an older version would answer some pages with items missing: refuse it.
// A database that is away is not refused: the API reports it per request until it is back.
try {
  const problems = await schemaProblems(db);
  if (problems.length > 0) {
    log.fatal({ problems, database: db.config.uri }, `the graph's schema is older than this server (${problems.join('; ')}): run \`npm run db:migrate\` (or an import), then start again`);
    await db.close();
    process.exit(1);
  }
} catch (err) {
  if (!isUnavailable(err)) throw err;
  log.warn({ database: db.config.uri }, 'database unreachable at start: its schema is not checked');
}
const server = await createServer(config, db, log);

try {
  const url = await server.listen();
  log.info({ url: `${url}/graphql`, database: db.config.uri }, `policy-graph API ready at ${url}/graphql`);
} catch (err) {
  log.fatal({ err }, `could not listen on ${config.host}:${config.port}`);
  await db.close();
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 15_000).unref();
    void (async () => {
      await server.stop();
      await db.close();
      clearTimeout(force);
      log.info('stopped');
      process.exit(0);
    })();
  });
}
