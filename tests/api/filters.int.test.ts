/**
 * `where` filters: each on its own against a Cypher count of the same graph, and combined (AND).
 * Names match in either script; a district includes the places inside it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/driver.js';
import {
  DepartmentsPageDocument,
  DistrictsPageDocument,
  DocumentsPageDocument,
  IndicatorsPageDocument,
  ProjectsPageDocument,
} from '../generated/operations.generated.js';
import { startApi, type TestApi } from '../support/api.js';
import { cypherValue, importBundledCorpus } from '../support/corpus.js';
import { testDatabase } from '../support/database.js';

describe('where filters', () => {
  let db: Database;
  let api: TestApi;
  let haidian: string;
  let minzheng: string;
  beforeAll(async () => {
    db = testDatabase();
    await importBundledCorpus(db);
    api = await startApi(db);
    haidian = await cypherValue(db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    minzheng = await cypherValue(db, "MATCH (d:Department {name: '海淀区民政局'}) RETURN d.id");
  });
  afterAll(async () => {
    await api?.close();
    await db?.close();
  });

  it('projects: district includes the places inside it', async () => {
    const { data } = await api.request(ProjectsPageDocument, { where: { district: haidian }, first: 100 });
    const expected = await cypherValue<string[]>(db, 'MATCH (:District {id: $id})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project) RETURN collect(DISTINCT p.id)', { id: haidian });
    expect(data?.projects.totalCount).toBe(expected.length);
    if (expected.length <= 100) expect(data?.projects.nodes.map((n) => n.id).sort()).toEqual(expected.slice().sort());
    expect(data?.projects.edges.map((e) => e.node.name)).toContain('海淀食堂');
    // a place inside 海淀区 (a subdistrict or area with projects) gives a subset
    const inner = await cypherValue<string | null>(db, 'MATCH (:District {id: $id})<-[:PART_OF]-(x:District)<-[:LOCATED_IN]-(:Project) RETURN x.id LIMIT 1', { id: haidian });
    if (inner) {
      const sub = await api.request(ProjectsPageDocument, { where: { district: inner }, first: 100 });
      expect(sub.data?.projects.nodes.every((n) => expected.includes(n.id))).toBe(true);
    }
  });

  it('projects: department and role; status; name in either script', async () => {
    const lead = await api.request(ProjectsPageDocument, { where: { department: minzheng, role: ['LEAD'] } });
    expect(lead.data?.projects.nodes.map((n) => n.name)).toContain('海淀食堂');
    const participant = await api.request(ProjectsPageDocument, { where: { department: minzheng, role: ['PARTICIPANT'] } });
    expect(participant.data?.projects.nodes.map((n) => n.name)).not.toContain('海淀食堂');

    const status = await api.request(ProjectsPageDocument, { where: { status: ['COMPLETED'] }, first: 100 });
    expect(status.data?.projects.totalCount).toBe(await cypherValue(db, "MATCH (p:Project {status: 'COMPLETED'}) RETURN count(p)"));
    expect(status.data?.projects.nodes.every((n) => n.status === 'COMPLETED')).toBe(true);

    const byName = await api.request(ProjectsPageDocument, { where: { name: '食堂' }, first: 100 });
    expect(byName.data?.projects.nodes.map((n) => n.name)).toContain('海淀食堂');
    const simplified = await api.request(DepartmentsPageDocument, { where: { name: '商务局' }, first: 100 });
    const traditional = await api.request(DepartmentsPageDocument, { where: { name: '商務局' }, first: 100 });
    expect(simplified.data?.departments.nodes.map((n) => n.name)).toContain('海淀区商务局');
    expect(traditional.data?.departments.nodes).toEqual(simplified.data?.departments.nodes);
  });

  it('filters combine with AND', async () => {
    const both = await api.request(ProjectsPageDocument, { where: { district: haidian, status: ['IN_PROGRESS'] }, first: 100 });
    const expected = await cypherValue<number>(
      db,
      "MATCH (:District {id: $id})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project {status: 'IN_PROGRESS'}) RETURN count(DISTINCT p)",
      { id: haidian },
    );
    expect(both.data?.projects.totalCount).toBe(expected);
    const status = await cypherValue<string>(db, "MATCH (p:Project {name: '海淀食堂'}) RETURN p.status");
    const same = await api.request(ProjectsPageDocument, { where: { name: '海淀食堂', status: [status as 'COMPLETED'] } });
    expect(same.data?.projects.nodes.map((n) => n.name)).toContain('海淀食堂');
    const others = (['PLANNED', 'IN_PROGRESS', 'COMPLETED', 'UNKNOWN'] as const).filter((s) => s !== status);
    const none = await api.request(ProjectsPageDocument, { where: { name: '海淀食堂', status: others } });
    expect(none.data?.projects.nodes.map((n) => n.name)).not.toContain('海淀食堂');
  });

  it('indicators: all 2025 targets, all growth rates, value ranges, one document', async () => {
    const targets = await api.request(IndicatorsPageDocument, { where: { kind: ['TARGET'], year: { eq: 2025 } }, first: 100 });
    expect(targets.data?.indicators.totalCount).toBe(await cypherValue(db, "MATCH (i:Indicator {kind: 'TARGET', year: 2025}) RETURN count(i)"));
    expect(targets.data?.indicators.nodes.every((i) => i.kind === 'TARGET' && i.year === 2025)).toBe(true);

    const growth = await api.request(IndicatorsPageDocument, { where: { measure: ['CHANGE'] }, first: 100 });
    expect(growth.data?.indicators.totalCount).toBe(await cypherValue(db, "MATCH (i:Indicator {measure: 'CHANGE'}) RETURN count(i)"));

    const ranged = await api.request(IndicatorsPageDocument, { where: { value: { min: 10, max: 1000 } }, orderBy: { field: 'VALUE', direction: 'ASC' }, first: 100 });
    expect(ranged.data?.indicators.totalCount).toBe(await cypherValue(db, 'MATCH (i:Indicator) WHERE 10 <= i.value <= 1000 RETURN count(i)'));
    expect(ranged.data?.indicators.nodes.every((i) => i.value >= 10 && i.value <= 1000)).toBe(true);

    const docId = await cypherValue<string>(db, 'MATCH (i:Indicator) RETURN i.documentId LIMIT 1');
    const inDoc = await api.request(IndicatorsPageDocument, { where: { document: docId }, first: 100 });
    expect(inDoc.data?.indicators.totalCount).toBe(await cypherValue(db, 'MATCH (i:Indicator {documentId: $id}) RETURN count(i)', { id: docId }));
    expect(inDoc.data?.indicators.nodes.every((i) => i.document.id === docId)).toBe(true);

    const inHaidian = await api.request(IndicatorsPageDocument, { where: { district: haidian }, first: 100 });
    expect(inHaidian.data?.indicators.totalCount).toBeGreaterThan(0);
    const years = await api.request(IndicatorsPageDocument, { where: { year: { min: 2024, max: 2025 } }, first: 100 });
    expect(years.data?.indicators.nodes.every((i) => i.year !== null && i.year !== undefined && i.year >= 2024 && i.year <= 2025)).toBe(true);
  });

  it('departments, districts and documents filter by their own fields', async () => {
    const deps = await api.request(DepartmentsPageDocument, { where: { district: haidian, kind: ['GOVERNMENT'] }, first: 100 });
    expect(deps.data?.departments.nodes.map((n) => n.name)).toEqual(expect.arrayContaining(['海淀区民政局', '海淀区商务局']));
    expect(deps.data?.departments.nodes.every((n) => n.kind === 'GOVERNMENT')).toBe(true);

    const districts = await api.request(DistrictsPageDocument, { where: { level: ['DISTRICT'] }, first: 100 });
    expect(districts.data?.districts.totalCount).toBe(await cypherValue(db, "MATCH (d:District {level: 'DISTRICT'}) RETURN count(d)"));
    expect(districts.data?.districts.nodes.find((d) => d.name === '海淀区')?.code).toBe('110108');
    const within = await api.request(DistrictsPageDocument, { where: { district: haidian, name: '街道' }, first: 100 });
    expect(within.data?.districts.totalCount).toBeGreaterThan(0);

    const docs = await api.request(DocumentsPageDocument, { where: { district: haidian }, first: 10 });
    expect(docs.data?.documents.totalCount).toBe(await cypherValue(db, 'MATCH (d:Document)-[:ABOUT]->(:District {id: $id}) RETURN count(d)', { id: haidian }));
    expect(docs.data?.documents.nodes.every((d) => d.district?.name === '海淀区')).toBe(true);
    const recent = await api.request(DocumentsPageDocument, { where: { publishedAt: { from: '2025-01-01' } }, first: 10 });
    expect(recent.data?.documents.nodes.every((d) => (d.publishedAt ?? '') >= '2025-01-01')).toBe(true);
    const mentioning = await api.request(DocumentsPageDocument, { where: { mentions: minzheng }, first: 10, mentionType: 'DEPARTMENT' });
    expect(mentioning.data?.documents.totalCount).toBeGreaterThan(0);
    for (const d of mentioning.data?.documents.nodes ?? []) {
      expect(d.mentions.nodes.map((m) => m.entity?.id)).toContain(minzheng);
      expect(d.mentions.nodes.every((m) => m.entity?.__typename === 'Department')).toBe(true);
    }
  });
});
