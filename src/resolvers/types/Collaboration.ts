/** Collaboration fields beyond its row: the shared projects, whole when the selection needs them. */
import type { FieldNode } from 'graphql';
import type { ProjectRow } from '../../db/rows.js';
import type { CollaborationResolvers } from '../../generated/resolvers.generated.js';
import { projectListNeedsDetails } from '../../prefetch.js';

// One answer per place in the operation, not per collaborator: all of them share the field nodes.
const needsDetails = new WeakMap<readonly FieldNode[], boolean>();

export const Collaboration: CollaborationResolvers = {
  projects: async (c, _args, { loaders }, info) => {
    if (c.projects.every((p) => 'status' in p)) return c.projects as ProjectRow[];
    let needs = needsDetails.get(info.fieldNodes);
    if (needs === undefined) {
      needs = projectListNeedsDetails(info);
      needsDetails.set(info.fieldNodes, needs);
    }
    if (!needs) return c.projects as ProjectRow[];
    // Stubs came back, yet the selection reads more (a shape the look-ahead did not foresee):
    // one batched read of the whole rows.
    const rows = await loaders.project.loadMany(c.projects.map((p) => p.id));
    return rows.filter((r): r is ProjectRow => r !== null && !(r instanceof Error));
  },
};
