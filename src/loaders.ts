/**
 * The per-request DataLoaders. Every field that needs the database goes through one of them, and
 * each batch is one Cypher statement (UNWIND $ids or UNWIND $requests): so the number of database
 * round-trips of a request grows with the depth of its selection, never with the length of its
 * lists. Loaders live for one request only (created in the context), so nothing is cached across
 * requests.
 */
import DataLoader from 'dataloader';
import { labelOfId } from '../import/ids.js';
import type { Database } from './db/driver.js';
import * as q from './db/queries.js';
import type { PageRow, ReadQuery, Span } from './db/queries.js';
import type { CollaborationRow, DepartmentRow, DistrictRow, DocumentRow, EntityRow, IndicatorRow, NodeRow, ProjectDepartmentRow, ProjectRow } from './db/rows.js';

/** A page request for a connection loader: the query's request and the page size. */
export interface PageKey<Req> {
  request: Req;
  first: number;
}

export type Loaders = ReturnType<typeof createLoaders>;

export function createLoaders(db: Database, timeoutMs: number) {
  const json = { cacheKeyFn: (key: unknown) => JSON.stringify(key) };
  // The prefetch is part of a page's key: the same page asked with two item selections (a role
  // only, then evidence) is two reads, each with what its items were asked for.
  const pageJson = { cacheKeyFn: (key: PageKey<object>) => JSON.stringify(key) };

  /** Nodes of one label by id; ids not in the graph give null. */
  const byId = <R extends { id: string }>(query: ReadQuery<q.IdsParams, { node: R }>) =>
    new DataLoader<string, R | null>(async (ids) => {
      const rows = await query.run(db, { ids: [...ids] }, timeoutMs);
      const found = new Map(rows.map((r) => [r.node.id, r.node]));
      return ids.map((id) => found.get(id) ?? null);
    });

  /** Something per id (a list or one related node); ids without any give `empty`. */
  const perId = <Row extends { id: string }, V, P extends object = object>(query: ReadQuery<q.IdsParams & P, Row>, pick: (row: Row) => V, empty: V, params?: P) =>
    new DataLoader<string, V>(async (ids) => {
      const rows = await query.run(db, { ...(params as P), ids: [...ids] }, timeoutMs);
      const found = new Map(rows.map((r) => [r.id, pick(r)]));
      return ids.map((id) => found.get(id) ?? empty);
    });

  /** The largest page of nested items a batch prefetches (a project's indicators), plus one: LIMIT takes no variable. */
  const prefetchLimit = (keys: readonly PageKey<object>[]) =>
    Math.max(0, ...keys.map((k) => Number((k.request as { prefetch?: { indicators?: number | null } | null }).prefetch?.indicators ?? 0))) + 1;

  /** Pages of a connection: one statement per batch, whatever the mix of filters and cursors. */
  const pages = <Req extends object, Row extends PageRow<unknown, object>>(query: ReadQuery<q.ConnectionParams<Req>, Row>) =>
    new DataLoader<PageKey<Req>, Row | undefined, string>(async (keys) => {
      const limit = Math.max(...keys.map((k) => k.first)) + 1;
      const rows = await query.run(db, { requests: keys.map((k) => ({ prefetch: null, ...k.request })), limit, prefetchLimit: prefetchLimit(keys), sortedListMax: q.SORTED_LIST_MAX }, timeoutMs);
      const byIndex = new Map(rows.map((r) => [r.i, r]));
      return keys.map((_, i) => byIndex.get(i));
    }, pageJson);

  const district = byId<DistrictRow>(q.readDistrictsById);
  const department = byId<DepartmentRow>(q.readDepartmentsById);
  const project = byId<ProjectRow>(q.readProjectsById);
  const indicator = byId<IndicatorRow>(q.readIndicatorsById);
  const document = byId<DocumentRow>(q.readDocumentsById);

  return {
    district,
    department,
    project,
    indicator,
    document,
    /** Any node by id, through the loader of its label. */
    node: async (id: string): Promise<NodeRow | null> => {
      switch (labelOfId(id)) {
        case 'District':
          return district.load(id);
        case 'Department':
          return department.load(id);
        case 'Project':
          return project.load(id);
        case 'Indicator':
          return indicator.load(id);
        case 'Document':
          return document.load(id);
        default:
          return null;
      }
    },
    /** A place by id with its first page of projects by name, in one round trip (the page's size is the key's `first`). */
    districtWithProjects: pages(q.readDistrictsWithProjects),
    documentText: perId(q.readDocumentTexts, (r) => r.text, null as string | null),
    documentLength: perId(q.readDocumentLengths, (r) => r.length, null as number | null),
    entityByName: new DataLoader<q.EntityByNameRequest, q.EntityByNameRow | null, string>(async (requests) => {
      const rows = await q.readEntitiesByName.run(db, { requests: [...requests] }, timeoutMs);
      const byIndex = new Map(rows.map((r) => [r.i, r]));
      return requests.map((_, i) => byIndex.get(i) ?? null);
    }, json),

    districtParents: perId(q.readDistrictParents, (r) => r.districts, [] as DistrictRow[]),
    departmentDistricts: perId(q.readDepartmentDistricts, (r) => r.districts, [] as DistrictRow[]),
    projectDistricts: perId(q.readProjectDistricts, (r) => r.districts, [] as DistrictRow[]),
    projectParents: perId(q.readProjectParents, (r) => r.projects, [] as ProjectRow[]),
    /** A project's departments with each link's provenance (roles, documents, evidence). */
    projectDepartments: perId(q.readProjectDepartments, (r) => r.departments as ProjectDepartmentRow[], [] as ProjectDepartmentRow[], { provenance: true, details: true }),
    /** The same links with their role only: what most selections ask for. */
    projectDepartmentRoles: perId(q.readProjectDepartments, (r) => r.departments as ProjectDepartmentRow[], [] as ProjectDepartmentRow[], { provenance: false, details: true }),
    /** Role only, and each department as a stub (id and name): a selection that reads no more. */
    projectDepartmentRoleStubs: perId(q.readProjectDepartments, (r) => r.departments as ProjectDepartmentRow[], [] as ProjectDepartmentRow[], { provenance: false, details: false }),
    indicatorSubject: perId(q.readIndicatorSubjects, (r) => r.subject as EntityRow | null, null as EntityRow | null),
    documentDistrict: perId(q.readDocumentDistricts, (r) => r.district as DistrictRow | null, null as DistrictRow | null),

    evidenceQuote: new DataLoader<Span, string | null, string>(async (spans) => {
      const rows = await q.readEvidenceQuotes.run(db, { spans: [...spans] }, timeoutMs);
      const found = new Map(rows.map((r) => [`${r.documentId}:${r.start}:${r.end}`, r.quote]));
      return spans.map((s) => found.get(`${s.documentId}:${s.start}:${s.end}`) ?? null);
    }, json),

    collaborators: new DataLoader<q.CollaboratorsRequest, CollaborationRow[], string>(async (requests) => {
      const rows = await q.readDepartmentCollaborators.run(db, { requests: [...requests] }, timeoutMs);
      const key = (r: q.CollaboratorsRequest) => `${r.id}:${r.first}:${r.details}:${r.departmentDetails}`;
      const found = new Map(rows.map((r) => [key(r), r.collaborators]));
      return requests.map((r) => found.get(key(r)) ?? []);
    }, json),

    districts: pages(q.readDistricts),
    departments: pages(q.readDepartments),
    /** Unfiltered, by name ascending: index-ordered, so a page costs the same at any graph size. */
    departmentsByName: pages(q.readDepartmentsByName),
    projects: pages(q.readProjects),
    /** A place's projects by name, nothing else asked (q.isPlacePage): read from the place index. */
    placeProjects: pages(q.readPlaceProjects),
    indicators: pages(q.readIndicators),
    documents: pages(q.readDocuments),
    mentions: pages(q.readMentions),
  };
}
