/** Query.nodes: several nodes by id, in the order asked (null for those not in the graph). */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import { badInput } from '../errors.js';
import { nodeId } from '../filters.js';
import { MAX_PAGE_SIZE } from '../paging.js';

export const nodes: QueryResolvers['nodes'] = (_parent, { ids }, { loaders }) => {
  if (ids.length > MAX_PAGE_SIZE) throw badInput('ids', `at most ${MAX_PAGE_SIZE} ids (got ${ids.length})`);
  const checked = ids.map((id, i) => nodeId(id, `ids[${i}]`));
  return Promise.all(checked.map((id) => loaders.node(id)));
};
