/** Query.project: one project by id or by name. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import type { ProjectRow } from '../db/rows.js';
import { entityLookup } from '../entityLookup.js';

export const project: QueryResolvers['project'] = async (_parent, args, ctx) => (await entityLookup(ctx, 'Project', args)) as ProjectRow | null;
