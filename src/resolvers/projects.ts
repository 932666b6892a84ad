/** Query.projects: projects, filtered, ordered and paged. */
import { projectConnection } from '../connections.js';
import { projectFilter } from '../filters.js';
import type { QueryResolvers } from '../generated/resolvers.generated.js';

export const projects: QueryResolvers['projects'] = (_parent, args, ctx, info) => projectConnection(ctx, projectFilter(args.where), args, info);
