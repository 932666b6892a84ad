/** Query.department: one department by id or by name. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import type { DepartmentRow } from '../db/rows.js';
import { entityLookup } from '../entityLookup.js';

export const department: QueryResolvers['department'] = async (_parent, args, ctx, info) => (await entityLookup(ctx, 'Department', args, info)) as DepartmentRow | null;
