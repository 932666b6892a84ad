/**
 * The import benchmark's read-query latency set runs every query of cypher/read it lists, with the
 * parameters the API sends: a query whose parameters drift from its Cypher file fails here, not
 * halfway through a 25-minute `npm run bench`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureReadQueries } from '../../bench/readLatency.js';
import type { Database } from '../../src/db/driver.js';
import { importBundledCorpus } from '../support/corpus.js';
import { testDatabase } from '../support/database.js';

describe('read-query latency set', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await importBundledCorpus(db);
  });
  afterAll(async () => db?.close());

  it('runs every query on the bundled corpus, with rows and no label scan that produces rows', async () => {
    const results = await measureReadQueries(db.driver, { runs: 1, warmup: 0 });
    expect(results.length).toBeGreaterThanOrEqual(10);
    for (const r of results) {
      expect(r.error ?? null, r.name).toBeNull();
      expect(r.ok, r.name).toBe(true);
      expect(r.scans?.filter((s) => s.rows > 0) ?? [], r.name).toEqual([]);
    }
    expect(results.find((r) => r.name === 'projects in a district')?.rows).toBeGreaterThan(0);
  });
});
