/**
 * Paging: walking any connection with `first: 5` visits every item exactly once, in order, and
 * totalCount matches a Cypher count; cursors are stable.
 */
import { describe, expect, it } from 'vitest';
import {
  DepartmentsPageDocument,
  DistrictsPageDocument,
  DocumentsPageDocument,
  IndicatorsPageDocument,
  ProjectsPageDocument,
} from '../generated/operations.generated.js';
import { cypherValue, useImportedApi } from '../support/corpus.js';
import { pageThrough } from '../support/paging.js';

const unique = <T>(xs: T[]) => new Set(xs).size === xs.length;

/** Sorted, missing values last, in the given direction. */
function expectSorted<T>(values: (T | null | undefined)[], desc = false) {
  const present = values.filter((v) => v !== null && v !== undefined) as T[];
  const firstMissing = values.findIndex((v) => v === null || v === undefined);
  if (firstMissing >= 0) expect(values.slice(firstMissing).every((v) => v === null || v === undefined)).toBe(true);
  for (let i = 1; i < present.length; i++) {
    const a = present[i - 1] as T;
    const b = present[i] as T;
    expect(desc ? a >= b : a <= b, `${String(a)} then ${String(b)}`).toBe(true);
  }
}

describe('paging', () => {
  const suite = useImportedApi();

  it('first: 5 visits every project exactly once, and totalCount matches Cypher', async () => {
    const all = await pageThrough(async (after) => (await suite.api.request(ProjectsPageDocument, { first: 5, after })).data?.projects, 5);
    const ids = all.nodes.map((n) => n.id);
    const count = await cypherValue<number>(suite.db, 'MATCH (p:Project) RETURN count(p)');
    expect(count).toBeGreaterThan(5);
    expect(all.totalCount).toBe(count);
    expect(ids.length).toBe(count);
    expect(unique(ids)).toBe(true);
    expectSorted(all.nodes.map((n) => n.name));
  });

  it('the same walk works in every order, descending too', async () => {
    for (const orderBy of [
      { field: 'NAME', direction: 'DESC' },
      { field: 'START_YEAR', direction: 'ASC' },
      { field: 'END_YEAR', direction: 'DESC' },
    ] as const) {
      const all = await pageThrough(async (after) => (await suite.api.request(ProjectsPageDocument, { first: 7, after, orderBy })).data?.projects, 7);
      expect(all.nodes.length).toBe(all.totalCount);
      expect(unique(all.nodes.map((n) => n.id))).toBe(true);
      if (orderBy.field === 'NAME') expectSorted(all.nodes.map((n) => n.name), true);
      if (orderBy.field === 'START_YEAR') expectSorted(all.nodes.map((n) => n.startYear));
    }
  });

  it('ties run across pages in id order: a year most projects lack, and years shared by many indicators', async () => {
    const projects = await pageThrough(async (after) => (await suite.api.request(ProjectsPageDocument, { first: 4, after, orderBy: { field: 'END_YEAR', direction: 'ASC' } })).data?.projects, 4);
    const expectedProjects = await cypherValue<string[]>(suite.db, 'MATCH (p:Project) WITH p ORDER BY coalesce(toFloat(p.endYear), 1.0e308), p.id RETURN collect(p.id)');
    // most projects have no end year: one tie spanning dozens of pages
    expect(projects.totalCount - (await cypherValue<number>(suite.db, 'MATCH (p:Project) WHERE p.endYear IS NOT NULL RETURN count(p)'))).toBeGreaterThan(8);
    expect(projects.nodes.map((n) => n.id)).toEqual(expectedProjects);
    const indicators = await pageThrough(async (after) => (await suite.api.request(IndicatorsPageDocument, { first: 6, after, orderBy: { field: 'YEAR', direction: 'DESC' } })).data?.indicators, 6);
    const expectedIndicators = await cypherValue<string[]>(suite.db, 'MATCH (i:Indicator) WITH i ORDER BY coalesce(toFloat(i.year), -1.0e308) DESC, i.id RETURN collect(i.id)');
    expect(indicators.nodes.map((n) => n.id)).toEqual(expectedIndicators);
  });

  it('districts, departments, indicators and documents page the same way', async () => {
    const districts = await pageThrough(
      async (after) => (await suite.api.request(DistrictsPageDocument, { first: 50, after, orderBy: { field: 'CODE', direction: 'ASC' } })).data?.districts,
      50,
    );
    expect(districts.totalCount).toBe(await cypherValue(suite.db, 'MATCH (d:District) RETURN count(d)'));
    expect(unique(districts.nodes.map((n) => n.id))).toBe(true);
    expect(districts.nodes.length).toBe(districts.totalCount);
    expectSorted(districts.nodes.map((n) => n.code));

    const departments = await pageThrough(
      async (after) => (await suite.api.request(DepartmentsPageDocument, { first: 5, after, orderBy: { field: 'PROJECTS', direction: 'DESC' } })).data?.departments,
      5,
    );
    expect(departments.totalCount).toBe(await cypherValue(suite.db, 'MATCH (d:Department) RETURN count(d)'));
    expect(unique(departments.nodes.map((n) => n.id))).toBe(true);
    expect(departments.nodes.length).toBe(departments.totalCount);

    const indicators = await pageThrough(
      async (after) => (await suite.api.request(IndicatorsPageDocument, { first: 5, after, orderBy: { field: 'NORMALIZED_VALUE', direction: 'DESC' } })).data?.indicators,
      5,
    );
    expect(indicators.totalCount).toBe(await cypherValue(suite.db, 'MATCH (i:Indicator) RETURN count(i)'));
    expect(unique(indicators.nodes.map((n) => n.id))).toBe(true);
    expectSorted(indicators.nodes.map((n) => n.normalizedValue), true);

    const documents = await pageThrough(async (after) => (await suite.api.request(DocumentsPageDocument, { first: 2, after })).data?.documents, 2);
    expect(documents.totalCount).toBe(await cypherValue(suite.db, 'MATCH (d:Document) RETURN count(d)'));
    expect(unique(documents.nodes.map((n) => n.id))).toBe(true);
    expectSorted(documents.nodes.map((n) => n.publishedAt ?? (n.year ? `${n.year}-12-31` : null)), true);
  });

  it('all departments by name (the index-ordered path) page in the order Cypher sorts them, ties by id', async () => {
    const all = await pageThrough(async (after) => (await suite.api.request(DepartmentsPageDocument, { first: 7, after })).data?.departments, 7);
    const expected = await cypherValue<string[]>(suite.db, 'MATCH (d:Department) WITH d ORDER BY d.name, d.id RETURN collect(d.id)');
    expect(all.totalCount).toBe(expected.length);
    expect(all.nodes.map((n) => n.id)).toEqual(expected);
    // a filter takes the general path, with the same order
    const filtered = await suite.api.request(DepartmentsPageDocument, { first: 7, where: { level: ['NATIONAL', 'MUNICIPAL', 'DISTRICT', 'SUBDISTRICT'] } });
    const levelled = await cypherValue<string[]>(suite.db, "MATCH (d:Department) WHERE d.level IN ['NATIONAL', 'MUNICIPAL', 'DISTRICT', 'SUBDISTRICT'] WITH d ORDER BY d.name, d.id RETURN collect(d.id)[0..7]");
    expect(filtered.data?.departments.nodes.map((n) => n.id)).toEqual(levelled);
  });

  it('indicators of a year (through the year index) page in the order Cypher sorts them', async () => {
    const targets = await pageThrough(
      async (after) =>
        (await suite.api.request(IndicatorsPageDocument, { first: 3, after, where: { kind: ['TARGET'], year: { eq: 2025 } }, orderBy: { field: 'NORMALIZED_VALUE', direction: 'DESC' } })).data?.indicators,
      3,
    );
    const expected = await cypherValue<string[]>(
      suite.db,
      "MATCH (i:Indicator) WHERE i.kind = 'TARGET' AND i.year = 2025 WITH i ORDER BY coalesce(i.normalizedValue, i.value) DESC, i.id ASC RETURN collect(i.id)",
    );
    expect(expected.length).toBeGreaterThan(3);
    expect(targets.totalCount).toBe(expected.length);
    expect(targets.nodes.map((n) => n.id)).toEqual(expected);
    const range = await pageThrough(
      async (after) => (await suite.api.request(IndicatorsPageDocument, { first: 10, after, where: { year: { min: 2020, max: 2024 } }, orderBy: { field: 'LABEL', direction: 'ASC' } })).data?.indicators,
      10,
    );
    const inRange = await cypherValue<string[]>(suite.db, 'MATCH (i:Indicator) WHERE 2020 <= i.year <= 2024 WITH i ORDER BY i.label, i.id RETURN collect(i.id)');
    expect(range.nodes.map((n) => n.id)).toEqual(inRange);
  });

  it('cursors are stable: the same cursor gives the same page', async () => {
    const first = await suite.api.request(ProjectsPageDocument, { first: 5 });
    const cursor = first.data?.projects.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    const again = await suite.api.request(ProjectsPageDocument, { first: 5 });
    expect(again.data?.projects.pageInfo.endCursor).toBe(cursor);
    const a = await suite.api.request(ProjectsPageDocument, { first: 5, after: cursor });
    const b = await suite.api.request(ProjectsPageDocument, { first: 5, after: cursor });
    expect(a.data?.projects.nodes).toEqual(b.data?.projects.nodes);
    expect(a.data?.projects.edges[0]?.node.id).not.toBe(first.data?.projects.edges[4]?.node.id);
    // an edge cursor continues right after that edge
    const fromEdge = await suite.api.request(ProjectsPageDocument, { first: 1, after: first.data?.projects.edges[2]?.cursor });
    expect(fromEdge.data?.projects.nodes[0]?.id).toBe(first.data?.projects.edges[3]?.node.id);
  });

  it('first defaults to 20, first: 0 gives only counts, first: 100 is allowed', async () => {
    const byDefault = await suite.api.request(ProjectsPageDocument, {});
    expect(byDefault.data?.projects.nodes.length).toBe(20);
    const none = await suite.api.request(ProjectsPageDocument, { first: 0 });
    expect(none.data?.projects.nodes).toEqual([]);
    expect(none.data?.projects.pageInfo.hasNextPage).toBe(true);
    expect(none.data?.projects.totalCount).toBe(byDefault.data?.projects.totalCount);
    const max = await suite.api.request(ProjectsPageDocument, { first: 100 });
    expect(max.data?.projects.nodes.length).toBe(Math.min(100, max.data?.projects.totalCount ?? 0));
  });

  it('nested connections page too: a district’s projects', async () => {
    const id = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const query = `query($id: ID!, $after: String) { node(id: $id) { ... on District { projects(first: 5, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } nodes { id } } } } }`;
    type Page = { node: { projects: { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }; nodes: { id: string }[] } } };
    const all = await pageThrough(async (after) => ((await suite.api.raw(query, { id, after })).data as unknown as Page).node.projects, 5);
    expect(all.totalCount).toBe(await cypherValue(suite.db, "MATCH (:District {name: '海淀区'})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project) RETURN count(DISTINCT p)"));
    expect(unique(all.nodes.map((n) => n.id))).toBe(true);
    expect(all.nodes.length).toBe(all.totalCount);
  });
  it('pages that ask for no count (streamed, not counted) are the pages that count, cursor by cursor', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const department = await cypherValue<string>(suite.db, 'MATCH (d:Department)-[:RESPONSIBLE_FOR]->(p:Project) WITH d, count(p) AS n ORDER BY n DESC, d.id LIMIT 1 RETURN d.id');
    const walks: [string, string, Record<string, unknown>][] = [
      ['projects', 'projects(first: 7, after: $after, orderBy: { field: NAME })', {}],
      ['projects', 'projects(first: 4, after: $after, orderBy: { field: END_YEAR, direction: DESC }, where: { status: IN_PROGRESS })', {}],
      ['district', 'district(id: $id) { projects(first: 5, after: $after, orderBy: { field: START_YEAR }) ', { id: district }],
      ['department', 'department(id: $id) { projects(first: 1, after: $after) ', { id: department }],
    ];
    for (const [root, field, vars] of walks) {
      const nested = root !== 'projects';
      const walk = async (selection: string) => {
        const pages: unknown[] = [];
        let after: string | null = null;
        for (let n = 0; n < 500; n++) {
          const query = `query($after: String${nested ? ', $id: ID!' : ''}) { ${field}{ ${selection} pageInfo { hasNextPage endCursor } nodes { id name } }${nested ? ' }' : ''} }`;
          const r = await suite.api.raw(query, { ...vars, after });
          expect(r.errors, query).toBeUndefined();
          const page = (nested ? (r.data as any)[root].projects : (r.data as any).projects) as { pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: unknown[] };
          pages.push({ pageInfo: page.pageInfo, nodes: page.nodes });
          if (!page.pageInfo.hasNextPage) return pages;
          after = page.pageInfo.endCursor;
        }
        throw new Error('paging does not end');
      };
      const streamed = await walk('');
      expect(streamed.length, field).toBeGreaterThan(2);
      expect(streamed, field).toEqual(await walk('totalCount'));
    }
  });

  it("a place's projects by name, read from the place index, are the general statement's pages and total for every place", async () => {
    const places = await cypherValue<string[]>(suite.db, 'MATCH (d:District) WHERE EXISTS { (d)<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(:Project) } RETURN collect(d.id)');
    expect(places.length).toBeGreaterThan(3);
    let walked = 0;
    for (const id of places) {
      const walk = async (selection: string, args = '') => {
        const names: string[] = [];
        const totals: number[] = [];
        let after: string | null = null;
        for (let n = 0; n < 200; n++) {
          const query = `query($id: ID!, $after: String) { district(id: $id) { projects(first: 7, after: $after${args}) { ${selection} pageInfo { hasNextPage endCursor } nodes { name } } } }`;
          const r = await suite.api.raw(query, { id, after });
          expect(r.errors, id).toBeUndefined();
          const page = (r.data as any).district.projects as { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: { name: string }[] };
          names.push(...page.nodes.map((x) => x.name));
          if (page.totalCount !== undefined) totals.push(page.totalCount);
          if (!page.pageInfo.hasNextPage) return { names, totals };
          after = page.pageInfo.endCursor;
        }
        throw new Error('paging does not end');
      };
      // The place named again as a filter takes the general statement (a filter is left to check).
      const general = await walk('totalCount', ', where: { district: $id }');
      const uncounted = await walk('');
      const counted = await walk('totalCount');
      const all = await cypherValue<number>(suite.db, 'MATCH (:District {id: $id})<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(p:Project) RETURN count(DISTINCT p)', { id });
      expect(general.names.length, id).toBe(all);
      expect(uncounted.names, id).toEqual(general.names);
      expect(counted.names, id).toEqual(general.names);
      // The first page's total is counted from the links; later pages' by the general statement.
      expect(counted.totals, id).toEqual(general.totals);
      expect(new Set(counted.totals), id).toEqual(new Set([all]));
      walked += all > 7 ? 1 : 0;
    }
    // Several places span more than one page, so cursors into the index are walked too.
    expect(walked).toBeGreaterThan(1);
  });
});
