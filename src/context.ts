/** What every resolver receives: the database, the request's loaders and its query timeout. */
import type { Logger } from 'pino';
import { withOwnCallCount, type Database } from './db/driver.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  /** The database, counting this request's round trips (`db.calls()`) only. */
  db: Database;
  log: Logger;
  /** DataLoaders of this request only (batching by id; nothing is cached across requests). */
  loaders: Loaders;
  /** Transaction timeout of every database read of this request, milliseconds. */
  timeoutMs: number;
}

export const DEFAULT_QUERY_TIMEOUT_MS = 10_000;

export function createContext(db: Database, log: Logger, timeoutMs: number = DEFAULT_QUERY_TIMEOUT_MS): Context {
  const requestDb = withOwnCallCount(db);
  return { db: requestDb, log, loaders: createLoaders(requestDb, timeoutMs), timeoutMs };
}
