/**
 * The load statements find everything by index, whatever the size of the graph: planned on an
 * empty graph (where the statements start with `CYPHER replan=skip`, that plan is kept for the
 * whole import), none reads a whole label, all nodes or all relationships of a type. And taking
 * back a changed document's facts by the relations it recorded leaves the same graph as the scan
 * of every relation that documents loaded before relationKeys still need.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher } from '../../src/db/cypher.js';
import type { Database } from '../../src/db/driver.js';
import { loadDocument, loadDocuments, loadReference, prepareDocument, toCypherParams } from '../../import/load.js';
import { processCorpus, processDocument } from '../../import/pipeline.js';
import { readDocument } from '../../import/read.js';
import { planOperators, SCAN_OPERATORS, type PlanOperator } from '../../bench/profile-load.js';
import { resetGraph, testDatabase } from '../support/database.js';
import { tempDir } from '../support/tempDir.js';

const corpus = path.resolve('import/corpus');
const changedKey = '001_ad073e54fd368939';

async function dump(db: Database): Promise<string[]> {
  const norm = (props: Record<string, unknown>) => JSON.stringify(Object.keys(props).filter((k) => k !== 'importedAt').sort().map((k) => [k, props[k]]));
  const nodes = await db.driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await db.driver.executeQuery('MATCH (a)-[r]->(b) RETURN type(r) AS t, a.id AS a, b.id AS b, properties(r) AS p');
  return [
    ...nodes.records.map((r) => `N ${(r.get('l') as string[]).join(':')} ${norm(r.get('p'))}`),
    ...rels.records.map((r) => `R ${r.get('t')} ${r.get('a')} ${r.get('b')} ${norm(r.get('p'))}`),
  ].sort();
}

async function importDir(db: Database, dir: string): Promise<void> {
  await loadReference(db);
  for (const doc of processCorpus(dir).documents) await loadDocument(db, doc);
}

function changedCorpus(): string {
  const dir = tempDir('pg-plans-');
  for (const f of fs.readdirSync(corpus)) fs.copyFileSync(path.join(corpus, f), path.join(dir, f));
  const file = path.join(dir, `${changedKey}.txt`);
  const text = fs.readFileSync(file, 'utf8');
  const roads = text.split('\n').find((l) => l.includes('龍爪槐胡同')) as string;
  fs.writeFileSync(file, text.replace(roads, '    由區民政局牽頭,推進白紙坊街道菜園社區家園中心建設,新增停車位120個。'));
  return dir;
}

describe('load statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => db?.close());

  it('use indexes only, even planned on an empty graph', async () => {
    const prepared = prepareDocument(processDocument(readDocument(path.join(corpus, '004_15c1cc2ee572f8c7.txt'))));
    const statements = [
      { name: 'load/documentHash', params: { key: prepared.key } },
      { name: 'load/removeDocumentFacts', params: { key: prepared.key } },
      ...prepared.statements,
      { name: 'load/refreshProjects', params: { docs: [{ ids: prepared.projectIds, all: true }] } },
    ];
    const scans: string[] = [];
    for (const s of statements) {
      const result = await db.driver.executeQuery(`EXPLAIN ${cypher(s.name)}`, toCypherParams(s.params));
      const operators = planOperators(result.summary.plan as unknown as PlanOperator);
      for (const op of operators) if (SCAN_OPERATORS.test(op)) scans.push(`${s.name}: ${op}`);
    }
    expect(scans).toEqual([]);
  });

  it('load a batch into exactly the graph that loading its documents one by one gives, provenance and all', async () => {
    await resetGraph(db);
    await importDir(db, corpus);
    const oneByOne = await dump(db);

    await resetGraph(db);
    await loadReference(db);
    const outcomes = await loadDocuments(db, processCorpus(corpus).documents.map(prepareDocument));
    expect(outcomes.map((o) => o.outcome)).toEqual(['loaded', 'loaded', 'loaded', 'loaded', 'loaded']);
    expect(oneByOne.length).toBeGreaterThan(1000);
    expect(await dump(db)).toEqual(oneByOne);
  });

  it('take back a changed document by its recorded relations exactly as the scan of every relation does', async () => {
    const changed = changedCorpus();
    await resetGraph(db);
    await importDir(db, corpus);
    await importDir(db, changed);
    const anchored = await dump(db);

    await resetGraph(db);
    await importDir(db, corpus);
    // As if loaded before documents recorded their relations: the importer falls back to the scan.
    await db.driver.executeQuery('MATCH (d:Document {key: $key}) REMOVE d.relationKeys', { key: changedKey });
    await importDir(db, changed);
    const scanned = await dump(db);

    expect(anchored.length).toBeGreaterThan(1000);
    expect(scanned).toEqual(anchored);
  });
});
