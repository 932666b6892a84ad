/**
 * Load: a processed document into Neo4j, in one write transaction — loaded whole or not at all.
 * The transaction first reads the document's content hash: an unchanged document (same hash) is
 * skipped; a changed one first has everything it asserted before taken back (removeDocumentFacts),
 * so re-importing replaces that document's facts and nothing else. Every statement is a file in
 * cypher/load, batched with UNWIND $rows; the statements that write a document are sent together
 * (pipelined on the one connection) and run in order, so a document costs two round-trips and a
 * commit, not one round-trip per statement. New documents load in batches: each statement takes a
 * list of documents, so a batch sends each statement once (see `together`).
 *
 * Every document statement anchors on unique ids (index seeks, never a scan: see
 * tests/import/loadPlans.int.test.ts) and starts with `CYPHER replan=skip`: during a bulk import
 * the graph's statistics change all the time, and Neo4j would otherwise keep replanning the same
 * statements (about a tenth of its CPU in a 10,000-document import) for plans that cannot improve.
 * Taking a document back goes by the keys it recorded (relationKeys), and a project's status is
 * kept up to date report by report (statusAsOf) instead of being recomputed from all its reports.
 * What still grows with the corpus is the `documents` list of a relation that many documents
 * assert (a municipal bureau PART_OF 北京市): each new assertion rewrites the whole list.
 */
import { createHash } from 'node:crypto';
import type { ManagedTransaction, QueryResult } from 'neo4j-driver';
import type { Relation } from './annotation.js';
import { cypher } from '../src/db/cypher.js';
import { isUnavailable, type Database } from '../src/db/driver.js';
import { stableId } from './ids.js';
import type { ProcessedDocument } from './pipeline.js';
import { pinyinForms } from './pinyin.js';
import { reference } from './reference.js';
import { indicatorKey } from './annotation.js';
import { traditionalForms } from './normalise.js';

export type LoadOutcome = 'loaded' | 'skipped';

export interface LoadCounts {
  entities: Record<'District' | 'Department' | 'Project' | 'Indicator', number>;
  relations: Record<Relation['type'], number>;
}

/** One statement of cypher/load with its parameters. */
export interface LoadStatement {
  name: string;
  params: Record<string, unknown>;
}

/**
 * What loading a document needs, computed without a database (so extraction workers can do it):
 * its key and content hash for the skip check, the statements that write it, and its counts.
 * Plain data: it survives the structured clone from a worker thread.
 */
export interface PreparedDocument {
  key: string;
  contentHash: string;
  /** With their parameters converted (toCypherParams). */
  statements: LoadStatement[];
  /** The projects it reports (their status is recomputed when the document changes). */
  projectIds: string[];
  counts: LoadCounts;
}

/**
 * JavaScript numbers travel as floats; whole numbers (offsets, years, counts) are sent as integers.
 * As BigInt (the driver packs it as an integer): unlike the driver's Integer objects, a BigInt
 * survives the structured clone from an extraction worker, so a document's parameters are
 * converted in the worker (prepareDocument) and the main thread, which every batch waits on,
 * only sends them.
 */
function integers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? BigInt(value) : value;
  if (typeof value !== 'object' || value === null) return value;
  // Plain loops: this walks every parameter of every document (Object.entries/fromEntries
  // allocated a pair per property and cost ~4 % of extraction).
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = integers(value[i]);
    return out;
  }
  if (value.constructor !== Object) return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) out[key] = integers((value as Record<string, unknown>)[key]);
  return out;
}

/** Parameters as the load statements expect them (whole numbers as integers); converting twice changes nothing. */
export const toCypherParams = (params: Record<string, unknown>) => integers(params) as Record<string, unknown>;

/** Runs a statement whose parameters are already converted (toCypherParams). */
const run = (tx: ManagedTransaction, s: LoadStatement) => tx.run(cypher(s.name), s.params);
/** Runs a statement made here on the main thread, converting its parameters. */
const runConverted = (tx: ManagedTransaction, s: LoadStatement) => run(tx, { name: s.name, params: toCypherParams(s.params) });

function searchable(name: string, aliases: string[]) {
  const names = [...new Set([name, ...aliases])];
  return { aliases: names, pinyin: [...new Set(names.filter((n) => /\p{Script=Han}/u.test(n)).flatMap((n) => pinyinForms(n)))] };
}

const REFERENCE_STATEMENTS = ['load/mergeReferencePlaces', 'load/linkReferencePlaces', 'load/mergeReferenceDepartments'];

/**
 * Reference places and departments, with their hierarchy; idempotent, run before documents. The
 * graph remembers a hash of what it last loaded (on 北京市), so an import into a graph that already
 * holds this reference data costs one read.
 */
export async function loadReference(db: Database): Promise<number> {
  const ref = reference();
  const places = [...ref.places.values()].map((p) => ({
    id: stableId('District', p.name),
    name: p.name,
    level: p.level,
    code: p.code,
    parents: (p.parents.length ? p.parents : p.level === 'DISTRICT' ? ['北京市'] : []).map((x) => stableId('District', x)),
    lookupNames: p.lookupNames ?? [],
    ...searchable(p.name, [...p.aliases, ...traditionalForms(p.name)]),
  }));
  const departments = [...ref.departments.values()].map((d) => ({
    id: stableId('Department', d.name),
    name: d.name,
    kind: d.kind,
    level: d.level,
    partOf: d.partOf ? stableId('District', d.partOf) : null,
    ...searchable(d.name, [...d.aliases, ...traditionalForms(d.name)]),
  }));
  const hash = createHash('sha256')
    .update(JSON.stringify({ places, departments, statements: REFERENCE_STATEMENTS.map((s) => cypher(s)) }))
    .digest('hex');
  const root = stableId('District', '北京市');
  await db.writeTx(async (tx) => {
    const loaded = (await runConverted(tx, { name: 'load/referenceHash', params: { root } })).records[0]?.get('referenceHash') as string | null | undefined;
    if (loaded === hash) return;
    await runConverted(tx, { name: 'load/mergeReferencePlaces', params: { rows: places } });
    await runConverted(tx, { name: 'load/linkReferencePlaces', params: { rows: places } });
    await runConverted(tx, { name: 'load/mergeReferenceDepartments', params: { rows: departments } });
    await runConverted(tx, { name: 'load/markReference', params: { root, hash } });
  });
  return places.length + departments.length;
}

/** Entity ids by the names relations use (an entity's name; an indicator's key). */
function idsByName(doc: ProcessedDocument): Map<string, string> {
  const e = doc.entities;
  const ids = new Map<string, string>();
  // The first entity of a name wins, in the order districts, departments, projects, indicators.
  const add = (name: string, id: string | undefined) => {
    if (id && !ids.has(name)) ids.set(name, id);
  };
  for (const x of e.districts) add(x.name, x.id);
  for (const x of e.departments) add(x.name, x.id);
  for (const x of e.projects) add(x.name, x.id);
  for (const x of e.indicators) add(indicatorKey(x), x.id);
  return ids;
}

export function counts(doc: ProcessedDocument): LoadCounts {
  const relations = { RESPONSIBLE_FOR: 0, LOCATED_IN: 0, MEASURES: 0, PART_OF: 0 };
  for (const r of doc.annotation.relations) relations[r.type] += 1;
  return {
    entities: {
      District: doc.entities.districts.length,
      Department: doc.entities.departments.length,
      Project: doc.entities.projects.length,
      Indicator: doc.entities.indicators.length,
    },
    relations,
  };
}

/**
 * The statements that write a document (after its old facts, if any, are taken back), in order.
 * The document records the relations it asserts between entities (`relationKeys`: type, from id,
 * to id) so that taking them back later goes straight to them instead of scanning every relation.
 * MEASURES is not recorded: it leaves the document's own indicators, which go with the document.
 */
export function documentStatements(doc: ProcessedDocument): LoadStatement[] {
  const e = doc.entities;
  const ids = idsByName(doc);
  const relationRows = (type: Relation['type']) =>
    doc.annotation.relations
      .filter((r) => r.type === type)
      .map((r) => ({
        from: ids.get(r.from) ?? null,
        to: ids.get(r.to) ?? null,
        role: r.role ?? null,
        evidence: (r.evidence ?? []).map((s) => `${s.start}:${s.end}`),
      }))
      .filter((r): r is typeof r & { from: string; to: string } => Boolean(r.from && r.to));
  const rows = {
    PART_OF: relationRows('PART_OF'),
    LOCATED_IN: relationRows('LOCATED_IN'),
    RESPONSIBLE_FOR: relationRows('RESPONSIBLE_FOR'),
  };
  const relationKeys = [
    ...new Set((['PART_OF', 'LOCATED_IN', 'RESPONSIBLE_FOR'] as const).flatMap((type) => rows[type].map((r) => `${type}|${r.from}|${r.to}`))),
  ];
  // MEASURES leave the document's own (new) indicators: created with them. One link per
  // indicator and subject; where the text gives it twice, the last evidence stands.
  const measures = new Map<string, Map<string, string[]>>();
  for (const r of relationRows('MEASURES')) {
    const of = measures.get(r.from) ?? new Map<string, string[]>();
    of.delete(r.to);
    of.set(r.to, r.evidence);
    measures.set(r.from, of);
  }
  const documentId = doc.id;
  return [
    {
      name: 'load/mergeDocument',
      params: {
        docs: [{
          id: doc.id,
          key: doc.key,
          title: doc.meta.title,
          publishedAt: doc.meta.publishedAt,
          year: doc.meta.year,
          source: doc.meta.source,
          url: doc.meta.url,
          script: doc.meta.script,
          genre: doc.meta.genre,
          district: doc.meta.district,
          districtId: doc.meta.district ? stableId('District', doc.meta.district) : null,
          encoding: doc.encoding,
          text: doc.text,
          contentHash: doc.contentHash,
          relationKeys,
        }],
      },
    },
    {
      name: 'load/mergeDistricts',
      params: {
        docs: [{ documentId, rows: e.districts.map((d) => ({ id: d.id, name: d.name, level: d.level, code: d.code ?? null, mentions: d.mentions ?? [], ...searchable(d.name, d.aliases ?? []) })) }],
      },
    },
    {
      name: 'load/mergeDepartments',
      params: {
        docs: [{ documentId, rows: e.departments.map((d) => ({ id: d.id, name: d.name, kind: d.kind, level: d.level, mentions: d.mentions ?? [], ...searchable(d.name, d.aliases ?? []) })) }],
      },
    },
    {
      name: 'load/mergeProjects',
      params: {
        docs: [{ documentId, rows: e.projects.map((p) => ({
          id: p.id, name: p.name, status: p.status, sector: p.sector ?? null, startYear: p.startYear ?? null, endYear: p.endYear ?? null,
          mentions: p.mentions ?? [], ...searchable(p.name, p.aliases ?? []),
        })) }],
      },
    },
    {
      name: 'load/createIndicators',
      params: {
        docs: [{ documentId, rows: e.indicators.map((i) => ({
          id: i.id, label: i.label, value: i.value, unit: i.unit, normalizedValue: i.normalizedValue ?? i.value, baseUnit: i.baseUnit ?? i.unit,
          year: i.year, kind: i.kind, measure: i.measure, approximate: i.approximate, start: i.start, end: i.end, quote: doc.text.slice(i.start, i.end),
          measures: [...(measures.get(i.id ?? '') ?? new Map<string, string[]>())].map(([to, evidence]) => ({ to, evidence })),
        })) }],
      },
    },
    { name: 'load/mergePartOf', params: { docs: [{ documentId, rows: rows.PART_OF }] } },
    { name: 'load/mergeLocatedIn', params: { docs: [{ documentId, rows: rows.LOCATED_IN }] } },
    { name: 'load/mergeResponsibleFor', params: { docs: [{ documentId, rows: rows.RESPONSIBLE_FOR }] } },
    { name: 'load/refreshProjects', params: { docs: [{ ids: [...new Set(e.projects.map((p) => p.id))], all: false }] } },
  ];
}

/**
 * Waits until full-text search sees every document loaded so far. The entity_names index is
 * eventually consistent (updated after commit, off the import's critical path): an import calls
 * this once at its end, not per document.
 */
export async function awaitSearchIndex(db: Database): Promise<void> {
  await db.writeTx((tx) => tx.run(cypher('schema/awaitSearchIndex')));
}

/**
 * A document's statements take a list of documents ($docs): the batch's statements of one name
 * become one statement for all its documents, in load order (and statement order by first
 * appearance). Neo4j spends most of a millisecond on every statement whatever its size, and a
 * batch of 32 documents would otherwise send 288 of them.
 */
export function together(statements: LoadStatement[]): LoadStatement[] {
  const byName = new Map<string, unknown[]>();
  for (const s of statements) {
    const docs = (s.params as { docs: unknown[] }).docs;
    const list = byName.get(s.name);
    if (list) list.push(...docs);
    else byName.set(s.name, [...docs]);
  }
  return [...byName].map(([name, docs]) => ({ name, params: { docs } }));
}

/** Sends statements together and waits for all; the first failure fails the transaction. */
async function runAll(tx: ManagedTransaction, statements: LoadStatement[]): Promise<QueryResult[]> {
  return Promise.all(statements.map((s) => run(tx, s)));
}

export function prepareDocument(doc: ProcessedDocument): PreparedDocument {
  const statements = documentStatements(doc).map((s) => ({ name: s.name, params: toCypherParams(s.params) }));
  return { key: doc.key, contentHash: doc.contentHash, statements, projectIds: [...new Set(doc.entities.projects.flatMap((p) => (p.id ? [p.id] : [])))], counts: counts(doc) };
}

/**
 * New documents loaded together in one transaction: one commit and one round trip for the lot
 * instead of for each. Any document already in the graph (unchanged or changed) sends the batch
 * back to loadDocument, one transaction each; so does a failure, so that a bad document fails
 * alone and every other one is still loaded whole.
 */
export async function loadDocuments(db: Database, documents: PreparedDocument[]): Promise<{ outcome: LoadOutcome | null; error?: unknown }[]> {
  if (documents.length > 1) {
    try {
      const loaded = await db.writeTx(async (tx) => {
        const found = await Promise.all(documents.map((d) => runConverted(tx, { name: 'load/documentHash', params: { key: d.key } })));
        if (found.some((r) => r.records.length > 0)) return false;
        await runAll(tx, together(documents.flatMap((d) => d.statements)));
        return true;
      });
      if (loaded) return documents.map(() => ({ outcome: 'loaded' as const }));
    } catch (err) {
      if (isUnavailable(err)) throw err;
      // One of them is bad: find out which, one transaction each.
    }
  }
  const outcomes: { outcome: LoadOutcome | null; error?: unknown }[] = [];
  for (const doc of documents) {
    try {
      outcomes.push({ outcome: await loadDocument(db, doc) });
    } catch (error) {
      if (isUnavailable(error)) throw error;
      outcomes.push({ outcome: null, error });
    }
  }
  return outcomes;
}

export async function loadDocument(db: Database, document: ProcessedDocument | PreparedDocument): Promise<LoadOutcome> {
  const doc = 'statements' in document ? document : prepareDocument(document);
  return db.writeTx(async (tx) => {
    const existing = (await runConverted(tx, { name: 'load/documentHash', params: { key: doc.key } })).records[0];
    if (existing && existing.get('contentHash') === doc.contentHash) return 'skipped';
    const statements = [...doc.statements];
    if (existing) {
      // Documents loaded before they recorded their relations are taken back the slow way.
      const removal = existing.get('relationsRecorded') !== true ? 'load/removeDocumentFactsByScan' : 'load/removeDocumentFacts';
      const removed = await runConverted(tx, { name: removal, params: { key: doc.key } });
      // The projects of the old and the new version: their status is recomputed from the reports
      // that are left (mergeProjects only keeps it up to date as reports are added).
      const affected = (removed.records[0]?.get('affected') as string[] | undefined) ?? [];
      statements.push({ name: 'load/refreshProjects', params: toCypherParams({ docs: [{ ids: [...new Set([...affected, ...doc.projectIds])], all: true }] }) });
    }
    await runAll(tx, statements);
    return 'loaded';
  });
}
