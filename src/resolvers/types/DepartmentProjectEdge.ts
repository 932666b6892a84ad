/** DepartmentProjectEdge: a project of a department, with the department's part in it. */
import { documentRows, evidenceRows } from '../../evidence.js';
import type { DepartmentProjectEdgeResolvers, Role } from '../../generated/resolvers.generated.js';

export const DepartmentProjectEdge: DepartmentProjectEdgeResolvers = {
  roles: (r) => (r.roles ?? []) as Role[],
  documents: (r, _args, ctx) => documentRows(ctx, r.documents),
  evidence: (r) => evidenceRows(r.evidence),
};
