/** Project fields beyond its row: places, departments with roles, programme and parts. */
import { documentConnection, indicatorConnectionByKey, mentionConnection, projectConnection, projectIndicatorsKey } from '../../connections.js';
import { documentFilter, projectFilter } from '../../filters.js';
import type { ProjectResolvers } from '../../generated/resolvers.generated.js';
import { departmentLinksLoader, departmentLinksNeedDetails, departmentLinksNeedProvenance } from '../../prefetch.js';

export const Project: ProjectResolvers = {
  aliases: (p) => p.aliases ?? [p.name],
  status: (p) => p.status ?? 'UNKNOWN',
  mentions: (p, args, ctx) => mentionConnection(ctx, { entity: p.id, document: null, labels: null }, args),
  districts: (p, _args, { loaders }) => loaders.projectDistricts.load(p.id),
  departments: async (p, args, ctx, info) => {
    const provenance = departmentLinksNeedProvenance(info);
    const all = await departmentLinksLoader(ctx, provenance, provenance || departmentLinksNeedDetails(info)).load(p.id);
    return args.role ? all.filter((d) => d.role === args.role) : all;
  },
  indicators: (p, args, ctx) => indicatorConnectionByKey(ctx, projectIndicatorsKey(p.id, args), args),
  partOf: async (p, _args, { loaders }) => (await loaders.projectParents.load(p.id))[0] ?? null,
  parts: (p, args, ctx, info) => projectConnection(ctx, { ...projectFilter(null), partOf: p.id }, args, info),
  documents: (p, args, ctx) => {
    const filter = documentFilter(args.where);
    return documentConnection(ctx, { ...filter, mentions: [p.id, ...filter.mentions] }, args);
  },
};
