/** Query.departments: departments, filtered, ordered and paged. */
import { departmentConnection } from '../connections.js';
import { departmentFilter } from '../filters.js';
import type { QueryResolvers } from '../generated/resolvers.generated.js';

export const departments: QueryResolvers['departments'] = (_parent, args, ctx, info) => departmentConnection(ctx, departmentFilter(args.where), args, info);
