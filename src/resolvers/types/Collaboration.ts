/** Collaboration fields beyond its row: the department and the shared projects, whole when the selection needs them. */
import type { DepartmentRow, ProjectRow } from '../../db/rows.js';
import type { CollaborationResolvers } from '../../generated/resolvers.generated.js';
import { departmentNeedsDetails, projectListNeedsDetails } from '../../prefetch.js';
import { wholeDepartment } from '../../stubs.js';

export const Collaboration: CollaborationResolvers = {
  // A stub answers a selection that reads no more; otherwise the whole row (read if a stub came back).
  department: (c, _args, ctx, info) => ('kind' in c.department || !departmentNeedsDetails(info) ? (c.department as DepartmentRow) : wholeDepartment(c.department, ctx)),
  projects: async (c, _args, { loaders }, info) => {
    if (c.projects.every((p) => 'status' in p) || !projectListNeedsDetails(info)) return c.projects as ProjectRow[];
    // Stubs came back, yet the selection reads more (a shape the look-ahead did not foresee):
    // one batched read of the whole rows.
    const rows = await loaders.project.loadMany(c.projects.map((p) => p.id));
    return rows.filter((r): r is ProjectRow => r !== null && !(r instanceof Error));
  },
};
