/** Query.districts: places, filtered, ordered and paged. */
import { districtConnection } from '../connections.js';
import { districtFilter } from '../filters.js';
import type { QueryResolvers } from '../generated/resolvers.generated.js';

export const districts: QueryResolvers['districts'] = (_parent, args, ctx) => districtConnection(ctx, districtFilter(args.where), args);
