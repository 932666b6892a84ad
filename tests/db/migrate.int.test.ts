/** migrate against a real Neo4j: an index created with older options is replaced, not kept. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { declaredFulltextConfig, migrate } from '../../src/db/migrate.js';
import { cypherStatements } from '../../src/db/cypher.js';
import { resetGraph, testDatabase } from '../support/database.js';

async function entityNamesConfig(db: Database): Promise<Record<string, unknown> | undefined> {
  const r = await db.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'entity_names' RETURN options.indexConfig AS config");
  return r.records[0]?.get('config') as Record<string, unknown> | undefined;
}

describe('migrate', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => db?.close());

  it('reads the options a full-text index statement declares', () => {
    const statement = cypherStatements('schema/indexes').find((s) => s.includes('entity_names')) ?? '';
    expect(declaredFulltextConfig(statement)).toEqual({ 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': true });
  });

  it('replaces entity_names when it was created with other options, and search still finds names', async () => {
    expect((await entityNamesConfig(db))?.['fulltext.eventually_consistent']).toBe(true);
    // The index as earlier versions created it: updated inside every transaction.
    await db.driver.executeQuery('DROP INDEX entity_names');
    await db.driver.executeQuery(
      "CREATE FULLTEXT INDEX entity_names FOR (n:District|Department|Project) ON EACH [n.name, n.searchText, n.searchPinyin] OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } }",
    );
    await db.driver.executeQuery("CREATE (:Department {id: 'dep_migratetest', name: '北京市测试局', searchText: ' 北京市测试局'})");
    expect((await entityNamesConfig(db))?.['fulltext.eventually_consistent']).toBe(false);

    await migrate(db);
    expect((await entityNamesConfig(db))?.['fulltext.eventually_consistent']).toBe(true);
    await db.driver.executeQuery('CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()');
    const found = await db.driver.executeQuery("CALL db.index.fulltext.queryNodes('entity_names', '测试') YIELD node RETURN node.id AS id");
    expect(found.records.map((r) => r.get('id'))).toContain('dep_migratetest');

    // Once current, migrating again leaves the index alone.
    const before = await db.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, id WHERE name = 'entity_names' RETURN id");
    await migrate(db);
    const after = await db.driver.executeQuery("SHOW FULLTEXT INDEXES YIELD name, id WHERE name = 'entity_names' RETURN id");
    expect(after.records[0]?.get('id')).toEqual(before.records[0]?.get('id'));
  });
});
