/**
 * The read queries of the API, one typed constant per file in cypher/read (pgtyped style): the
 * parameters it takes and the rows it returns, written by hand next to each other. Every query
 * runs through db.read, in a read transaction with the request's timeout, and is counted.
 */
import type { Database } from './driver.js';
import type {
  CollaborationRow,
  DepartmentRow,
  DistrictRow,
  DocumentRow,
  EntityRow,
  IndicatorRow,
  IndicatorStub,
  MentionRow,
  NodeRow,
  ProjectDepartmentRow,
  ProjectRow,
  ResponsibilityRow,
} from './rows.js';

export interface ReadQuery<P, R> {
  name: string;
  run(db: Database, params: P, timeoutMs?: number): Promise<R[]>;
}

function readQuery<P extends object, R>(name: string): ReadQuery<P, R> {
  return {
    name,
    run: async (db, params, timeoutMs) => (await db.read(name, params as Record<string, unknown>, timeoutMs)).records.map((r) => r.toObject() as R),
  };
}

// ---- connections: a batch of page requests, each answered with its total, offset and page ----

export interface Range {
  min: number | null;
  max: number | null;
}

/** What every page request carries: the sort, the position after the cursor. */
export interface PageRequestBase {
  /** One of the type's order fields, e.g. NAME. */
  order: string;
  desc: boolean;
  after: { key: string | number; id: string } | null;
}

export interface PageRow<T, Extra = object> {
  i: number;
  /** Null when the request did not count (ProjectsRequest.count false). */
  total: number | null;
  before: number | null;
  page: ({ key: string | number; node: T } & Extra)[];
}

export interface ConnectionParams<Req> {
  requests: Req[];
  /** The largest page size of the batch, plus one (to tell whether there is a next page). */
  limit: number;
  /** The largest prefetched page of nested items (a project's indicators), plus one. */
  prefetchLimit?: number;
  /** The longest list of rows a projects or indicators page sorts in memory; a longer one is streamed (see projects.cypher). */
  sortedListMax?: number;
}

/**
 * Neo4j charges every row a sort keeps with each list the row holds, so a page statement sorts a
 * list of at most this many rows (about 80 MB charged) and streams the rest into the sort.
 */
export const SORTED_LIST_MAX = 10_000;

export interface DistrictsRequest extends PageRequestBase {
  names: string[] | null;
  levels: string[] | null;
  within: string[];
  parent: string | null;
  code: string | null;
  mentioned: boolean | null;
  document: string | null;
}

export interface DepartmentsRequest extends PageRequestBase {
  names: string[] | null;
  kinds: string[] | null;
  levels: string[] | null;
  within: string[];
  projects: string[];
  roles: string[] | null;
  document: string | null;
  /** projectCount: each department's number of projects (for a Department.projects { totalCount }). */
  prefetch?: { projectCount: boolean };
}

export interface ProjectsRequest extends PageRequestBase {
  names: string[] | null;
  within: string[];
  departments: string[];
  roles: string[] | null;
  statuses: string[] | null;
  sectors: string[] | null;
  startYear: Range;
  endYear: Range;
  partOf: string | null;
  document: string | null;
  /** What the page's items will be asked for, returned with them (see src/prefetch.ts). */
  prefetch?: ProjectsPrefetch;
  /**
   * False when neither the total nor the rows before the cursor are asked for: the page is then
   * streamed into the sort without counting (total and before come back null). Default true.
   */
  count?: boolean;
}

export interface ProjectsPrefetch {
  /** Each project's departments with their roles (as read/projectDepartments returns them). */
  departments: boolean;
  /** With each link's provenance (roles, documents, evidence) too. */
  provenance: boolean;
  /** Whole department rows; stubs (id and name) when false. */
  details: boolean;
  /** Each project's first indicators in text order, and their total: the page size, or null. */
  indicators: number | null;
  /** Whole project rows; stubs (id and name) when false. */
  projectDetails: boolean;
  /** Whole indicator rows; stubs (id, label, value, unit) when false. */
  indicatorDetails: boolean;
}

/** A projects page item with what was prefetched for it. */
export interface ProjectItemExtra {
  link: ResponsibilityRow | null;
  departments?: (ResponsibilityRow & { department: DepartmentRow })[] | null;
  indicators?: { total: number; page: { key: string; node: IndicatorRow | IndicatorStub }[] } | null;
}

export interface IndicatorsRequest extends PageRequestBase {
  labels: string[] | null;
  kinds: string[] | null;
  measures: string[] | null;
  units: string[] | null;
  year: Range;
  value: Range;
  normalizedValue: Range;
  document: string | null;
  subjects: string[];
  departments: string[];
  within: string[];
}

export interface DocumentsRequest extends PageRequestBase {
  titles: string[] | null;
  within: string[];
  year: Range;
  publishedFrom: string | null;
  publishedTo: string | null;
  genres: string[] | null;
  scripts: string[] | null;
  /** Node ids the document must mention (all of them). */
  mentions: string[];
}

export interface MentionsRequest extends PageRequestBase {
  entity: string | null;
  document: string | null;
  labels: string[] | null;
}

export const readDistricts = readQuery<ConnectionParams<DistrictsRequest>, PageRow<DistrictRow>>('read/districts');
export const readDepartments = readQuery<ConnectionParams<DepartmentsRequest>, PageRow<DepartmentRow, { projectCount?: number | null }>>('read/departments');
export const readDepartmentsByName = readQuery<ConnectionParams<DepartmentsRequest>, PageRow<DepartmentRow, { projectCount?: number | null }>>('read/departmentsByName');
export const readProjects = readQuery<ConnectionParams<ProjectsRequest>, PageRow<ProjectRow, ProjectItemExtra>>('read/projects');
/** Pages that isPlacePage accepts, in the rows readProjects gives. */
export const readPlaceProjects = readQuery<ConnectionParams<ProjectsRequest>, PageRow<ProjectRow, ProjectItemExtra>>('read/placeProjects');

/**
 * A place's projects by name with nothing else asked (District.projects as it is first read, or
 * paged on without a total): placeProjects.cypher reads it from the located_in_page index. A
 * counted page after a cursor needs what lies before it, which only the general statement counts.
 */
export function isPlacePage(r: ProjectsRequest): boolean {
  return (
    r.within.length === 1 &&
    r.departments.length === 0 &&
    r.partOf == null &&
    r.document == null &&
    r.names == null &&
    r.roles == null &&
    r.statuses == null &&
    r.sectors == null &&
    r.startYear.min == null &&
    r.startYear.max == null &&
    r.endYear.min == null &&
    r.endYear.max == null &&
    r.order === 'NAME' &&
    !r.desc &&
    (r.count === false || r.after == null)
  );
}
export const readIndicators = readQuery<ConnectionParams<IndicatorsRequest>, PageRow<IndicatorRow>>('read/indicators');
export const readDocuments = readQuery<ConnectionParams<DocumentsRequest>, PageRow<DocumentRow>>('read/documents');
export const readMentions = readQuery<ConnectionParams<MentionsRequest>, PageRow<MentionRow>>('read/mentions');

// ---- nodes by id ----

export interface IdsParams {
  ids: string[];
}

export const readDistrictsById = readQuery<IdsParams, { node: DistrictRow }>('read/districtsById');
/** A place by id with its first page of projects by name (District.projects looked ahead from Query.node or Query.district). */
export interface DistrictWithProjectsRequest {
  id: string;
  /** Whether the page is counted (its total asked for). */
  count: boolean;
  prefetch: ProjectsPrefetch | null;
}
export const readDistrictsWithProjects = readQuery<ConnectionParams<DistrictWithProjectsRequest>, PageRow<ProjectRow, ProjectItemExtra> & { node: DistrictRow }>('read/districtsWithProjects');
export const readDepartmentsById = readQuery<IdsParams, { node: DepartmentRow }>('read/departmentsById');
export const readProjectsById = readQuery<IdsParams, { node: ProjectRow }>('read/projectsById');
export const readIndicatorsById = readQuery<IdsParams, { node: IndicatorRow }>('read/indicatorsById');
export const readDocumentsById = readQuery<IdsParams, { node: DocumentRow }>('read/documentsById');
export const readDocumentTexts = readQuery<IdsParams, { id: string; text: string | null }>('read/documentTexts');
export const readDocumentLengths = readQuery<IdsParams, { id: string; length: number | null }>('read/documentLengths');

export interface EntityByNameRequest {
  label: 'District' | 'Department' | 'Project';
  names: string[];
  /** Prefetch a department's first collaborators (Department.collaborators(first)) with it. */
  collaborators: number | null;
  /** Their shared projects as whole rows, not id and name only. */
  collaboratorDetails: boolean;
  /** The collaborating departments as whole rows, not id and name only. */
  collaboratorDepartmentDetails: boolean;
}
export interface EntityByNameRow {
  i: number;
  node: EntityRow;
  collaborators: CollaborationRow[] | null;
}
export const readEntitiesByName = readQuery<{ requests: EntityByNameRequest[] }, EntityByNameRow>('read/entitiesByName');

// ---- relations of nodes, by id ----

export const readDistrictParents = readQuery<IdsParams, { id: string; districts: DistrictRow[] }>('read/districtParents');
export const readDepartmentDistricts = readQuery<IdsParams, { id: string; districts: DistrictRow[] }>('read/departmentDistricts');
export const readProjectDistricts = readQuery<IdsParams, { id: string; districts: DistrictRow[] }>('read/projectDistricts');
export const readProjectParents = readQuery<IdsParams, { id: string; projects: ProjectRow[] }>('read/projectParents');
/** `provenance`: each link's roles, documents and evidence too, not only its role; `details`: whole department rows, not stubs. */
export const readProjectDepartments = readQuery<IdsParams & { provenance: boolean; details: boolean }, { id: string; departments: ProjectDepartmentRow[] }>(
  'read/projectDepartments',
);
export const readIndicatorSubjects = readQuery<IdsParams, { id: string; subject: EntityRow }>('read/indicatorSubjects');
export const readDocumentDistricts = readQuery<IdsParams, { id: string; district: DistrictRow }>('read/documentDistricts');

export interface Span {
  documentId: string;
  start: number;
  end: number;
}
export const readEvidenceQuotes = readQuery<{ spans: Span[] }, Span & { quote: string }>('read/evidenceQuotes');

/** A department's first collaborators; their shared projects (`details`) and the departments themselves (`departmentDetails`) whole or as id and name. */
export interface CollaboratorsRequest {
  id: string;
  first: number;
  details: boolean;
  departmentDetails: boolean;
}
export const readDepartmentCollaborators = readQuery<{ requests: CollaboratorsRequest[] }, CollaboratorsRequest & { collaborators: CollaborationRow[] }>(
  'read/departmentCollaborators',
);

// ---- search and paths ----

export interface SearchParams {
  lucene: string;
  exact: string[];
  labels: string[] | null;
  first: number;
}
export const readSearch = readQuery<SearchParams, { score: number; label: string; node: EntityRow & { pinyin: string[] | null } }>('read/search');

export interface PathRelationship {
  type: 'PART_OF' | 'LOCATED_IN' | 'RESPONSIBLE_FOR' | 'MEASURES';
  from: string;
  to: string;
  role: 'LEAD' | 'PARTICIPANT' | 'UNSPECIFIED' | null;
  documents: string[] | null;
  evidence: string[] | null;
}
export const readShortestPath = readQuery<{ from: string; to: string; maxHops: number }, { length: number; nodes: NodeRow[]; relationships: PathRelationship[] }>(
  'read/shortestPath',
);
