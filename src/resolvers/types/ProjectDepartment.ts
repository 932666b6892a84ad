/** ProjectDepartment: a department's part in a project, with its sources. */
import type { ProjectDepartmentRow } from '../../db/rows.js';
import { documentRows, evidenceRows } from '../../evidence.js';
import type { ProjectDepartmentResolvers, Role } from '../../generated/resolvers.generated.js';

/**
 * A link read with its role only (projectDepartmentRoles) has no provenance lists. Project.departments
 * reads them whenever the selection asks for these fields, so reaching here without them is a bug:
 * say so rather than answer an empty list.
 */
function provenance<K extends 'roles' | 'documents' | 'evidence'>(r: ProjectDepartmentRow, field: K): ProjectDepartmentRow[K] {
  if (r[field] === undefined) throw new Error(`ProjectDepartment.${field} was not read with the link (internal error)`);
  return r[field];
}

export const ProjectDepartment: ProjectDepartmentResolvers = {
  roles: (r) => (provenance(r, 'roles') ?? []) as Role[],
  documents: (r, _args, ctx) => documentRows(ctx, provenance(r, 'documents')),
  evidence: (r) => evidenceRows(provenance(r, 'evidence')),
};
