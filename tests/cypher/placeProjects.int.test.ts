/**
 * placeProjects.cypher reads a place's projects by name from the located_in_page index;
 * projects.cypher reads the same pages the general way (anchored on the place, sorted). Two
 * different reads must give the same rows — totals, offsets, keys, nodes and prefetched items —
 * for every place of the bundled graph, on every page of a cursor walk, and in a batch.
 */
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../../bench/readLatency.js';
import { cypher } from '../../src/db/cypher.js';
import type { Database } from '../../src/db/driver.js';
import { importBundledCorpus } from '../support/corpus.js';
import { testDatabase } from '../support/database.js';

interface Row {
  i: number;
  total: number | null;
  before: number | null;
  page: { key: string; node: { id: string; name: string } }[];
}

const PREFETCHES = [
  null,
  { departments: true, provenance: true, details: true, indicators: 2 },
  { departments: true, provenance: false, details: false, indicators: null },
  { departments: false, provenance: false, details: false, indicators: 5 },
];

describe('a place\'s projects page', () => {
  let db: Database;
  let places: string[];
  const read = async (statement: string, requests: Record<string, unknown>[], limit: number): Promise<Row[]> => {
    const params = { ...page({}), requests: requests.map((r) => page(r).requests[0]), limit: neo4j.int(limit), prefetchLimit: neo4j.int(6) };
    return (await db.driver.executeQuery(cypher(statement), params)).records.map((r) => r.toObject() as Row);
  };

  beforeAll(async () => {
    db = testDatabase();
    await importBundledCorpus(db);
    // Places with projects in them or in places inside them first, the busiest first; then the rest.
    places = (
      await db.driver.executeQuery(`MATCH (d:District) RETURN d.id AS id ORDER BY COUNT { (d)<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(:Project) } DESC, d.id`)
    ).records.map((r) => r.get('id') as string);
  });
  afterAll(async () => db?.close());

  it('is the general statement\'s first page for every place, counted or not, whatever is prefetched', async () => {
    let withProjects = 0;
    // The 40 busiest places (every place of the bundled corpus with projects) and 10 without any.
    for (const place of [...places.slice(0, 40), ...places.slice(-10)]) {
      for (const prefetch of PREFETCHES) {
        for (const count of [true, false]) {
          const request = { within: [place], prefetch, count };
          const indexed = await read('read/placeProjects', [request], 6);
          expect(indexed, `${place} ${JSON.stringify(request)}`).toEqual(await read('read/projects', [request], 6));
          if (count && prefetch === null && (indexed[0]?.total ?? 0) > 0) withProjects += 1;
        }
      }
    }
    // The comparison saw pages with projects in them, not only empty ones.
    expect(withProjects).toBeGreaterThan(10);
  });

  it('walks every project of the busiest place by cursor, the same pages as the general statement', async () => {
    const place = places[0] as string;
    const walk = async (statement: string) => {
      const seen: string[] = [];
      let after: { key: string; id: string } | null = null;
      for (let n = 0; n < 100; n++) {
        const [row] = await read(statement, [{ within: [place], count: false, after, prefetch: PREFETCHES[1] }], 6);
        const items = row?.page ?? [];
        seen.push(...items.slice(0, 5).map((p) => `${p.key}|${p.node.id}`));
        if (items.length < 6) return { seen, row };
        const last = items[4] as Row['page'][number];
        after = { key: last.key, id: last.node.id };
      }
      throw new Error('more than 100 pages');
    };
    const indexed = await walk('read/placeProjects');
    expect(indexed).toEqual(await walk('read/projects'));
    const [counted] = await read('read/projects', [{ within: [place] }], 6);
    expect(indexed.seen.length).toBe(counted?.total);
    expect(new Set(indexed.seen).size).toBe(indexed.seen.length);
  });

  it('answers a batch of requests, each as it would alone, and a place not in the graph with an empty page', async () => {
    const requests = [...places.slice(0, 4).map((p, k) => ({ within: [p], count: k % 2 === 0, prefetch: PREFETCHES[k % PREFETCHES.length] })), { within: ['dis_notInTheGraph'], count: true }];
    const batch = await read('read/placeProjects', requests, 6);
    expect(batch.map((r) => r.i)).toEqual([0, 1, 2, 3, 4]);
    for (const [k, request] of requests.entries()) {
      const [alone] = await read('read/placeProjects', [request], 6);
      expect(batch[k], JSON.stringify(request)).toEqual({ ...alone, i: k });
    }
    expect(batch[4]).toEqual({ i: 4, total: 0, before: 0, page: [] });
  });

  it('read with its place (districtsWithProjects) is the same page, beside the row districtsById gives; a batch answers each alone; a place not in the graph is absent', async () => {
    const chosen = [...places.slice(0, 12), ...places.slice(-3)];
    const requests = chosen.flatMap((id, k) => [true, false].map((count) => ({ id, count, prefetch: PREFETCHES[k % PREFETCHES.length] ?? null })));
    const params = { requests: [...requests, { id: 'dis_notInTheGraph', count: true, prefetch: null }], limit: neo4j.int(6), prefetchLimit: neo4j.int(6) };
    const rows = (await db.driver.executeQuery(cypher('read/districtsWithProjects'), params)).records.map((r) => r.toObject() as Row & { node: { id: string } });
    expect(rows.map((r) => r.i)).toEqual(requests.map((_, k) => k));
    const byId = (await db.driver.executeQuery(cypher('read/districtsById'), { ids: chosen })).records.map((r) => r.get('node') as { id: string });
    let withProjects = 0;
    for (const [k, request] of requests.entries()) {
      const { node, ...pageRow } = rows[k] as Row & { node: { id: string } };
      expect(node).toEqual(byId.find((n) => n.id === request.id));
      const [alone] = await read('read/placeProjects', [{ within: [request.id], count: request.count, prefetch: request.prefetch }], 6);
      expect(pageRow, JSON.stringify(request)).toEqual({ ...alone, i: k });
      if (pageRow.page.length > 0) withProjects += 1;
    }
    expect(withProjects).toBeGreaterThan(10);
  });
});
