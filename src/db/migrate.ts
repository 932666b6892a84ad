/**
 * Applies the database schema in cypher/schema (constraints, then indexes). Every statement is
 * idempotent (IF NOT EXISTS), so this runs before every import and by `npm run db:migrate`.
 */
import { pathToFileURL } from 'node:url';
import { cypherStatements } from './cypher.js';
import { openDatabase, type Database } from './driver.js';

export const SCHEMA_FILES = ['schema/constraints', 'schema/indexes'] as const;

export async function migrate(db: Database): Promise<number> {
  let applied = 0;
  for (const file of SCHEMA_FILES) {
    for (const statement of cypherStatements(file)) {
      await db.writeTx((tx) => tx.run(statement));
      applied += 1;
    }
  }
  await db.writeTx((tx) => tx.run('CALL db.awaitIndexes(120)'));
  return applied;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const db = openDatabase();
  try {
    const n = await migrate(db);
    console.log(`schema up to date (${n} statements applied idempotently) on ${db.config.uri}`);
  } catch (err) {
    console.error(`db:migrate failed on ${db.config.uri}: ${(err as Error).message}`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}
