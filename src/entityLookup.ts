/**
 * The shared part of Query.district / department / project: by id, or by exact name or alias in
 * either script — exactly one of the two. A department found by name brings its collaborators
 * along when the selection asks for them, and a place found by id (here or through Query.node)
 * its first page of projects (see prefetch.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { toSimplified, traditionalForms } from '../import/normalise.js';
import type { Context } from './context.js';
import type { DistrictRow, EntityRow } from './db/rows.js';
import { badInput } from './errors.js';
import { nodeId } from './filters.js';
import { labelOfId } from '../import/ids.js';
import { collaboratorsPrefetch, districtProjectsPrefetch, keepPrefetched } from './prefetch.js';

/**
 * A place by id. When the selection goes on into its projects(first), the place and that page are
 * one round trip (districtsWithProjects.cypher): the page is kept beside the place's row for
 * District.projects, and its items' prefetched fields beside each item.
 */
export async function districtById(ctx: Context, id: string, info: GraphQLResolveInfo | undefined): Promise<DistrictRow | null> {
  const ahead = districtProjectsPrefetch(info);
  if (!ahead) return ctx.loaders.district.load(id);
  const row = await ctx.loaders.districtWithProjects.load({ first: ahead.first, request: { id, count: ahead.count, prefetch: ahead.items?.request ?? null } });
  if (!row) return null;
  keepPrefetched(row.node, { projects: { first: ahead.first, counted: ahead.count, page: row } });
  ahead.items?.keep(row);
  return row.node;
}

/** Any node by id (Query.node), a place through districtById. */
export function nodeById(ctx: Context, id: string, info: GraphQLResolveInfo | undefined) {
  return labelOfId(id) === 'District' ? districtById(ctx, id, info) : ctx.loaders.node(id);
}

export async function entityLookup(
  ctx: Context,
  label: 'District' | 'Department' | 'Project',
  args: { id?: string | null; name?: string | null },
  info?: GraphQLResolveInfo,
): Promise<EntityRow | null> {
  const hasId = args.id !== null && args.id !== undefined;
  const hasName = args.name !== null && args.name !== undefined;
  if (hasId === hasName) throw badInput(hasId ? 'name' : 'id', 'give either id or name');
  if (hasId) return nodeById(ctx, nodeId(args.id as string, 'id', [label]), info) as Promise<EntityRow | null>;
  const name = (args.name as string).trim();
  if (name === '' || name.length > 200) throw badInput('name', 'must be 1 to 200 characters');
  const simplified = toSimplified(name);
  const collaborators = label === 'Department' ? collaboratorsPrefetch(info) : null;
  const row = await ctx.loaders.entityByName.load({
    label,
    names: [...new Set([name, simplified, ...traditionalForms(simplified)])],
    collaborators: collaborators?.first ?? null,
    collaboratorDetails: collaborators?.details ?? true,
    collaboratorDepartmentDetails: collaborators?.departmentDetails ?? true,
  });
  if (row && collaborators !== null && row.collaborators) ctx.loaders.collaborators.prime({ id: row.node.id, ...collaborators }, row.collaborators);
  return row?.node ?? null;
}
