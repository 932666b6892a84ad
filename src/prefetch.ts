/**
 * Prefetch: a page query that also returns what its items will be asked for, so that a nested
 * walk (district → projects → departments and indicators; departments → number of projects) is
 * one round trip per page instead of one per level. The look-ahead decides what to ask for; the
 * rows come back from the same Cypher file and are kept beside the item they belong to
 * (`prefetchedFor`), where the item's own resolvers find them and answer synchronously: no page
 * key, no DataLoader, no promise per item. A resolver uses them only when they hold all its own
 * selection needs (otherwise it reads through its loader, as without a prefetch). Only the shapes
 * below are prefetched; any other arguments (a filter, an order, a cursor) go the usual way.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context.js';
import type { PageRow, ProjectItemExtra, ProjectsPrefetch } from './db/queries.js';
import type { DepartmentRow, IndicatorRow, ProjectDepartmentRow, ProjectRow } from './db/rows.js';
import type { ResolveTree } from 'graphql-parse-resolve-info';
import { asksOnlyTotalCount, fieldSelection, itemSelection, itemSelectionOf, itemTreesOf, onlyTotalCount, resolveTree, sharedArgs, treeAsksForCount } from './lookahead.js';
import { pageSize } from './paging.js';

/** What a page's prefetch brought for one of its items. */
export interface Prefetched {
  /** A project's department links, read with provenance (and whole rows), whole rows, or stubs. */
  departments?: { provenance: boolean; details: boolean; links: ProjectDepartmentRow[] };
  /** A project's first indicators in text order (a page of size `first`, one more row if there is one). */
  indicators?: { first: number; page: PageRow<IndicatorRow, object> };
  /** A place's first page of projects by name, read with the place (districtById); counted or not. */
  projects?: { first: number; counted: boolean; page: PageRow<ProjectRow, ProjectItemExtra> };
  /** A department's number of projects, for Department.projects(first) asking for totalCount only. */
  projectCount?: { first: number; total: number };
}

// Keyed by the row object a page returned: it lives as long as the request's answer does.
const prefetched = new WeakMap<object, Prefetched>();

/** What was prefetched for this row (a page item's node), if anything. */
export function prefetchedFor(row: object): Prefetched | undefined {
  return prefetched.get(row);
}

/** Keeps what was read with a row beside it (for rows a page did not return, such as a place read by id). */
export function keepPrefetched(row: object, kept: Prefetched): void {
  prefetched.set(row, { ...prefetched.get(row), ...kept });
}

/** Arguments holding only `first`, of this size (what a prefetch read): the prefetched page answers them. */
export function prefetchedPageAnswers(args: Record<string, unknown>, first: number): boolean {
  return onlyFirst(args) && prefetchSize(args) === first;
}

export interface Prefetch<Req, Row> {
  request: Req;
  /** Keeps what came with each item of a page beside the item. */
  keep(row: Row): void;
}

/** Only a page size: no filter, order or cursor (which the prefetching query does not apply). */
function onlyFirst(args: Record<string, unknown> | null): args is { first?: number } {
  return args !== null && Object.keys(args).every((k) => k === 'first');
}

/** The page size of arguments that give only one, or null (a bad size is the nested resolver's to report). */
function prefetchSize(args: Record<string, unknown> | null): number | null {
  if (!onlyFirst(args)) return null;
  try {
    return pageSize(args.first);
  } catch {
    return null;
  }
}

export function projectPrefetch(info: GraphQLResolveInfo | undefined, connectionType: string, edgeType: string): Prefetch<ProjectsPrefetch, PageRow<ProjectRow, ProjectItemExtra>> | null {
  return projectPrefetchOf(resolveTree(info), connectionType, edgeType);
}

/**
 * A place's first page of projects to read with the place (Query.node or Query.district by id):
 * its size, whether it is counted, and what its items prefetch. Null unless the place's selection
 * asks for projects once, with at most `first` (a filter, an order, a cursor or several aliases go
 * through District.projects as usual).
 */
export function districtProjectsPrefetch(info: GraphQLResolveInfo | undefined): { first: number; count: boolean; items: ReturnType<typeof projectPrefetchOf> } | null {
  const trees = fieldSelection(info, 'District').get('projects');
  const tree = trees?.length === 1 ? trees[0] : undefined;
  const first = tree ? prefetchSize(tree.args) : null;
  if (!tree || first === null || first === 0) return null;
  return { first, count: treeAsksForCount(tree, 'ProjectConnection'), items: projectPrefetchOf(tree, 'ProjectConnection', 'ProjectEdge') };
}

function projectPrefetchOf(tree: ResolveTree | null, connectionType: string, edgeType: string): Prefetch<ProjectsPrefetch, PageRow<ProjectRow, ProjectItemExtra>> | null {
  const selection = itemSelectionOf(tree, connectionType, 'Project', edgeType);
  if (!selection) return null;
  const departments = selection.fields.has('departments');
  const provenance = departments && needsProvenance(selection.fields.get('departments'));
  // Provenance comes with whole rows (the loader that reads it does); otherwise only what is selected.
  const details = provenance || (departments && needsDepartmentDetails(selection.fields.get('departments')));
  const indicators = prefetchSize(sharedArgs(selection.fields.get('indicators')));
  if (!departments && indicators === null) return null;
  // Stubs of the items and of their indicators where the selection reads no more (src/stubs.ts).
  const projectDetails = needsProjectDetails(itemTreesOf(tree, connectionType, edgeType));
  const indicatorDetails = indicators !== null && needsIndicatorDetails((selection.fields.get('indicators') ?? []).flatMap((t) => itemTreesOf(t, 'IndicatorConnection', 'IndicatorEdge')));
  return {
    request: { departments, provenance, details, indicators, projectDetails, indicatorDetails },
    keep(row) {
      for (const item of row.page) {
        const kept: Prefetched = {};
        if (item.departments) kept.departments = { provenance, details, links: item.departments as ProjectDepartmentRow[] };
        // Stubs stand in for rows: a field they lack reads the whole row (src/stubs.ts).
        if (item.indicators && indicators !== null) kept.indicators = { first: indicators, page: { i: 0, total: item.indicators.total, before: 0, page: item.indicators.page as { key: string; node: IndicatorRow }[] } };
        prefetched.set(item.node, kept);
      }
    },
  };
}

export function departmentPrefetch(info: GraphQLResolveInfo | undefined): Prefetch<{ projectCount: boolean }, PageRow<DepartmentRow, { projectCount?: number | null }>> | null {
  const selection = itemSelection(info, 'DepartmentConnection', 'Department', 'DepartmentEdge');
  const projects = selection?.fields.get('projects');
  const first = prefetchSize(sharedArgs(projects));
  if (!onlyTotalCount(projects, 'DepartmentProjectConnection') || first === null) return null;
  return {
    request: { projectCount: true },
    keep(row) {
      // The total only: the selection asks for nothing else of this connection.
      for (const item of row.page) if (typeof item.projectCount === 'number') prefetched.set(item.node, { projectCount: { first, total: item.projectCount } });
    },
  };
}

/** ProjectDepartment fields its link's role answers; roles, documents and evidence need its provenance. */
const ROLE_ONLY_FIELDS = new Set(['__typename', 'role', 'department']);

/** True when these selections of Project.departments read a link's provenance (or cannot be read). */
export function needsProvenance(trees: ResolveTree[] | undefined): boolean {
  if (!trees) return true;
  return trees.some((t) => Object.keys(t.fieldsByTypeName).some((type) => type !== 'ProjectDepartment') || Object.keys(t.fieldsByTypeName.ProjectDepartment ?? {}).some((f) => !ROLE_ONLY_FIELDS.has(f)));
}

/**
 * Department fields a stub (id and name) answers: its own two, and relations, which need only the id.
 * Any other field (aliases, kind, level, reference, or one added later) needs the whole row.
 */
const STUB_DEPARTMENT_FIELDS = new Set(['__typename', 'id', 'name', 'mentions', 'district', 'projects', 'collaborators', 'indicators', 'documents']);

/** True when a selection of a Department field reads more than a stub answers. */
function departmentTreeNeedsDetails(d: ResolveTree): boolean {
  return readsMoreThanStub(d, 'Department', STUB_DEPARTMENT_FIELDS);
}

/**
 * True when a selection of a `type` reads more than its stub answers: a field outside `stubFields`,
 * or any field through another type (an interface's fragment), which is not looked into.
 */
function readsMoreThanStub(tree: ResolveTree, type: string, stubFields: ReadonlySet<string>): boolean {
  return Object.keys(tree.fieldsByTypeName).some((t) => t !== type) || Object.keys(tree.fieldsByTypeName[type] ?? {}).some((f) => !stubFields.has(f));
}

/** True when these selections of Project.departments read more of a department than a stub answers (or cannot be read). */
export function needsDepartmentDetails(trees: ResolveTree[] | undefined): boolean {
  if (!trees) return true;
  return trees.some(
    (t) =>
      Object.keys(t.fieldsByTypeName).some((type) => type !== 'ProjectDepartment') ||
      Object.values(t.fieldsByTypeName.ProjectDepartment ?? {})
        .filter((f) => f.name === 'department')
        .some(departmentTreeNeedsDetails),
  );
}

/** The loader of a project's department links that reads what a selection needs: provenance (with whole rows), whole rows, or stubs. */
export function departmentLinksLoader(ctx: Context, provenance: boolean, details: boolean) {
  return provenance ? ctx.loaders.projectDepartments : details ? ctx.loaders.projectDepartmentRoles : ctx.loaders.projectDepartmentRoleStubs;
}

/** The resolver's own field as a selection list, or undefined when it cannot be read (which needs everything). */
function ownSelection(info: GraphQLResolveInfo): ResolveTree[] | undefined {
  const tree = resolveTree(info);
  return tree ? [tree] : undefined;
}

/**
 * A look-ahead answered once per parsed selection: every item of a list resolves its fields with
 * the same field nodes, and the parse is kept across repeats of an operation (resolveTree), so a
 * page of 20 projects decides once, not 20 times, and a repeated query decides once in all.
 */
function oncePerField<R>(decide: (info: GraphQLResolveInfo) => R): (info: GraphQLResolveInfo) => R {
  const seen = new WeakMap<object, R>();
  return (info) => {
    // A selection that cannot be parsed has no tree: its field nodes stand in, for this request.
    const key: object = resolveTree(info) ?? info.fieldNodes;
    if (seen.has(key)) return seen.get(key) as R;
    const answer = decide(info);
    seen.set(key, answer);
    return answer;
  };
}

/** Whether a Department.projects field asks for its total only (what a prefetched count answers). */
export const departmentProjectsOnlyTotal = oncePerField((info) => asksOnlyTotalCount(info, 'DepartmentProjectConnection'));

/** Whether the ProjectDepartment list a resolver returns needs provenance, from the field's own selection. */
export const departmentLinksNeedProvenance = oncePerField((info) => needsProvenance(ownSelection(info)));

/** Whether the ProjectDepartment list a resolver returns needs whole department rows, from the field's own selection. */
export const departmentLinksNeedDetails = oncePerField((info) => needsDepartmentDetails(ownSelection(info)));

/** True when a ProjectDepartment.department field's selection reads more than a stub answers. */
export const departmentNeedsDetails = oncePerField((info) => {
  const tree = resolveTree(info);
  return !tree || departmentTreeNeedsDetails(tree);
});

/**
 * Project fields a stub (id and name) answers: the row's own two, and relations, which need only the
 * id. Any other field (aliases, status, sector, years, or one added later) needs the whole row.
 */
const STUB_PROJECT_FIELDS = new Set(['__typename', 'id', 'name', 'mentions', 'districts', 'departments', 'indicators', 'partOf', 'parts', 'documents']);

/** True when these selections of a Project list ask for more than a stub answers (or cannot be read). */
export function needsProjectDetails(trees: ResolveTree[] | undefined): boolean {
  if (!trees) return true;
  return trees.some((t) => readsMoreThanStub(t, 'Project', STUB_PROJECT_FIELDS));
}

/**
 * Indicator fields a stub (id, label, value, unit) answers: those four, and what it measures (by
 * id). Any other field (kind, year, its document and words, or one added later) needs the whole row.
 */
const STUB_INDICATOR_FIELDS = new Set(['__typename', 'id', 'label', 'value', 'unit', 'subject']);

/** True when these selections of Indicator items ask for more than a stub answers. */
export function needsIndicatorDetails(trees: ResolveTree[] | undefined): boolean {
  if (!trees) return true;
  return trees.some((t) => readsMoreThanStub(t, 'Indicator', STUB_INDICATOR_FIELDS));
}

/** Whether the Project list a resolver returns must be whole rows, from the field's own selection. */
export const projectListNeedsDetails = oncePerField((info) => needsProjectDetails(ownSelection(info)));

/** True when these selections of Department.collaborators read more of the shared projects than a stub answers. */
function collaboratorsNeedDetails(trees: ResolveTree[] | undefined): boolean {
  if (!trees) return true;
  return trees.some((t) => needsProjectDetails(Object.values(t.fieldsByTypeName.Collaboration ?? {}).filter((f) => f.name === 'projects')));
}

/** True when these selections of Department.collaborators read more of the collaborating departments than a stub answers. */
function collaboratorDepartmentsNeedDetails(trees: ResolveTree[] | undefined): boolean {
  if (!trees) return true;
  return trees.some(
    (t) =>
      Object.keys(t.fieldsByTypeName).some((type) => type !== 'CollaborationConnection' && type !== 'Collaboration') ||
      Object.values(t.fieldsByTypeName.Collaboration ?? {})
        .filter((f) => f.name === 'department')
        .some(departmentTreeNeedsDetails),
  );
}

/** What Department.collaborators reads whole, from the field's own selection: the shared projects (`details`) and the departments. */
export function collaboratorDetails(info: GraphQLResolveInfo | undefined): { details: boolean; departmentDetails: boolean } {
  const own = info ? ownSelection(info) : undefined;
  return { details: collaboratorsNeedDetails(own), departmentDetails: collaboratorDepartmentsNeedDetails(own) };
}

/** A department's collaborators to fetch with it (page size, and whether projects and departments come whole), or null when not asked for (or asked in several ways). */
export function collaboratorsPrefetch(info: GraphQLResolveInfo | undefined): { first: number; details: boolean; departmentDetails: boolean } | null {
  const trees = fieldSelection(info, 'Department').get('collaborators');
  const first = prefetchSize(sharedArgs(trees));
  if (first === null || !trees) return null;
  return { first, details: collaboratorsNeedDetails(trees), departmentDetails: collaboratorDepartmentsNeedDetails(trees) };
}
