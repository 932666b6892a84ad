/** Query.indicators: indicators, filtered, ordered and paged. */
import { indicatorConnection } from '../connections.js';
import { indicatorFilter } from '../filters.js';
import type { QueryResolvers } from '../generated/resolvers.generated.js';

export const indicators: QueryResolvers['indicators'] = (_parent, args, ctx) => indicatorConnection(ctx, indicatorFilter(args.where), args);
