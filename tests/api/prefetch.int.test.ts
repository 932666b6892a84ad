/**
 * Prefetch: a page whose items are asked for their departments, their first indicators or their
 * number of projects brings them in the same round trip — and the answers are exactly those the
 * nested resolvers give on their own (here: per project, through the root `project` field, which
 * prefetches nothing).
 */
import { describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createContext } from '../../src/context.js';
import { projectFilter } from '../../src/filters.js';
import { resolvers } from '../../src/resolvers.js';
import { cypherValue, useImportedApi } from '../support/corpus.js';

const WALK = `query($d: ID!) { district(id: $d) { projects(first: 100) { nodes { id name
  departments { role roles department { id name } }
  indicators(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id label value unit } } } } } }`;

const ONE = `query($id: ID!) { project(id: $id) { id name
  departments { role roles department { id name } }
  indicators(first: 1) { totalCount pageInfo { hasNextPage endCursor } nodes { id label value unit } } } }`;

describe('prefetching nested fields of a page', () => {
  const suite = useImportedApi();

  async function counted(query: string, variables: Record<string, unknown>) {
    const before = suite.db.calls();
    const result = await suite.api.raw(query, variables);
    expect(result.errors).toBeUndefined();
    return { calls: suite.db.calls() - before, data: result.data as Record<string, any> };
  }

  it('district → projects → departments and indicators: one round trip, the same answers as asked one by one', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const walk = await counted(WALK, { d: district });
    // the district with one page holding everything its projects were asked for
    expect(walk.calls).toBe(1);
    const projects = walk.data.district.projects.nodes as { id: string }[];
    expect(projects.length).toBeGreaterThan(30);
    expect(projects.some((p: any) => p.departments.length > 0)).toBe(true);
    expect(projects.some((p: any) => p.indicators.totalCount > 1 && p.indicators.pageInfo.hasNextPage)).toBe(true);
    for (const p of projects) {
      const one = await counted(ONE, { id: p.id });
      expect(p).toEqual(one.data.project);
    }
  });

  it('a place by id with its projects: one round trip, the answers of the place and its page read apart', async () => {
    const places = (await suite.db.driver.executeQuery('MATCH (d:District) RETURN d.id AS id ORDER BY COUNT { (d)<-[:PART_OF]-{0,4}(:District)<-[:LOCATED_IN]-(:Project) } DESC, d.id LIMIT 8')).records.map((r) => r.get('id') as string);
    const items = 'nodes { id name departments { role department { id name } } indicators(first: 2) { totalCount nodes { id label } } }';
    let nonEmpty = 0;
    for (const id of [...places, 'dis_notInTheGraph000']) {
      for (const [first, fields] of [
        [3, `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } ${items}`],
        [20, `pageInfo { hasNextPage endCursor } edges { cursor node { id name } }`],
      ] as const) {
        // where: {} is the same page, but not a shape read with the place: the place, then its page.
        const apart = await counted(`query($id: ID!) { node(id: $id) { id ... on District { name projects(first: ${first}, where: {}) { ${fields} } } } }`, { id });
        const together = await counted(`query($id: ID!) { node(id: $id) { id ... on District { name projects(first: ${first}) { ${fields} } } } }`, { id });
        const byDistrict = await counted(`query($id: ID!) { node: district(id: $id) { id ... on District { name projects(first: ${first}) { ${fields} } } } }`, { id });
        expect(together.data, `${id} first ${first}`).toEqual(apart.data);
        expect(byDistrict.data).toEqual(apart.data);
        expect([apart.calls, together.calls, byDistrict.calls]).toEqual(apart.data.node ? [2, 1, 1] : [1, 1, 1]);
        if (!apart.data.node?.projects.pageInfo.hasNextPage) continue;
        nonEmpty += 1;
        // Its end cursor goes on where the page read apart goes on.
        const next = (q: string) => counted(`query($id: ID!, $after: String) { node(id: $id) { ... on District { projects(first: ${first}, after: $after) { edges { node { id } } } } } }`, { id, after: q });
        expect((await next(together.data.node.projects.pageInfo.endCursor)).data).toEqual((await next(apart.data.node.projects.pageInfo.endCursor)).data);
      }
    }
    expect(nonEmpty).toBeGreaterThan(3);
  });

  it("departments asked for their role only come without provenance, in the same round trips, the same links", async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const roleOnly = `query($d: ID!) { district(id: $d) { projects(first: 100) { nodes { id departments { role department { id name } } } } } }`;
    const slim = await counted(roleOnly, { d: district });
    expect(slim.calls).toBe(1);
    const full = await counted(WALK, { d: district });
    const links = (data: Record<string, any>) => data.district.projects.nodes.map((p: any) => ({ id: p.id, departments: p.departments.map((l: any) => ({ role: l.role, department: l.department })) }));
    expect(links(slim.data)).toEqual(links(full.data));
    expect(links(slim.data).some((p: any) => p.departments.length > 1)).toBe(true);
    // One selection with role only and one with evidence, side by side: each gets what it asked for,
    // both from the links the page read with provenance (which hold a role-only selection's needs).
    const both = await counted(
      `query($d: ID!) { district(id: $d) { projects(first: 100) { nodes { id a: departments { role } b: departments { role evidence { quote } } } } } }`,
      { d: district },
    );
    // the district with its page (links with provenance), the quotes
    expect(both.calls).toBe(2);
    for (const p of both.data.district.projects.nodes) {
      expect(p.a.map((l: any) => l.role)).toEqual(p.b.map((l: any) => l.role));
      for (const l of p.b) expect(l.evidence.length).toBeGreaterThan(0);
    }
  });

  it('the same page asked twice with different item selections answers each (role only, then evidence)', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const q = `query($d: ID!) { a: projects(first: 50, where: { district: $d }) { nodes { id departments { role } } } b: projects(first: 50, where: { district: $d }) { nodes { id departments { role evidence { quote } } } } }`;
    const r = await counted(q, { d: district });
    const withLinks = (r.data.b.nodes as any[]).filter((p) => p.departments.length > 0);
    expect(withLinks.length).toBeGreaterThan(0);
    for (const p of withLinks) for (const l of p.departments) expect(l.evidence.length).toBeGreaterThan(0);
    expect((r.data.a.nodes as any[]).map((p) => p.departments.map((l: any) => l.role))).toEqual((r.data.b.nodes as any[]).map((p) => p.departments.map((l: any) => l.role)));
  });

  it('departments asked for more than id and name come whole, in the same round trips, as asked one by one', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const fields = 'role department { id name aliases kind level reference district { id } }';
    const whole = await counted(`query($d: ID!) { district(id: $d) { projects(first: 100) { nodes { id departments { ${fields} } } } } }`, { d: district });
    expect(whole.calls).toBe(2); // the district with its page, the departments' districts
    const nodes = whole.data.district.projects.nodes as { id: string; departments: any[] }[];
    const links = nodes.flatMap((p) => p.departments);
    expect(links.some((l) => l.department.aliases.length > 1 && l.department.district)).toBe(true);
    for (const p of nodes.filter((x) => x.departments.length > 0).slice(0, 15)) {
      const one = await counted(`query($id: ID!) { project(id: $id) { departments { ${fields} } } }`, { id: p.id });
      expect(p.departments).toEqual(one.data.project.departments);
    }
    // Stubs (id and name only asked for) name the same departments.
    const stubs = await counted(`query($d: ID!) { district(id: $d) { projects(first: 100) { nodes { departments { department { id name } } } } } }`, { d: district });
    expect(stubs.calls).toBe(1);
    expect(stubs.data.district.projects.nodes.flatMap((p: any) => p.departments.map((l: any) => l.department))).toEqual(links.map((l) => ({ id: l.department.id, name: l.department.name })));
  });

  it('projects and their indicators come as stubs when that is all a walk reads, whole when it reads more; the same answers', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const busiest = await cypherValue<string>(suite.db, 'MATCH (p:Project) RETURN p.id ORDER BY COUNT { (p)<-[:MEASURES]-() } DESC, p.id LIMIT 1');
    const slimItems = 'id name departments { role } indicators(first: 3) { nodes { id label value unit } }';
    const wholeItems = 'id name aliases status sector startYear endYear departments { role } indicators(first: 3) { nodes { id label value unit normalizedValue baseUnit year kind measure approximate document { id } mention { start end quote } } }';
    // The statement returns stubs for the slim selection (what makes the walk cheaper) and whole rows otherwise.
    const ctx = createContext(suite.db, pino({ level: 'silent' }));
    const read = async (projectDetails: boolean, indicatorDetails: boolean) =>
      ctx.loaders.projects.load({ first: 100, request: { ...projectFilter(null), within: [district], order: 'NAME', desc: false, after: null, prefetch: { departments: true, provenance: false, details: false, indicators: 3, projectDetails, indicatorDetails } } } as any);
    const stubRows = (await read(false, false))!.page;
    const wholeRows = (await read(true, true))!.page;
    expect(stubRows.map((r) => r.node.id)).toEqual(wholeRows.map((r) => r.node.id));
    expect(stubRows.every((r) => Object.keys(r.node).sort().join() === 'id,name')).toBe(true);
    expect(wholeRows.every((r) => 'status' in r.node && 'aliases' in r.node)).toBe(true);
    const stubIndicators = stubRows.flatMap((r) => r.indicators!.page.map((i) => i.node));
    expect(stubIndicators.length).toBeGreaterThan(0);
    expect(stubIndicators.every((i) => Object.keys(i).sort().join() === 'id,label,unit,value')).toBe(true);
    expect(wholeRows.flatMap((r) => r.indicators!.page.map((i) => i.node)).every((i) => 'quote' in i && 'kind' in i)).toBe(true);

    for (const [where, variables] of [[`district(id: $id) { projects(first: 100)`, { id: district }], [`projects(first: 100, where: { district: $id })`, { id: district }]] as const) {
      const slim = await counted(`query($id: ID!) { x: ${where} { nodes { ${slimItems} } } }${where.startsWith('district') ? ' }' : ''}`, variables);
      const whole = await counted(`query($id: ID!) { x: ${where} { nodes { ${wholeItems} } } }${where.startsWith('district') ? ' }' : ''}`, variables);
      expect(slim.calls).toBe(1);
      const nodes = (d: Record<string, any>) => (d.x.projects ?? d.x).nodes as any[];
      expect(nodes(whole.data).some((p) => p.status !== 'UNKNOWN')).toBe(true);
      // What both ask for is the same; what the whole selection adds is each project's own answer.
      const slimOf = (p: any) => ({ id: p.id, name: p.name, departments: p.departments, indicators: { nodes: p.indicators.nodes.map((i: any) => ({ id: i.id, label: i.label, value: i.value, unit: i.unit })) } });
      expect(nodes(slim.data)).toEqual(nodes(whole.data).map(slimOf));
      for (const p of nodes(whole.data).filter((x) => x.indicators.nodes.length > 0).slice(0, 5)) {
        const one = await counted(`query($id: ID!) { project(id: $id) { ${wholeItems} } }`, { id: p.id });
        expect(p).toEqual(one.data.project);
      }
    }
    // A field a stub lacks, reached anyway (a look-ahead that did not foresee it): read whole, not answered from the stub.
    const one = (await counted(`query($id: ID!) { project(id: $id) { ${wholeItems} } }`, { id: busiest })).data.project;
    const stub = { id: busiest, name: one.name };
    const resolve = (type: 'Project' | 'Indicator', field: string, row: object) => (resolvers as any)[type][field](row, {}, ctx, undefined);
    expect(await resolve('Project', 'status', stub)).toBe(one.status);
    expect(await resolve('Project', 'aliases', stub)).toEqual(one.aliases);
    const indicator = one.indicators.nodes[0];
    const indicatorStub = { id: indicator.id, label: indicator.label, value: indicator.value, unit: indicator.unit };
    expect(await resolve('Indicator', 'kind', indicatorStub)).toBe(indicator.kind);
    expect((await resolve('Indicator', 'mention', indicatorStub)).quote).toBe(indicator.mention.quote);
    expect((await resolve('Indicator', 'document', indicatorStub)).id).toBe(indicator.document.id);
  });

  it('a repeated operation reuses its parsed selection only for the same variables: each variable set reads what it selects', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    // One text, so Apollo hands every run the same parsed document; the variables change what it selects.
    const q = `query($d: ID!, $whole: Boolean!, $n: Int!) { district(id: $d) { projects(first: 100) { nodes { id name status @include(if: $whole)
      indicators(first: $n) { totalCount nodes { id label kind @include(if: $whole) } } } } } }`;
    const runs = [
      { whole: false, n: 1 },
      { whole: true, n: 1 },
      { whole: false, n: 2 },
      { whole: true, n: 2 },
      { whole: false, n: 1 },
    ];
    for (const v of runs) {
      const r = await counted(q, { d: district, ...v });
      // One read each time: a tree kept from other variables would prefetch the wrong page size or
      // stubs where whole rows are asked for, and the nested resolvers would read again.
      expect(r.calls, JSON.stringify(v)).toBe(1);
      const nodes = r.data.district.projects.nodes as any[];
      expect(nodes.every((p) => ('status' in p) === v.whole)).toBe(true);
      expect(nodes.every((p) => p.indicators.nodes.length <= v.n)).toBe(true);
      expect(nodes.some((p) => p.indicators.nodes.length === v.n && p.indicators.totalCount === 2)).toBe(true);
      if (v.whole) expect(nodes.some((p) => p.status !== 'UNKNOWN')).toBe(true);
      if (v.whole) expect(nodes.flatMap((p) => p.indicators.nodes).every((i: any) => i.kind === 'ACTUAL' || i.kind === 'TARGET')).toBe(true);
    }
  });

  it('a filtered nested connection is not prefetched, and still answers', async () => {
    const district = await cypherValue<string>(suite.db, "MATCH (d:District {name: '海淀区'}) RETURN d.id");
    const q = `query($d: ID!) { district(id: $d) { projects(first: 10) { nodes { indicators(first: 2, where: { kind: TARGET }) { totalCount } } } } }`;
    const r = await counted(q, { d: district });
    expect(r.calls).toBe(2); // the district with its page, the filtered indicators
  });

  it('departments with their number of projects: one round trip, the counts the nested connection gives', async () => {
    const q = '{ departments(first: 40) { nodes { id projects { totalCount } } } }';
    const r = await counted(q, {});
    expect(r.calls).toBe(1);
    const nodes = r.data.departments.nodes as { id: string; projects: { totalCount: number } }[];
    expect(nodes.some((d) => d.projects.totalCount > 0)).toBe(true);
    for (const d of nodes) {
      const one = await counted('query($id: ID!) { department(id: $id) { projects(first: 1) { totalCount nodes { id } } } }', { id: d.id });
      expect(one.data.department.projects.totalCount).toBe(d.projects.totalCount);
    }
  });

  it('a total and a page of the same department connection in one request do not mix', async () => {
    const page = await counted('{ departments(first: 100) { nodes { id projects { totalCount } } } }', {});
    const busiest = (page.data.departments.nodes as any[]).reduce((a, b) => (b.projects.totalCount > a.projects.totalCount ? b : a));
    expect(busiest.projects.totalCount).toBeGreaterThan(1);
    const id = busiest.id as string;
    const q = `query($id: ID!) { departments(first: 100) { nodes { id projects { totalCount } } } department(id: $id) { projects { totalCount nodes { id } } } }`;
    const r = await counted(q, { id });
    const fromPage = (r.data.departments.nodes as any[]).find((d) => d.id === id);
    expect(fromPage?.projects.totalCount).toBe(r.data.department.projects.totalCount);
    expect(r.data.department.projects.nodes.length).toBe(Math.min(20, r.data.department.projects.totalCount));
  });

  it('a department by name with its collaborators: one round trip, the collaborators asked for by id give', async () => {
    const sel = '{ id name collaborators(first: 5) { sharedProjects department { id name } projects { id name } } }';
    const byName = await counted(`{ department(name: "海淀区民政局") ${sel} }`, {});
    expect(byName.calls).toBe(1);
    const dep = byName.data.department;
    expect(dep.collaborators.length).toBeGreaterThan(0);
    const byId = await counted(`query($id: ID!) { department(id: $id) ${sel} }`, { id: dep.id });
    expect(byId.calls).toBe(2);
    expect(dep).toEqual(byId.data.department);
    // in traditional script, the same department and collaborators
    const traditional = await counted(`{ department(name: "海澱區民政局") ${sel} }`, {});
    expect(traditional.data.department).toEqual(dep);
  });

  it("collaborators' shared projects: read as id and name when that is all that is asked, whole rows otherwise, the same either way", async () => {
    const FULL = 'projects { id name aliases status sector startYear endYear }';
    const asked = async (projects: string, by: 'name' | 'id', id?: string) => {
      const q = by === 'name' ? `{ department(name: "海淀区民政局") { id collaborators(first: 5) { department { id } ${projects} } } }` : `query($id: ID!) { department(id: $id) { id collaborators(first: 5) { department { id } ${projects} } } }`;
      return counted(q, id ? { id } : {});
    };
    const whole = await asked(FULL, 'name');
    const dep = whole.data.department;
    const shared = (dep.collaborators as { projects: Record<string, unknown>[] }[]).flatMap((c) => c.projects);
    expect(shared.length).toBeGreaterThan(0);
    // a real status, not the stub's missing one read as UNKNOWN
    expect(shared.some((p) => p.status !== 'UNKNOWN')).toBe(true);
    const pick = (c: any) => ({ department: c.department, projects: c.projects.map((p: any) => ({ id: p.id, name: p.name })) });
    for (const by of ['name', 'id'] as const) {
      const slim = await asked('projects { id name }', by, dep.id);
      expect(slim.data.department.collaborators).toEqual(dep.collaborators.map(pick));
      const full = await asked(FULL, by, dep.id);
      expect(full.data.department).toEqual(dep);
      // Fields through a fragment on an interface: whole rows all the same (one more round trip at most).
      const viaFragment = await asked('projects { id name ... on Entity { aliases } ... on Project { status } }', by, dep.id);
      expect(viaFragment.data.department.collaborators.map((c: any) => c.projects.map((p: any) => p.status))).toEqual(dep.collaborators.map((c: any) => c.projects.map((p: any) => p.status)));
      expect(viaFragment.data.department.collaborators.map((c: any) => c.projects.map((p: any) => p.aliases))).toEqual(dep.collaborators.map((c: any) => c.projects.map((p: any) => p.aliases)));
    }
  });

  it('stubs where whole rows are needed (a look-ahead that guessed wrong) are read whole, not answered from the stub', async () => {
    const sel = 'collaborators(first: 5) { department { id name kind level } projects { id status sector } }';
    const dep = (await counted(`{ department(name: "海淀区民政局") { id ${sel} } }`, {})).data.department;
    const ctx = createContext(suite.db, pino({ level: 'silent' }));
    const stubs = await ctx.loaders.collaborators.load({ id: dep.id, first: 5, details: false, departmentDetails: false });
    expect(stubs.flatMap((c) => c.projects).every((p) => !('status' in p))).toBe(true);
    expect(stubs.every((c) => Object.keys(c.department).sort().join() === 'id,name')).toBe(true);
    ctx.loaders.collaborators.prime({ id: dep.id, first: 5, details: true, departmentDetails: true }, stubs);
    const response = await suite.api.server.apollo.executeOperation({ query: `query($id: ID!) { department(id: $id) { id ${sel} } }`, variables: { id: dep.id } }, { contextValue: ctx });
    const result = response.body.kind === 'single' ? response.body.singleResult : null;
    expect(result?.errors).toBeUndefined();
    expect(result?.data?.department).toEqual(dep);
    expect(dep.collaborators.every((c: any) => typeof c.department.kind === 'string')).toBe(true);
  });

  it("collaborating departments: read as id and name when that is all that is asked, whole rows otherwise, the same either way", async () => {
    const asked = (department: string, by: 'name' | 'id', id?: string) =>
      counted(by === 'name' ? `{ department(name: "海淀区民政局") { id collaborators(first: 5) { sharedProjects ${department} } } }` : `query($id: ID!) { department(id: $id) { id collaborators(first: 5) { sharedProjects ${department} } } }`, id ? { id } : {});
    const whole = (await asked('department { id name aliases kind level reference }', 'name')).data.department;
    expect(whole.collaborators.length).toBeGreaterThan(0);
    for (const by of ['name', 'id'] as const) {
      const slim = await asked('department { id name }', by, whole.id);
      expect(slim.calls).toBe(by === 'name' ? 1 : 2);
      expect(slim.data.department.collaborators).toEqual(whole.collaborators.map((c: any) => ({ sharedProjects: c.sharedProjects, department: { id: c.department.id, name: c.department.name } })));
      const full = await asked('department { id name aliases kind level reference }', by, whole.id);
      expect(full.data.department).toEqual(whole);
      // Through a fragment on an interface: whole rows all the same.
      const viaFragment = await asked('department { id ... on Entity { aliases } ... on Department { kind } }', by, whole.id);
      expect(viaFragment.data.department.collaborators.map((c: any) => [c.department.aliases, c.department.kind])).toEqual(whole.collaborators.map((c: any) => [c.department.aliases, c.department.kind]));
    }
  });
});
