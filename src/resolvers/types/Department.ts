/** Department fields beyond its row: jurisdiction, projects with roles, collaborators. */
import { departmentProjectConnection, departmentProjectsKey, documentConnection, indicatorConnection, mentionConnection, prefetchedProjectCount } from '../../connections.js';
import { documentFilter, indicatorFilter } from '../../filters.js';
import type { DepartmentResolvers } from '../../generated/resolvers.generated.js';
import { pageSize } from '../../paging.js';
import { collaboratorDetails, departmentProjectsOnlyTotal, prefetchedFor, prefetchedPageAnswers } from '../../prefetch.js';

export const Department: DepartmentResolvers = {
  aliases: (d) => d.aliases ?? [d.name],
  reference: (d) => d.reference ?? false,
  mentions: (d, args, ctx) => mentionConnection(ctx, { entity: d.id, document: null, labels: null }, args),
  district: async (d, _args, { loaders }) => (await loaders.departmentDistricts.load(d.id))[0] ?? null,
  projects: (d, args, ctx, info) => {
    const kept = prefetchedFor(d)?.projectCount;
    if (kept && prefetchedPageAnswers(args, kept.first) && departmentProjectsOnlyTotal(info)) return prefetchedProjectCount(kept);
    return departmentProjectConnection(ctx, departmentProjectsKey(d.id, args), args, info);
  },
  collaborators: (d, args, { loaders }, info) => loaders.collaborators.load({ id: d.id, first: pageSize(args.first), ...collaboratorDetails(info) }),
  indicators: (d, args, ctx) => {
    const filter = indicatorFilter(args.where);
    return indicatorConnection(ctx, { ...filter, departments: [d.id, ...filter.departments] }, args);
  },
  documents: (d, args, ctx) => {
    const filter = documentFilter(args.where);
    return documentConnection(ctx, { ...filter, mentions: [d.id, ...filter.mentions] }, args);
  },
};
