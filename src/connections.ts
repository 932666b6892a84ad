/**
 * The connections of the API, root and nested alike: each validates its paging arguments, builds
 * the request for its Cypher query and asks the request's page loader, so that the same field
 * under a hundred parents is one database round-trip. A nested connection is the root one with
 * the parent as an extra filter (District.projects is projects within the district, and so on).
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from './context.js';
import type {
  DepartmentsRequest,
  DistrictsRequest,
  DocumentsRequest,
  IndicatorsRequest,
  MentionsRequest,
  ProjectsRequest,
} from './db/queries.js';
import { isPlacePage } from './db/queries.js';
import type { DepartmentProjectEdgeRow, DepartmentRow, DistrictRow, DocumentRow, IndicatorRow, MentionRow, ProjectRow } from './db/rows.js';
import { indicatorFilter, orderOf, projectFilter } from './filters.js';
import type { IndicatorWhere, ProjectWhere, Role } from './generated/resolvers.generated.js';
import type { PageKey } from './loaders.js';
import { asksForCount } from './lookahead.js';
import { departmentPrefetch, projectPrefetch, type Prefetched } from './prefetch.js';
import { decodeCursor, pageSize, toConnection, type Connection, type Order } from './paging.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface OrderArg {
  field?: string | null;
  direction?: string | null;
}

type Filter<R> = Omit<R, 'order' | 'desc' | 'after'>;

export function pageKey<R>(filter: Filter<R>, order: Order, args: PageArgs) {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, order);
  // Object.assign, not a spread followed by new keys: V8 (Node 20) builds that literal on a slow
  // path, 4-5 µs here, and a nested page builds a key per item (20 projects' indicators, twice).
  return { first, request: Object.assign({}, filter, { order: order.field, desc: order.desc, after }) as R };
}

/** The page key of Project.indicators for these arguments. */
export function projectIndicatorsKey(projectId: string, args: PageArgs & { where?: IndicatorWhere | null; orderBy?: OrderArg | null }) {
  const filter = indicatorFilter(args.where);
  return pageKey<IndicatorsRequest>({ ...filter, subjects: [projectId, ...filter.subjects] }, orderOf('Indicator', args.orderBy, 'POSITION', 'ASC'), args);
}

/** The page key of Department.projects for these arguments. */
export function departmentProjectsKey(departmentId: string, args: PageArgs & { role?: Role | null; where?: ProjectWhere | null; orderBy?: OrderArg | null }) {
  const filter = projectFilter(args.where);
  const roles = args.role ? [args.role] : filter.roles;
  return pageKey<ProjectsRequest>({ ...filter, departments: [departmentId, ...filter.departments], roles }, orderOf('Project', args.orderBy, 'NAME', 'ASC'), args);
}

/** No filter set: every filter field of the request is null or an empty list. */
function unfiltered(request: object): boolean {
  return Object.entries(request).every(([k, v]) => ['order', 'desc', 'after', 'prefetch'].includes(k) || v === null || (Array.isArray(v) && v.length === 0));
}

const byId = (item: { node: { id: string } }) => item.node.id;

export async function districtConnection(ctx: Context, filter: Filter<DistrictsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<DistrictRow, object>> {
  const order = orderOf('District', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<DistrictsRequest>(filter, order, args);
  return toConnection(await ctx.loaders.districts.load(key), key.first, order, byId);
}

export async function departmentConnection(
  ctx: Context,
  filter: Filter<DepartmentsRequest>,
  args: PageArgs & { orderBy?: OrderArg | null },
  info?: GraphQLResolveInfo,
): Promise<Connection<DepartmentRow, object>> {
  const order = orderOf('Department', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<DepartmentsRequest>(filter, order, args);
  const prefetch = departmentPrefetch(info);
  if (prefetch) key.request.prefetch = prefetch.request;
  const loader = unfiltered(key.request) && key.request.order === 'NAME' && !key.request.desc ? ctx.loaders.departmentsByName : ctx.loaders.departments;
  const row = await loader.load(key);
  if (prefetch && row) prefetch.keep(row);
  return toConnection(row, key.first, order, byId);
}

export async function projectConnection(
  ctx: Context,
  filter: Filter<ProjectsRequest>,
  args: PageArgs & { orderBy?: OrderArg | null },
  info?: GraphQLResolveInfo,
): Promise<Connection<ProjectRow, object>> {
  const order = orderOf('Project', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<ProjectsRequest>(filter, order, args);
  return toConnection(await loadProjects(ctx, key, info, 'ProjectConnection', 'ProjectEdge'), key.first, order, byId);
}

/** A projects page, with what its items will be asked for when the selection says so. */
async function loadProjects(ctx: Context, key: PageKey<ProjectsRequest>, info: GraphQLResolveInfo | undefined, connectionType: string, edgeType: string) {
  const prefetch = projectPrefetch(info, connectionType, edgeType);
  if (prefetch) key.request.prefetch = prefetch.request;
  // Nothing asks how many: the page is streamed, not counted (an empty page's hasNextPage needs the count).
  if (key.first > 0 && !asksForCount(info, connectionType)) key.request.count = false;
  const row = await (isPlacePage(key.request) ? ctx.loaders.placeProjects : ctx.loaders.projects).load(key);
  if (prefetch && row) prefetch.keep(row);
  return row;
}

/** District.projects from the page read with its place (entityLookup's districtById). */
export function prefetchedProjectConnection(kept: NonNullable<Prefetched['projects']>): Connection<ProjectRow, object> {
  return toConnection(kept.page, kept.first, orderOf('Project', null, 'NAME', 'ASC'), byId);
}

/** Department.projects asking for its total only, from the count its department's page prefetched. */
export function prefetchedProjectCount(prefetched: NonNullable<Prefetched['projectCount']>): Connection<ProjectRow, Omit<DepartmentProjectEdgeRow, 'cursor' | 'node'>> {
  return toConnection<ProjectRow, object, Omit<DepartmentProjectEdgeRow, 'cursor' | 'node'>>({ i: 0, total: prefetched.total, before: 0, page: [] }, prefetched.first, orderOf('Project', null, 'NAME', 'ASC'), byId);
}

/** A department's projects: the project connection whose edges carry the department's role. */
export async function departmentProjectConnection(
  ctx: Context,
  key: PageKey<ProjectsRequest>,
  args: { orderBy?: OrderArg | null },
  info?: GraphQLResolveInfo,
): Promise<Connection<ProjectRow, Omit<DepartmentProjectEdgeRow, 'cursor' | 'node'>>> {
  const order = orderOf('Project', args.orderBy, 'NAME', 'ASC');
  return toConnection(await loadProjects(ctx, key, info, 'DepartmentProjectConnection', 'DepartmentProjectEdge'), key.first, order, byId, (item) => ({
    role: item.link?.role ?? 'UNSPECIFIED',
    roles: item.link?.roles ?? [],
    documents: item.link?.documents ?? [],
    evidence: item.link?.evidence ?? [],
  }));
}

export async function indicatorConnection(ctx: Context, filter: Filter<IndicatorsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<IndicatorRow, object>> {
  const order = orderOf('Indicator', args.orderBy, 'POSITION', 'ASC');
  return indicatorConnectionByKey(ctx, pageKey<IndicatorsRequest>(filter, order, args), args);
}

/** Project.indicators from the page its project's prefetch brought (prefetch.ts). */
export function prefetchedIndicatorConnection(prefetched: NonNullable<Prefetched['indicators']>): Connection<IndicatorRow, object> {
  return toConnection(prefetched.page, prefetched.first, orderOf('Indicator', null, 'POSITION', 'ASC'), byId);
}

export async function indicatorConnectionByKey(ctx: Context, key: PageKey<IndicatorsRequest>, args: { orderBy?: OrderArg | null }): Promise<Connection<IndicatorRow, object>> {
  const order = orderOf('Indicator', args.orderBy, 'POSITION', 'ASC');
  return toConnection(await ctx.loaders.indicators.load(key), key.first, order, byId);
}

export async function documentConnection(ctx: Context, filter: Filter<DocumentsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<DocumentRow, object>> {
  const order = orderOf('Document', args.orderBy, 'DATE', 'DESC');
  const key = pageKey<DocumentsRequest>(filter, order, args);
  return toConnection(await ctx.loaders.documents.load(key), key.first, order, byId);
}

const MENTION_ORDER: Order = { type: 'Mention', field: 'POSITION', desc: false };

export async function mentionConnection(ctx: Context, filter: Filter<MentionsRequest>, args: PageArgs): Promise<Connection<MentionRow, object>> {
  const key = pageKey<MentionsRequest>(filter, MENTION_ORDER, args);
  return toConnection(await ctx.loaders.mentions.load(key), key.first, MENTION_ORDER, (item) => item.node.entityId);
}
