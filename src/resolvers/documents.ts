/** Query.documents: source documents, filtered, ordered and paged. */
import { documentConnection } from '../connections.js';
import { documentFilter } from '../filters.js';
import type { QueryResolvers } from '../generated/resolvers.generated.js';

export const documents: QueryResolvers['documents'] = (_parent, args, ctx) => documentConnection(ctx, documentFilter(args.where), args);
