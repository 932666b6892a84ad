/**
 * Every read statement of cypher/read, planned on an empty graph and on the bundled corpus, finds
 * its anchors by an index seek: no plan reads a whole id index (a planner that thinks a graph is tiny
 * may scan every id and hash-join, which grows with the corpus and once failed CI), and whole-label
 * reads appear only where a statement has no anchor at all (an unfiltered page, the alias
 * fallback of a lookup by name), as the plan's `n`.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypher, cypherDir } from '../../src/db/cypher.js';
import type { Database } from '../../src/db/driver.js';
import type { PlanOperator } from '../../bench/profile-load.js';
import { importBundledCorpus } from '../support/corpus.js';
import { resetGraph, testDatabase } from '../support/database.js';

const statements = fs.readdirSync(`${cypherDir}/read`).filter((f) => f.endsWith('.cypher')).map((f) => `read/${f.replace(/\.cypher$/, '')}`);

/** Statements whose unanchored branch reads every node of a label, named `n` there. */
const UNANCHORED = new Set(['read/departments', 'read/districts', 'read/documents', 'read/indicators', 'read/projects', 'read/entitiesByName']);

interface Read { statement: string; operator: string; details: string }

function reads(statement: string, plan: PlanOperator, into: Read[] = []): Read[] {
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (/Scan$/.test(operator)) into.push({ statement, operator, details: String(plan.arguments?.Details ?? '') });
  for (const child of plan.children ?? []) reads(statement, child, into);
  return into;
}

async function explainAll(db: Database): Promise<Read[]> {
  const found: Read[] = [];
  for (const statement of statements) {
    const result = await db.driver.executeQuery(`EXPLAIN ${cypher(statement)}`, {});
    reads(statement, result.summary.plan as unknown as PlanOperator, found);
  }
  return found;
}

/** Reads that grow with the graph: any scan of an id index, and label scans other than an unanchored n.
 * (A scan of another index in its order, as departmentsByName walks names and stops after a page, is meant.) */
function unexpected(found: Read[]): Read[] {
  return found.filter((r) =>
    r.operator === 'NodeIndexScan' ? /\(id\)/.test(r.details) : !(r.operator === 'NodeByLabelScan' && UNANCHORED.has(r.statement) && /^n:[A-Za-z]+$/.test(r.details)));
}

describe('read statements', () => {
  let db: Database;
  beforeAll(async () => {
    db = testDatabase();
    await resetGraph(db);
  });
  afterAll(async () => db?.close());

  it('seek their anchors by index, planned on an empty graph and on the bundled corpus', async () => {
    expect(statements.length).toBeGreaterThanOrEqual(20);
    const empty = await explainAll(db);
    expect(unexpected(empty)).toEqual([]);
    await importBundledCorpus(db);
    const bundled = await explainAll(db);
    expect(unexpected(bundled)).toEqual([]);
    // The check sees label scans where they are meant to be, so it would see them elsewhere.
    expect(bundled.some((r) => r.statement === 'read/projects' && r.details === 'n:Project')).toBe(true);
  });
});
