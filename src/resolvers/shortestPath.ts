/**
 * Query.shortestPath: how two nodes are connected, over PART_OF, LOCATED_IN, RESPONSIBLE_FOR and
 * MEASURES in either direction. Ids are checked (malformed: BAD_USER_INPUT; not in the graph:
 * null); maxHops defaults to 6 and may be 1 to 10.
 */
import type { QueryResolvers } from '../generated/resolvers.generated.js';
import * as q from '../db/queries.js';
import type { NodeRow, PathRow } from '../db/rows.js';
import { badInput } from '../errors.js';
import { nodeId } from '../filters.js';

export const DEFAULT_MAX_HOPS = 6;
export const MAX_HOPS = 10;
const PATH_LABELS = ['District', 'Department', 'Project', 'Indicator'] as const;

export const shortestPath: QueryResolvers['shortestPath'] = async (_parent, args, { db, loaders, timeoutMs }) => {
  const from = nodeId(args.from, 'from', PATH_LABELS);
  const to = nodeId(args.to, 'to', PATH_LABELS);
  const maxHops = args.maxHops ?? DEFAULT_MAX_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_HOPS) throw badInput('maxHops', `must be between 1 and ${MAX_HOPS} (got ${maxHops})`);

  if (from === to) {
    const node = await loaders.node(from);
    return node ? { length: 0, nodes: [node], steps: [] } : null;
  }
  const [row] = await q.readShortestPath.run(db, { from, to, maxHops }, timeoutMs);
  if (!row) return null;
  const path: PathRow = {
    length: row.length,
    nodes: row.nodes,
    steps: row.relationships.map((r, k) => {
      const a = row.nodes[k] as NodeRow;
      const b = row.nodes[k + 1] as NodeRow;
      return {
        from: a,
        to: b,
        relationship: r.type,
        forward: r.from === a.id,
        role: r.role ?? null,
        documents: r.documents,
        evidence: r.evidence,
      };
    }),
  };
  return path;
};
