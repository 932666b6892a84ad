/** Query.indicator: one indicator by id. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import { nodeId } from '../filters.js';

export const indicator: QueryResolvers['indicator'] = (_parent, { id }, { loaders }) => loaders.indicator.load(nodeId(id, 'id', ['Indicator']));
