/** `npm run db:start | db:stop | db:status` — the project's own Neo4j on 127.0.0.1. */
import { Command } from 'commander';
import { boltAnswers, RunnerError, runnerOptionsFromEnv, start, status, stop } from './runner.js';

const program = new Command('db').description("Manage the project's own Neo4j (embedded Community 5.26, Bolt on 127.0.0.1)");

function external(): string | undefined {
  return process.env.NEO4J_URI;
}

async function run(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (err) {
    if (err instanceof RunnerError) {
      console.error(`db: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
}

program
  .command('start')
  .description('start Neo4j (idempotent); returns once Bolt answers and prints the URI')
  .option('--port <port>', 'Bolt port (default PG_NEO4J_PORT or 7687)')
  .option('--home <dir>', 'data folder (default PG_NEO4J_HOME or .neo4j/main)')
  .action((opts: { port?: string; home?: string }) =>
    run(async () => {
      const uri = external();
      if (uri) {
        const ok = await boltAnswers(uri, process.env.NEO4J_PASSWORD ?? '', process.env.NEO4J_USER ?? 'neo4j');
        console.log(`NEO4J_URI is set: using ${uri} (${ok ? 'reachable' : 'NOT reachable'}); nothing to start.`);
        if (!ok) process.exit(1);
        return;
      }
      const o = runnerOptionsFromEnv({ ...(opts.port ? { port: Number(opts.port) } : {}), ...(opts.home ? { home: opts.home } : {}) });
      const result = await start(o);
      console.log(result.alreadyRunning ? `Neo4j is already running (pid ${result.pid}).` : `Neo4j is up (pid ${result.pid}).`);
      console.log(result.uri);
    }),
  );

program
  .command('stop')
  .description('stop Neo4j and wait for it to exit')
  .option('--home <dir>', 'data folder (default PG_NEO4J_HOME or .neo4j/main)')
  .action((opts: { home?: string }) =>
    run(async () => {
      const o = runnerOptionsFromEnv(opts.home ? { home: opts.home } : {});
      console.log((await stop(o)) ? 'Neo4j stopped.' : 'Neo4j is not running.');
    }),
  );

program
  .command('status')
  .description('report whether Neo4j runs and Bolt answers; exit 0 when it does, 3 when not')
  .option('--home <dir>', 'data folder (default PG_NEO4J_HOME or .neo4j/main)')
  .action((opts: { home?: string }) =>
    run(async () => {
      const uri = external();
      if (uri) {
        const ok = await boltAnswers(uri, process.env.NEO4J_PASSWORD ?? '', process.env.NEO4J_USER ?? 'neo4j');
        console.log(`external database ${uri}: ${ok ? 'reachable' : 'NOT reachable'}`);
        process.exit(ok ? 0 : 3);
      }
      const s = await status(runnerOptionsFromEnv(opts.home ? { home: opts.home } : {}));
      if (s.running) console.log(`running (pid ${s.pid}) at ${s.uri}, Bolt ${s.boltAnswers ? 'answers' : 'does NOT answer'}; data in ${s.home}`);
      else console.log(`not running (data folder ${s.home})`);
      process.exit(s.running && s.boltAnswers ? 0 : 3);
    }),
  );

await program.parseAsync();
