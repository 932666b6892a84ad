/** Query.node: any node by id; null when a well-formed id is not in the graph. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import { nodeId } from '../filters.js';

export const node: QueryResolvers['node'] = (_parent, { id }, { loaders }) => loaders.node(nodeId(id, 'id'));
