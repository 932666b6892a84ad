/** Query.document: one source document by id. */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import { nodeId } from '../filters.js';

export const document: QueryResolvers['document'] = (_parent, { id }, { loaders }) => loaders.document.load(nodeId(id, 'id', ['Document']));
