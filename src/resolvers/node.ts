/** Query.node: any node by id; null when a well-formed id is not in the graph. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import { nodeById } from '../entityLookup.js';
import { nodeId } from '../filters.js';

export const node: QueryResolvers['node'] = (_parent, { id }, ctx, info) => nodeById(ctx, nodeId(id, 'id'), info);
