/**
 * The one Neo4j driver of a process, and the two ways the code talks through it: `read` (a read
 * transaction, which a cluster routes to a secondary) and `write` (the importer only). Every call
 * is counted so that tests can assert how many round-trips a GraphQL request made.
 */
import neo4j, { type Driver, type ManagedTransaction, type QueryResult, type RecordShape } from 'neo4j-driver';
import { databaseConfig, type DatabaseConfig } from '../config.js';
import { cypher } from './cypher.js';

export interface Database {
  driver: Driver;
  config: DatabaseConfig;
  /** Runs cypher/<name>.cypher in a read transaction. */
  read<R extends RecordShape = RecordShape>(name: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<QueryResult<R>>;
  /** Runs a unit of work in one write transaction (all or nothing). */
  writeTx<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T>;
  /** Number of database round-trips (transactions) made so far. */
  calls(): number;
  close(): Promise<void>;
}

export function openDatabase(config: DatabaseConfig = databaseConfig()): Database {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    // Fail fast while the database is away, so callers get a clear error instead of a hang;
    // the pool reconnects by itself once it is back.
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    maxTransactionRetryTime: 3_000,
    maxConnectionPoolSize: 50,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
    // Nothing reads the server's notifications (a property key no node has yet, a hint): left on,
    // Neo4j sends up to a dozen with every statement, and unpacking them cost more than the rows.
    notificationFilter: { minimumSeverityLevel: 'OFF' },
  });
  let calls = 0;
  const keepCallSites = process.env.NODE_ENV === 'development';
  const session = (mode: 'READ' | 'WRITE') =>
    driver.session({ defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE, ...(config.database ? { database: config.database } : {}) });

  return {
    driver,
    config,
    async read<R extends RecordShape = RecordShape>(name: string, params: Record<string, unknown> = {}, timeoutMs?: number) {
      calls += 1;
      // An auto-commit transaction in a READ session: one round trip (RUN+PULL) where a managed
      // transaction needs two (BEGIN+RUN+PULL, COMMIT); a cluster still routes it to a reader.
      // A read is safe to repeat, so one retry covers a transient error or a changed leader.
      const text = cypher(name);
      const config = timeoutMs ? { timeout: timeoutMs } : undefined;
      for (let attempt = 0; ; attempt++) {
        const s = session('READ');
        try {
          const started = process.env.PG_TRACE_READS ? performance.now() : 0;
          const result = await (keepCallSites ? s.run<R>(text, params, config) : withoutCallSite(() => s.run<R>(text, params, config)));
          if (started) console.error(`read ${name} ${(performance.now() - started).toFixed(2)} ms`);
          return result;
        } catch (err) {
          if (attempt > 0 || !isRetryable(err)) throw err;
        } finally {
          await s.close();
        }
      }
    },
    async writeTx(work, timeoutMs) {
      calls += 1;
      const s = session('WRITE');
      try {
        return await s.executeWrite(work, timeoutMs ? { timeout: timeoutMs } : undefined);
      } finally {
        await s.close();
      }
    },
    calls: () => calls,
    close: () => driver.close(),
  };
}

/**
 * The same database with a round-trip counter of its own: a request's context gets one, so that
 * its log line counts its own calls, not those of requests running beside it.
 */
export function withOwnCallCount(db: Database): Database {
  let calls = 0;
  return {
    driver: db.driver,
    config: db.config,
    read(name, params, timeoutMs) {
      calls += 1;
      return db.read(name, params, timeoutMs);
    },
    writeTx(work, timeoutMs) {
      calls += 1;
      return db.writeTx(work, timeoutMs);
    },
    calls: () => calls,
    close: () => db.close(),
  };
}

/**
 * Runs `start` (which must create the driver's Result synchronously) without a stack trace: the
 * driver captures and formats one for every statement, only to point a failed statement's error at
 * its caller, and that was 4 % of the API server's CPU under load. Outside development nothing
 * reads those stacks (errors leave the API as codes; see errors.ts), so reads skip them there.
 */
function withoutCallSite<T>(start: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return start();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function isRetryable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  // Not ServiceUnavailable: with the database away, a second try only delays the answer.
  return code === 'SessionExpired' || code.startsWith('Neo.TransientError');
}

/** True for errors that mean "the database cannot be reached", as opposed to a bad query. */
export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable' || /ECONNREFUSED|connection.*(closed|refused)/i.test(String((err as Error)?.message ?? ''));
}
