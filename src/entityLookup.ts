/**
 * The shared part of Query.district / department / project: by id, or by exact name or alias in
 * either script — exactly one of the two. A department found by name brings its collaborators
 * along when the selection asks for them (see prefetch.ts).
 */
import type { GraphQLResolveInfo } from 'graphql';
import { toSimplified, traditionalForms } from '../import/normalise.js';
import type { Context } from './context.js';
import type { EntityRow } from './db/rows.js';
import { badInput } from './errors.js';
import { nodeId } from './filters.js';
import { collaboratorsPrefetch } from './prefetch.js';

export async function entityLookup(
  ctx: Context,
  label: 'District' | 'Department' | 'Project',
  args: { id?: string | null; name?: string | null },
  info?: GraphQLResolveInfo,
): Promise<EntityRow | null> {
  const hasId = args.id !== null && args.id !== undefined;
  const hasName = args.name !== null && args.name !== undefined;
  if (hasId === hasName) throw badInput(hasId ? 'name' : 'id', 'give either id or name');
  if (hasId) return ctx.loaders.node(nodeId(args.id as string, 'id', [label])) as Promise<EntityRow | null>;
  const name = (args.name as string).trim();
  if (name === '' || name.length > 200) throw badInput('name', 'must be 1 to 200 characters');
  const simplified = toSimplified(name);
  const collaborators = label === 'Department' ? collaboratorsPrefetch(info) : null;
  const row = await ctx.loaders.entityByName.load({
    label,
    names: [...new Set([name, simplified, ...traditionalForms(simplified)])],
    collaborators: collaborators?.first ?? null,
    collaboratorDetails: collaborators?.details ?? true,
  });
  if (row && collaborators !== null && row.collaborators) ctx.loaders.collaborators.prime({ id: row.node.id, ...collaborators }, row.collaborators);
  return row?.node ?? null;
}
