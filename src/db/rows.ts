/**
 * What the read queries return: one row type per node label and per derived object, exactly as
 * the Cypher projections in cypher/read build them. codegen.ts maps the GraphQL types onto these
 * (`mappers`), so a resolver receives a row and the compiler knows which fields need resolving.
 */

/** `n {.id, .name, .aliases, .level, .code, .reference}` */
export interface DistrictRow {
  id: string;
  name: string;
  aliases: string[] | null;
  level: 'MUNICIPALITY' | 'DISTRICT' | 'AREA' | 'SUBDISTRICT';
  code: string | null;
  reference: boolean | null;
}

/** `n {.id, .name, .aliases, .kind, .level, .reference}` */
export interface DepartmentRow {
  id: string;
  name: string;
  aliases: string[] | null;
  kind: 'GOVERNMENT' | 'PARTY' | 'COMMITTEE' | 'ENTERPRISE' | 'INSTITUTION';
  level: 'NATIONAL' | 'MUNICIPAL' | 'DISTRICT' | 'SUBDISTRICT';
  reference: boolean | null;
}

/** `n {.id, .name, .aliases, .status, .sector, .startYear, .endYear}` */
export interface ProjectRow {
  id: string;
  name: string;
  aliases: string[] | null;
  status: 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'UNKNOWN' | null;
  sector: string | null;
  startYear: number | null;
  endYear: number | null;
}

/** `n {.id, .label, .value, .unit, .normalizedValue, .baseUnit, .year, .kind, .measure, .approximate, .documentId, .start, .end, .quote}` */
export interface IndicatorRow {
  id: string;
  label: string;
  value: number;
  unit: string;
  normalizedValue: number | null;
  baseUnit: string | null;
  year: number | null;
  kind: 'ACTUAL' | 'TARGET';
  measure: 'LEVEL' | 'CHANGE' | 'RATIO';
  approximate: boolean | null;
  documentId: string;
  start: number;
  end: number;
  quote: string;
}

/** An indicator as what a page of them most often needs (see src/stubs.ts). */
export type IndicatorStub = Pick<IndicatorRow, 'id' | 'label' | 'value' | 'unit'>;

/** A Document without its text (`text` and `length` are loaded only when asked for). */
export interface DocumentRow {
  id: string;
  key: string;
  title: string | null;
  publishedAt: string | null;
  year: number | null;
  source: string | null;
  url: string | null;
  script: string | null;
  genre: string | null;
}

export type EntityRow = DistrictRow | DepartmentRow | ProjectRow;
export type NodeRow = EntityRow | IndicatorRow | DocumentRow;

/** A MENTIONED_IN relationship: the entity, the document and the span. */
export interface MentionRow {
  entityId: string;
  documentId: string;
  start: number;
  end: number;
  quote: string;
}

/** A span a relation's evidence points at ("docId:start:end" in the graph). */
export interface EvidenceRow {
  documentId: string;
  start: number;
  end: number;
}

/** A RESPONSIBLE_FOR relationship as the department sees it (DepartmentProjectEdge) or the project (ProjectDepartment). */
export interface ResponsibilityRow {
  role: 'LEAD' | 'PARTICIPANT' | 'UNSPECIFIED';
  roles: string[] | null;
  documents: string[] | null;
  evidence: string[] | null;
}

export interface ProjectDepartmentRow extends ResponsibilityRow {
  /** The whole row, or a stub when the request asked for no more (see prefetch.ts, departmentDetails). */
  department: DepartmentRow | DepartmentStub;
}

/** A department as id and name only: what a project's departments need when nothing else is selected. */
export type DepartmentStub = Pick<DepartmentRow, 'id' | 'name'>;

export interface DepartmentProjectEdgeRow extends ResponsibilityRow {
  cursor: string;
  node: ProjectRow;
}

/** A project as id and name only: what a list of them needs when nothing else is selected. */
export type ProjectStub = Pick<ProjectRow, 'id' | 'name'>;

export interface CollaborationRow {
  /** The whole row, or a stub when the request asked for no more (see prefetch.ts, collaboratorsPrefetch). */
  department: DepartmentRow | DepartmentStub;
  sharedProjects: number;
  /** Whole rows, or stubs when the request asked for no more (see prefetch.ts, projectDetails). */
  projects: (ProjectRow | ProjectStub)[];
}

export interface SearchHitRow {
  score: number;
  node: EntityRow & { pinyin?: string[] | null };
  highlight: string;
}

export interface PathStepRow {
  from: NodeRow;
  to: NodeRow;
  relationship: 'PART_OF' | 'LOCATED_IN' | 'RESPONSIBLE_FOR' | 'MEASURES';
  forward: boolean;
  role: 'LEAD' | 'PARTICIPANT' | 'UNSPECIFIED' | null;
  documents: string[] | null;
  evidence: string[] | null;
}

export interface PathRow {
  length: number;
  nodes: NodeRow[];
  steps: PathStepRow[];
}
