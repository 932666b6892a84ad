/**
 * Latency of representative read queries of cypher/read, run through neo4j-driver (no GraphQL)
 * against a graph of any size, with their plans: each query is PROFILEd once, and every operator
 * that reads a whole label or the whole graph (NodeByLabelScan, AllNodesScan, …) is reported with
 * the rows it produced — a scan in a branch that did not run (0 rows) is harmless, one that ran
 * makes the query grow with the corpus.
 *
 * Parameters are realistic and found in the graph itself (the busiest district, a department and
 * a project of the first document…), so the same query set runs on any import. A query whose file
 * is missing or whose parameters no longer fit (cypher/read is the API's and changes) is reported
 * as failed, not fatal.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { cypher, cypherDir } from '../src/db/cypher.js';
import { SORTED_LIST_MAX } from '../src/db/queries.js';
import { SCAN_OPERATORS, type PlanOperator } from './profile-load.js';

export interface ReadQuery {
  name: string;
  /** cypher/read/<file>.cypher */
  file: string;
  what: string;
  params: (anchors: Anchors) => Record<string, unknown>;
}

/** Entities the queries are asked about, looked up once per graph. */
export interface Anchors {
  district: string;
  department: string;
  project: string;
  document: string;
  indicator: string;
  departmentName: string;
}

/** A page statement's parameters for one request with these filters, as the API's page loader sends them. */
export const page = (filters: Record<string, unknown>, sortedListMax = SORTED_LIST_MAX) => ({
  requests: [
    {
      departments: [], partOf: null, within: [], document: null, names: null, roles: null, statuses: null, sectors: null,
      startYear: { min: null, max: null }, endYear: { min: null, max: null }, mentions: [], subjects: [], titles: null,
      year: { min: null, max: null }, publishedFrom: null, publishedTo: null, genres: null, scripts: null,
      labels: null, kinds: null, measures: null, units: null, value: { min: null, max: null }, normalizedValue: { min: null, max: null },
      levels: null, parent: null, code: null, mentioned: null, entity: null,
      order: 'NAME', desc: false, after: null, prefetch: null, ...filters,
    },
  ],
  limit: 21,
  // As the API's page loader sends it (src/loaders.ts): no nested items prefetched.
  prefetchLimit: 1,
  sortedListMax,
});

export const READ_QUERIES: ReadQuery[] = [
  { name: 'project by id', file: 'projectsById', what: 'one project by id', params: (a) => ({ ids: [a.project], provenance: true, details: true }) },
  { name: 'project departments', file: 'projectDepartments', what: 'the departments responsible for a project', params: (a) => ({ ids: [a.project], provenance: true, details: true }) },
  { name: 'department collaborators', file: 'departmentCollaborators', what: 'departments sharing projects with the busiest department (10)', params: (a) => ({ requests: [{ id: a.department, first: 10, details: true }] }) },
  { name: 'projects of a department', file: 'projects', what: 'first page of the busiest department\'s projects, by name', params: (a) => page({ departments: [a.department] }) },
  { name: 'projects in a district', file: 'placeProjects', what: 'first page of the projects located in the busiest district (and places in it)', params: (a) => page({ within: [a.district] }) },
  { name: 'indicators of a document', file: 'indicators', what: 'first page of one document\'s indicators, in text order', params: (a) => page({ document: a.document, order: 'POSITION' }) },
  { name: 'documents about a district', file: 'documents', what: 'first page of the documents about the busiest district, newest first', params: (a) => page({ within: [a.district], order: 'DATE', desc: true }) },
  { name: 'mentions of a district', file: 'mentions', what: 'first page of the mentions of the busiest district, oldest first', params: (a) => page({ entity: a.district }) },
  { name: 'search', file: 'search', what: 'full-text search for a department name (10 best)', params: (a) => ({ lucene: a.departmentName.slice(0, 4), exact: [a.departmentName.slice(0, 4)], labels: null, first: 10 }) },
  { name: 'entity by name', file: 'entitiesByName', what: 'a department by exact name or alias', params: (a) => ({ requests: [{ label: 'Department', names: [a.departmentName] }] }) },
  { name: 'shortest path', file: 'shortestPath', what: 'shortest connection from the busiest department to a project', params: (a) => ({ from: a.department, to: a.project, maxHops: 10 }) },
  { name: 'stats', file: 'stats', what: 'counts per label and relationship type', params: () => ({}) },
];

export interface ReadQueryResult {
  name: string;
  file: string;
  what: string;
  ok: boolean;
  error?: string;
  rows?: number;
  p50Ms?: number;
  p95Ms?: number;
  maxMs?: number;
  dbHits?: number;
  /** Whole-label or whole-graph reads in the plan, with the rows each produced when profiled. */
  scans?: { operator: string; details: string; rows: number }[];
}

/** The anchors of a graph: its busiest district and department, and entities of its first document. */
export async function findAnchors(driver: Driver): Promise<Anchors> {
  const one = async (query: string): Promise<Record<string, unknown>> => {
    const result = await driver.executeQuery(query, {}, { routing: neo4j.routing.READ });
    const record = result.records[0];
    if (!record) throw new Error(`no anchor found by: ${query}`);
    return record.toObject();
  };
  const district = await one(`MATCH (d:District {level: 'DISTRICT'}) RETURN d.id AS id ORDER BY COUNT { (d)<-[:ABOUT]-() } DESC, d.id LIMIT 1`);
  const department = await one(`MATCH (d:Department) RETURN d.id AS id, d.name AS name ORDER BY COUNT { (d)-[:RESPONSIBLE_FOR]->() } DESC, d.id LIMIT 1`);
  const document = await one(`MATCH (d:Document) RETURN d.id AS id ORDER BY d.key LIMIT 1`);
  const project = await one(`MATCH (:Document {id: '${String(document.id)}'})<-[:REPORTED_IN]-(p:Project) RETURN p.id AS id ORDER BY p.id LIMIT 1`);
  const indicator = await one(`MATCH (i:Indicator {documentId: '${String(document.id)}'}) RETURN i.id AS id ORDER BY i.start LIMIT 1`);
  return {
    district: String(district.id),
    department: String(department.id),
    departmentName: String(department.name),
    project: String(project.id),
    document: String(document.id),
    indicator: String(indicator.id),
  };
}

function integers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(integers);
  if (value && typeof value === 'object' && value.constructor === Object) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)]));
  return value;
}

function collectScans(plan: PlanOperator, into: { operator: string; details: string; rows: number }[]): void {
  const operator = plan.operatorType.replace(/@.*$/, '');
  if (SCAN_OPERATORS.test(operator)) into.push({ operator, details: String(plan.arguments?.Details ?? '').slice(0, 80), rows: Number(plan.rows ?? 0) });
  for (const child of plan.children ?? []) collectScans(child, into);
}

function hits(plan: PlanOperator): number {
  return Number(plan.dbHits ?? 0) + (plan.children ?? []).reduce((sum, c) => sum + hits(c), 0);
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** Runs every query `runs` times (after a warm-up) in read transactions, then PROFILEs it once. */
export async function measureReadQueries(driver: Driver, options: { runs: number; warmup: number; queries?: ReadQuery[] }): Promise<ReadQueryResult[]> {
  const anchors = await findAnchors(driver);
  const results: ReadQueryResult[] = [];
  for (const q of options.queries ?? READ_QUERIES) {
    const file = path.join(cypherDir, 'read', `${q.file}.cypher`);
    const base = { name: q.name, file: `cypher/read/${q.file}.cypher`, what: q.what };
    if (!fs.existsSync(file)) {
      results.push({ ...base, ok: false, error: 'no such file' });
      continue;
    }
    // The statement exactly as the API sends it (and so the same plan-cache entry).
    const text = cypher(`read/${q.file}`);
    const params = integers(q.params(anchors)) as Record<string, unknown>;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const times: number[] = [];
      let rows = 0;
      for (let i = 0; i < options.warmup + options.runs; i++) {
        const started = performance.now();
        const result = await session.executeRead((tx) => tx.run(text, params));
        const ms = performance.now() - started;
        rows = result.records.length;
        if (i >= options.warmup) times.push(ms);
      }
      times.sort((a, b) => a - b);
      const profiled = await session.executeRead((tx) => tx.run(`PROFILE ${text}`, params));
      const plan = profiled.summary.profile as unknown as PlanOperator;
      const scans: { operator: string; details: string; rows: number }[] = [];
      collectScans(plan, scans);
      results.push({ ...base, ok: true, rows, p50Ms: percentile(times, 50), p95Ms: percentile(times, 95), maxMs: times[times.length - 1], dbHits: hits(plan), scans });
    } catch (err) {
      results.push({ ...base, ok: false, error: (err as Error).message.split('\n')[0]?.slice(0, 200) });
    } finally {
      await session.close();
    }
  }
  return results;
}
