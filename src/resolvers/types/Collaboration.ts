/** Collaboration fields beyond its row: the shared projects, whole when the selection needs them. */
import type { ProjectRow } from '../../db/rows.js';
import type { CollaborationResolvers } from '../../generated/resolvers.generated.js';
import { projectListNeedsDetails } from '../../prefetch.js';

export const Collaboration: CollaborationResolvers = {
  projects: async (c, _args, { loaders }, info) => {
    if (c.projects.every((p) => 'status' in p) || !projectListNeedsDetails(info)) return c.projects as ProjectRow[];
    // Stubs came back, yet the selection reads more (a shape the look-ahead did not foresee):
    // one batched read of the whole rows.
    const rows = await loaders.project.loadMany(c.projects.map((p) => p.id));
    return rows.filter((r): r is ProjectRow => r !== null && !(r instanceof Error));
  },
};
