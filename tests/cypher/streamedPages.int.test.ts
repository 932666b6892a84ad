/**
 * The projects, indicators, documents and mentions page statements sort a short list of rows in memory and stream a long
 * one into the sort (Neo4j charges every kept row with the lists it holds). Both ways must give the
 * same pages: every page of many requests, walked by cursor, is compared with the streamed way forced
 * on (sortedListMax 0) — totals, offsets, keys, nodes and prefetched items alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAnchors, page, type Anchors } from '../../bench/readLatency.js';
import { cypher } from '../../src/db/cypher.js';
import type { Database } from '../../src/db/driver.js';
import { importBundledCorpus } from '../support/corpus.js';
import { testDatabase } from '../support/database.js';

interface Row {
  total: number;
  before: number;
  page: { key: string | number; node: { id?: string; entityId?: string } }[];
}

async function walk(db: Database, statement: string, filters: Record<string, unknown>, sortedListMax: number): Promise<Row[]> {
  const rows: Row[] = [];
  let after: { key: string | number; id: string } | null = null;
  for (let n = 0; n < 200; n++) {
    const params = { ...page({ ...filters, after }, sortedListMax), limit: 6 };
    const result = await db.driver.executeQuery(cypher(statement), params);
    const row = result.records[0]?.toObject() as Row;
    rows.push(row);
    if (row.page.length < 6) return rows;
    const last = row.page[4] as Row['page'][number];
    // A mention's tie-breaking id is its entity's.
    after = { key: last.key, id: (last.node.id ?? last.node.entityId) as string };
  }
  throw new Error('more than 200 pages');
}

describe('page statements, sorted as a list or streamed', () => {
  let db: Database;
  let a: Anchors;
  beforeAll(async () => {
    db = testDatabase();
    await importBundledCorpus(db);
    a = await findAnchors(db.driver);
  });
  afterAll(async () => db?.close());

  const cases: [string, (a: Anchors) => Record<string, unknown>][] = [
    ['read/projects', () => ({ order: 'NAME' })],
    ['read/projects', () => ({ order: 'START_YEAR', desc: true })],
    ['read/projects', () => ({ order: 'END_YEAR' })],
    ['read/projects', (x) => ({ within: [x.district], prefetch: { departments: true, provenance: true, details: true, indicators: 2 } })],
    ['read/projects', (x) => ({ departments: [x.department], order: 'START_YEAR' })],
    ['read/projects', () => ({ statuses: ['IN_PROGRESS', 'PLANNED'], names: ['中心'] })],
    ['read/projects', () => ({ statuses: ['IN_PROGRESS'], order: 'END_YEAR', desc: true })],
    ['read/indicators', () => ({ order: 'POSITION' })],
    ['read/indicators', () => ({ order: 'NORMALIZED_VALUE', desc: true })],
    ['read/indicators', () => ({ order: 'YEAR', kinds: ['TARGET'] })],
    ['read/indicators', (x) => ({ within: [x.district], order: 'LABEL' })],
    ['read/indicators', (x) => ({ document: x.document, order: 'VALUE', desc: true })],
    ['read/documents', () => ({ order: 'DATE', desc: true })],
    ['read/documents', () => ({ order: 'TITLE' })],
    ['read/documents', (x) => ({ mentions: [x.district], order: 'DATE' })],
    ['read/documents', (x) => ({ within: [x.district], order: 'TITLE', desc: true })],
    ['read/mentions', (x) => ({ entity: x.district })],
    ['read/mentions', (x) => ({ entity: x.department, labels: ['Department'] })],
    ['read/mentions', (x) => ({ document: x.document })],
    ['read/mentions', (x) => ({ document: x.document, labels: ['Project', 'Indicator'] })],
  ];

  it('give the same pages, every one of them', async () => {
    let pages = 0;
    for (const [statement, filters] of cases) {
      const listed = await walk(db, statement, filters(a), 10_000);
      const streamed = await walk(db, statement, filters(a), 0);
      expect(streamed, `${statement} ${JSON.stringify(filters(a))}`).toEqual(listed);
      expect(listed[0]?.total, `${statement} ${JSON.stringify(filters(a))}`).toBeGreaterThan(0);
      pages += listed.length;
    }
    // Walks long enough to cross ties and cursors many times over.
    expect(pages).toBeGreaterThan(100);
  });

  it('one kind and one year by normalized value, read in index order, give the pages the list gives', async () => {
    let pages = 0;
    for (const kind of ['TARGET', 'ACTUAL']) {
      const busiest = await db.driver.executeQuery('MATCH (n:Indicator {kind: $kind}) WITH n.year AS year, count(*) AS c RETURN year ORDER BY c DESC, year LIMIT 1', { kind });
      const year = busiest.records[0]?.get('year') as number;
      for (const desc of [true, false]) {
        const request = { year: { min: year, max: year }, order: 'NORMALIZED_VALUE', desc };
        // The same kind twice is the same request, but not the one-kind shape: it takes the list way.
        const listed = await walk(db, 'read/indicators', { ...request, kinds: [kind, kind] }, 10_000);
        const byIndex = await walk(db, 'read/indicators', { ...request, kinds: [kind] }, 10_000);
        expect(byIndex, `${kind} ${year} ${desc ? 'DESC' : 'ASC'}`).toEqual(listed);
        expect(listed[0]?.total).toBeGreaterThan(5);
        pages += listed.length;
      }
    }
    expect(pages).toBeGreaterThan(4);
  });
});
