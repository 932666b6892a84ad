/** ProjectDepartment: a department's part in a project, with its sources. */
import { documentRows, evidenceRows } from '../../evidence.js';
import type { ProjectDepartmentResolvers, Role } from '../../generated/resolvers.generated.js';

export const ProjectDepartment: ProjectDepartmentResolvers = {
  roles: (r) => (r.roles ?? []) as Role[],
  documents: (r, _args, ctx) => documentRows(ctx, r.documents),
  evidence: (r) => evidenceRows(r.evidence),
};
