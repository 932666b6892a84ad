/** Collaboration fields beyond its row: the department and the shared projects, whole when the selection needs them. */
import type { DepartmentRow, ProjectRow } from '../../db/rows.js';
import type { CollaborationResolvers } from '../../generated/resolvers.generated.js';
import { departmentNeedsDetails, projectListNeedsDetails } from '../../prefetch.js';

export const Collaboration: CollaborationResolvers = {
  department: (c, _args, { loaders }, info) => {
    if ('kind' in c.department || !departmentNeedsDetails(info)) return c.department as DepartmentRow;
    // A stub came back, yet the selection reads more (a shape the look-ahead did not foresee): read the row.
    const id = c.department.id;
    return loaders.department.load(id).then((row) => {
      if (!row) throw new Error(`Department ${id} of a collaboration is not in the graph (internal error)`);
      return row;
    });
  },
  projects: async (c, _args, { loaders }, info) => {
    if (c.projects.every((p) => 'status' in p) || !projectListNeedsDetails(info)) return c.projects as ProjectRow[];
    // Stubs came back, yet the selection reads more (a shape the look-ahead did not foresee):
    // one batched read of the whole rows.
    const rows = await loaders.project.loadMany(c.projects.map((p) => p.id));
    return rows.filter((r): r is ProjectRow => r !== null && !(r instanceof Error));
  },
};
