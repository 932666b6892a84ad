/**
 * Profiles loadDocument statement by statement: each statement of cypher/load runs with PROFILE in
 * the document's transaction, and the table shows, per statement and averaged over the documents,
 * the database hits, the server's time, and any operator that scans a whole label or the whole
 * graph (NodeByLabelScan, AllNodesScan, relationship type scans) or materialises everything (Eager).
 * The transactions are rolled back unless --commit, so the database is left as it was.
 *
 *   NEO4J_URI=bolt://127.0.0.1:7887 npx tsx bench/profile-load.ts --corpus DIR [--docs 20] [--skip 0] [--commit] [--plans]
 *
 * Never point it at a database you care about with --commit.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ManagedTransaction } from 'neo4j-driver';
import { databaseConfig } from '../src/config.js';
import { cypher } from '../src/db/cypher.js';
import { openDatabase, type Database } from '../src/db/driver.js';
import { prepareDocument, toCypherParams, type LoadStatement } from '../import/load.js';
import { processDocument } from '../import/pipeline.js';
import { listCorpus, readDocument } from '../import/read.js';

export interface PlanOperator {
  operatorType: string;
  dbHits?: number;
  rows?: number;
  arguments?: Record<string, unknown>;
  children?: PlanOperator[];
}

/** Operators that read a whole label, the whole graph or all relationships of a type. */
export const SCAN_OPERATORS = /^(NodeByLabelScan|AllNodesScan|UnionNodeByLabelsScan|IntersectionNodeByLabelsScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan|NodeIndexScan|DirectedRelationshipIndexScan)(@|$)/;

/** Operator names of a plan, depth first (without the @neo4j suffix). */
export function planOperators(plan: PlanOperator): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...(plan.children ?? []).flatMap(planOperators)];
}

export function planText(plan: PlanOperator, depth = 0): string {
  const details = String(plan.arguments?.Details ?? '').replace(/\s+/g, ' ').slice(0, 140);
  const hits = plan.dbHits !== undefined ? `  [${plan.dbHits} hits, ${plan.rows} rows]` : '';
  return [`${'  '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')} ${details}${hits}`, ...(plan.children ?? []).map((c) => planText(c, depth + 1))].join('\n');
}

function totalHits(plan: PlanOperator): number {
  return (plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, c) => sum + totalHits(c), 0);
}

interface StatementProfile {
  name: string;
  runs: number;
  dbHits: number;
  serverMs: number;
  rows: number;
  scans: Set<string>;
  eager: boolean;
  plan?: string;
}

async function profileDocument(tx: ManagedTransaction, statements: LoadStatement[], into: Map<string, StatementProfile>, keepPlan: boolean): Promise<void> {
  for (const s of statements) {
    const result = await tx.run(`PROFILE ${cypher(s.name)}`, toCypherParams(s.params));
    const plan = result.summary.profile as unknown as PlanOperator;
    const p = into.get(s.name) ?? { name: s.name, runs: 0, dbHits: 0, serverMs: 0, rows: 0, scans: new Set<string>(), eager: false };
    p.runs += 1;
    p.dbHits += totalHits(plan);
    p.serverMs += Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter);
    p.rows += result.records.length;
    for (const op of planOperators(plan)) {
      if (SCAN_OPERATORS.test(op)) p.scans.add(op);
      if (op === 'Eager') p.eager = true;
    }
    if (keepPlan && !p.plan) p.plan = planText(plan);
    into.set(s.name, p);
  }
}

export interface ProfileOptions {
  corpus: string;
  docs: number;
  skip: number;
  commit: boolean;
  plans: boolean;
}

export async function profileLoad(db: Database, options: ProfileOptions): Promise<StatementProfile[]> {
  const files = listCorpus(options.corpus).slice(options.skip, options.skip + options.docs);
  const profiles = new Map<string, StatementProfile>();
  // The first document only warms up (PROFILE plans are compiled once, then cached).
  for (const [index, file] of [files[0], ...files].entries()) {
    if (!file) continue;
    if (index === 1) profiles.clear();
    const prepared = prepareDocument(processDocument(readDocument(file)));
    const session = db.driver.session({ defaultAccessMode: 'WRITE' });
    const tx = session.beginTransaction();
    try {
      const existing = await tx.run(cypher('load/documentHash'), { key: prepared.key });
      const statements: LoadStatement[] = [];
      if (existing.records.length > 0) statements.push({ name: 'load/removeDocumentFacts', params: { key: prepared.key } });
      statements.push(...prepared.statements);
      await profileDocument(tx as unknown as ManagedTransaction, statements, profiles, options.plans);
      if (options.commit) await tx.commit();
      else await tx.rollback();
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
    }
  }
  return [...profiles.values()].map((p) => ({ ...p, dbHits: p.dbHits / p.runs, serverMs: p.serverMs / p.runs, rows: p.rows / p.runs }));
}

function parseArgs(argv: string[]): ProfileOptions {
  const get = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const corpus = get('corpus');
  if (!corpus) {
    console.error('usage: npx tsx bench/profile-load.ts --corpus DIR [--docs N] [--skip N] [--commit] [--plans]');
    process.exit(2);
  }
  return { corpus: path.resolve(corpus), docs: Number(get('docs') ?? 20), skip: Number(get('skip') ?? 0), commit: argv.includes('--commit'), plans: argv.includes('--plans') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const options = parseArgs(process.argv.slice(2));
  const db = openDatabase(databaseConfig());
  try {
    const rows = await profileLoad(db, options);
    console.log(`per document, averaged over ${options.docs} documents of ${options.corpus} (${options.commit ? 'committed' : 'rolled back'}) on ${db.config.uri}`);
    console.log('statement                          db hits  server ms  scans / eager');
    for (const r of rows.sort((a, b) => b.dbHits - a.dbHits)) {
      console.log(`${r.name.padEnd(34)} ${String(Math.round(r.dbHits)).padStart(8)} ${r.serverMs.toFixed(1).padStart(10)}  ${[...r.scans].join(', ') || '-'}${r.eager ? ' / Eager' : ''}`);
    }
    if (options.plans) for (const r of rows) console.log(`\n== ${r.name}\n${r.plan}`);
  } finally {
    await db.close();
  }
}
