/**
 * The connections of the API, root and nested alike: each validates its paging arguments, builds
 * the request for its Cypher query and asks the request's page loader, so that the same field
 * under a hundred parents is one database round-trip. A nested connection is the root one with
 * the parent as an extra filter (District.projects is projects within the district, and so on).
 */
import type { Context } from './context.js';
import type {
  DepartmentsRequest,
  DistrictsRequest,
  DocumentsRequest,
  IndicatorsRequest,
  MentionsRequest,
  ProjectsRequest,
} from './db/queries.js';
import type { DepartmentProjectEdgeRow, DepartmentRow, DistrictRow, DocumentRow, IndicatorRow, MentionRow, ProjectRow } from './db/rows.js';
import { orderOf } from './filters.js';
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

function pageKey<R>(filter: Filter<R>, order: Order, args: PageArgs) {
  const first = pageSize(args.first);
  const after = decodeCursor(args.after, order);
  return { first, request: { ...filter, order: order.field, desc: order.desc, after } as R };
}

const byId = (item: { node: { id: string } }) => item.node.id;

export async function districtConnection(ctx: Context, filter: Filter<DistrictsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<DistrictRow, object>> {
  const order = orderOf('District', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<DistrictsRequest>(filter, order, args);
  return toConnection(await ctx.loaders.districts.load(key), key.first, order, byId);
}

export async function departmentConnection(ctx: Context, filter: Filter<DepartmentsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<DepartmentRow, object>> {
  const order = orderOf('Department', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<DepartmentsRequest>(filter, order, args);
  return toConnection(await ctx.loaders.departments.load(key), key.first, order, byId);
}

export async function projectConnection(ctx: Context, filter: Filter<ProjectsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<ProjectRow, object>> {
  const order = orderOf('Project', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<ProjectsRequest>(filter, order, args);
  return toConnection(await ctx.loaders.projects.load(key), key.first, order, byId);
}

/** A department's projects: the project connection whose edges carry the department's role. */
export async function departmentProjectConnection(
  ctx: Context,
  filter: Filter<ProjectsRequest>,
  args: PageArgs & { orderBy?: OrderArg | null },
): Promise<Connection<ProjectRow, Omit<DepartmentProjectEdgeRow, 'cursor' | 'node'>>> {
  const order = orderOf('Project', args.orderBy, 'NAME', 'ASC');
  const key = pageKey<ProjectsRequest>(filter, order, args);
  return toConnection(await ctx.loaders.projects.load(key), key.first, order, byId, (item) => ({
    role: item.link?.role ?? 'UNSPECIFIED',
    roles: item.link?.roles ?? [],
    documents: item.link?.documents ?? [],
    evidence: item.link?.evidence ?? [],
  }));
}

export async function indicatorConnection(ctx: Context, filter: Filter<IndicatorsRequest>, args: PageArgs & { orderBy?: OrderArg | null }): Promise<Connection<IndicatorRow, object>> {
  const order = orderOf('Indicator', args.orderBy, 'POSITION', 'ASC');
  const key = pageKey<IndicatorsRequest>(filter, order, args);
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
