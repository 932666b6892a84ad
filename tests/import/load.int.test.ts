/**
 * The importer against a real Neo4j: idempotent re-import, exact quotes, one node per district
 * across scripts, the 海淀食堂 roles, replacing a changed document's facts and nothing else, and
 * all-or-nothing loading.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import { loadDocument, loadDocuments, loadReference, prepareDocument } from '../../import/load.js';
import { processCorpus, processDocument } from '../../import/pipeline.js';
import { readDocument } from '../../import/read.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { tempDir } from '../support/tempDir.js';

const corpus = path.resolve('import/corpus');

async function importCorpus(db: Database, dir = corpus) {
  await loadReference(db);
  const { documents, failures } = processCorpus(dir);
  const outcomes = [];
  for (const doc of documents) outcomes.push(await loadDocument(db, doc));
  return { outcomes, failures };
}

async function snapshot(db: Database) {
  const nodes = await db.driver.executeQuery('MATCH (n) WHERE NOT n:PolicyGraphTestDatabase RETURN labels(n)[0] AS label, n.id AS id ORDER BY label, id');
  const rels = await db.driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS type, count(*) AS n ORDER BY type');
  return {
    ids: nodes.records.map((r) => `${r.get('label')}:${r.get('id')}`),
    relationships: Object.fromEntries(rels.records.map((r) => [r.get('type') as string, Number(r.get('n'))])),
  };
}

describe('import into Neo4j', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => db?.close());

  it('imports the bundled corpus; importing it again changes nothing and keeps every id', async () => {
    const first = await importCorpus(db);
    expect(first.failures).toEqual([]);
    expect(first.outcomes).toEqual(['loaded', 'loaded', 'loaded', 'loaded', 'loaded']);
    const before = await snapshot(db);
    expect(before.ids.length).toBeGreaterThan(100);

    const second = await importCorpus(db);
    expect(second.outcomes.every((o) => o === 'skipped')).toBe(true);
    expect(await snapshot(db)).toEqual(before);

    // Even a forced reload of every document (as if all had changed) yields the same graph.
    await db.driver.executeQuery('MATCH (d:Document) SET d.contentHash = "stale"');
    const third = await importCorpus(db);
    expect(third.outcomes.every((o) => o === 'loaded')).toBe(true);
    expect(await snapshot(db)).toEqual(before);
  });

  it('quotes exactly the document text between the offsets of every mention', async () => {
    const result = await db.driver.executeQuery(
      `MATCH (n)-[m:MENTIONED_IN]->(d:Document)
       RETURN d.key AS key, m.start AS start, m.end AS end, m.quote AS quote, d.text AS text`,
    );
    expect(result.records.length).toBeGreaterThan(300);
    const wrong = result.records.filter((r) => (r.get('text') as string).slice(Number(r.get('start')), Number(r.get('end'))) !== r.get('quote'));
    expect(wrong.map((r) => `${r.get('key')}@${r.get('start')}: ${r.get('quote')}`)).toEqual([]);
  });

  it('stores offsets, years and positions as integers, not floats (JavaScript sends numbers as floats)', async () => {
    const result = await db.driver.executeQuery(
      `CALL () {
         MATCH ()-[m:MENTIONED_IN]->() RETURN [valueType(m.start), valueType(m.end)] AS types
         UNION ALL MATCH (i:Indicator) RETURN [valueType(i.start), valueType(i.end), valueType(i.year)] AS types
         UNION ALL MATCH ()-[r:MEASURES]->(:Project) RETURN [valueType(r.start)] AS types
         UNION ALL MATCH (d:Document) RETURN [valueType(d.year)] AS types
       }
       UNWIND types AS type
       RETURN type, count(*) AS n ORDER BY type`,
    );
    const types = Object.fromEntries(result.records.map((r) => [r.get('type') as string, Number(r.get('n'))]));
    expect(types['INTEGER NOT NULL']).toBeGreaterThan(500);
    expect(Object.keys(types).filter((t) => !/^INTEGER|^NULL/.test(t))).toEqual([]);
  });

  it('resolves traditional and simplified documents about Haidian to one District node', async () => {
    const result = await db.driver.executeQuery(
      `MATCH (n:District) WHERE n.name = '海淀区' OR '海淀區' IN n.aliases
       OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d:Document)
       RETURN n.id AS id, n.code AS code, collect(DISTINCT d.script) AS scripts`,
    );
    expect(result.records).toHaveLength(1);
    expect(result.records[0]?.get('code')).toBe('110108');
    expect(result.records[0]?.get('scripts')).toEqual(expect.arrayContaining(['zh-Hant', 'zh-Hans']));
  });

  it('makes 区民政局 in the Haidian interview 海淀区民政局, LEAD of 海淀食堂 with two participants', async () => {
    const result = await db.driver.executeQuery(
      `MATCH (dep:Department)-[r:RESPONSIBLE_FOR]->(:Project {name: '海淀食堂'}) RETURN dep.name AS name, r.role AS role`,
    );
    const roles = Object.fromEntries(result.records.map((r) => [r.get('name'), r.get('role')]));
    expect(roles['海淀区民政局']).toBe('LEAD');
    expect(roles['海淀区商务局']).toBe('PARTICIPANT');
    expect(roles['海淀区农业农村局']).toBe('PARTICIPANT');
    const quote = await db.driver.executeQuery(
      `MATCH (:Department {name: '海淀区民政局'})-[m:MENTIONED_IN]->(d:Document {key: '000_925b2dea4116c0a2'}) RETURN m.quote AS quote`,
    );
    expect(quote.records.map((r) => r.get('quote'))).toContain('區民政局');
  });

  it("replaces a changed document's facts and nothing else", async () => {
    const dir = tempDir('pg-corpus-');
    for (const f of fs.readdirSync(corpus)) fs.copyFileSync(path.join(corpus, f), path.join(dir, f));
    const key = '001_ad073e54fd368939';
    const others = async () =>
      (await db.driver.executeQuery(
        `MATCH (n)-[m:MENTIONED_IN]->(d:Document) WHERE d.key <> $key RETURN d.key AS doc, count(m) AS mentions ORDER BY doc`,
        { key },
      )).records.map((r) => `${r.get('doc')}:${r.get('mentions')}`);
    const before = await others();

    // The Xicheng report loses its paragraph on roads and gains a sentence with a new project.
    const file = path.join(dir, `${key}.txt`);
    const text = fs.readFileSync(file, 'utf8');
    const roads = text.split('\n').find((l) => l.includes('龍爪槐胡同')) as string;
    fs.writeFileSync(file, text.replace(roads, '    推進白紙坊街道菜園社區家園中心建設,新增停車位120個。'));
    const { outcomes } = await importCorpus(db, dir);
    expect(outcomes.filter((o) => o === 'loaded')).toHaveLength(1);

    expect(await others()).toEqual(before);
    const projects = await db.driver.executeQuery(
      `MATCH (p:Project)-[:MENTIONED_IN]->(:Document {key: $key}) RETURN collect(DISTINCT p.name) AS names`,
      { key },
    );
    const names = projects.records[0]?.get('names') as string[];
    expect(names.some((n) => n.includes('龙爪槐胡同'))).toBe(false);
    expect(names.some((n) => n.includes('家园中心'))).toBe(true);
    const gone = await db.driver.executeQuery(`MATCH (p:Project) WHERE p.name CONTAINS '龙爪槐胡同' RETURN count(p) AS n`);
    expect(Number(gone.records[0]?.get('n'))).toBe(0);
  });

  it('loads a document whole or not at all', async () => {
    const doc = processDocument(readDocument(path.join(corpus, '003_554d4390f40ea6b4.txt')));
    const broken = { ...doc, key: 'broken-doc', id: 'doc_brokenbrokenbrok', contentHash: 'x' };
    broken.entities = { ...doc.entities, indicators: doc.entities.indicators.map((i) => ({ ...i, id: `${i.id}-broken` })) };
    // The last statement of the transaction (relations) gets a role Neo4j cannot store, after the
    // document, its entities and its indicators have been written in the same transaction.
    const responsible = doc.annotation.relations.find((r) => r.type === 'RESPONSIBLE_FOR');
    expect(responsible).toBeDefined();
    broken.annotation = {
      ...doc.annotation,
      relations: [{ ...(responsible as NonNullable<typeof responsible>), role: { not: 'a role' } as never }],
    };
    await expect(loadDocument(db, broken as typeof doc)).rejects.toThrow();
    const left = await db.driver.executeQuery(`MATCH (d:Document {key: 'broken-doc'}) RETURN count(d) AS n`);
    expect(Number(left.records[0]?.get('n'))).toBe(0);
    const indicators = await db.driver.executeQuery(`MATCH (i:Indicator) WHERE i.id ENDS WITH '-broken' RETURN count(i) AS n`);
    expect(Number(indicators.records[0]?.get('n'))).toBe(0);
  });

  it('loads new documents in one transaction per batch; a bad one fails alone and the others still load', async () => {
    await resetGraph(db);
    await loadReference(db);
    // 003 has RESPONSIBLE_FOR relations to break (as in the test above); two others load around it.
    const documents = processCorpus(corpus).documents;
    const b = documents.find((d) => d.key.startsWith('003_'));
    const [a, c] = documents.filter((d) => d !== b);
    if (!a || !b || !c) throw new Error('the bundled corpus lacks 003 or two other documents');
    const broken = { ...b, key: 'broken-in-batch', id: 'doc_brokeninbatch0000', contentHash: 'y' };
    broken.entities = { ...b.entities, indicators: b.entities.indicators.map((i) => ({ ...i, id: `${i.id}-batch` })) };
    const responsible = b.annotation.relations.find((r) => r.type === 'RESPONSIBLE_FOR');
    expect(responsible).toBeDefined();
    broken.annotation = { ...b.annotation, relations: [{ ...(responsible as NonNullable<typeof responsible>), role: { not: 'a role' } as never }] };

    const outcomes = await loadDocuments(db, [a, broken, c].map((d) => prepareDocument(d as typeof a)));
    expect(outcomes.map((o) => o.outcome)).toEqual(['loaded', null, 'loaded']);
    expect(String(outcomes[1]?.error)).toMatch(/role|map|property/i);
    const keys = await db.driver.executeQuery('MATCH (d:Document) RETURN d.key AS key ORDER BY key');
    expect(keys.records.map((r) => r.get('key'))).toEqual([a.key, c.key].sort());
    const left = await db.driver.executeQuery(`MATCH (i:Indicator) WHERE i.id ENDS WITH '-batch' RETURN count(i) AS n`);
    expect(Number(left.records[0]?.get('n'))).toBe(0);

    // A batch naming a document already in the graph goes one document at a time: the known one
    // is skipped, the new one loaded, and the graph is what loading them one by one gives.
    const again = await loadDocuments(db, [a, b].map((d) => prepareDocument(d)));
    expect(again.map((o) => o.outcome)).toEqual(['skipped', 'loaded']);
    const batched = await snapshot(db);
    await resetGraph(db);
    await loadReference(db);
    for (const d of [a, c, b]) await loadDocument(db, d);
    expect(await snapshot(db)).toEqual(batched);
  });
});
