/** Project fields beyond its row: places, departments with roles, programme and parts. */
import { documentConnection, indicatorConnectionByKey, mentionConnection, prefetchedIndicatorConnection, projectConnection, projectIndicatorsKey } from '../../connections.js';
import type { ProjectDepartmentRow } from '../../db/rows.js';
import { documentFilter, projectFilter } from '../../filters.js';
import type { ProjectResolvers } from '../../generated/resolvers.generated.js';
import type { Role } from '../../generated/resolvers.generated.js';
import { fromWholeProject } from '../../stubs.js';
import { departmentLinksLoader, departmentLinksNeedDetails, departmentLinksNeedProvenance, prefetchedFor, prefetchedPageAnswers } from '../../prefetch.js';

const withRole = (links: ProjectDepartmentRow[], role: Role | null | undefined) => (role ? links.filter((d) => d.role === role) : links);

export const Project: ProjectResolvers = {
  // A page's stub (id and name, src/stubs.ts) lacks the rest: read whole if asked anyway.
  aliases: fromWholeProject((p) => p.aliases ?? [p.name]),
  status: fromWholeProject((p) => p.status ?? 'UNKNOWN'),
  sector: fromWholeProject((p) => p.sector),
  startYear: fromWholeProject((p) => p.startYear),
  endYear: fromWholeProject((p) => p.endYear),
  mentions: (p, args, ctx) => mentionConnection(ctx, { entity: p.id, document: null, labels: null }, args),
  districts: (p, _args, { loaders }) => loaders.projectDistricts.load(p.id),
  // Synchronous when the project's page prefetched links holding what this selection reads.
  departments: (p, args, ctx, info) => {
    const provenance = departmentLinksNeedProvenance(info);
    const details = provenance || departmentLinksNeedDetails(info);
    const kept = prefetchedFor(p)?.departments;
    if (kept && (kept.provenance || !provenance) && (kept.details || !details)) return withRole(kept.links, args.role);
    return departmentLinksLoader(ctx, provenance, details)
      .load(p.id)
      .then((all) => withRole(all, args.role));
  },
  indicators: (p, args, ctx) => {
    const kept = prefetchedFor(p)?.indicators;
    if (kept && prefetchedPageAnswers(args, kept.first)) return prefetchedIndicatorConnection(kept);
    return indicatorConnectionByKey(ctx, projectIndicatorsKey(p.id, args), args);
  },
  partOf: async (p, _args, { loaders }) => (await loaders.projectParents.load(p.id))[0] ?? null,
  parts: (p, args, ctx, info) => projectConnection(ctx, { ...projectFilter(null), partOf: p.id }, args, info),
  documents: (p, args, ctx) => {
    const filter = documentFilter(args.where);
    return documentConnection(ctx, { ...filter, mentions: [p.id, ...filter.mentions] }, args);
  },
};
