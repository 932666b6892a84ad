/** The integration tests' database, and a guarded reset. */
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/driver.js';
import { migrate } from '../../src/db/migrate.js';

export function testDatabase(): Database {
  const { uri, user, password } = inject('neo4j');
  return openDatabase({ uri, user, password, database: undefined, external: true });
}

const MARKER = 'PolicyGraphTestDatabase';

/**
 * Empties the graph and applies the schema. Refuses to wipe a database that holds data but was
 * never marked as a test database, so a mistyped PG_TEST_NEO4J_URI cannot destroy a real graph.
 */
export async function resetGraph(db: Database): Promise<void> {
  const check = await db.driver.executeQuery(`MATCH (n) WITH count(n) AS nodes OPTIONAL MATCH (m:${MARKER}) RETURN nodes, count(m) AS marked`);
  const row = check.records[0];
  if (row && Number(row.get('nodes')) > 0 && Number(row.get('marked')) === 0) {
    throw new Error(`refusing to wipe ${db.config.uri}: it holds data and is not marked as a test database (:${MARKER})`);
  }
  // CALL … IN TRANSACTIONS needs an implicit (auto-commit) transaction: session.run, not executeQuery.
  const session = db.driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
  await db.driver.executeQuery(`CREATE (:${MARKER})`);
  await migrate(db);
}
