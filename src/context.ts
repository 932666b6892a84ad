/** What every resolver receives: the database and the per-request loaders. */
import type { Logger } from 'pino';
import type { Database } from './db/driver.js';

export interface Context {
  db: Database;
  log: Logger;
}

export function createContext(db: Database, log: Logger): Context {
  return { db, log };
}
