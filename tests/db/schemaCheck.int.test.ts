/** The server's start-up check: a graph behind this code's schema is named, a current one passes. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { migrate } from '../../src/db/migrate.js';
import { declaredIndexNames, schemaProblems } from '../../src/db/schemaCheck.js';
import { resetGraph, testDatabase } from '../support/database.js';

describe('schema check', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => db?.close());

  it('knows the indexes the schema declares', () => {
    expect(declaredIndexNames()).toEqual(expect.arrayContaining(['entity_names', 'located_in_page', 'measures_position', 'project_name']));
  });

  it('passes a migrated graph, names a missing index and links without keys, and passes again after migrate', async () => {
    await db.driver.executeQuery(`CREATE (d:District {id: 'dis_checktest', name: '检查区'}),
      (p:Project {id: 'prj_checktest', name: '检查项目'})-[:LOCATED_IN {place: 'dis_checktest', name: '检查项目', project: 'prj_checktest'}]->(d),
      (:Indicator {id: 'ind_checktest', documentId: 'doc_checktest', start: 3})-[:MEASURES {subject: 'prj_checktest', documentId: 'doc_checktest', start: 3, indicator: 'ind_checktest'}]->(p)`);
    expect(await schemaProblems(db)).toEqual([]);

    // As an older version left it: no page index, a link without keys of each kind.
    await db.driver.executeQuery('DROP INDEX located_in_page');
    await db.driver.executeQuery(`MATCH (p:Project {id: 'prj_checktest'}), (d:District {id: 'dis_checktest'})
      CREATE (q:Project {id: 'prj_checktest2', name: '检查二项目'})-[:LOCATED_IN]->(d), (:Indicator {id: 'ind_checktest2', documentId: 'doc_checktest', start: 9})-[:MEASURES]->(p)`);
    const problems = await schemaProblems(db);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/located_in_page does not exist/);
    expect(problems.join('\n')).toMatch(/LOCATED_IN links without/);
    expect(problems.join('\n')).toMatch(/MEASURES links to projects without/);

    await migrate(db);
    expect(await schemaProblems(db)).toEqual([]);
  });
});
