/**
 * Applies the database schema in cypher/schema (constraints, then indexes). Every statement is
 * idempotent (IF NOT EXISTS), so this runs before every import and by `npm run db:migrate`.
 * IF NOT EXISTS keeps an existing index as it is, so a full-text index whose options changed
 * (entity_names became eventually consistent) is dropped first and rebuilt from the graph.
 * Keys that newer indexes expect on older links (LOCATED_IN and MEASURES) are filled in after it.
 */
import { pathToFileURL } from 'node:url';
import { cypher, cypherStatements } from './cypher.js';
import { openDatabase, type Database } from './driver.js';

export const SCHEMA_FILES = ['schema/constraints', 'schema/indexes'] as const;
/** Fill in index keys on links written before the index existed (each returns `filled`). */
const BACKFILLS = ['schema/backfillLocatedInKeys', 'schema/backfillMeasuresKeys'] as const;
const BACKFILL_BATCH = 20_000;

/** The index configuration a CREATE FULLTEXT INDEX statement asks for, e.g. {'fulltext.analyzer': 'cjk'}. */
export function declaredFulltextConfig(statement: string): Record<string, string | boolean> {
  const config: Record<string, string | boolean> = {};
  for (const m of statement.matchAll(/`(fulltext\.[\w.]+)`\s*:\s*(?:'([^']*)'|(true|false))/g)) {
    config[m[1] as string] = m[2] ?? m[3] === 'true';
  }
  return config;
}

/** True when entity_names exists with options other than those indexes.cypher declares. */
async function entityNamesIndexIsStale(db: Database): Promise<boolean> {
  const statement = cypherStatements('schema/indexes').find((s) => /CREATE FULLTEXT INDEX entity_names\b/.test(s));
  if (!statement) return false;
  const result = await db.writeTx((tx) => tx.run(cypher('schema/fulltextIndexOptions'), { name: 'entity_names' }));
  const existing = result.records[0]?.get('config') as Record<string, unknown> | undefined;
  if (!existing) return false;
  return Object.entries(declaredFulltextConfig(statement)).some(([k, v]) => existing[k] !== v);
}

export async function migrate(db: Database): Promise<number> {
  let applied = 0;
  if (await entityNamesIndexIsStale(db)) {
    await db.writeTx((tx) => tx.run(cypher('schema/dropEntityNamesIndex')));
    applied += 1;
  }
  for (const file of SCHEMA_FILES) {
    for (const statement of cypherStatements(file)) {
      await db.writeTx((tx) => tx.run(statement));
      applied += 1;
    }
  }
  // In batches, each its own transaction: a large graph's links would not fit one.
  for (const backfill of BACKFILLS) {
    for (;;) {
      const result = await db.writeTx((tx) => tx.run(cypher(backfill), { batch: BACKFILL_BATCH }));
      if (Number(result.records[0]?.get('filled') ?? 0) === 0) break;
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
