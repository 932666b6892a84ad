/**
 * The benchmark's fixed set of representative read queries, each as this API asks it, as the
 * Neo4j GraphQL Library asks it (null where it cannot express it), and as one hand-written Cypher
 * statement (cypher/bench/*.cypher, through neo4j-driver with no GraphQL). The floor needs nothing
 * here: it replays the reads this API makes for `ours` (capture.ts).
 */
import { stableId } from '../../import/ids.js';

export interface BenchQuery {
  name: string;
  description: string;
  ours: { query: string; variables?: Record<string, unknown> };
  neo4jGraphql: { query: string; variables?: Record<string, unknown> } | null;
  /** Why the library cannot express it, where it cannot. */
  neo4jGraphqlNote?: string;
  /** The whole answer as one hand-written statement (statementServer.ts). */
  statement: { cypher: string; params: Record<string, unknown> };
  /**
   * Each server's answer reduced to what all three must agree on, so that a run checks it measured
   * the same question three ways: ours and neo4jGraphql get the response's `data`, statement its rows.
   * Where the servers may order ties differently, the reduction sorts them.
   */
  answer: { ours: (data: any) => unknown; neo4jGraphql?: (data: any) => unknown; statement: (rows: any[]) => unknown };
}

const sorted = <T>(xs: T[]): T[] => [...xs].sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : JSON.stringify(a) > JSON.stringify(b) ? 1 : 0));
const nestedProject = (name: string, departments: { role: unknown; name: string }[], indicators: { label: unknown; value: unknown; unit: unknown }[]) => ({
  name,
  departments: sorted(departments.map((d) => [d.role ?? null, d.name])),
  indicators: indicators.map((i) => [i.label ?? null, i.value ?? null, i.unit ?? null]),
});

const HAIDIAN = stableId('District', '海淀区');
const MINZHENG = '海淀区民政局';
const FGW = stableId('Department', '北京市发展和改革委员会');
const BIKE_LANE = stableId('Project', '自行车专用路');
const FIRST = 20;

export const benchQueries: BenchQuery[] = [
  {
    name: 'projects-page',
    description: 'filtered, sorted connection page: projects under way in 海淀区 (and places inside it), by name',
    ours: {
      query: `query($d: ID!) { projects(where: { district: $d, status: IN_PROGRESS }, orderBy: { field: NAME }, first: ${FIRST}) { totalCount nodes { id name status } } }`,
      variables: { d: HAIDIAN },
    },
    neo4jGraphql: {
      query: `query($d: ID!) { projectsConnection(where: { status: { eq: "IN_PROGRESS" }, districts: { some: { OR: [{ id: { eq: $d } }, { parent: { some: { id: { eq: $d } } } }] } } }, sort: [{ name: ASC }], first: ${FIRST}) { totalCount edges { node { id name status } } } }`,
      variables: { d: HAIDIAN },
    },
    statement: { cypher: 'bench/projectsPage', params: { district: HAIDIAN, first: FIRST } },
    answer: {
      ours: (d) => ({ total: d.projects.totalCount, names: d.projects.nodes.map((n: any) => n.name) }),
      neo4jGraphql: (d) => ({ total: d.projectsConnection.totalCount, names: d.projectsConnection.edges.map((e: any) => e.node.name) }),
      statement: (rows) => ({ total: rows[0].totalCount, names: rows[0].nodes.map((n: any) => n.name) }),
    },
  },
  {
    name: 'search',
    description: 'full-text search for 海淀 over names and aliases, ranked',
    ours: { query: `{ search(query: "海淀", first: 10) { score type node { id ... on Entity { name } } } }` },
    neo4jGraphql: null,
    neo4jGraphqlNote: 'its @fulltext directive needs one index per type that it creates itself; the multi-label cjk index with aliases and pinyin cannot be expressed',
    statement: { cypher: 'bench/search', params: { query: '海淀', first: 10 } },
    // This API ranks exact name and alias matches first; the statement keeps the full-text index's order.
    answer: { ours: (d) => sorted(d.search.map((h: any) => h.node.id)), statement: (rows) => sorted(rows.map((r) => r.id)) },
  },
  {
    name: 'nested-walk',
    description: 'district → its projects (and those of places inside it), by name → departments (with roles) and first indicators (in text order)',
    ours: {
      query: `query($d: ID!) { node(id: $d) { ... on District { name projects(first: ${FIRST}) { nodes { name departments { role department { name } } indicators(first: 5) { nodes { label value unit } } } } } } }`,
      variables: { d: HAIDIAN },
    },
    neo4jGraphql: {
      query: `query($d: ID!) { districts(where: { id: { eq: $d } }) { name projectsWithin(limit: ${FIRST}) { name departmentsConnection { edges { properties { role } node { name } } } indicators(sort: [{ documentId: ASC }, { start: ASC }], limit: 5) { label value unit } } } }`,
      variables: { d: HAIDIAN },
    },
    statement: { cypher: 'bench/nestedWalk', params: { district: HAIDIAN, first: FIRST } },
    answer: {
      ours: (d) => ({ name: d.node.name, projects: d.node.projects.nodes.map((p: any) => nestedProject(p.name, p.departments.map((x: any) => ({ role: x.role, name: x.department.name })), p.indicators.nodes)) }),
      neo4jGraphql: (d) => ({
        name: d.districts[0].name,
        projects: d.districts[0].projectsWithin.map((p: any) => nestedProject(p.name, p.departmentsConnection.edges.map((e: any) => ({ role: e.properties.role, name: e.node.name })), p.indicators)),
      }),
      statement: (rows) => ({ name: rows[0].district, projects: rows[0].projects.map((p: any) => nestedProject(p.name, p.departments, p.indicators)) }),
    },
  },
  {
    name: 'collaborators',
    description: 'departments working with 海淀区民政局, on what, most shared first',
    ours: { query: `{ department(name: "${MINZHENG}") { collaborators(first: 10) { sharedProjects department { name } projects { name } } } }` },
    neo4jGraphql: { query: `{ departments(where: { name: { eq: "${MINZHENG}" } }) { collaborators { name sharedProjects projects } } }` },
    statement: { cypher: 'bench/collaborators', params: { name: MINZHENG, first: 10 } },
    answer: {
      ours: (d) => d.department.collaborators.map((c: any) => [c.department.name, c.sharedProjects, sorted(c.projects.map((p: any) => p.name))]),
      neo4jGraphql: (d) => d.departments[0].collaborators.slice(0, 10).map((c: any) => [c.name, c.sharedProjects, sorted(c.projects)]),
      statement: (rows) => rows.map((r) => [r.name, r.sharedProjects, sorted(r.projects)]),
    },
  },
  {
    name: 'shortest-path',
    description: 'how 北京市发展和改革委员会 is connected to 自行车专用路',
    ours: { query: `query($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { length steps { from { id } relationship to { id } } } }`, variables: { f: FGW, t: BIKE_LANE } },
    neo4jGraphql: { query: `query($f: ID!, $t: ID!) { shortestPath(from: $f, to: $t) { from relationship to } }`, variables: { f: FGW, t: BIKE_LANE } },
    statement: { cypher: 'bench/shortestPath', params: { from: FGW, to: BIKE_LANE } },
    // Several paths may be shortest: the servers agree on the length (null: no path).
    answer: { ours: (d) => d.shortestPath?.length ?? null, neo4jGraphql: (d) => d.shortestPath.length || null, statement: (rows) => rows[0]?.steps.length ?? null },
  },
  {
    name: 'stats',
    description: 'counts per label',
    ours: { query: `{ stats { districts departments projects indicators documents } }` },
    neo4jGraphql: {
      query: `{ districtsConnection { totalCount } departmentsConnection { totalCount } projectsConnection { totalCount } indicatorsConnection { totalCount } documentsConnection { totalCount } }`,
    },
    statement: { cypher: 'bench/stats', params: {} },
    answer: {
      ours: (d) => d.stats,
      neo4jGraphql: (d) => ({
        districts: d.districtsConnection.totalCount,
        departments: d.departmentsConnection.totalCount,
        projects: d.projectsConnection.totalCount,
        indicators: d.indicatorsConnection.totalCount,
        documents: d.documentsConnection.totalCount,
      }),
      statement: (rows) => rows[0],
    },
  },
  {
    name: 'department-project-counts',
    description: 'count-heavy: a page of departments by name, each with its number of projects, and the total',
    ours: { query: `{ departments(orderBy: { field: NAME }, first: ${FIRST}) { totalCount nodes { name projects { totalCount } } } }` },
    neo4jGraphql: { query: `{ departmentsConnection(sort: [{ name: ASC }], first: ${FIRST}) { totalCount edges { node { name projectsConnection { totalCount } } } } }` },
    statement: { cypher: 'bench/departmentProjectCounts', params: { first: FIRST } },
    answer: {
      ours: (d) => ({ total: d.departments.totalCount, nodes: d.departments.nodes.map((n: any) => [n.name, n.projects.totalCount]) }),
      neo4jGraphql: (d) => ({ total: d.departmentsConnection.totalCount, nodes: d.departmentsConnection.edges.map((e: any) => [e.node.name, e.node.projectsConnection.totalCount]) }),
      statement: (rows) => ({ total: rows[0].totalCount, nodes: rows[0].nodes.map((n: any) => [n.name, n.projects]) }),
    },
  },
  {
    name: 'targets-2025',
    description: 'all 2025 targets, largest first (in base units), one page with the total',
    ours: { query: `{ indicators(where: { kind: TARGET, year: { eq: 2025 } }, orderBy: { field: NORMALIZED_VALUE, direction: DESC }, first: ${FIRST}) { totalCount nodes { label value unit } } }` },
    neo4jGraphql: {
      query: `{ indicatorsConnection(where: { kind: { eq: "TARGET" }, year: { eq: 2025 } }, sort: [{ normalizedValue: DESC }], first: ${FIRST}) { totalCount edges { node { label value unit } } } }`,
    },
    statement: { cypher: 'bench/targets', params: { kind: 'TARGET', year: 2025, first: FIRST } },
    answer: {
      ours: (d) => ({ total: d.indicators.totalCount, nodes: d.indicators.nodes.map((n: any) => [n.label, n.value, n.unit]) }),
      neo4jGraphql: (d) => ({ total: d.indicatorsConnection.totalCount, nodes: d.indicatorsConnection.edges.map((e: any) => [e.node.label, e.node.value, e.node.unit]) }),
      statement: (rows) => ({ total: rows[0].totalCount, nodes: rows[0].nodes.map((n: any) => [n.label, n.value, n.unit]) }),
    },
  },
];
