/** District fields beyond its row: its place in the hierarchy and what lies in it. */
import { departmentConnection, districtConnection, documentConnection, indicatorConnection, mentionConnection, prefetchedProjectConnection, projectConnection } from '../../connections.js';
import { departmentFilter, districtFilter, documentFilter, indicatorFilter, projectFilter } from '../../filters.js';
import type { DistrictResolvers } from '../../generated/resolvers.generated.js';
import { asksForCount } from '../../lookahead.js';
import { prefetchedFor, prefetchedPageAnswers } from '../../prefetch.js';

export const District: DistrictResolvers = {
  aliases: (d) => d.aliases ?? [d.name],
  reference: (d) => d.reference ?? false,
  mentions: (d, args, ctx) => mentionConnection(ctx, { entity: d.id, document: null, labels: null }, args),
  parent: async (d, _args, { loaders }) => (await loaders.districtParents.load(d.id))[0] ?? null,
  parents: (d, _args, { loaders }) => loaders.districtParents.load(d.id),
  children: (d, args, ctx) => districtConnection(ctx, { ...districtFilter(null), parent: d.id }, args),
  departments: (d, args, ctx, info) => {
    const filter = departmentFilter(args.where);
    return departmentConnection(ctx, { ...filter, within: [d.id, ...filter.within] }, args, info);
  },
  projects: (d, args, ctx, info) => {
    // The page read with the place, when it was (districtById) and is the page asked for here.
    const kept = prefetchedFor(d)?.projects;
    if (kept && prefetchedPageAnswers(args, kept.first) && (kept.counted || !asksForCount(info, 'ProjectConnection'))) return prefetchedProjectConnection(kept);
    const filter = projectFilter(args.where);
    return projectConnection(ctx, { ...filter, within: [d.id, ...filter.within] }, args, info);
  },
  indicators: (d, args, ctx) => {
    const filter = indicatorFilter(args.where);
    return indicatorConnection(ctx, { ...filter, within: [d.id, ...filter.within] }, args);
  },
  documents: (d, args, ctx) => {
    const filter = documentFilter(args.where);
    return documentConnection(ctx, { ...filter, within: [d.id, ...filter.within] }, args);
  },
};
