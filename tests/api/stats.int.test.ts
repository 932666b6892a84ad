import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { StatsDocument } from '../generated/operations.generated.js';
import { startApi, type TestApi } from '../support/api.js';
import { resetGraph, testDatabase } from '../support/database.js';

describe('Query.stats', () => {
  let db: Database;
  let api: TestApi;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
    api = await startApi(db);
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('counts nodes per label and relationships per type from the database', async () => {
    const before = await api.request(StatsDocument);
    expect(before.errors).toBeUndefined();
    expect(before.data?.stats.districts).toBe(0);

    await db.driver.executeQuery(
      `CREATE (a:District {id: 'test-a'})-[:PART_OF]->(b:District {id: 'test-b'}),
              (p:Project {id: 'test-p'})-[:LOCATED_IN]->(a)`,
    );
    const after = await api.request(StatsDocument);
    expect(after.data?.stats.districts).toBe(2);
    expect(after.data?.stats.projects).toBe(1);
    expect(after.data?.stats.labels).toContainEqual({ label: 'District', count: 2 });
    expect(after.data?.stats.relationships).toContainEqual({ type: 'PART_OF', count: 1 });
    expect(after.data?.stats.relationships).toContainEqual({ type: 'LOCATED_IN', count: 1 });
  });
});
