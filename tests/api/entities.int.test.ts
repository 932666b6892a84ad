/**
 * The entity types and their fields against the graph of the bundled corpus: districts,
 * departments, projects, indicators, documents, mentions, lookups by id and by name. Facts asserted
 * are the robust ones (reference data, 海淀食堂 and its departments); counts are compared with
 * Cypher on the same graph rather than hard-coded.
 */
import { describe, expect, it } from 'vitest';
import {
  DepartmentByNameDocument,
  DistrictByNameDocument,
  DocumentsPageDocument,
  IndicatorsPageDocument,
  NodeByIdDocument,
  ProjectByNameDocument,
} from '../generated/operations.generated.js';
import { cypherValue, useImportedApi } from '../support/corpus.js';
import { pageThrough } from '../support/paging.js';

describe('entities of the bundled corpus', () => {
  const suite = useImportedApi();

  it('District 海淀区: GB/T 2260 code, level, parent 北京市, children, and what lies in it', async () => {
    const { data, errors } = await suite.api.request(DistrictByNameDocument, { name: '海淀區' });
    expect(errors).toBeUndefined();
    const d = data?.district;
    expect(d).toMatchObject({ name: '海淀区', code: '110108', level: 'DISTRICT', reference: true });
    expect(d?.aliases).toEqual(expect.arrayContaining(['海淀区', '海淀區']));
    expect(d?.parent).toMatchObject({ name: '北京市', level: 'MUNICIPALITY' });
    expect(d?.children.totalCount).toBe(await cypherValue(suite.db, 'MATCH (:District {id: $id})<-[:PART_OF]-(c:District) RETURN count(c)', { id: d?.id }));
    expect(d?.children.totalCount).toBeGreaterThan(10);
    expect(d?.children.nodes.every((c) => c.level === 'SUBDISTRICT' || c.level === 'AREA')).toBe(true);
    expect(d?.departments.nodes.map((x) => x.name)).toEqual(expect.arrayContaining(['海淀区民政局', '海淀区商务局']));
    expect(d?.projects.nodes.map((x) => x.name)).toContain('海淀食堂');
    expect(d?.projects.totalCount).toBe(
      await cypherValue(suite.db, 'MATCH (:District {id: $id})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project) RETURN count(DISTINCT p)', { id: d?.id }),
    );
    expect(d?.documents.totalCount).toBeGreaterThan(0);
    expect(d?.indicators.totalCount).toBeGreaterThan(0);
    expect(d?.mentions.totalCount).toBe(await cypherValue(suite.db, 'MATCH (:District {id: $id})-[m:MENTIONED_IN]->() RETURN count(m)', { id: d?.id }));
  });

  it('a mention quotes its document exactly', async () => {
    const { nodes: docs } = await pageThrough(async (after) => (await suite.api.request(DocumentsPageDocument, { first: 5, after })).data?.documents, 5);
    expect(docs.length).toBe(await cypherValue(suite.db, 'MATCH (d:Document) RETURN count(d)'));
    for (const doc of docs) {
      expect(doc.length).toBe(doc.text.length);
      for (const m of doc.mentions.nodes) expect(doc.text.slice(m.start, m.end)).toBe(m.quote);
      const starts = doc.mentions.nodes.map((m) => m.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('Department 海淀区民政局: kind, jurisdiction, LEAD on 海淀食堂 with evidence', async () => {
    const { data, errors } = await suite.api.request(DepartmentByNameDocument, { name: '海淀区民政局', role: 'LEAD' });
    expect(errors).toBeUndefined();
    const dep = data?.department;
    expect(dep).toMatchObject({ name: '海淀区民政局', kind: 'GOVERNMENT', level: 'DISTRICT', district: { name: '海淀区' } });
    const edge = dep?.projects.edges.find((e) => e.node.name === '海淀食堂');
    expect(edge?.role).toBe('LEAD');
    expect(dep?.projects.edges.every((e) => e.role === 'LEAD')).toBe(true);
    expect(edge?.documents.length).toBeGreaterThan(0);
    expect(edge?.evidence.length).toBeGreaterThan(0);
    const text = await cypherValue<string>(suite.db, 'MATCH (d:Document {id: $id}) RETURN d.text', { id: edge?.evidence[0]?.document.id });
    expect(text.slice(edge?.evidence[0]?.start, edge?.evidence[0]?.end)).toBe(edge?.evidence[0]?.quote);
  });

  it('collaborators of 海淀区民政局 include 海淀区商务局 on 海淀食堂, most shared first', async () => {
    const { data } = await suite.api.request(DepartmentByNameDocument, { name: '海淀区民政局' });
    const collaborators = data?.department?.collaborators ?? [];
    const commerce = collaborators.find((c) => c.department.name === '海淀区商务局');
    expect(commerce?.projects.map((p) => p.name)).toContain('海淀食堂');
    expect(commerce?.sharedProjects).toBe(commerce?.projects.length);
    expect(collaborators.map((c) => c.department.name)).toContain('海淀区农业农村局');
    expect(collaborators.map((c) => c.department.name)).not.toContain('海淀区民政局');
    const shared = collaborators.map((c) => c.sharedProjects);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  it('Project 海淀食堂: departments with roles, place, documents, mentions', async () => {
    const { data, errors } = await suite.api.request(ProjectByNameDocument, { name: '海淀食堂' });
    expect(errors).toBeUndefined();
    const p = data?.project;
    const roles = Object.fromEntries(p?.departments.map((d) => [d.department.name, d.role]) ?? []);
    expect(roles['海淀区民政局']).toBe('LEAD');
    expect(roles['海淀区商务局']).toBe('PARTICIPANT');
    expect(roles['海淀区农业农村局']).toBe('PARTICIPANT');
    expect(p?.departments[0]?.role).toBe('LEAD'); // leads first
    expect(p?.districts.map((d) => d.name)).toContain('海淀区');
    expect(p?.documents.totalCount).toBeGreaterThan(0);
    expect(p?.mentions.totalCount).toBe(await cypherValue(suite.db, 'MATCH (:Project {id: $id})-[m:MENTIONED_IN]->() RETURN count(m)', { id: p?.id }));
    expect(p?.mentions.nodes.every((m) => m.entity?.id === p?.id)).toBe(true);
    for (const i of p?.indicators.nodes ?? []) expect(i.subject?.id).toBe(p?.id);

    const participants = await suite.api.request(ProjectByNameDocument, { name: '海淀食堂', role: 'PARTICIPANT' });
    expect(participants.data?.project?.departments.map((d) => d.department.name).sort()).toEqual(expect.arrayContaining(['海淀区商务局', '海淀区农业农村局']));
    expect(participants.data?.project?.departments.every((d) => d.role === 'PARTICIPANT')).toBe(true);
  });

  it('Project.partOf and parts are the two ends of PART_OF', async () => {
    const pair = await suite.db.driver.executeQuery('MATCH (c:Project)-[:PART_OF]->(p:Project) RETURN c.name AS child, p.name AS parent LIMIT 1');
    const row = pair.records[0];
    if (!row) return; // the extractor found no programme in this corpus
    const child = await suite.api.request(ProjectByNameDocument, { name: row.get('child') as string });
    expect(child.data?.project?.partOf?.name).toBe(row.get('parent'));
    const parent = await suite.api.request(ProjectByNameDocument, { name: row.get('parent') as string });
    expect(parent.data?.project?.parts.nodes.map((n) => n.id)).toContain(child.data?.project?.id);
  });

  it('Indicator: value, units, subject, document and the exact words', async () => {
    const { data, errors } = await suite.api.request(IndicatorsPageDocument, { first: 100 });
    expect(errors).toBeUndefined();
    const indicators = data?.indicators.nodes ?? [];
    expect(indicators.length).toBeGreaterThan(0);
    for (const i of indicators) {
      expect(i.mention.document.id).toBe(i.document.id);
      expect(i.mention.document.text.slice(i.mention.start, i.mention.end)).toBe(i.mention.quote);
      expect(i.mention.entity?.id).toBe(i.id);
      expect(['ACTUAL', 'TARGET']).toContain(i.kind);
    }
    expect(indicators.some((i) => i.subject !== null)).toBe(true);
  });

  it('node(id) resolves every type; an unknown but well-formed id is null', async () => {
    const ids = await suite.db.driver.executeQuery(
      `MATCH (d:District) WITH d LIMIT 1 MATCH (dep:Department) WITH d, dep LIMIT 1 MATCH (p:Project) WITH d, dep, p LIMIT 1
       MATCH (i:Indicator) WITH d, dep, p, i LIMIT 1 MATCH (doc:Document) RETURN [d.id, dep.id, p.id, i.id, doc.id] AS ids LIMIT 1`,
    );
    const expected = ['District', 'Department', 'Project', 'Indicator', 'Document'];
    const list = ids.records[0]?.get('ids') as string[];
    for (const [k, id] of list.entries()) {
      const { data, errors } = await suite.api.request(NodeByIdDocument, { id });
      expect(errors).toBeUndefined();
      expect(data?.node).toMatchObject({ __typename: expected[k], id });
    }
    const unknown = await suite.api.request(NodeByIdDocument, { id: 'prj_AAAAAAAAAAAAAAAA' });
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.node).toBeNull();
  });

  it('lookups by name take aliases and either script; an unknown name is null', async () => {
    const byAlias = await suite.api.raw('{ department(name: "市发改委") { name } district(name: "海淀") { name } }');
    expect(byAlias.data).toEqual({ department: { name: '北京市发展和改革委员会' }, district: { name: '海淀区' } });
    // 朝阳 and 大兴 are not aliases (as words in text they are often something else), but a
    // reader who asks for the place by them means the district; they stay out of its aliases.
    const short = await suite.api.raw('{ a: district(name: "朝阳") { name aliases } b: district(name: "大興") { name } }');
    expect(short.errors).toBeUndefined();
    expect(short.data).toMatchObject({ a: { name: '朝阳区' }, b: { name: '大兴区' } });
    expect((short.data as any).a.aliases).not.toContain('朝阳');
    const missing = await suite.api.raw('{ project(name: "不存在的项目") { id } }');
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ project: null });
  });
});
