/**
 * Load: a processed document into Neo4j, in one write transaction — loaded whole or not at all.
 * An unchanged document (same content hash) is skipped; a changed one first has everything it
 * asserted before taken back (removeDocumentFacts), so re-importing replaces that document's facts
 * and nothing else. Every statement is a file in cypher/load, batched with UNWIND $rows.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { Relation } from './annotation.js';
import { cypher } from '../src/db/cypher.js';
import type { Database } from '../src/db/driver.js';
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

/** JavaScript numbers travel as floats; whole numbers (offsets, years, counts) are sent as integers. */
function integers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(integers);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, integers(v)]));
  }
  return value;
}

const run = (tx: ManagedTransaction, name: string, params: Record<string, unknown>) => tx.run(cypher(name), integers(params) as Record<string, unknown>);

function searchable(name: string, aliases: string[]) {
  const names = [...new Set([name, ...aliases])];
  return { aliases: names, pinyin: [...new Set(names.filter((n) => /\p{Script=Han}/u.test(n)).flatMap(pinyinForms))] };
}

/** Reference places and departments, with their hierarchy; idempotent, run before documents. */
export async function loadReference(db: Database): Promise<number> {
  const ref = reference();
  const places = [...ref.places.values()].map((p) => ({
    id: stableId('District', p.name),
    name: p.name,
    level: p.level,
    code: p.code,
    parents: (p.parents.length ? p.parents : p.level === 'DISTRICT' ? ['北京市'] : []).map((x) => stableId('District', x)),
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
  await db.writeTx(async (tx) => {
    await run(tx, 'load/mergeReferencePlaces', { rows: places });
    await run(tx, 'load/linkReferencePlaces', { rows: places });
    await run(tx, 'load/mergeReferenceDepartments', { rows: departments });
  });
  return places.length + departments.length;
}

function idOf(doc: ProcessedDocument, name: string): string | null {
  const e = doc.entities;
  const d = e.districts.find((x) => x.name === name);
  if (d) return d.id ?? null;
  const dep = e.departments.find((x) => x.name === name);
  if (dep) return dep.id ?? null;
  const p = e.projects.find((x) => x.name === name);
  if (p) return p.id ?? null;
  const i = e.indicators.find((x) => indicatorKey(x) === name);
  return i?.id ?? null;
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

export async function loadDocument(db: Database, doc: ProcessedDocument): Promise<LoadOutcome> {
  const existing = await db.writeTx(async (tx) => (await run(tx, 'load/documentHash', { key: doc.key })).records[0]?.get('contentHash') as string | undefined);
  if (existing === doc.contentHash) return 'skipped';

  const e = doc.entities;
  const relationRows = (type: Relation['type']) =>
    doc.annotation.relations
      .filter((r) => r.type === type)
      .map((r) => ({
        from: idOf(doc, r.from),
        to: idOf(doc, r.to),
        role: r.role ?? null,
        evidence: (r.evidence ?? []).map((s) => `${s.start}:${s.end}`),
      }))
      .filter((r) => r.from && r.to);
  const documentId = doc.id;

  await db.writeTx(async (tx) => {
    const removed = await run(tx, 'load/removeDocumentFacts', { key: doc.key });
    const affected = (removed.records[0]?.get('affected') as string[] | undefined) ?? [];
    await run(tx, 'load/mergeDocument', {
      doc: {
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
      },
    });
    await run(tx, 'load/mergeDistricts', {
      documentId,
      rows: e.districts.map((d) => ({ id: d.id, name: d.name, level: d.level, code: d.code ?? null, mentions: d.mentions ?? [], ...searchable(d.name, d.aliases ?? []) })),
    });
    await run(tx, 'load/mergeDepartments', {
      documentId,
      rows: e.departments.map((d) => ({ id: d.id, name: d.name, kind: d.kind, level: d.level, mentions: d.mentions ?? [], ...searchable(d.name, d.aliases ?? []) })),
    });
    await run(tx, 'load/mergeProjects', {
      documentId,
      rows: e.projects.map((p) => ({
        id: p.id, name: p.name, status: p.status, sector: p.sector ?? null, startYear: p.startYear ?? null, endYear: p.endYear ?? null,
        mentions: p.mentions ?? [], ...searchable(p.name, p.aliases ?? []),
      })),
    });
    await run(tx, 'load/createIndicators', {
      documentId,
      rows: e.indicators.map((i) => ({
        id: i.id, label: i.label, value: i.value, unit: i.unit, normalizedValue: i.normalizedValue ?? i.value, baseUnit: i.baseUnit ?? i.unit,
        year: i.year, kind: i.kind, measure: i.measure, approximate: i.approximate, start: i.start, end: i.end, quote: doc.text.slice(i.start, i.end),
      })),
    });
    await run(tx, 'load/mergePartOf', { documentId, rows: relationRows('PART_OF') });
    await run(tx, 'load/mergeLocatedIn', { documentId, rows: relationRows('LOCATED_IN') });
    await run(tx, 'load/mergeMeasures', { documentId, rows: relationRows('MEASURES') });
    await run(tx, 'load/mergeResponsibleFor', { documentId, rows: relationRows('RESPONSIBLE_FOR') });
    await run(tx, 'load/refreshProjects', { ids: [...new Set([...affected, ...e.projects.map((p) => p.id)])] });
  });
  return 'loaded';
}
