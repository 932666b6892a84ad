/** ProjectDepartment: a department's part in a project, with its sources. */
import type { DepartmentRow, ProjectDepartmentRow } from '../../db/rows.js';
import { documentRows, evidenceRows } from '../../evidence.js';
import type { ProjectDepartmentResolvers, Role } from '../../generated/resolvers.generated.js';
import { departmentNeedsDetails } from '../../prefetch.js';
import { wholeDepartment } from '../../stubs.js';

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
  // Synchronous when the row at hand answers (a busy page resolves thousands of links; a promise
  // each costs graphql-js far more than the check).
  department: (r, _args, ctx, info) => ('kind' in r.department || !departmentNeedsDetails(info) ? (r.department as DepartmentRow) : wholeDepartment(r.department, ctx)),
  roles: (r) => (provenance(r, 'roles') ?? []) as Role[],
  documents: (r, _args, ctx) => documentRows(ctx, provenance(r, 'documents')),
  evidence: (r) => evidenceRows(provenance(r, 'evidence')),
};
