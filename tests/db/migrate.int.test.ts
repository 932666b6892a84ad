/**
 * migrate against a real Neo4j: an index created with older options is replaced, not kept; links
 * made before they carried page keys get them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { declaredFulltextConfig, migrate } from '../../src/db/migrate.js';
import { cypherStatements } from '../../src/db/cypher.js';
import { isPlacePage, readPlaceProjects, SORTED_LIST_MAX } from '../../src/db/queries.js';
import { projectFilter } from '../../src/filters.js';
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

  it('gives LOCATED_IN links made without page keys their keys, so the page of their place finds their projects', async () => {
    // Links as versions before located_in_page wrote them: no place, name or project on the link.
    await db.driver.executeQuery(`CREATE (d:District {id: 'dis_migratetest', name: '测试区'}),
      (:Project {id: 'prj_migratetest1', name: '测试乙项目'})-[:LOCATED_IN {documents: ['doc_x']}]->(d),
      (:Project {id: 'prj_migratetest2', name: '测试甲项目'})-[:LOCATED_IN {documents: ['doc_x']}]->(d)`);
    const page = async () => {
      const request = { ...projectFilter(undefined), within: ['dis_migratetest'], order: 'NAME', desc: false, after: null, count: false };
      // The page the API reads for a place (isPlacePage), from the located_in_page index.
      expect(isPlacePage(request)).toBe(true);
      const r = await readPlaceProjects.run(db, { requests: [request], limit: 5, prefetchLimit: 1, sortedListMax: SORTED_LIST_MAX });
      return r[0]?.page.map((item) => item.node.name);
    };
    // The index path sees no link without keys: the page is empty until migrate fills them in.
    expect(await page()).toEqual([]);
    await migrate(db);
    const keys = await db.driver.executeQuery("MATCH (p:Project)-[r:LOCATED_IN]->(:District {id: 'dis_migratetest'}) RETURN r.place AS place, r.name AS name, r.project AS project, p.id AS id, p.name AS projectName ORDER BY id");
    expect(keys.records.map((r) => [r.get('place'), r.get('name'), r.get('project')])).toEqual(
      keys.records.map((r) => ['dis_migratetest', r.get('projectName'), r.get('id')]),
    );
    // By name in code-point order, as every name sort of the API (乙 U+4E59 before 甲 U+7532).
    expect(await page()).toEqual(['测试乙项目', '测试甲项目']);
  });

  it('gives MEASURES links to projects made without position keys their keys, so a prefetched page finds their indicators', async () => {
    await db.driver.executeQuery(`CREATE (p:Project {id: 'prj_migratetest3', name: '测试丙项目'}),
      (:Indicator {id: 'ind_migratetest2', label: '投资', value: 2, documentId: 'doc_migratetest', start: 12})-[:MEASURES {documents: ['doc_migratetest']}]->(p),
      (:Indicator {id: 'ind_migratetest1', label: '面积', value: 1, documentId: 'doc_migratetest', start: 40})-[:MEASURES {documents: ['doc_migratetest']}]->(p),
      (:Indicator {id: 'ind_migratetest0', label: '人数', value: 3, documentId: 'doc_migratetest', start: 90})-[:MEASURES {documents: ['doc_migratetest']}]->(d:District {id: 'dis_migratetest2', name: '测试二区'}),
      (p)-[:LOCATED_IN {place: 'dis_migratetest2', name: '测试丙项目', project: 'prj_migratetest3'}]->(d)`);
    const indicators = async () => {
      const request = { ...projectFilter(undefined), within: ['dis_migratetest2'], order: 'NAME', desc: false, after: null, count: false,
        prefetch: { departments: false, provenance: false, details: false, indicators: 5, projectDetails: true, indicatorDetails: true } };
      const r = await readPlaceProjects.run(db, { requests: [request], limit: 5, prefetchLimit: 6, sortedListMax: SORTED_LIST_MAX });
      return r[0]?.page.map((item) => [item.node.name, item.indicators?.total, item.indicators?.page.map((x) => x.node.id)]);
    };
    // The total is the links' count; the page, read from the index, misses links without keys.
    expect(await indicators()).toEqual([['测试丙项目', 2, []]]);
    await migrate(db);
    // In text order (document, then start: not the order of ids); the district's indicator is no project's and keeps no keys.
    expect(await indicators()).toEqual([['测试丙项目', 2, ['ind_migratetest2', 'ind_migratetest1']]]);
    const districtLink = await db.driver.executeQuery("MATCH (:Indicator {id: 'ind_migratetest0'})-[r:MEASURES]->() RETURN r.subject AS subject");
    expect(districtLink.records[0]?.get('subject')).toBeNull();
  });
});
