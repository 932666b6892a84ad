/** The Node and Entity interfaces: a row's GraphQL type is the label its id belongs to. */
import { labelOfId } from '../../../import/ids.js';
import type { EntityResolvers, NodeResolvers } from '../../generated/resolvers.generated.js';

const typeOf = (row: { id: string }) => {
  const label = labelOfId(row.id);
  if (!label) throw new Error(`row without a node id: ${row.id}`);
  return label;
};

export const Node: NodeResolvers = { __resolveType: typeOf };
export const Entity: EntityResolvers = { __resolveType: (row) => typeOf(row) as 'District' | 'Department' | 'Project' };
